// SPDX-License-Identifier: Apache-2.0
#include "dialogs/newworkspacedialog.h"

#include "theme.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace pdsa::ui {

NewWorkspaceDialog::NewWorkspaceDialog(const QString& folder, QWidget* parent)
    : QDialog(parent)
    , m_folder(folder)
    , m_name(new QLineEdit(this))
    , m_file(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("New workspace"));
    setObjectName(QStringLiteral("newWorkspaceDialog"));
    const int unit = fontMetrics().height();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("C&reate"));

    m_name->setAccessibleName(tr("Collaborative name"));
    m_name->setPlaceholderText(tr("e.g. Timely Permanency through Reunification"));
    m_file->setAccessibleName(tr("Workspace file"));
    auto* choose = new QPushButton(tr("&Choose…"), this);
    choose->setAccessibleName(tr("Choose the workspace file"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Collaborative &name:"), m_name);
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);

    auto* note = new QLabel(tr("One workspace holds one collaborative: its calendar, change package, teams, "
                               "measures and PDSA cycles. Edits are saved as they are made."),
                            this);
    note->setWordWrap(true);
    Theme::makeMuted(note);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    resize(unit * 36, unit * 11);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(choose, &QPushButton::clicked, this, &NewWorkspaceDialog::chooseFile);
    connect(m_name, &QLineEdit::textChanged, this, &NewWorkspaceDialog::nameChanged);
    connect(m_file, &QLineEdit::textEdited, this, [this] { m_fileChosen = true; });
    connect(m_file, &QLineEdit::textChanged, this, &NewWorkspaceDialog::updateOk);
    nameChanged(QString());
}

QString NewWorkspaceDialog::collaborativeName() const {
    return m_name->text().trimmed();
}

QString NewWorkspaceDialog::filePath() const {
    QString path = m_file->text().trimmed();
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdsa");
    return path;
}

void NewWorkspaceDialog::chooseFile() {
    const QString chosen = QFileDialog::getSaveFileName(this, tr("New workspace"), filePath(),
                                                        tr("PDSA Tracker workspaces (*.pdsa)"));
    if (chosen.isEmpty())
        return;
    m_fileChosen = true;
    m_file->setText(QDir::toNativeSeparators(chosen));
}

void NewWorkspaceDialog::nameChanged(const QString& name) {
    if (!m_fileChosen) {
        QString base = name.trimmed();
        base.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]+")), QStringLiteral(" "));
        base = base.simplified();
        if (base.isEmpty())
            base = tr("Untitled collaborative");
        m_file->setText(QDir::toNativeSeparators(QDir(m_folder).filePath(base + QStringLiteral(".pdsa"))));
    }
    updateOk();
}

void NewWorkspaceDialog::updateOk() {
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_name->text().trimmed().isEmpty() && !m_file->text().trimmed().isEmpty());
}

} // namespace pdsa::ui

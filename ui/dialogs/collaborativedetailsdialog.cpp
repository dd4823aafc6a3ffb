// SPDX-License-Identifier: Apache-2.0
#include "dialogs/collaborativedetailsdialog.h"

#include "theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pdsa::ui {

CollaborativeDetailsDialog::CollaborativeDetailsDialog(const CollaborativeDetails& details, QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(details.name, this))
    , m_topic(new QLineEdit(details.topic, this))
    , m_aim(new QPlainTextEdit(details.aim, this))
    , m_description(new QPlainTextEdit(details.description, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Edit collaborative details"));
    setObjectName(QStringLiteral("collaborativeDetailsDialog"));
    const int unit = fontMetrics().height();

    m_name->setAccessibleName(tr("Name"));
    m_name->setPlaceholderText(tr("e.g. Timely Permanency through Reunification"));
    m_topic->setAccessibleName(tr("Topic"));
    m_topic->setPlaceholderText(tr("The improvement topic in a few words"));
    m_aim->setAccessibleName(tr("Aim"));
    m_aim->setPlaceholderText(tr("What the collaborative will accomplish, for whom, how much and by when"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setPlaceholderText(tr("Who takes part and how the collaborative works"));
    for (QPlainTextEdit* edit : {m_aim, m_description}) {
        edit->setTabChangesFocus(true); // Tab moves on; the fields take no tab characters
        edit->setMinimumHeight(unit * 4);
    }

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Topic:"), m_topic);
    form->addRow(tr("&Aim:"), m_aim);
    form->addRow(tr("&Description:"), m_description);

    auto* note = new QLabel(tr("Changes are saved at once; Edit ▸ Undo takes them back."), this);
    note->setWordWrap(true);
    Theme::makeMuted(note);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_buttons);
    resize(unit * 34, unit * 22);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &CollaborativeDetailsDialog::updateOk);
    updateOk();
}

CollaborativeDetails CollaborativeDetailsDialog::details() const {
    return {m_name->text().trimmed(), m_topic->text().trimmed(), m_aim->toPlainText().trimmed(),
            m_description->toPlainText().trimmed()};
}

void CollaborativeDetailsDialog::updateOk() {
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(!m_name->text().trimmed().isEmpty());
    ok->setToolTip(ok->isEnabled() ? QString() : tr("The collaborative needs a name"));
}

} // namespace pdsa::ui

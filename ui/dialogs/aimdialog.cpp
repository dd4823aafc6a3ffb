// SPDX-License-Identifier: Apache-2.0
#include "dialogs/aimdialog.h"

#include "theme.h"
#include "widgets/optionaldateedit.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pdsa::ui {

AimDialog::AimDialog(const QString& teamName, const AimDetails& details, QWidget* parent)
    : QDialog(parent)
    , m_statement(new QPlainTextEdit(details.statement, this))
    , m_what(new QLineEdit(details.what, this))
    , m_howMuch(new QLineEdit(details.howMuch, this))
    , m_byWhen(new OptionalDateEdit(tr("By when"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("aimDialog"));
    setWindowTitle(tr("Aim of %1").arg(teamName));
    const int unit = fontMetrics().height();

    m_statement->setAccessibleName(tr("Aim statement"));
    m_statement->setPlaceholderText(
        tr("e.g. By June 2026, 60% of children who enter care have a family time visit within 72 hours"));
    m_statement->setTabChangesFocus(true);
    m_statement->setMinimumHeight(unit * 4);
    m_what->setAccessibleName(tr("What"));
    m_what->setPlaceholderText(tr("What will improve, for whom"));
    m_howMuch->setAccessibleName(tr("How much"));
    m_howMuch->setPlaceholderText(tr("e.g. from 35% to 60%"));
    m_byWhen->setDate(details.byWhen);
    for (QLineEdit* edit : {m_what, m_howMuch})
        edit->setCursorPosition(0); // long text shows its beginning

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Statement:"), m_statement);
    form->addRow(tr("&What:"), m_what);
    form->addRow(tr("&How much:"), m_howMuch);
    auto* byWhenLabel = new QLabel(tr("&By when:"), this);
    byWhenLabel->setBuddy(m_byWhen->checkBox());
    form->addRow(byWhenLabel, m_byWhen);

    auto* note = new QLabel(tr("A good aim says what the team will accomplish, how much and by when."), this);
    note->setWordWrap(true);
    Theme::makeMuted(note);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    resize(unit * 34, sizeHint().height());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_statement, &QPlainTextEdit::textChanged, this, &AimDialog::updateOk);
    updateOk();
}

AimDetails AimDialog::details() const {
    return {m_statement->toPlainText().trimmed(), m_what->text().trimmed(), m_howMuch->text().trimmed(),
            m_byWhen->date()};
}

void AimDialog::updateOk() {
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(!m_statement->toPlainText().trimmed().isEmpty());
    ok->setToolTip(ok->isEnabled() ? QString() : tr("Write the aim statement first"));
}

} // namespace pdsa::ui

// SPDX-License-Identifier: Apache-2.0
#include "dialogs/memberdialog.h"

#include "theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pdsa::ui {

MemberDialog::MemberDialog(Mode mode, const MemberDetails& details, QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(details.name, this))
    , m_role(new QLineEdit(details.role, this))
    , m_organization(new QLineEdit(details.organization, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("memberDialog"));
    setWindowTitle(mode == Mode::New ? tr("Add member") : tr("Edit member"));
    const int unit = fontMetrics().height();

    m_name->setAccessibleName(tr("Member name"));
    m_name->setPlaceholderText(tr("e.g. Dana Whitfield"));
    m_role->setAccessibleName(tr("Role"));
    m_role->setPlaceholderText(tr("e.g. Team lead, Parent partner, Judicial officer"));
    m_organization->setAccessibleName(tr("Organization"));
    m_organization->setPlaceholderText(tr("e.g. County child welfare, Juvenile court"));
    for (QLineEdit* edit : {m_name, m_role, m_organization})
        edit->setCursorPosition(0); // long names show their beginning

    auto* note =
        new QLabel(tr("List the adults on the team: staff, parent partners, court and community "
                      "partners. Never enter children's or families' names or any child-level data."),
                   this);
    note->setWordWrap(true);
    Theme::makeMuted(note);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Organization:"), m_organization);

    if (mode == Mode::New)
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    resize(unit * 30, sizeHint().height());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &MemberDialog::updateOk);
    updateOk();
}

MemberDetails MemberDialog::details() const {
    return {m_name->text().trimmed(), m_role->text().trimmed(), m_organization->text().trimmed()};
}

void MemberDialog::updateOk() {
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(!m_name->text().trimmed().isEmpty());
    ok->setToolTip(ok->isEnabled() ? QString() : tr("The member needs a name"));
}

} // namespace pdsa::ui

// SPDX-License-Identifier: Apache-2.0
#include "dialogs/teamdialog.h"

#include "format.h"
#include "theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pdsa::ui {

TeamDialog::TeamDialog(Mode mode, const TeamDetails& details, QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(details.name, this))
    , m_agency(new QLineEdit(details.agency, this))
    , m_agencyKind(new QComboBox(this))
    , m_site(new QLineEdit(details.site, this))
    , m_courtPartner(new QLineEdit(details.courtPartner, this))
    , m_description(new QPlainTextEdit(details.description, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("teamDialog"));
    setWindowTitle(mode == Mode::New ? tr("New team") : tr("Edit team"));
    const int unit = fontMetrics().height();

    m_name->setAccessibleName(tr("Team name"));
    m_name->setPlaceholderText(tr("e.g. Riverside County Reunification Team"));
    m_agency->setAccessibleName(tr("Agency"));
    m_agency->setPlaceholderText(tr("The child welfare agency the team belongs to"));
    m_agencyKind->setAccessibleName(tr("Agency kind"));
    for (AgencyKind kind : {AgencyKind::County, AgencyKind::State, AgencyKind::Tribal, AgencyKind::Private})
        m_agencyKind->addItem(Format::agencyKind(kind), static_cast<int>(kind));
    m_agencyKind->setCurrentIndex(std::max(0, m_agencyKind->findData(static_cast<int>(details.agencyKind))));
    m_site->setAccessibleName(tr("Site"));
    m_site->setPlaceholderText(tr("The office or region where the team tests its changes"));
    m_courtPartner->setAccessibleName(tr("Court partner"));
    m_courtPartner->setPlaceholderText(tr("e.g. Riverside Juvenile Dependency Court"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setPlaceholderText(tr("Who the team serves and how it works (optional)"));
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(unit * 4);
    for (QLineEdit* edit : {m_name, m_agency, m_site, m_courtPartner})
        edit->setCursorPosition(0); // long names show their beginning

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Agency:"), m_agency);
    form->addRow(tr("Agency &kind:"), m_agencyKind);
    form->addRow(tr("&Site:"), m_site);
    form->addRow(tr("&Court partner:"), m_courtPartner);
    form->addRow(tr("&Description:"), m_description);

    auto* note = new QLabel(mode == Mode::New
                                ? tr("The team is added to the collaborative; its members, aim, measures and "
                                     "PDSA cycles are set up on its page.")
                                : tr("Changes are saved at once; Edit ▸ Undo takes them back."),
                            this);
    note->setWordWrap(true);
    Theme::makeMuted(note);

    if (mode == Mode::New)
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create &team"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_buttons);
    resize(unit * 34, sizeHint().height());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &TeamDialog::updateOk);
    updateOk();
}

TeamDetails TeamDialog::details() const {
    return {m_name->text().trimmed(),
            m_agency->text().trimmed(),
            static_cast<AgencyKind>(m_agencyKind->currentData().toInt()),
            m_site->text().trimmed(),
            m_courtPartner->text().trimmed(),
            m_description->toPlainText().trimmed()};
}

void TeamDialog::updateOk() {
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(!m_name->text().trimmed().isEmpty());
    ok->setToolTip(ok->isEnabled() ? QString() : tr("The team needs a name"));
}

} // namespace pdsa::ui

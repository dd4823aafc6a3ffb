// SPDX-License-Identifier: Apache-2.0
#include "dialogs/spreaddialog.h"

#include "report/spreadreport.h"
#include "theme.h"
#include "widgets/optionaldateedit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pdsa::ui {

QString SpreadDialog::statusText(SpreadStatus status) {
    switch (status) {
    case SpreadStatus::Planned: return tr("Planned");
    case SpreadStatus::InProgress: return tr("In progress");
    case SpreadStatus::Spread: return tr("Spread");
    case SpreadStatus::Sustained: return tr("Sustained");
    case SpreadStatus::Discontinued: return tr("Discontinued");
    }
    return {};
}

SpreadDialog::Choices SpreadDialog::ideaChoices(Workspace& workspace) {
    Choices ideas;
    if (auto all = report::packageIdeas(workspace))
        for (const report::PackageIdea& idea : *all)
            ideas.emplace_back(idea.id, idea.changeConcept.isEmpty() ? idea.idea
                                                                     : QStringLiteral("%1 — %2").arg(idea.changeConcept, idea.idea));
    return ideas;
}

SpreadDialog::SpreadDialog(const SpreadRecord& record, const Choices& teams, const Choices& ideas, bool isNew,
                           QWidget* parent)
    : QDialog(parent)
    , m_record(record) {
    setWindowTitle(isNew ? tr("Record spread") : tr("Edit spread"));
    setObjectName(QStringLiteral("spreadDialog"));
    m_team = new QComboBox(this);
    m_team->setAccessibleName(tr("The team it spreads from"));
    for (const auto& [id, name] : teams)
        m_team->addItem(name, id);
    m_team->setCurrentIndex(std::max(0, m_team->findData(record.teamId)));
    m_team->setEnabled(isNew); // a record stays its team's
    m_idea = new QComboBox(this);
    m_idea->setAccessibleName(tr("The change idea it grew from"));
    m_idea->addItem(tr("(none)"), QUuid());
    for (const auto& [id, name] : ideas)
        m_idea->addItem(name, id);
    m_idea->setCurrentIndex(std::max(0, m_idea->findData(record.changeIdeaId)));
    m_practice = new QLineEdit(record.practice, this);
    m_practice->setAccessibleName(tr("Practice"));
    m_practice->setPlaceholderText(tr("e.g. Icebreaker meeting within 7 days of placement"));
    m_site = new QLineEdit(record.toSite, this);
    m_site->setAccessibleName(tr("Spread to (site or unit)"));
    m_site->setPlaceholderText(tr("e.g. West regional office"));
    m_since = new OptionalDateEdit(tr("Since"), this);
    m_since->setDate(record.spreadOn);
    m_status = new QComboBox(this);
    m_status->setAccessibleName(tr("Status"));
    for (SpreadStatus status : {SpreadStatus::Planned, SpreadStatus::InProgress, SpreadStatus::Spread,
                                SpreadStatus::Sustained, SpreadStatus::Discontinued})
        m_status->addItem(statusText(status), int(status));
    m_status->setCurrentIndex(m_status->findData(int(record.status)));
    m_note = new QPlainTextEdit(record.note, this);
    m_note->setAccessibleName(tr("Note"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("How it spread, who carried it, what had to change"));
    m_note->setMinimumHeight(fontMetrics().height() * 4);
    m_idea->setCurrentIndex(std::max(0, m_idea->findData(record.changeIdeaId)));
    // Choosing the idea names the practice, when nothing is typed yet.
    connect(m_idea, &QComboBox::currentIndexChanged, this, [this] {
        if (m_practice->text().trimmed().isEmpty() && !m_idea->currentData().toUuid().isNull())
            m_practice->setText(m_idea->currentText().section(QStringLiteral(" — "), -1));
    });

    auto* form = new QFormLayout;
    form->addRow(tr("&Team:"), m_team);
    form->addRow(tr("Change &idea:"), m_idea);
    form->addRow(tr("&Practice:"), m_practice);
    form->addRow(tr("Spread t&o:"), m_site);
    form->addRow(tr("Si&nce:"), m_since);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("N&ote:"), m_note);
    auto* note = new QLabel(tr("The record is the team's: it travels in the team's bundle to the organizer."), this);
    note->setWordWrap(true);
    Theme::makeMuted(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto update = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_practice->text().trimmed().isEmpty() &&
                                                          !m_site->text().trimmed().isEmpty() && m_team->count() > 0);
    };
    connect(m_practice, &QLineEdit::textChanged, this, update);
    connect(m_site, &QLineEdit::textChanged, this, update);
    update();
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

SpreadRecord SpreadDialog::record() const {
    SpreadRecord r = m_record;
    r.teamId = m_team->currentData().toUuid();
    r.changeIdeaId = m_idea->currentData().toUuid();
    r.practice = m_practice->text().trimmed();
    r.toSite = m_site->text().trimmed();
    r.spreadOn = m_since->date();
    r.status = SpreadStatus(m_status->currentData().toInt());
    r.note = m_note->toPlainText().trimmed();
    return r;
}

} // namespace pdsa::ui

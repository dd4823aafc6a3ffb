// SPDX-License-Identifier: Apache-2.0
#include "widgets/monthlyreportpanel.h"

#include "domain/assessmentscore.h"
#include "format.h"
#include "undo/commands.h"
#include "report/storyboard.h"
#include "widgets/commentspanel.h"
#include "widgets/growingtextedit.h"
#include "widgets/section.h"
#include "widgets/ownershipbanner.h"
#include "workspacedocument.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace pdsa::ui {

namespace {

using command::ReportSection;

constexpr std::array<ReportSection, 5> kSections = {ReportSection::Progress, ReportSection::Successes,
                                                     ReportSection::Challenges, ReportSection::NextSteps,
                                                     ReportSection::HelpNeeded};

} // namespace

MonthlyReportPanel::MonthlyReportPanel(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("monthlyReportPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_due = new QLabel(this);
    m_due->setObjectName(QStringLiteral("reportDueLabel"));
    m_due->setWordWrap(true);
    layout->addWidget(m_due);

    auto* top = new QHBoxLayout;
    auto* monthLabel = new QLabel(tr("&Month:"), this);
    m_months = new QComboBox(this);
    m_months->setObjectName(QStringLiteral("reportMonthBox"));
    m_months->setAccessibleName(tr("Month of the report"));
    monthLabel->setBuddy(m_months);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("reportStateLabel"));
    m_state->setWordWrap(true);
    top->addWidget(monthLabel);
    top->addWidget(m_months);
    top->addSpacing(12);
    top->addWidget(m_state, 1);
    layout->addLayout(top);

    m_glance = new QLabel(this);
    m_glance->setObjectName(QStringLiteral("reportGlanceLabel"));
    m_glance->setWordWrap(true);
    m_glance->setTextFormat(Qt::RichText);
    m_glance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_glance);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const std::array<QString, 5> labels = {tr("Progress"), tr("Successes"), tr("Challenges"), tr("Next steps"),
                                           tr("Help needed")};
    const std::array<QString, 5> hints = {
        tr("What the team tested and learned this month"), tr("What went well, in the families' words where you can"),
        tr("What got in the way"), tr("What the team will test next month"),
        tr("What the faculty or other teams could help with")};
    for (size_t i = 0; i < kSections.size(); ++i) {
        auto* edit = new GrowingTextEdit(this, 2);
        edit->setAccessibleName(labels[i]);
        edit->setPlaceholderText(hints[i]);
        form->addRow(labels[i], edit);
        m_sections[i] = edit;
        connect(edit, &GrowingTextEdit::textEdited, this, [this, i](const QString& text) {
            if (m_loading || !m_document)
                return;
            show(command::editReportSection(*m_document, m_teamId, month(), kSections[i], text));
        });
    }

    m_selfScore = new QComboBox(this);
    m_selfScore->setObjectName(QStringLiteral("selfScoreBox"));
    m_selfScore->setAccessibleName(tr("The team's self-score"));
    m_selfScore->addItem(tr("Not given"));
    for (const AssessmentLevel& level : assessmentScale())
        m_selfScore->addItem(QStringLiteral("%1 — %2").arg(Format::score(level.score), level.name), level.score);
    m_selfMeaning = new QLabel(this);
    m_selfMeaning->setWordWrap(true);
    auto* selfRow = new QVBoxLayout;
    selfRow->addWidget(m_selfScore);
    selfRow->addWidget(m_selfMeaning);
    form->addRow(tr("Self-score"), selfRow);
    m_faculty = new QLabel(this);
    m_faculty->setObjectName(QStringLiteral("facultyScoreLabel"));
    m_faculty->setWordWrap(true);
    form->addRow(tr("Faculty score"), m_faculty);
    layout->addLayout(form);

    auto* buttons = new QHBoxLayout;
    m_submit = new QPushButton(this);
    m_submit->setObjectName(QStringLiteral("submitReportButton"));
    m_print = new QPushButton(tr("&Print storyboard…"), this);
    m_print->setObjectName(QStringLiteral("printReportButton"));
    m_print->setToolTip(tr("Write the month's storyboard (aim, narrative, cycles, small charts) as a PDF"));
    buttons->addWidget(m_submit);
    buttons->addWidget(m_print);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reportMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto* comments = new Section(tr("Coach comments"), this);
    m_comments = new CommentsPanel(comments);
    layout->addWidget(comments);

    connect(m_months, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            showMonth();
    });
    connect(m_submit, &QPushButton::clicked, this, &MonthlyReportPanel::submitOrReopen);
    connect(m_print, &QPushButton::clicked, this, [this] { emit printRequested(m_teamId, month()); });
    connect(m_selfScore, &QComboBox::activated, this, &MonthlyReportPanel::setSelfScore);
}

QDate MonthlyReportPanel::month() const {
    return m_months->currentData().toDate();
}

void MonthlyReportPanel::setMonth(const QDate& month) {
    const int index = m_months->findData(QDate(month.year(), month.month(), 1));
    if (index >= 0)
        m_months->setCurrentIndex(index);
}

Status MonthlyReportPanel::load(WorkspaceDocument& document, const QUuid& teamId, const QString& readOnlyReason) {
    Workspace& workspace = document.workspace();
    const bool sameTeam = teamId == m_teamId && m_document == &document;
    const QDate chosen = sameTeam ? month() : QDate();
    m_document = &document;
    m_teamId = teamId;
    m_readOnlyReason = readOnlyReason;
    auto collaborative = workspace.collaborative.current();
    if (!collaborative)
        return collaborative.error();
    m_rows.clear();
    const QDate now = today();
    if (collaborative->startDate.isValid() && now >= QDate(collaborative->startDate.year(), collaborative->startDate.month(), 1)) {
        // This team's months only: the panel reloads as the team types.
        auto grid = coaching::reportingGrid(workspace, collaborative->endDate.isValid() && collaborative->endDate < now
                                                           ? collaborative->endDate
                                                           : now,
                                            now, teamId);
        if (!grid)
            return grid.error();
        m_rows = std::move(*grid);
    }
    m_loading = true;
    m_months->clear();
    for (auto it = m_rows.rbegin(); it != m_rows.rend(); ++it) // newest first
        m_months->addItem(Format::month(it->month), it->month);
    // What is due next: the oldest month over and not sent, else the month running.
    const coaching::ReportingRow* nextRow = nullptr;
    for (const auto& row : m_rows)
        if (!nextRow && row.report == coaching::ReportStatus::Due)
            nextRow = &row;
    for (const auto& row : m_rows)
        if (!nextRow && row.report == coaching::ReportStatus::NotDue)
            nextRow = &row;
    const QDate next = nextRow ? nextRow->month : QDate();
    if (nextRow)
        m_due->setText(tr("<b>Due next:</b> %1's data for every shared measure (%2 of %3 entered) and the monthly "
                          "report, by %4.")
                           .arg(Format::month(nextRow->month))
                           .arg(nextRow->measuresEntered)
                           .arg(nextRow->measuresExpected)
                           .arg(Format::date(nextRow->due)));
    else
        m_due->setText(m_rows.empty() ? tr("The collaborative has not started yet: nothing is due.")
                                      : tr("Nothing is due: every month's report is in."));
    setMonth(chosen.isValid() ? chosen : next.isValid() ? next : (m_rows.empty() ? QDate() : m_rows.back().month));
    m_loading = false;
    setEnabled(!m_rows.empty());
    showMonth();
    return {};
}

void MonthlyReportPanel::showMonth() {
    if (!m_document)
        return;
    Workspace& workspace = m_document->workspace();
    const QDate current = month();
    m_loading = true;
    m_reportId = {};
    m_submittedOn = {};
    TeamReport report;
    std::optional<double> self, faculty;
    if (current.isValid()) {
        if (auto found = workspace.work.reports.where("team_id = ?1 AND month = ?2",
                                                      [&](storage::Query& q) { q.bind(1, m_teamId).bind(2, current); });
            found && !found->empty()) {
            report = found->front();
            m_reportId = report.meta.id;
            m_submittedOn = report.submittedOn;
        }
        if (auto scores = workspace.work.scores.where("team_id = ?1 AND month = ?2",
                                                      [&](storage::Query& q) { q.bind(1, m_teamId).bind(2, current); }))
            for (const AssessmentScore& s : *scores)
                (s.isSelfScore() ? self : faculty) = s.score;
    }
    for (size_t i = 0; i < kSections.size(); ++i)
        m_sections[i]->setTextKeepingCursor(command::sectionOf(report, kSections[i]));

    const coaching::ReportingRow* row = nullptr;
    for (const auto& r : m_rows)
        if (r.month == current)
            row = &r;
    QString state;
    if (row) {
        switch (row->report) {
        case coaching::ReportStatus::Submitted:
            state = tr("✓ Submitted on %1, on time (due %2).").arg(Format::date(row->submittedOn), Format::date(row->due));
            break;
        case coaching::ReportStatus::Late:
            state = tr("✓ Submitted late, on %1 (due %2).").arg(Format::date(row->submittedOn), Format::date(row->due));
            break;
        case coaching::ReportStatus::Missing:
            state = tr("✗ Not submitted; it was due %1.").arg(Format::date(row->due));
            break;
        case coaching::ReportStatus::Due:
        case coaching::ReportStatus::NotDue:
            state = m_reportId.isNull() ? tr("Not started; due %1.").arg(Format::date(row->due))
                                        : tr("Draft; due %1.").arg(Format::date(row->due));
            break;
        }
    }
    m_state->setText(state);
    const bool submitted = m_submittedOn.isValid();
    m_submit->setText(submitted ? tr("&Reopen as a draft") : tr("&Submit report"));
    m_submit->setToolTip(submitted ? tr("Make the report a draft again to change it (undoable)")
                                   : tr("Send the report to the faculty: stamps today's date (undoable)"));
    for (GrowingTextEdit* edit : m_sections)
        edit->setReadOnly(submitted || !m_readOnlyReason.isEmpty());
    m_selfScore->setCurrentIndex(self ? m_selfScore->findData(*self) : 0);
    m_selfMeaning->setText(self ? assessmentLevel(*self).meaning : tr("The team's own view of its progress this month."));
    QString facultyText = faculty ? QStringLiteral("%1 — %2").arg(Format::score(*faculty), assessmentLevel(*faculty).name)
                                  : tr("Not given yet");
    if (faculty && self && std::abs(*faculty - *self) >= kScoreGapFlag)
        facultyText += tr("  ⚑ %1 apart from the self-score: worth talking over with the coach.")
                           .arg(Format::score(std::abs(*faculty - *self)));
    m_faculty->setText(facultyText);
    for (QWidget* control : std::initializer_list<QWidget*>{m_submit, m_selfScore})
        OwnershipBanner::setLocked(control, m_readOnlyReason);
    if (m_reportId.isNull()) // nothing to submit before a word is written
        m_submit->setEnabled(false);
    // What is read for the month, not for each keystroke in it: the glance and the coach's comments
    // on the report (none before the report is started).
    if (const std::tuple key{m_teamId, current, m_reportId}; key != m_assembledFor) {
        m_assembledFor = key;
        m_glance->setText(glance(workspace, current));
        if (const Status comments = m_comments->load(*m_document, {m_teamId, SubjectKind::Report, m_reportId}, today());
            !comments)
            show(comments);
    }
    m_loading = false;
}

// What the app assembles for the month's storyboard by itself, in a few lines: the month's PDSA
// cycles (started, finished and their decisions), each measure's latest value and any signal new
// that month (from the chart engine, as the storyboard has them).
QString MonthlyReportPanel::glance(Workspace& workspace, const QDate& month) const {
    if (!month.isValid())
        return {};
    const QDate last = month.addMonths(1).addDays(-1);
    QStringList started, finished;
    if (auto cycles = workspace.cycles.cycles.forTeam(m_teamId))
        for (const PdsaCycle& cycle : *cycles) {
            if (cycle.startDate >= month && cycle.startDate <= last)
                started << cycle.title.toHtmlEscaped();
            if (cycle.status == CycleStatus::Done && cycle.endDate >= month && cycle.endDate <= last)
                finished << (cycle.decision == Decision::None
                                 ? cycle.title.toHtmlEscaped()
                                 : tr("%1 (%2)").arg(cycle.title.toHtmlEscaped(), Format::decision(cycle.decision).toLower()));
        }
    QStringList lines;
    lines << (started.isEmpty() && finished.isEmpty()
                  ? tr("<b>PDSA cycles:</b> none started or finished this month.")
                  : tr("<b>PDSA cycles:</b> %1 %2")
                        .arg(started.isEmpty() ? QString() : tr("started %1.").arg(started.join(tr("; "))),
                             finished.isEmpty() ? QString() : tr("Finished %1.").arg(finished.join(tr("; "))))
                        .trimmed());
    if (auto board = report::storyboard(workspace, m_teamId, month)) {
        QStringList measures;
        for (const report::ChartSketch& chart : board->charts)
            measures << (chart.signalText.isEmpty()
                             ? tr("%1: %2").arg(chart.measure.toHtmlEscaped(), chart.latest.toHtmlEscaped())
                             : tr("%1: %2, <b>%3</b>")
                                   .arg(chart.measure.toHtmlEscaped(), chart.latest.toHtmlEscaped(),
                                        chart.signalText.toHtmlEscaped()));
        if (!measures.isEmpty())
            lines << tr("<b>Measures:</b> %1.").arg(measures.join(tr("; ")));
    }
    return tr("<i>Assembled for the storyboard from the month's cycles and data:</i><br>%1")
        .arg(lines.join(QStringLiteral("<br>")));
}

void MonthlyReportPanel::show(const Status& status) {
    m_message->setVisible(!status.ok());
    if (!status)
        m_message->setText(status.error().message);
}

void MonthlyReportPanel::submitOrReopen() {
    if (!m_document || m_reportId.isNull())
        return;
    show(m_submittedOn.isValid() ? command::reopenReport(*m_document, m_reportId)
                                 : command::submitReport(*m_document, m_reportId, today()));
}

void MonthlyReportPanel::setSelfScore(int index) {
    if (!m_document || m_loading)
        return;
    const QVariant value = m_selfScore->itemData(index);
    const std::optional<double> score = value.isValid() ? std::optional<double>(value.toDouble()) : std::nullopt;
    show(command::setScore(*m_document, Owner::ofTeam(m_teamId), m_teamId, month(), score,
                           score ? assessmentLevel(*score).meaning : QString(), tr("the team")));
}

} // namespace pdsa::ui

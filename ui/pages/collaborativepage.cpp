// SPDX-License-Identifier: Apache-2.0
#include "pages/collaborativepage.h"

#include "charts/disparitypanel.h"
#include "widgets/equitysummary.h"

#include "coaching/reporting.h"

#include "dialogs/measuredialog.h"
#include "format.h"
#include "models/changepackagemodel.h"
#include "models/reportinggridmodel.h"
#include "models/sharedmeasuresmodel.h"
#include "models/teamstablemodel.h"
#include "theme.h"
#include "widgets/feedbacknotice.h"
#include "widgets/calendareditor.h"
#include "widgets/calendareditor.h"
#include "widgets/calendartimeline.h"
#include "widgets/fieldgrid.h"
#include "widgets/fittedtableview.h"
#include "widgets/fittedtreeview.h"
#include "widgets/ownershipbanner.h"
#include "widgets/pageheader.h"
#include "widgets/section.h"
#include "workspacedocument.h"

#include "dialogs/changeitemdialog.h"
#include "undo/commands.h"
#include "widgets/driverdiagramview.h"

#include <QAction>
#include <QSpinBox>
#include <QTimer>
#include <QBoxLayout>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>

#include <utility>

namespace pdsa::ui {

namespace {

// The teams table as the page shows it: sorted, with the teams whose work came from their
// bundle marked in words ("(imported)") and the bundle named in the tooltip.
class TeamsProxy : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setTheirs(QHash<QUuid, QString> tooltips) {
        m_theirs = std::move(tooltips);
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }

    QVariant data(const QModelIndex& index, int role) const override {
        if (index.column() == TeamsTableModel::TeamColumn &&
            (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)) {
            const auto found = m_theirs.constFind(index.data(TeamsTableModel::IdRole).toUuid());
            if (found != m_theirs.constEnd()) {
                if (role == Qt::ToolTipRole)
                    return *found;
                return CollaborativePage::tr("%1 (imported)")
                    .arg(QSortFilterProxyModel::data(index, Qt::DisplayRole).toString());
            }
        }
        return QSortFilterProxyModel::data(index, role);
    }

private:
    QHash<QUuid, QString> m_theirs;
};

} // namespace

CollaborativePage::CollaborativePage(QWidget* parent)
    : Page(Scrolling::Page, parent)
    , m_editButton(new QPushButton(tr("Edit &details…"), this))
    , m_teamsModel(new TeamsTableModel(this))
    , m_teamsProxy(new TeamsProxy(this))
    , m_sharedMeasuresModel(new SharedMeasuresModel(this))
    , m_changePackageModel(new ChangePackageModel(this)) {
    m_reportingModel = new ReportingGridModel(this);
    setObjectName(QStringLiteral("collaborativePage"));
    setAccessibleName(tr("Collaborative overview"));
    m_editButton->setAccessibleName(tr("Edit collaborative details"));
    m_editButton->setToolTip(tr("Change the collaborative's name, topic, aim and description"));
    header()->addButton(m_editButton);
    connect(m_editButton, &QPushButton::clicked, this, &CollaborativePage::editDetailsRequested);
    // In the header, not in the Teams section: an empty section hides its body, and an empty
    // workspace is where a first team is added.
    m_newTeamButton = new QPushButton(tr("New t&eam…"), this);
    m_newTeamButton->setObjectName(QStringLiteral("newTeamButton"));
    m_newTeamButton->setAccessibleName(tr("New team"));
    m_newTeamButton->setToolTip(tr("Add a team to the collaborative (Ctrl+Shift+T)"));
    header()->addButton(m_newTeamButton);
    connect(m_newTeamButton, &QPushButton::clicked, this, &CollaborativePage::newTeamRequested);

    m_templateNote = new OwnershipBanner(this);
    m_templateNote->setObjectName(QStringLiteral("templateNote"));
    contentLayout()->addWidget(m_templateNote);
    m_feedbackNotice = new FeedbackNotice(FeedbackNotice::Button::Shown, this);
    contentLayout()->addWidget(m_feedbackNotice);
    connect(m_feedbackNotice, &FeedbackNotice::openRequested, this,
            [this] { emit navigateRequested(NavigationTarget::feedback()); });

    Section* about = addSection(tr("About"));
    m_about = new FieldGrid(about);
    m_topic = m_about->addRow(tr("Topic"));
    m_dates = m_about->addRow(tr("Runs"));
    m_aim = m_about->addRow(tr("Aim"));
    m_description = m_about->addRow(tr("Description"));
    about->addWidget(m_about);

    buildCalendarSection();
    buildStrataSection();
    buildTeamsSection();
    buildReportingSection();
    buildSharedMeasuresSection();
    buildEquitySection();
    buildChangePackageSection();
    finishContent();
}

// The calendar of learning sessions and action periods, with a line describing the item pointed
// at or focused.
void CollaborativePage::buildCalendarSection() {
    m_calendarSection = addSection(tr("Calendar"));
    m_calendarSection->setCaption(
        tr("Learning sessions bring the teams together; in the action periods between "
           "them the teams test changes at home."));
    m_timeline = new CalendarTimeline(m_calendarSection);
    m_calendarCaption = new QLabel(m_calendarSection);
    m_calendarCaption->setWordWrap(true);
    Theme::makeMuted(m_calendarCaption);
    m_calendarCaption->setText(
        tr("Point at a marker or band for details, or focus the calendar and use the arrow keys."));
    m_calendarEditor = new CalendarEditor(m_calendarSection);
    m_calendarSection->addWidget(m_timeline);
    m_calendarSection->addWidget(m_calendarCaption);
    m_calendarSection->addWidget(m_calendarEditor);
    connect(m_timeline, &CalendarTimeline::currentItemChanged, this,
            [this](int index, const QString& description) {
                if (index >= 0)
                    m_calendarCaption->setText(
                        QString(description).replace(QLatin1Char('\n'), QStringLiteral(" · ")));
            });

}

// The strata every team's stratified measures are entered by.
void CollaborativePage::buildStrataSection() {
    m_strataSection = addSection(tr("Strata"));
    m_strataSection->setCaption(tr("The groups of children a stratified measure is entered by, one dimension at a "
                                   "time (race/ethnicity, age group), so that gaps between groups can be seen."));
    m_strataEditor = new StrataEditor(m_strataSection);
    m_strataEmpty = new QLabel(m_strataSection);
    m_strataEmpty->setWordWrap(true);
    Theme::makeMuted(m_strataEmpty);
    m_strataSection->addWidget(m_strataEmpty);
    m_strataSection->addWidget(m_strataEditor);
}

void CollaborativePage::buildTeamsSection() {
    m_teamsSection = addSection(tr("Teams"));
    m_teamsProxy->setSourceModel(m_teamsModel);
    m_teamsProxy->setSortRole(TeamsTableModel::SortRole);
    m_teamsView = new FittedTableView(m_teamsSection);
    m_teamsView->setObjectName(QStringLiteral("teamsView"));
    m_teamsView->setAccessibleName(tr("Teams"));
    m_teamsView->setModel(m_teamsProxy);
    m_teamsView->setSortingEnabled(true);
    m_teamsView->sortByColumn(TeamsTableModel::TeamColumn, Qt::AscendingOrder);
    QHeaderView* teamsHeader = m_teamsView->horizontalHeader();
    // The team's name is what people look for: it gets its width; the longer agency, court and
    // site names share the rest (elided, whole in the tooltip).
    teamsHeader->setSectionResizeMode(TeamsTableModel::TeamColumn, QHeaderView::ResizeToContents);
    for (int c :
         {TeamsTableModel::AgencyColumn, TeamsTableModel::CourtPartnerColumn, TeamsTableModel::SiteColumn})
        teamsHeader->setSectionResizeMode(c, QHeaderView::Stretch);
    for (int c :
         {TeamsTableModel::MeasuresColumn, TeamsTableModel::CyclesColumn, TeamsTableModel::AssessmentColumn})
        teamsHeader->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_teamsSection->addWidget(m_teamsView);
    m_teamsSection->setEmptyText(
        tr("No teams yet — use New team… to set one up, or import a team's bundle."));
    connect(m_teamsView, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        emit navigateRequested(NavigationTarget::team(index.data(TeamsTableModel::IdRole).toUuid()));
    });

}

// The reporting calendar: a team × month grid of the monthly reports, and the teams at 4.0 or
// above each month.
void CollaborativePage::buildReportingSection() {
    m_reportingSection = addSection(tr("Reporting"));
    m_reportingView = new FittedTableView(m_reportingSection);
    m_reportingView->setObjectName(QStringLiteral("reportingView"));
    m_reportingView->setAccessibleName(tr("Monthly reports by team and month"));
    m_reportingView->setModel(m_reportingModel);
    m_reportingView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_reportingView->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_reportingView->setWordWrap(false);
    m_reportingView->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_reportingView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_reportingView->horizontalHeader()->setMinimumSectionSize(8);
    auto* dueRow = new QHBoxLayout;
    auto* dueLabel = new QLabel(tr("Reports and data due on &day"), m_reportingSection);
    m_dueDay = new QSpinBox(m_reportingSection);
    m_dueDay->setObjectName(QStringLiteral("reportDueDayBox"));
    m_dueDay->setAccessibleName(tr("Day of the following month each month's report and data are due"));
    m_dueDay->setRange(1, Collaborative::kLastReportDueDay);
    dueLabel->setBuddy(m_dueDay);
    dueRow->addWidget(dueLabel);
    dueRow->addWidget(m_dueDay);
    dueRow->addWidget(new QLabel(tr("of the following month"), m_reportingSection));
    dueRow->addStretch(1);
    m_reportingSection->addActionsLayout(dueRow);
    connect(m_dueDay, &QSpinBox::editingFinished, this, [this] {
        if (!m_document || m_dueDay->value() == m_shownDueDay)
            return;
        if (const Status status = command::setReportDueDay(*m_document, m_dueDay->value()); !status) {
            QMessageBox::warning(this, tr("Cannot change the due day"), status.error().message);
            m_dueDay->setValue(m_shownDueDay);
        }
    });
    m_reportingSection->addWidget(m_reportingView);
    m_reportingSection->setEmptyText(tr("No teams yet: the reporting calendar shows once a team is set up."));
    connect(m_reportingView, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        const QUuid team = index.data(ReportingGridModel::TeamIdRole).toUuid();
        if (!team.isNull())
            emit navigateRequested(NavigationTarget::team(team));
    });
}

Status CollaborativePage::loadReporting(Workspace& workspace, const Collaborative& collaborative) {
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    const QDate start = collaborative.startDate;
    // Up to this month, or the whole collaborative once it is over; nothing before it starts.
    const QDate upTo = collaborative.endDate.isValid() && collaborative.endDate < today ? collaborative.endDate : today;
    std::vector<coaching::ReportingRow> rows;
    if (start.isValid() && upTo >= QDate(start.year(), start.month(), 1)) {
        auto grid = coaching::reportingGrid(workspace, upTo, today);
        if (!grid)
            return grid.error();
        rows = std::move(*grid);
    }
    m_reportingModel->setRows(rows);
    // The team's name takes at most 18 characters (elided, whole in its tooltip), so that two years
    // of months fit beside it in a window of ordinary size.
    QHeaderView* columns = m_reportingView->horizontalHeader();
    columns->setSectionResizeMode(0, QHeaderView::Interactive);
    m_reportingView->resizeColumnToContents(0);
    columns->resizeSection(0, std::min(columns->sectionSize(0), fontMetrics().averageCharWidth() * 18 + 12));
    m_shownDueDay = collaborative.reportDueDay;
    {
        const QSignalBlocker blocker(m_dueDay);
        m_dueDay->setValue(collaborative.reportDueDay);
    }
    // The organizer's calendar: locked, with the reason, in a team's or a coach's workspace.
    const Status mayEdit = workspace.rights().mayWrite(collaborative.meta.owner, u"collaborative");
    OwnershipBanner::setLocked(m_dueDay, mayEdit ? QString() : mayEdit.error().message);
    m_reportingSection->setEmpty(rows.empty());
    m_reportingSection->setCaption(
        tr("Each month's data for every shared measure and the monthly report are due on day %1 of the "
           "following month. ✓ sent on time · late: sent after the due date · ✗ missing: not sent by "
           "the due date · due: not sent yet, still in time. Hover a cell for the dates, the measures "
           "entered and the scores; the last row counts the teams the faculty scored 4.0 or above.")
            .arg(collaborative.reportDueDay));
    return {};
}

void CollaborativePage::buildEquitySection() {
    m_equitySection = addSection(tr("Equity"));
    m_equitySection->setCaption(tr("Whether the collaborative's changes narrow the gap between groups of children or "
                                   "only lift the average: every team's counts pooled, per measure entered by stratum. "
                                   "Choose a row to draw its gap."));
    // The organizer's small-number rule, beside what it governs.
    auto* cellRow = new QHBoxLayout;
    auto* cellLabel = new QLabel(tr("Suppress counts &below"), m_equitySection);
    m_minCell = new QSpinBox(m_equitySection);
    m_minCell->setObjectName(QStringLiteral("minCellSizeBox"));
    m_minCell->setAccessibleName(tr("Minimum cell size: counts from 1 to one less are suppressed in every export"));
    m_minCell->setRange(0, Collaborative::kMaxMinCellSize);
    m_minCell->setToolTip(tr("Counts of 1 up to one less than this number of children are small numbers: marked on "
                             "screen and left out of every export and report. 0 suppresses nothing."));
    cellLabel->setBuddy(m_minCell);
    cellRow->addWidget(cellLabel);
    cellRow->addWidget(m_minCell);
    auto* cellUnit = new QLabel(tr("children in exports"), m_equitySection);
    cellUnit->setToolTip(m_minCell->toolTip());
    cellRow->addWidget(cellUnit);
    cellRow->addStretch(1);
    m_equitySection->addActionsLayout(cellRow);
    connect(m_minCell, &QSpinBox::editingFinished, this, [this] {
        if (!m_document || m_minCell->value() == m_shownMinCell)
            return;
        if (const Status status = command::setMinCellSize(*m_document, m_minCell->value()); !status) {
            QMessageBox::warning(this, tr("Cannot change the minimum cell size"), status.error().message);
            m_minCell->setValue(m_shownMinCell);
        }
    });
    m_equitySummary = new EquitySummary(m_equitySection);
    m_equitySection->addWidget(m_equitySummary);
    m_disparity = new DisparityPanel(m_equitySection);
    m_equitySection->addWidget(m_disparity);
    m_equitySection->installEventFilter(this);
    connect(m_equitySummary, &EquitySummary::measureActivated, this,
            [this](const QUuid& measureId, const QString& dimension) {
                if (m_document)
                    if (Status shown = m_disparity->showMeasure(measureId, dimension); !shown)
                        m_equitySection->setCaption(shown.error().message);
            });
}

bool CollaborativePage::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_equitySection && event->type() == QEvent::Paint && m_equityStale && m_document) {
        m_equityStale = false;
        QTimer::singleShot(0, this, &CollaborativePage::loadEquity);
    }
    return Page::eventFilter(watched, event);
}

void CollaborativePage::loadEquity() {
    if (!m_document)
        return;
    Status loaded = m_equitySummary->load(*m_document, {});
    if (loaded)
        loaded = m_disparity->load(*m_document, {}, m_disparity->measureId());
    if (!loaded)
        m_equitySection->setCaption(tr("The equity summary could not be read: %1").arg(loaded.error().message));
}

void CollaborativePage::buildSharedMeasuresSection() {
    m_measuresSection = addSection(tr("Shared measures"));
    m_measuresSection->setCaption(
        tr("The measures every team reports, with one operational definition so that teams can be "
           "compared. Teams enter their data; only the organizer changes a definition here."));
    auto* buttons = new QHBoxLayout;
    auto* newMeasure = new QPushButton(tr("New shared &measure…"), m_measuresSection);
    newMeasure->setAccessibleName(tr("New shared measure"));
    m_editMeasure = new QPushButton(tr("Edit de&finition…"), m_measuresSection);
    m_editMeasure->setAccessibleName(tr("Edit the selected shared measure's definition"));
    buttons->addWidget(newMeasure);
    buttons->addWidget(m_editMeasure);
    buttons->addStretch(1);
    m_measuresView = new FittedTableView(m_measuresSection);
    m_measuresView->setObjectName(QStringLiteral("sharedMeasuresView"));
    m_measuresView->setAccessibleName(tr("Shared measures"));
    m_measuresView->setModel(m_sharedMeasuresModel);
    m_measuresView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_measuresView->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView* header = m_measuresView->horizontalHeader();
    header->setSectionResizeMode(SharedMeasuresModel::NameColumn, QHeaderView::Stretch);
    for (int c :
         {SharedMeasuresModel::TypeColumn, SharedMeasuresModel::KindColumn, SharedMeasuresModel::GoalColumn})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_measuresSection->addActionsLayout(buttons);
    m_measuresSection->addWidget(m_measuresView);
    m_measuresSection->setEmptyText(
        tr("No shared measures yet — add the measures every team of the collaborative reports."));
    connect(newMeasure, &QPushButton::clicked, this, [this] { editSharedMeasure({}); });
    connect(m_editMeasure, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_measuresView->currentIndex();
        if (current.isValid())
            editSharedMeasure(current.data(SharedMeasuresModel::IdRole).toUuid());
    });
    connect(m_measuresView, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        editSharedMeasure(index.data(SharedMeasuresModel::IdRole).toUuid());
    });
}

void CollaborativePage::editSharedMeasure(const QUuid& measureId) {
    if (!m_document)
        return;
    Workspace& workspace = m_document->workspace();
    Measure measure;
    if (!measureId.isNull()) {
        auto found = workspace.measures.measures.find(measureId);
        if (!found || !*found)
            return;
        measure = **found;
    } else {
        auto collaborative = workspace.collaborative.current();
        if (!collaborative)
            return;
        measure.collaborativeId = collaborative->meta.id;
        measure.unit = QStringLiteral("%");
        measure.position = m_sharedMeasuresModel->rowCount();
    }
    MeasureDialog dialog(measure, false, this);
    while (dialog.exec() == QDialog::Accepted) {
        // As the organizer: the collaborative page is where the shared set is defined.
        const Status status = command::saveMeasure(*m_document, dialog.measure(), false);
        if (status)
            return;
        QMessageBox::warning(this, tr("Cannot save the measure"), status.error().message);
    }
}

void CollaborativePage::setToday(const QDate& today) {
    m_today = today;
    m_timeline->setToday(today);
}

Status CollaborativePage::update(WorkspaceDocument& document, const Changes& changes) {
    bool reporting = changes.everything;
    for (const char* table : {"collaborative", "team", "measure", "measure_value", "team_report", "assessment_score"})
        reporting = reporting || changes.touches(QString::fromLatin1(table));
    m_keepReporting = !reporting;
    bool feedback = changes.everything;
    for (const char* table : {"coach_comment", "comment_reply", "assessment_score"})
        feedback = feedback || changes.touches(QString::fromLatin1(table));
    m_keepNotice = !feedback;
    bool equity = changes.everything;
    for (const char* table : {"collaborative", "stratum", "team", "measure", "measure_value", "chart_setting"})
        equity = equity || changes.touches(QString::fromLatin1(table));
    m_keepEquity = !equity;
    return load(document, target());
}

Status CollaborativePage::load(WorkspaceDocument& document, const NavigationTarget&) {
    // What update() let stay, taken now: a load that fails half-way leaves nothing skipped next time.
    const bool keepReporting = std::exchange(m_keepReporting, false);
    const bool keepNotice = std::exchange(m_keepNotice, false);
    if (!std::exchange(m_keepEquity, false)) {
        m_equityStale = true;
        m_equitySection->update();
    }
    Workspace& workspace = document.workspace();
    auto collaborative = workspace.collaborative.current();
    if (!collaborative)
        return collaborative.error();
    showAbout(*collaborative);
    m_shownMinCell = collaborative->minCellSize;
    {
        const QSignalBlocker blocker(m_minCell);
        m_minCell->setValue(m_shownMinCell);
    }
    const Status mayEditCell = workspace.rights().mayWrite(collaborative->meta.owner, u"collaborative");
    OwnershipBanner::setLocked(m_minCell, mayEditCell ? QString() : mayEditCell.error().message);
    if (Status status = loadCalendar(document, *collaborative); !status)
        return status;
    if (Status status = loadTeams(document); !status)
        return status;
    if (!keepReporting)
        if (Status status = loadReporting(workspace, *collaborative); !status)
            return status;
    if (!keepNotice)
        if (Status status = m_feedbackNotice->load(workspace); !status)
            return status;
    if (Status status = loadSharedMeasures(workspace); !status)
        return status;

    m_document = &document;
    m_collaborativeName = collaborative->name;
    m_teams.clear();
    if (auto teamList = workspace.teams.teams.all())
        for (const Team& team : *teamList)
            if (!document.isTheirs(team.meta.id)) // their ideas come with their bundle
                m_teams.emplace_back(team.meta.id, team.name);
    auto package = ChangePackageData::load(workspace);
    if (!package)
        return package.error();

    showChangePackage(document, std::move(*package));
    return {};
}

// The header and the "about" fields: name, topic, months, aim and description.
void CollaborativePage::showAbout(const Collaborative& collaborative) {
    header()->setTitle(collaborative.name);
    QStringList subtitle;
    if (!collaborative.topic.isEmpty())
        subtitle << collaborative.topic;
    if (const QString months = Format::monthRange(collaborative.startDate, collaborative.endDate);
        !months.isEmpty())
        subtitle << months;
    header()->setSubtitle(subtitle.isEmpty() ? tr("Breakthrough Series Collaborative")
                                             : subtitle.join(QStringLiteral(" · ")));

    FieldGrid::setValue(m_topic, collaborative.topic, tr("No topic yet"));
    QString dates;
    if (collaborative.startDate.isValid() && collaborative.endDate.isValid())
        dates =
            tr("%1 to %2").arg(Format::date(collaborative.startDate), Format::date(collaborative.endDate));
    else if (collaborative.startDate.isValid())
        dates = tr("From %1; no end date set yet").arg(Format::date(collaborative.startDate));
    else if (collaborative.endDate.isValid())
        dates = tr("Until %1").arg(Format::date(collaborative.endDate));
    FieldGrid::setValue(m_dates, dates, tr("No dates set yet"));
    FieldGrid::setValue(m_aim, collaborative.aim, tr("No aim written yet — use Edit details… to add it."));
    FieldGrid::setValue(m_description, collaborative.description, tr("No description yet."));
}

Status CollaborativePage::loadCalendar(WorkspaceDocument& document, const Collaborative& collaborative) {
    Workspace& workspace = document.workspace();
    auto sessions = workspace.collaborative.sessions.all();
    if (!sessions)
        return sessions.error();
    auto periods = workspace.collaborative.actionPeriods.all();
    if (!periods)
        return periods.error();
    const CalendarData calendar = CalendarData::from(collaborative, *sessions, *periods);
    m_timeline->setCalendar(calendar);
    // The section stays open when empty: its buttons are how the calendar is made.
    const bool empty = calendar.sessions.empty() && calendar.periods.empty();
    m_timeline->setVisible(!empty);
    m_calendarCaption->setText(
        empty ? tr("No learning sessions scheduled yet. Add the learning sessions (LS1, LS2, a summit…), then fill in "
                   "the action periods between them.")
              : tr("Point at a marker or band for details, or focus the calendar and use the arrow keys."));
    const Status mayEdit = workspace.rights().mayWrite(collaborative.meta.owner, u"learning_session");
    PDSA_TRY(m_calendarEditor->load(document, collaborative, *sessions, *periods,
                                    mayEdit ? QString() : mayEdit.error().message));

    auto strata = workspace.collaborative.strata.all();
    if (!strata)
        return strata.error();
    const Status mayEditStrata = workspace.rights().mayWrite(collaborative.meta.owner, u"stratum");
    PDSA_TRY(m_strataEditor->load(document, *strata, mayEditStrata ? QString() : mayEditStrata.error().message));
    m_strataEmpty->setVisible(strata->empty());
    m_strataEmpty->setText(tr("No strata yet: add a dimension (such as Age group) with its categories, then mark the "
                              "shared measures entered by stratum."));
    m_strataSection->setTitle(strata->empty() ? tr("Strata") : tr("Strata (%1)").arg(m_strataEditor->dimensionCount()));
    return {};
}

// The teams table; teams whose work came from their bundle are marked as theirs.
Status CollaborativePage::loadTeams(WorkspaceDocument& document) {
    Workspace& workspace = document.workspace();
    auto teams = TeamsTableModel::load(workspace);
    if (!teams)
        return teams.error();
    m_teamsSection->setTitle(teams->empty() ? tr("Teams") : tr("Teams (%1)").arg(teams->size()));
    m_teamsSection->setEmpty(teams->empty());
    m_teamsModel->setRows(std::move(*teams));
    QHash<QUuid, QString> theirs;
    for (int row = 0; row < m_teamsModel->rowCount(); ++row) {
        const QUuid id = m_teamsModel->row(row).team.meta.id;
        if (const auto entry = document.arrivedFrom(Owner::ofTeam(id)))
            theirs.insert(id, OwnershipBanner::describe(*entry));
    }
    static_cast<TeamsProxy*>(m_teamsProxy)->setTheirs(std::move(theirs));
    if (const auto fromTemplate = document.arrivedFrom(Owner::organizer()))
        m_templateNote->setNote(tr("Shared definitions from the organizer's template imported %1.")
                                    .arg(Format::date(fromTemplate->importedAt.toLocalTime().date())));
    else
        m_templateNote->setNote(QString());
    return {};
}

Status CollaborativePage::loadSharedMeasures(Workspace& workspace) {
    auto measures = workspace.measures.measures.where("team_id IS NULL");
    if (!measures)
        return measures.error();
    m_sharedMeasuresModel->setMeasures(*measures);
    m_measuresSection->setTitle(measures->empty() ? tr("Shared measures")
                                                  : tr("Shared measures (%1)").arg(measures->size()));
    m_measuresSection->setEmpty(measures->empty());
    m_editMeasure->setEnabled(!measures->empty());
    return {};
}

// The change package in the tree and the diagram, keeping what the user had open: the selected
// item and the branches they collapsed.
void CollaborativePage::showChangePackage(WorkspaceDocument& document, ChangePackageData package) {
    const QUuid selected = selectedItem();
    std::vector<QUuid> collapsed;
    for (int p = 0; p < m_changePackageModel->rowCount(); ++p) {
        const QModelIndex primary = m_changePackageModel->index(p, 0);
        if (!m_changePackageView->isExpanded(primary))
            collapsed.push_back(primary.data(ChangePackageModel::IdRole).toUuid());
        for (int s = 0; s < m_changePackageModel->rowCount(primary); ++s) {
            const QModelIndex secondary = m_changePackageModel->index(s, 0, primary);
            if (!m_changePackageView->isExpanded(secondary))
                collapsed.push_back(secondary.data(ChangePackageModel::IdRole).toUuid());
        }
    }
    const bool samePackage = m_changePackageModel->rowCount() > 0;

    m_packageEmpty->setVisible(package.primaries.empty());
    m_changePackageSection->setTitle(package.primaries.empty()
                                         ? tr("Change package")
                                         : tr("Change package (%1 change ideas)").arg(package.ideaCount()));
    m_changePackageView->setColumnHidden(ChangePackageModel::TeamColumn, !package.hasTeamIdeas());
    // The team's name gets room for a few words; the name of the idea needs the rest.
    m_changePackageView->header()->resizeSection(ChangePackageModel::TeamColumn, fontMetrics().height() * 8);
    m_diagram->setChangePackage(package);
    m_changePackageModel->setDocument(&document);
    m_changePackageModel->setChangePackage(std::move(package));
    m_changePackageView->expandAll();
    if (samePackage)
        for (const QUuid& id : collapsed)
            m_changePackageView->collapse(m_changePackageModel->indexOf(id));
    selectItem(selected);
    showSelectedDetails();
    updatePackageActions();
}

// ---- the change package editor ----------------------------------------------------------------

namespace {

using Kind = ChangePackageModel::Kind;

Kind kindOf(const QModelIndex& index) {
    return static_cast<Kind>(index.data(ChangePackageModel::KindRole).toInt());
}

} // namespace

void CollaborativePage::buildChangePackageSection() {
    m_changePackageSection = addSection(tr("Change package"));
    m_changePackageSection->setCaption(
        tr("The aim, the primary drivers that lead to it, the secondary drivers under them and the change "
           "ideas teams test, with the number of PDSA cycles across all teams. Changes are saved at once; "
           "Edit ▸ Undo takes them back."));

    buildPackageActions();
    connectPackageActions();

    m_packageMessage = new QLabel(m_changePackageSection);
    m_packageMessage->setObjectName(QStringLiteral("changePackageMessage"));
    m_packageMessage->setWordWrap(true);
    m_packageMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_packageMessage->hide();

    m_packageTabs = new QTabWidget(m_changePackageSection);
    m_packageTabs->setObjectName(QStringLiteral("changePackageTabs"));
    m_packageTabs->setAccessibleName(tr("Change package views"));
    m_packageTabs->setDocumentMode(true);

    m_packageTabs->addTab(buildOutlineTab(), tr("&Outline"));
    m_packageTabs->addTab(buildDiagramTab(), tr("D&iagram"));

    for (QAction* action : m_actions) {
        m_changePackageView->addAction(action);
        m_diagram->addAction(action);
    }

    connectPackageView();

    m_changePackageSection->addWidget(m_packageToolBar);
    m_changePackageSection->addWidget(m_packageMessage);
    m_changePackageSection->addWidget(m_packageTabs);
    updatePackageActions();
}

// The change package's actions, on its tool bar (and later on the tree's and the diagram's
// context menus), with their keys.
void CollaborativePage::buildPackageActions() {
    m_packageToolBar = new QToolBar(m_changePackageSection);
    m_packageToolBar->setObjectName(QStringLiteral("changePackageToolBar"));
    m_packageToolBar->setAccessibleName(tr("Change package actions"));
    m_packageToolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    struct Spec {
        PackageAction id;
        QString text;
        QString tip;
        QKeySequence key;
    };
    const Spec specs[] = {
        {PackageAction::AddPrimary, tr("Add primary driver…"), tr("Add a primary driver under the aim"), {}},
        {PackageAction::AddChild, tr("&Add…"), tr("Add a driver or change idea under the selected one"),
         QKeySequence(Qt::Key_Insert)},
        {PackageAction::AddSibling, tr("Add &sibling…"),
         tr("Add an item of the same kind after the selected one"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Insert)},
        {PackageAction::AddTeamIdea, tr("New change idea for a &team…"),
         tr("Add a team's own change idea under the selected shared driver"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)},
        {PackageAction::Rename, tr("&Rename"), tr("Rename the selected item in place"),
         QKeySequence(Qt::Key_F2)},
        {PackageAction::MoveUp, tr("Move &up"), tr("Move the selected item up among its siblings"),
         QKeySequence(Qt::ALT | Qt::Key_Up)},
        {PackageAction::MoveDown, tr("Move do&wn"), tr("Move the selected item down among its siblings"),
         QKeySequence(Qt::ALT | Qt::Key_Down)},
        {PackageAction::MoveTo, tr("&Move to…"), tr("Move the selected item under another driver"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)},
        {PackageAction::Delete, tr("&Delete"), tr("Delete the selected item and everything under it"),
         QKeySequence(QKeySequence::Delete)},
    };
    for (const Spec& spec : specs) {
        auto* action = new QAction(spec.text, this);
        action->setShortcut(spec.key);
        // The keys work where the change package has the focus (the tree or the diagram), so that
        // Delete in a text field deletes a character, not a driver.
        action->setShortcutContext(Qt::WidgetShortcut);
        action->setToolTip(spec.key.isEmpty()
                               ? spec.tip
                               : tr("%1 (%2)").arg(spec.tip, spec.key.toString(QKeySequence::NativeText)));
        m_actions[static_cast<int>(spec.id)] = action;
        m_packageToolBar->addAction(action);
        if (spec.id == PackageAction::AddTeamIdea || spec.id == PackageAction::Rename ||
            spec.id == PackageAction::MoveTo)
            m_packageToolBar->addSeparator();
    }
}

void CollaborativePage::connectPackageActions() {
    connect(packageAction(PackageAction::AddPrimary), &QAction::triggered, this, [this] {
        m_changePackageView->setCurrentIndex({});
        addItem(false, false);
    });
    connect(packageAction(PackageAction::AddChild), &QAction::triggered, this,
            [this] { addItem(false, false); });
    connect(packageAction(PackageAction::AddSibling), &QAction::triggered, this,
            [this] { addItem(true, false); });
    connect(packageAction(PackageAction::AddTeamIdea), &QAction::triggered, this,
            [this] { addItem(false, true); });
    connect(packageAction(PackageAction::Rename), &QAction::triggered, this, [this] {
        m_packageTabs->setCurrentIndex(0);
        const QModelIndex current = m_changePackageView->currentIndex();
        if (current.isValid()) {
            m_changePackageView->setFocus();
            m_changePackageView->edit(current.siblingAtColumn(ChangePackageModel::NameColumn));
        }
    });
    connect(packageAction(PackageAction::MoveUp), &QAction::triggered, this, [this] { reorderSelected(-1); });
    connect(packageAction(PackageAction::MoveDown), &QAction::triggered, this,
            [this] { reorderSelected(1); });
    connect(packageAction(PackageAction::MoveTo), &QAction::triggered, this,
            &CollaborativePage::moveSelected);
    connect(packageAction(PackageAction::Delete), &QAction::triggered, this, [this] {
        if (m_document && !selectedItem().isNull())
            runEdit(command::deleteChangePackageItem(*m_document, selectedItem()));
    });
}

// The outline tab: the change package as a tree, beside the selected item's details.
QWidget* CollaborativePage::buildOutlineTab() {
    auto* outline = new QWidget(m_packageTabs);
    m_outlineLayout = new QBoxLayout(QBoxLayout::LeftToRight, outline);
    m_outlineLayout->setContentsMargins(0, fontMetrics().height() / 2, 0, 0);
    auto* treeColumn = new QVBoxLayout;
    m_packageEmpty = new QLabel(
        tr("No change package yet — use Add primary driver… to start the driver diagram: the primary "
           "drivers, the secondary drivers under them and the change ideas teams will test."),
        outline);
    m_packageEmpty->setWordWrap(true);
    Theme::makeMuted(m_packageEmpty);
    treeColumn->addWidget(m_packageEmpty);

    m_changePackageView = new FittedTreeView(outline);
    m_changePackageView->setObjectName(QStringLiteral("changePackageView"));
    m_changePackageView->setAccessibleName(tr("Change package"));
    m_changePackageView->setAccessibleDescription(tr("Insert adds, F2 renames, Alt+Up and Alt+Down reorder, "
                                                     "Delete deletes; the context menu has the rest"));
    m_changePackageView->setModel(m_changePackageModel);
    m_changePackageView->setEditTriggers(QAbstractItemView::EditKeyPressed |
                                         QAbstractItemView::SelectedClicked);
    m_changePackageView->setDragEnabled(true);
    m_changePackageView->setAcceptDrops(true);
    m_changePackageView->setDropIndicatorShown(true);
    m_changePackageView->setDragDropMode(QAbstractItemView::InternalMove);
    m_changePackageView->setDefaultDropAction(Qt::MoveAction);
    m_changePackageView->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView* packageHeader = m_changePackageView->header();
    packageHeader->setStretchLastSection(false);
    packageHeader->setSectionResizeMode(ChangePackageModel::NameColumn, QHeaderView::Stretch);
    packageHeader->setSectionResizeMode(ChangePackageModel::TeamColumn, QHeaderView::Interactive);
    packageHeader->setSectionResizeMode(ChangePackageModel::CyclesColumn, QHeaderView::ResizeToContents);
    packageHeader->setSectionResizeMode(ChangePackageModel::DecisionColumn, QHeaderView::ResizeToContents);
    treeColumn->addWidget(m_changePackageView);
    treeColumn->addStretch(1);
    m_outlineLayout->addLayout(treeColumn, 2);
    m_outlineLayout->addWidget(buildDetailsPanel(), 1);
    return outline;
}

// The tree's selection shows the item in the diagram and its details; its context menu has the
// change package's actions.
void CollaborativePage::connectPackageView() {
    connect(m_changePackageView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        m_diagram->selectItem(selectedItem());
        showSelectedDetails();
        updatePackageActions();
    });
    connect(m_changePackageView, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu menu(this);
        for (PackageAction id : {PackageAction::AddPrimary, PackageAction::AddChild,
                                 PackageAction::AddSibling, PackageAction::AddTeamIdea})
            menu.addAction(packageAction(id));
        menu.addSeparator();
        for (PackageAction id :
             {PackageAction::Rename, PackageAction::MoveUp, PackageAction::MoveDown, PackageAction::MoveTo})
            menu.addAction(packageAction(id));
        menu.addSeparator();
        menu.addAction(packageAction(PackageAction::Delete));
        menu.exec(m_changePackageView->viewport()->mapToGlobal(pos));
    });
    connect(m_changePackageModel, &ChangePackageModel::editRefused, this,
            [this](const QString& message) { showPackageMessage(message, true); });
    connect(m_changePackageModel, &ChangePackageModel::itemMoved, this, [this](const QUuid& id) {
        m_packageMessage->hide();
        selectItem(id);
    });
}

QWidget* CollaborativePage::buildDetailsPanel() {
    auto* panel = new QWidget(m_changePackageSection);
    panel->setObjectName(QStringLiteral("changeItemDetails"));
    const int unit = fontMetrics().height();
    panel->setMinimumWidth(unit * 14);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(unit / 2, 0, 0, 0);

    m_itemHint = new QLabel(tr("Select a driver or change idea to see and edit its details."), panel);
    m_itemHint->setWordWrap(true);
    Theme::makeMuted(m_itemHint);
    layout->addWidget(m_itemHint);

    m_itemFields = new QWidget(panel);
    auto* fields = new QVBoxLayout(m_itemFields);
    fields->setContentsMargins(0, 0, 0, 0);
    m_itemKind = new QLabel(m_itemFields);
    m_itemKind->setWordWrap(true);
    auto* nameLabel = new QLabel(tr("&Name"), m_itemFields);
    m_itemName = new QLineEdit(m_itemFields);
    m_itemName->setObjectName(QStringLiteral("changeItemName"));
    m_itemName->setAccessibleName(tr("Name of the selected driver or change idea"));
    nameLabel->setBuddy(m_itemName);
    auto* descriptionLabel = new QLabel(tr("Descri&ption"), m_itemFields);
    m_itemDescription = new QPlainTextEdit(m_itemFields);
    m_itemDescription->setObjectName(QStringLiteral("changeItemDescription"));
    m_itemDescription->setAccessibleName(tr("Description of the selected driver or change idea"));
    m_itemDescription->setPlaceholderText(tr("What the change is and why it should help"));
    m_itemDescription->setTabChangesFocus(true);
    m_itemDescription->setMinimumHeight(unit * 5);
    descriptionLabel->setBuddy(m_itemDescription);
    m_itemOwner = new QLabel(m_itemFields);
    m_itemOwner->setWordWrap(true);
    m_itemTested = new QLabel(m_itemFields);
    m_itemTested->setWordWrap(true);
    Theme::makeMuted(m_itemOwner);
    Theme::makeMuted(m_itemTested);
    fields->addWidget(m_itemKind);
    fields->addWidget(nameLabel);
    fields->addWidget(m_itemName);
    fields->addWidget(descriptionLabel);
    fields->addWidget(m_itemDescription, 1);
    fields->addWidget(m_itemOwner);
    fields->addWidget(m_itemTested);
    layout->addWidget(m_itemFields);
    layout->addStretch(1);

    // Typing saves at once; consecutive keystrokes merge into one undo step in the facade.
    connect(m_itemName, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (!m_document || selectedItem().isNull())
            return;
        const Status status =
            command::editChangePackageText(*m_document, selectedItem(), ChangePackageField::Name, text);
        if (!status)
            showPackageMessage(status.error().message, true);
        else
            m_packageMessage->hide();
    });
    connect(m_itemName, &QLineEdit::editingFinished, this, [this] {
        if (m_itemName->text().trimmed().isEmpty())
            showSelectedDetails(); // an empty name was refused: show the saved one again
    });
    connect(m_itemDescription, &QPlainTextEdit::textChanged, this, [this] {
        if (m_showingDetails || !m_document || selectedItem().isNull())
            return;
        runEdit(command::editChangePackageText(*m_document, selectedItem(), ChangePackageField::Description,
                                               m_itemDescription->toPlainText()));
    });
    return panel;
}

QWidget* CollaborativePage::buildDiagramTab() {
    auto* tab = new QWidget(m_packageTabs);
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, fontMetrics().height() / 2, 0, 0);
    auto* bar = new QHBoxLayout;
    m_diagram = new DriverDiagramView(tab);
    m_diagram->setObjectName(QStringLiteral("driverDiagram"));
    m_diagram->setAccessibleName(tr("Driver diagram"));
    auto button = [&](const QString& text, const QString& tip, auto slot) {
        auto* b = new QToolButton(tab);
        b->setText(text);
        b->setToolTip(tip);
        b->setAccessibleName(tip);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, m_diagram, slot);
        bar->addWidget(b);
        return b;
    };
    button(tr("−"), tr("Zoom out (−)"), &DriverDiagramView::zoomOut);
    m_zoomLabel = new QLabel(tab);
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    bar->addWidget(m_zoomLabel);
    button(tr("+"), tr("Zoom in (+)"), &DriverDiagramView::zoomIn);
    button(tr("Actual size"), tr("Show the diagram at actual size (0)"), [this] { m_diagram->setZoom(1.0); });
    button(tr("Fit"), tr("Fit the whole diagram into the view"), &DriverDiagramView::fitToView);
    auto* exportButton = new QToolButton(tab);
    exportButton->setObjectName(QStringLiteral("exportDiagramButton"));
    exportButton->setText(tr("E&xport"));
    exportButton->setAccessibleName(tr("Export the driver diagram"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(exportButton);
    menu->addAction(tr("PNG image…"), this, [this] { exportDiagram(static_cast<int>(DiagramFormat::Png)); });
    menu->addAction(tr("SVG drawing…"), this,
                    [this] { exportDiagram(static_cast<int>(DiagramFormat::Svg)); });
    menu->addAction(tr("PDF document…"), this,
                    [this] { exportDiagram(static_cast<int>(DiagramFormat::Pdf)); });
    exportButton->setMenu(menu);
    bar->addWidget(exportButton);
    bar->addStretch(1);
    auto* hint =
        new QLabel(tr("Click a box to select it, double-click to edit it in the outline; with the keyboard, "
                      "the arrow keys move between boxes and Enter opens one."),
                   tab);
    hint->setWordWrap(true);
    Theme::makeMuted(hint);
    layout->addLayout(bar);
    layout->addWidget(m_diagram, 1);
    layout->addWidget(hint);

    auto showZoom = [this](double zoom) { m_zoomLabel->setText(tr("%1 %").arg(qRound(zoom * 100))); };
    showZoom(m_diagram->zoom());
    connect(m_diagram, &DriverDiagramView::zoomChanged, this, showZoom);
    connect(m_diagram, &DriverDiagramView::itemSelected, this, [this](const QUuid& id) { selectItem(id); });
    connect(m_diagram, &DriverDiagramView::itemActivated, this, [this](const QUuid& id) {
        if (id.isNull()) {
            emit editDetailsRequested(); // the aim is one of the collaborative's details
            return;
        }
        selectItem(id);
        m_packageTabs->setCurrentIndex(0);
        m_itemName->setFocus();
    });
    return tab;
}

void CollaborativePage::resizeEvent(QResizeEvent* event) {
    Page::resizeEvent(event);
    adaptToSize();
}

void CollaborativePage::changeEvent(QEvent* event) {
    Page::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        adaptToSize();
}

// The details panel sits beside the tree when there is room for both, and above it when not
// (large text, a narrow window), so that the names in the tree stay readable.
void CollaborativePage::adaptToSize() {
    const int unit = fontMetrics().height();
    m_itemKind->setFont(Theme::sectionFont(font()));
    const bool beside = width() >= unit * 60;
    m_outlineLayout->setDirection(beside ? QBoxLayout::LeftToRight : QBoxLayout::BottomToTop);
    m_outlineLayout->setStretch(0, beside ? 2 : 0);
    m_outlineLayout->setStretch(1, beside ? 1 : 0);
    m_itemDescription->setMinimumHeight(unit * (beside ? 5 : 3));
    m_itemDescription->setMaximumHeight(beside ? QWIDGETSIZE_MAX : unit * 5);
}

QAction* CollaborativePage::packageAction(PackageAction action) const {
    return m_actions[static_cast<int>(action)];
}

QUuid CollaborativePage::selectedItem() const {
    return m_changePackageView->currentIndex().data(ChangePackageModel::IdRole).toUuid();
}

void CollaborativePage::selectItem(const QUuid& id) {
    const QModelIndex index = m_changePackageModel->indexOf(id);
    if (index == m_changePackageView->currentIndex())
        return;
    if (index.isValid()) {
        m_changePackageView->expand(index.parent());
        m_changePackageView->setCurrentIndex(index);
    } else {
        m_changePackageView->selectionModel()->clear();
        m_changePackageView->setCurrentIndex({});
    }
}

void CollaborativePage::updatePackageActions() {
    const QModelIndex current = m_changePackageView->currentIndex();
    const bool has = current.isValid() && m_document;
    const Kind kind = has ? kindOf(current) : Kind::PrimaryDriver;
    const int siblings = has ? m_changePackageModel->rowCount(current.parent()) : 0;
    QAction* add = packageAction(PackageAction::AddChild);
    add->setEnabled(m_document != nullptr);
    // With nothing selected, Insert adds a primary driver like the button beside it.
    add->setText(!has                          ? tr("&Add…")
                 : kind == Kind::PrimaryDriver ? tr("&Add secondary driver…")
                                               : tr("&Add change idea…"));
    packageAction(PackageAction::AddPrimary)->setEnabled(m_document != nullptr);
    packageAction(PackageAction::AddSibling)->setEnabled(has);
    packageAction(PackageAction::AddTeamIdea)
        ->setEnabled(has && kind != Kind::PrimaryDriver && !m_teams.empty());
    packageAction(PackageAction::Rename)->setEnabled(has);
    packageAction(PackageAction::MoveUp)->setEnabled(has && current.row() > 0);
    packageAction(PackageAction::MoveDown)->setEnabled(has && current.row() < siblings - 1);
    packageAction(PackageAction::MoveTo)->setEnabled(has && kind != Kind::PrimaryDriver);
    packageAction(PackageAction::Delete)->setEnabled(has);
}

void CollaborativePage::showSelectedDetails() {
    const QModelIndex current = m_changePackageView->currentIndex().siblingAtColumn(0);
    m_itemHint->setVisible(!current.isValid());
    m_itemFields->setVisible(current.isValid());
    if (!current.isValid())
        return;
    m_showingDetails = true;
    const Kind kind = kindOf(current);
    m_itemKind->setText(kind == Kind::PrimaryDriver     ? tr("Primary driver")
                        : kind == Kind::SecondaryDriver ? tr("Secondary driver")
                                                        : tr("Change idea"));
    // Only what differs is set, so the cursor stays where the user is typing.
    const QString name = current.data(Qt::EditRole).toString();
    if (m_itemName->text() != name && !(m_itemName->hasFocus() && m_itemName->text().trimmed().isEmpty())) {
        m_itemName->setText(name);
        if (!m_itemName->hasFocus())
            m_itemName->setCursorPosition(0); // show the start of a long name
    }
    const QString description = current.data(ChangePackageModel::DescriptionRole).toString();
    if (m_itemDescription->toPlainText() != description)
        m_itemDescription->setPlainText(description);
    const QString team = current.data(ChangePackageModel::TeamNameRole).toString();
    m_itemOwner->setVisible(kind == Kind::ChangeIdea);
    m_itemOwner->setText(team.isEmpty() ? tr("Shared with every team of the collaborative.")
                                        : tr("The own idea of %1, under the shared driver.").arg(team));
    const int cycles = current.siblingAtColumn(ChangePackageModel::CyclesColumn).data().toInt();
    const QString decision = current.siblingAtColumn(ChangePackageModel::DecisionColumn).data().toString();
    QString tested;
    if (kind == Kind::ChangeIdea)
        tested = cycles == 0 ? tr("Not tested in a PDSA cycle yet.")
                 : cycles == 1
                     ? tr("Tested in 1 PDSA cycle; latest decision: %1.").arg(decision)
                     : tr("Tested in %1 PDSA cycles; latest decision: %2.").arg(cycles).arg(decision);
    else
        tested = cycles == 1 ? tr("The change ideas under it were tested in 1 PDSA cycle.")
                             : tr("The change ideas under it were tested in %1 PDSA cycles.").arg(cycles);
    m_itemTested->setText(tested);
    m_showingDetails = false;
}

void CollaborativePage::showPackageMessage(const QString& message, bool refusal) {
    m_packageMessage->setText(message);
    QPalette palette = m_packageMessage->palette();
    palette.setColor(QPalette::WindowText,
                     refusal ? Theme::decisionColor(Decision::Abandon) : palette.color(QPalette::Text));
    m_packageMessage->setPalette(palette);
    m_packageMessage->setAccessibleDescription(message);
    m_packageMessage->show();
}

void CollaborativePage::runEdit(const Status& status) {
    if (status)
        m_packageMessage->hide();
    else
        showPackageMessage(status.error().message, true);
}

void CollaborativePage::addItem(bool sibling, bool forTeam) {
    if (!m_document)
        return;
    const QModelIndex current = m_changePackageView->currentIndex().siblingAtColumn(0);
    // Where the new item goes: under the selected item, or after it (a sibling; a change idea has
    // no children, so "add" after an idea adds the next idea).
    QModelIndex parent;
    int position = -1;
    if (current.isValid()) {
        const bool after = sibling || kindOf(current) == Kind::ChangeIdea ||
                           (forTeam && kindOf(current) == Kind::ChangeIdea);
        parent = after ? current.parent() : current;
        if (after)
            position = current.row() + 1;
    }
    const Kind kind = !parent.isValid()                       ? Kind::PrimaryDriver
                      : kindOf(parent) == Kind::PrimaryDriver ? Kind::SecondaryDriver
                                                              : Kind::ChangeIdea;
    if (forTeam && kind != Kind::ChangeIdea)
        return;
    const QString parentName = parent.isValid() ? tr("Under “%1”").arg(parent.data(Qt::EditRole).toString())
                                                : tr("Under the aim of the collaborative");
    QUuid team;
    if (forTeam && !m_teams.empty())
        team = m_teams.front().first;
    // Read before the dialog runs: the model may be reloaded meanwhile, which invalidates `parent`.
    const QUuid parentId = parent.data(ChangePackageModel::IdRole).toUuid();
    NewChangeItemDialog dialog(static_cast<NewChangeItemDialog::Kind>(kind), parentName, m_teams, team, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Result<QUuid> added =
        kind == Kind::PrimaryDriver
            ? command::addPrimaryDriver(*m_document, dialog.name(), dialog.description(), position)
        : kind == Kind::SecondaryDriver
            ? command::addSecondaryDriver(*m_document, parentId, dialog.name(), dialog.description(),
                                          position)
            : command::addChangeIdea(*m_document, parentId, dialog.name(), dialog.description(),
                                     dialog.teamId(), position);
    if (!added) {
        showPackageMessage(added.error().message, true);
        return;
    }
    m_packageMessage->hide();
    selectItem(*added);
    m_changePackageView->setFocus();
}

void CollaborativePage::reorderSelected(int delta) {
    const QModelIndex current = m_changePackageView->currentIndex();
    if (!m_document || !current.isValid())
        return;
    const QUuid id = selectedItem();
    const int position = current.row() + delta;
    if (position < 0 || position >= m_changePackageModel->rowCount(current.parent()))
        return;
    runEdit(command::reorderChangePackageItem(*m_document, id, position));
    selectItem(id);
}

void CollaborativePage::moveSelected() {
    const QModelIndex current = m_changePackageView->currentIndex().siblingAtColumn(0);
    if (!m_document || !current.isValid() || kindOf(current) == Kind::PrimaryDriver)
        return;
    const bool idea = kindOf(current) == Kind::ChangeIdea;
    std::vector<MoveChangeItemDialog::Target> targets;
    for (int p = 0; p < m_changePackageModel->rowCount(); ++p) {
        const QModelIndex primary = m_changePackageModel->index(p, 0);
        if (!idea) {
            targets.push_back(
                {primary.data(ChangePackageModel::IdRole).toUuid(), primary.data(Qt::EditRole).toString()});
            continue;
        }
        for (int s = 0; s < m_changePackageModel->rowCount(primary); ++s) {
            const QModelIndex secondary = m_changePackageModel->index(s, 0, primary);
            targets.push_back({secondary.data(ChangePackageModel::IdRole).toUuid(),
                               tr("%1 › %2").arg(primary.data(Qt::EditRole).toString(),
                                                 secondary.data(Qt::EditRole).toString())});
        }
    }
    const QUuid id = selectedItem();
    const QUuid parentId = current.parent().data(ChangePackageModel::IdRole).toUuid();
    MoveChangeItemDialog dialog(current.data(Qt::EditRole).toString(), targets, parentId, this);
    if (dialog.exec() != QDialog::Accepted || dialog.target() == parentId)
        return;
    runEdit(command::moveChangePackageItem(*m_document, id, dialog.target()));
    selectItem(id);
}

void CollaborativePage::exportDiagram(int format) {
    const auto diagramFormat = static_cast<DiagramFormat>(format);
    QString suffix;
    QString filter;
    switch (diagramFormat) {
    case DiagramFormat::Png:
        suffix = QStringLiteral("png");
        filter = tr("PNG images (*.png)");
        break;
    case DiagramFormat::Svg:
        suffix = QStringLiteral("svg");
        filter = tr("SVG drawings (*.svg)");
        break;
    case DiagramFormat::Pdf:
        suffix = QStringLiteral("pdf");
        filter = tr("PDF documents (*.pdf)");
        break;
    }
    const QString title = tr("%1 — driver diagram").arg(m_collaborativeName);
    QString name = tr("%1 driver diagram").arg(m_collaborativeName);
    name.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|])")), QStringLiteral("-"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export driver diagram"), QDir(folder).filePath(name + QLatin1Char('.') + suffix), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    const Status status = exportDriverDiagram(m_diagram->diagramLayout(), path, diagramFormat, title);
    if (!status)
        showPackageMessage(status.error().message, true);
    else
        showPackageMessage(tr("Exported the driver diagram to %1.").arg(QDir::toNativeSeparators(path)),
                           false);
}

} // namespace pdsa::ui

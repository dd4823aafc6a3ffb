#include "pages/collaborativepage.h"

#include "format.h"
#include "models/changepackagemodel.h"
#include "models/teamstablemodel.h"
#include "theme.h"
#include "widgets/calendartimeline.h"
#include "widgets/fieldgrid.h"
#include "widgets/fittedtableview.h"
#include "widgets/fittedtreeview.h"
#include "widgets/pageheader.h"
#include "widgets/section.h"
#include "workspacedocument.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>

namespace pdsa::ui {

CollaborativePage::CollaborativePage(QWidget* parent)
    : Page(Scrolling::Page, parent)
    , m_editButton(new QPushButton(tr("Edit &details…"), this))
    , m_teamsModel(new TeamsTableModel(this))
    , m_teamsProxy(new QSortFilterProxyModel(this))
    , m_changePackageModel(new ChangePackageModel(this)) {
    setObjectName(QStringLiteral("collaborativePage"));
    setAccessibleName(tr("Collaborative overview"));
    m_editButton->setAccessibleName(tr("Edit collaborative details"));
    m_editButton->setToolTip(tr("Change the collaborative's name, topic, aim and description"));
    header()->addButton(m_editButton);
    connect(m_editButton, &QPushButton::clicked, this, &CollaborativePage::editDetailsRequested);

    Section* about = addSection(tr("About"));
    m_about = new FieldGrid(about);
    m_topic = m_about->addRow(tr("Topic"));
    m_dates = m_about->addRow(tr("Runs"));
    m_aim = m_about->addRow(tr("Aim"));
    m_description = m_about->addRow(tr("Description"));
    about->addWidget(m_about);

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
    m_calendarSection->addWidget(m_timeline);
    m_calendarSection->addWidget(m_calendarCaption);
    m_calendarSection->setEmptyText(
        tr("No learning sessions scheduled yet — the organizer adds the calendar of "
           "learning sessions and action periods."));
    connect(m_timeline, &CalendarTimeline::currentItemChanged, this,
            [this](int index, const QString& description) {
                if (index >= 0)
                    m_calendarCaption->setText(
                        QString(description).replace(QLatin1Char('\n'), QStringLiteral(" · ")));
            });

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
        tr("No teams yet — teams appear here when they join the collaborative or their "
           "bundles are imported."));
    connect(m_teamsView, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        emit navigateRequested(NavigationTarget::team(index.data(TeamsTableModel::IdRole).toUuid()));
    });

    m_changePackageSection = addSection(tr("Change package"));
    m_changePackageSection->setCaption(
        tr("Primary drivers, the secondary drivers under them and the change ideas "
           "teams test, with the number of PDSA cycles across all teams."));
    m_changePackageView = new FittedTreeView(m_changePackageSection);
    m_changePackageView->setObjectName(QStringLiteral("changePackageView"));
    m_changePackageView->setAccessibleName(tr("Change package"));
    m_changePackageView->setModel(m_changePackageModel);
    QHeaderView* packageHeader = m_changePackageView->header();
    packageHeader->setStretchLastSection(false);
    packageHeader->setSectionResizeMode(ChangePackageModel::NameColumn, QHeaderView::Stretch);
    packageHeader->setSectionResizeMode(ChangePackageModel::CyclesColumn, QHeaderView::ResizeToContents);
    packageHeader->setSectionResizeMode(ChangePackageModel::DecisionColumn, QHeaderView::ResizeToContents);
    m_changePackageSection->addWidget(m_changePackageView);
    m_changePackageSection->setEmptyText(
        tr("No change package yet — the organizer defines the drivers and the "
           "change ideas teams will test."));
    finishContent();
}

void CollaborativePage::setToday(const QDate& today) {
    m_timeline->setToday(today);
}

Status CollaborativePage::load(WorkspaceDocument& document, const NavigationTarget&) {
    Workspace& workspace = document.workspace();
    auto collaborative = workspace.collaborative.current();
    if (!collaborative)
        return collaborative.error();
    header()->setTitle(collaborative->name);
    QStringList subtitle;
    if (!collaborative->topic.isEmpty())
        subtitle << collaborative->topic;
    if (const QString months = Format::monthRange(collaborative->startDate, collaborative->endDate);
        !months.isEmpty())
        subtitle << months;
    header()->setSubtitle(subtitle.isEmpty() ? tr("Breakthrough Series Collaborative")
                                             : subtitle.join(QStringLiteral(" · ")));

    FieldGrid::setValue(m_topic, collaborative->topic, tr("No topic yet"));
    QString dates;
    if (collaborative->startDate.isValid() && collaborative->endDate.isValid())
        dates =
            tr("%1 to %2").arg(Format::date(collaborative->startDate), Format::date(collaborative->endDate));
    else if (collaborative->startDate.isValid())
        dates = tr("From %1; no end date set yet").arg(Format::date(collaborative->startDate));
    else if (collaborative->endDate.isValid())
        dates = tr("Until %1").arg(Format::date(collaborative->endDate));
    FieldGrid::setValue(m_dates, dates, tr("No dates set yet"));
    FieldGrid::setValue(m_aim, collaborative->aim, tr("No aim written yet — use Edit details… to add it."));
    FieldGrid::setValue(m_description, collaborative->description, tr("No description yet."));

    auto sessions = workspace.collaborative.sessions.all();
    if (!sessions)
        return sessions.error();
    auto periods = workspace.collaborative.actionPeriods.all();
    if (!periods)
        return periods.error();
    const CalendarData calendar = CalendarData::from(*collaborative, *sessions, *periods);
    m_timeline->setCalendar(calendar);
    m_calendarSection->setEmpty(calendar.sessions.empty() && calendar.periods.empty());

    auto teams = TeamsTableModel::load(workspace);
    if (!teams)
        return teams.error();
    m_teamsSection->setTitle(teams->empty() ? tr("Teams") : tr("Teams (%1)").arg(teams->size()));
    m_teamsSection->setEmpty(teams->empty());
    m_teamsModel->setRows(std::move(*teams));

    auto package = ChangePackageData::load(workspace);
    if (!package)
        return package.error();
    m_changePackageSection->setEmpty(package->primaries.empty());
    m_changePackageSection->setTitle(package->primaries.empty()
                                         ? tr("Change package")
                                         : tr("Change package (%1 change ideas)").arg(package->ideaCount()));
    m_changePackageModel->setChangePackage(std::move(*package));
    m_changePackageView->expandAll();
    return {};
}

} // namespace pdsa::ui

#include "pages/teampage.h"

#include "dialogs/measuredialog.h"
#include "format.h"
#include "models/cyclestablemodel.h"
#include "models/measurestablemodel.h"
#include "models/membersmodel.h"
#include "theme.h"
#include "widgets/fieldgrid.h"
#include "widgets/fittedtableview.h"
#include "widgets/pageheader.h"
#include "widgets/section.h"
#include "undo/commands.h"
#include "widgets/sparklinedelegate.h"
#include "workspacedocument.h"

#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>

namespace pdsa::ui {

TeamPage::TeamPage(QWidget* parent)
    : Page(Scrolling::Page, parent)
    , m_membersModel(new MembersModel(this))
    , m_measuresModel(new MeasuresTableModel(this))
    , m_measuresProxy(new QSortFilterProxyModel(this))
    , m_cyclesModel(new CyclesTableModel(this))
    , m_cyclesProxy(new QSortFilterProxyModel(this)) {
    setObjectName(QStringLiteral("teamPage"));
    setAccessibleName(tr("Team overview"));
    const int charWidth = fontMetrics().averageCharWidth();

    Section* team = addSection(tr("Team"));
    m_facts = new FieldGrid(team);
    m_agency = m_facts->addRow(tr("Agency"));
    m_court = m_facts->addRow(tr("Court partner"));
    m_site = m_facts->addRow(tr("Site"));
    m_about = m_facts->addRow(tr("About"));
    team->addWidget(m_facts);

    m_membersSection = addSection(tr("Members"));
    m_membersView = new FittedTableView(m_membersSection);
    m_membersView->setObjectName(QStringLiteral("membersView"));
    m_membersView->setAccessibleName(tr("Team members"));
    m_membersView->setModel(m_membersModel);
    m_membersView->horizontalHeader()->setSectionResizeMode(MembersModel::NameColumn,
                                                            QHeaderView::ResizeToContents);
    m_membersView->horizontalHeader()->setSectionResizeMode(MembersModel::RoleColumn,
                                                            QHeaderView::ResizeToContents);
    m_membersView->horizontalHeader()->setSectionResizeMode(MembersModel::OrganizationColumn,
                                                            QHeaderView::Stretch);
    m_membersSection->addWidget(m_membersView);
    m_membersSection->setEmptyText(
        tr("No members listed yet — the team lead adds the people on the team and their "
           "roles."));

    m_aimSection = addSection(tr("Aim"));
    m_aimStatement = new QLabel(m_aimSection);
    m_aimStatement->setWordWrap(true);
    m_aimStatement->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_aimStatement->setFont(Theme::scaled(font(), 1.1));
    m_aimStatement->setAccessibleName(tr("Aim statement"));
    m_aimFields = new FieldGrid(m_aimSection);
    m_aimWhat = m_aimFields->addRow(tr("What"));
    m_aimHowMuch = m_aimFields->addRow(tr("How much"));
    m_aimByWhen = m_aimFields->addRow(tr("By when"));
    m_aimSection->addWidget(m_aimStatement);
    m_aimSection->addWidget(m_aimFields);
    m_aimSection->setEmptyText(
        tr("No aim yet — the team writes what it will accomplish, how much and by when."));

    m_newMeasureButton = new QPushButton(tr("New &measure…"), this);
    m_newMeasureButton->setObjectName(QStringLiteral("newMeasureButton"));
    m_newMeasureButton->setToolTip(tr("Define a measure of the team's own, alongside the collaborative's shared set"));
    header()->addButton(m_newMeasureButton);
    connect(m_newMeasureButton, &QPushButton::clicked, this, &TeamPage::newMeasure);

    m_measuresSection = addSection(tr("Measures"));
    m_measuresProxy->setSourceModel(m_measuresModel);
    m_measuresProxy->setSortRole(MeasuresTableModel::SortRole);
    m_measuresView = new FittedTableView(m_measuresSection);
    m_measuresView->setObjectName(QStringLiteral("measuresView"));
    m_measuresView->setAccessibleName(tr("Measures"));
    m_measuresView->setModel(m_measuresProxy);
    m_measuresView->setItemDelegateForColumn(
        MeasuresTableModel::TrendColumn,
        new SparklineDelegate(MeasuresTableModel::SparklineRole, m_measuresView));
    m_measuresView->setSortingEnabled(true);
    m_measuresView->sortByColumn(MeasuresTableModel::NameColumn, Qt::AscendingOrder);
    QHeaderView* measuresHeader = m_measuresView->horizontalHeader();
    measuresHeader->setStretchLastSection(false);
    measuresHeader->setSectionResizeMode(MeasuresTableModel::NameColumn, QHeaderView::Stretch);
    for (int c : {MeasuresTableModel::TypeColumn, MeasuresTableModel::PeriodColumn,
                  MeasuresTableModel::ValueColumn, MeasuresTableModel::GoalColumn})
        measuresHeader->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    measuresHeader->setSectionResizeMode(MeasuresTableModel::TrendColumn, QHeaderView::Fixed);
    measuresHeader->resizeSection(MeasuresTableModel::TrendColumn, charWidth * 20);
    m_measuresSection->addWidget(m_measuresView);
    m_measuresSection->setEmptyText(
        tr("No measures yet — the collaborative's shared measures and the team's own "
           "appear here once they are defined."));
    connect(m_measuresView, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        emit navigateRequested(
            NavigationTarget::measure(m_teamId, index.data(MeasuresTableModel::IdRole).toUuid()));
    });

    m_cyclesSection = addSection(tr("PDSA cycles"));
    m_cyclesSection->setCaption(
        tr("Most recent first. Press Enter or double-click to open a cycle's worksheet."));
    m_cyclesProxy->setSourceModel(m_cyclesModel);
    m_cyclesProxy->setSortRole(CyclesTableModel::SortRole);
    m_cyclesView = new FittedTableView(m_cyclesSection);
    m_cyclesView->setObjectName(QStringLiteral("cyclesView"));
    m_cyclesView->setAccessibleName(tr("PDSA cycles"));
    m_cyclesView->setModel(m_cyclesProxy);
    m_cyclesView->setSortingEnabled(true);
    m_cyclesView->sortByColumn(CyclesTableModel::DatesColumn, Qt::DescendingOrder);
    QHeaderView* cyclesHeader = m_cyclesView->horizontalHeader();
    cyclesHeader->setStretchLastSection(false);
    cyclesHeader->setSectionResizeMode(CyclesTableModel::TitleColumn, QHeaderView::Stretch);
    for (int c : {CyclesTableModel::StatusColumn, CyclesTableModel::DecisionColumn,
                  CyclesTableModel::DatesColumn, CyclesTableModel::ScaleColumn})
        cyclesHeader->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_cyclesSection->addWidget(m_cyclesView);
    m_cyclesSection->setEmptyText(
        tr("No PDSA cycles yet — they appear here when the team plans its first test."));
    connect(m_cyclesView, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        emit navigateRequested(
            NavigationTarget::cycle(m_teamId, index.data(CyclesTableModel::IdRole).toUuid()));
    });
    finishContent();
}

Status TeamPage::load(WorkspaceDocument& document, const NavigationTarget& target) {
    Workspace& workspace = document.workspace();
    auto found = workspace.teams.teams.find(target.teamId);
    if (!found)
        return found.error();
    if (!*found)
        return Error{ErrorCode::NotFound, tr("the team is no longer in this workspace.")};
    const Team& team = **found;
    m_teamId = team.meta.id;
    m_collaborativeId = team.collaborativeId;
    m_document = &document;

    header()->setTitle(team.name);
    QStringList subtitle;
    subtitle << Format::agencyKind(team.agencyKind);
    if (!team.site.isEmpty())
        subtitle << team.site;
    header()->setSubtitle(subtitle.join(QStringLiteral(" · ")));

    FieldGrid::setValue(m_agency, team.agency);
    FieldGrid::setValue(m_court, team.courtPartner, tr("No court partner named yet"));
    FieldGrid::setValue(m_site, team.site);
    FieldGrid::setValue(m_about, team.description);
    m_facts->setRowVisible(m_about, !team.description.isEmpty());

    auto members = workspace.teams.members.forTeam(team.meta.id);
    if (!members)
        return members.error();
    m_membersSection->setTitle(members->empty() ? tr("Members") : tr("Members (%1)").arg(members->size()));
    m_membersSection->setEmpty(members->empty());
    m_membersModel->setMembers(std::move(*members));

    auto aims = workspace.teams.aims.forTeam(team.meta.id); // by date; the latest is the current aim
    if (!aims)
        return aims.error();
    m_aimSection->setEmpty(aims->empty());
    if (!aims->empty()) {
        const Aim& aim = aims->back();
        FieldGrid::setValue(m_aimStatement, aim.statement, tr("No aim statement written yet."));
        FieldGrid::setValue(m_aimWhat, aim.what);
        FieldGrid::setValue(m_aimHowMuch, aim.howMuch);
        FieldGrid::setValue(m_aimByWhen, aim.byWhen.isValid() ? Format::date(aim.byWhen) : QString());
    }

    auto measures = MeasuresTableModel::load(workspace, team.meta.id);
    if (!measures)
        return measures.error();
    m_measuresSection->setTitle(measures->empty() ? tr("Measures")
                                                  : tr("Measures (%1)").arg(measures->size()));
    m_measuresSection->setEmpty(measures->empty());
    m_measuresModel->setRows(std::move(*measures));

    auto cycles = workspace.cycles.cycles.forTeam(team.meta.id);
    if (!cycles)
        return cycles.error();
    m_cyclesSection->setTitle(cycles->empty() ? tr("PDSA cycles")
                                              : tr("PDSA cycles (%1)").arg(cycles->size()));
    m_cyclesSection->setEmpty(cycles->empty());
    m_cyclesModel->setCycles(std::move(*cycles));
    return {};
}

void TeamPage::newMeasure() {
    if (!m_document)
        return;
    Measure measure;
    measure.collaborativeId = m_collaborativeId;
    measure.teamId = m_teamId;
    measure.unit = QStringLiteral("%");
    if (auto measures = m_document->workspace().measures.forTeam(m_teamId))
        measure.position = static_cast<int>(measures->size());
    MeasureDialog dialog(measure, false, this);
    while (dialog.exec() == QDialog::Accepted) {
        const Measure created = dialog.measure();
        auto status = command::saveMeasure(*m_document, created, true);
        if (status) {
            emit navigateRequested(NavigationTarget::measure(m_teamId, created.meta.id));
            return;
        }
        QMessageBox::warning(this, tr("Cannot save the measure"), status.error().message);
    }
}

} // namespace pdsa::ui

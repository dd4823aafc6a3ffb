// SPDX-License-Identifier: Apache-2.0
#include "pages/teampage.h"

#include "widgets/equitysummary.h"

#include "dialogs/aimdialog.h"
#include "dialogs/measuredialog.h"
#include "dialogs/memberdialog.h"
#include "dialogs/teamdialog.h"
#include "format.h"
#include "models/cyclestablemodel.h"
#include "models/measurestablemodel.h"
#include "models/membersmodel.h"
#include "print/storyboardpdf.h"
#include "theme.h"
#include "undo/commands.h"
#include "charts/scorehistorychart.h"
#include "widgets/commentspanel.h"
#include "widgets/fieldgrid.h"
#include "widgets/fittedtableview.h"
#include "widgets/monthlyreportpanel.h"
#include "widgets/ownershipbanner.h"
#include "widgets/pageheader.h"
#include "widgets/section.h"
#include "widgets/sparklinedelegate.h"
#include "workspacedocument.h"

#include <QAction>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>

namespace pdsa::ui {

namespace {

template <typename T> Status statusOf(const Result<T>& result) {
    return result ? Status() : Status(result.error());
}

} // namespace

TeamPage::TeamPage(QWidget* parent)
    : Page(Scrolling::Page, parent)
    , m_membersModel(new MembersModel(this))
    , m_measuresModel(new MeasuresTableModel(this))
    , m_measuresProxy(new QSortFilterProxyModel(this))
    , m_cyclesModel(new CyclesTableModel(this))
    , m_cyclesProxy(new QSortFilterProxyModel(this)) {
    setObjectName(QStringLiteral("teamPage"));
    setAccessibleName(tr("Team overview"));
    m_banner = new OwnershipBanner(this);
    contentLayout()->addWidget(m_banner);
    buildTeamSection();
    m_comments = new CommentsPanel(addSection(tr("Coach comments")));
    buildMembersSection();
    buildAimSection();
    buildReportSection();
    m_scoresSection = addSection(tr("Assessment scores"));
    m_scoresSection->setCaption(tr("The faculty's score and the team's self-score, month by month, on the assessment "
                                   "scale (1.0 forming team to 5.0 outstanding, sustainable results); the dashed rule "
                                   "is 4.0, the collaborative's success level."));
    m_scores = new ScoreHistoryChart(m_scoresSection);
    m_scoresSection->addWidget(m_scores);
    m_scoresSummary = new QLabel(m_scoresSection);
    m_scoresSummary->setObjectName(QStringLiteral("scoreSummary"));
    m_scoresSummary->setWordWrap(true);
    m_scoresSection->addWidget(m_scoresSummary);
    m_scoresSection->setEmptyText(tr("No scores yet: the faculty's score arrives with their feedback bundle, and the "
                                     "team gives its self-score with the monthly report."));
    buildMeasuresSection();
    m_equitySection = addSection(tr("Equity"));
    m_equitySection->setCaption(tr("Per measure entered by stratum, the group furthest from the rest of its "
                                   "dimension in the latest quarter, and whether the gap is closing. Double-click a "
                                   "row for the measure's disparity view."));
    m_equity = new EquitySummary(m_equitySection);
    m_equitySection->addWidget(m_equity);
    connect(m_equity, &EquitySummary::measureActivated, this, [this](const QUuid& measureId) {
        emit navigateRequested(NavigationTarget::measure(m_teamId, measureId));
    });
    buildCyclesSection();
    finishContent();
}

// The team's facts, and "Edit team…" in the header.
void TeamPage::buildTeamSection() {
    Section* team = addSection(tr("Team"));
    m_facts = new FieldGrid(team);
    m_agency = m_facts->addRow(tr("Agency"));
    m_court = m_facts->addRow(tr("Court partner"));
    m_site = m_facts->addRow(tr("Site"));
    m_about = m_facts->addRow(tr("About"));
    team->addWidget(m_facts);

    m_editTeamButton = new QPushButton(tr("Edit &team…"), this);
    m_editTeamButton->setObjectName(QStringLiteral("editTeamButton"));
    m_editTeamButton->setAccessibleName(tr("Edit team details"));
    m_editTeamButton->setToolTip(tr("Change the team's name, agency, site, court partner and description"));
    header()->addButton(m_editTeamButton);
    connect(m_editTeamButton, &QPushButton::clicked, this, &TeamPage::editTeam);
}

// The members section keeps its buttons on show when the list is empty: adding the first member
// is the point of an empty list.
void TeamPage::buildMembersSection() {
    m_membersSection = addSection(tr("Members"));
    m_membersView = new FittedTableView(m_membersSection);
    m_membersView->setObjectName(QStringLiteral("membersView"));
    m_membersView->setAccessibleName(tr("Team members"));
    m_membersView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_membersView->setModel(m_membersModel);
    m_membersView->horizontalHeader()->setSectionResizeMode(MembersModel::NameColumn,
                                                            QHeaderView::ResizeToContents);
    m_membersView->horizontalHeader()->setSectionResizeMode(MembersModel::RoleColumn,
                                                            QHeaderView::ResizeToContents);
    m_membersView->horizontalHeader()->setSectionResizeMode(MembersModel::OrganizationColumn,
                                                            QHeaderView::Stretch);
    auto* memberButtons = new QHBoxLayout;
    auto addButton = [&](const QString& text, const QString& accessibleName, const QString& objectName) {
        auto* button = new QPushButton(text, m_membersSection);
        button->setAccessibleName(accessibleName);
        button->setObjectName(objectName);
        memberButtons->addWidget(button);
        return button;
    };
    m_addMember = addButton(tr("Add mem&ber…"), tr("Add a member"), QStringLiteral("addMemberButton"));
    m_editMember =
        addButton(tr("Ed&it…"), tr("Edit the selected member"), QStringLiteral("editMemberButton"));
    m_removeMember =
        addButton(tr("Remo&ve"), tr("Remove the selected member"), QStringLiteral("removeMemberButton"));
    m_moveMemberUp =
        addButton(tr("Move &up"), tr("Move the selected member up"), QStringLiteral("moveMemberUpButton"));
    m_moveMemberDown = addButton(tr("Move do&wn"), tr("Move the selected member down"),
                                 QStringLiteral("moveMemberDownButton"));
    memberButtons->addStretch(1);
    m_membersSection->addWidget(m_membersView);
    m_membersSection->addLayout(memberButtons);
    connect(m_addMember, &QPushButton::clicked, this, &TeamPage::addMember);
    connect(m_editMember, &QPushButton::clicked, this, &TeamPage::editSelectedMember);
    connect(m_removeMember, &QPushButton::clicked, this, &TeamPage::removeSelectedMember);
    connect(m_moveMemberUp, &QPushButton::clicked, this, [this] { moveSelectedMember(-1); });
    connect(m_moveMemberDown, &QPushButton::clicked, this, [this] { moveSelectedMember(1); });
    connect(m_membersView, &QAbstractItemView::activated, this, &TeamPage::editSelectedMember);
    connect(m_membersView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TeamPage::updateMemberButtons);
    auto* removeAction = new QAction(tr("Remove member"), m_membersView);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_membersView->addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, &TeamPage::removeSelectedMember);
}

void TeamPage::buildAimSection() {
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
    m_editAimButton = new QPushButton(tr("Edit &aim…"), m_aimSection);
    m_editAimButton->setObjectName(QStringLiteral("editAimButton"));
    m_editAimButton->setAccessibleName(tr("Edit aim"));
    m_editAimButton->setToolTip(tr("Write what the team will accomplish, how much and by when"));
    auto* aimButtons = new QHBoxLayout;
    aimButtons->addWidget(m_editAimButton);
    aimButtons->addStretch(1);
    m_aimSection->addWidget(m_aimStatement);
    m_aimSection->addWidget(m_aimFields);
    m_aimSection->addLayout(aimButtons);
    connect(m_editAimButton, &QPushButton::clicked, this, &TeamPage::editAim);
}

// "New measure…" in the header, and the measures with their latest value and a sparkline.
void TeamPage::buildMeasuresSection() {
    const int charWidth = fontMetrics().averageCharWidth();
    m_newMeasureButton = new QPushButton(tr("New &measure…"), this);
    m_newMeasureButton->setObjectName(QStringLiteral("newMeasureButton"));
    m_newMeasureButton->setToolTip(
        tr("Define a measure of the team's own, alongside the collaborative's shared set"));
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
}

void TeamPage::buildCyclesSection() {
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
    m_teamName = team.name;
    m_collaborativeId = team.collaborativeId;
    m_document = &document;
    m_readOnlyReason = document.readOnlyReason(team.meta.id);
    m_banner->setArrival(document.arrivedFrom(Owner::ofTeam(team.meta.id)));
    for (QWidget* control :
         std::initializer_list<QWidget*>{m_editTeamButton, m_editAimButton, m_newMeasureButton, m_addMember})
        OwnershipBanner::setLocked(control, m_readOnlyReason);

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
    const QUuid selected = selectedMember();
    m_membersSection->setTitle(members->empty() ? tr("Members") : tr("Members (%1)").arg(members->size()));
    m_membersSection->setCaption(
        members->empty() ? tr("No members listed yet — add the people on the team and their roles: staff and "
                              "partners only, never child-level data.")
                         : QString());
    m_membersView->setVisible(!members->empty());
    m_membersModel->setMembers(std::move(*members));
    selectMember(selected);
    updateMemberButtons();

    auto aims = workspace.teams.aims.forTeam(team.meta.id); // by date; the latest is the current aim
    if (!aims)
        return aims.error();
    m_aimSection->setCaption(
        aims->empty() ? tr("No aim yet — write what the team will accomplish, how much and by when.")
                      : QString());
    m_aimStatement->setVisible(!aims->empty());
    m_aimFields->setVisible(!aims->empty());
    m_editAimButton->setText(aims->empty() ? tr("Write &aim…") : tr("Edit &aim…"));
    if (!aims->empty()) {
        const Aim& aim = aims->back();
        FieldGrid::setValue(m_aimStatement, aim.statement, tr("No aim statement written yet."));
        FieldGrid::setValue(m_aimWhat, aim.what);
        FieldGrid::setValue(m_aimHowMuch, aim.howMuch);
        FieldGrid::setValue(m_aimByWhen, aim.byWhen.isValid() ? Format::date(aim.byWhen) : QString());
    }

    // A coach's comments on the team's work as a whole (those on a cycle, a measure or a report
    // are beside them).
    PDSA_TRY(m_comments->load(document, {team.meta.id, SubjectKind::Team, team.meta.id}, m_reportPanel->today()));
    m_reportPanel->forgetAssembled();
    PDSA_TRY(loadReport(document, team.meta.id));

    auto measures = MeasuresTableModel::load(workspace, team.meta.id);
    if (!measures)
        return measures.error();
    m_measuresSection->setTitle(measures->empty() ? tr("Measures")
                                                  : tr("Measures (%1)").arg(measures->size()));
    m_measuresSection->setEmpty(measures->empty());
    m_measuresModel->setRows(std::move(*measures));
    PDSA_TRY(m_equity->load(document, team.meta.id));

    auto cycles = workspace.cycles.cycles.forTeam(team.meta.id);
    if (!cycles)
        return cycles.error();
    m_cyclesSection->setTitle(cycles->empty() ? tr("PDSA cycles")
                                              : tr("PDSA cycles (%1)").arg(cycles->size()));
    m_cyclesSection->setEmpty(cycles->empty());
    m_cyclesModel->setCycles(std::move(*cycles));
    return {};
}

Status TeamPage::update(WorkspaceDocument& document, const Changes& changes) {
    const bool reportOnly = !changes.touchesOtherThan({QStringLiteral("team_report"), QStringLiteral("assessment_score")});
    if (reportOnly && m_document == &document && m_teamId == target().teamId)
        return loadReport(document, m_teamId);
    return load(document, target());
}

Status TeamPage::loadReport(WorkspaceDocument& document, const QUuid& teamId) {
    PDSA_TRY(m_reportPanel->load(document, teamId, m_readOnlyReason));
    m_scores->setRows(m_reportPanel->rows());
    m_scoresSummary->setText(m_scores->summary());
    m_scoresSection->setEmpty(!m_scores->hasScores());
    return {};
}

// The month's report: due next, the narrative, submit, the self-score, print.
void TeamPage::buildReportSection() {
    m_reportSection = addSection(tr("Monthly report"));
    m_reportPanel = new MonthlyReportPanel(m_reportSection);
    m_reportSection->addWidget(m_reportPanel);
    connect(m_reportPanel, &MonthlyReportPanel::printRequested, this, [this](const QUuid& teamId, const QDate& month) {
        if (!m_document)
            return;
        const QString suggested = QStringLiteral("%1 %2.pdf").arg(m_teamName, month.toString(QStringLiteral("yyyy-MM")));
        const QString path = QFileDialog::getSaveFileName(this, tr("Print the monthly storyboard"), suggested,
                                                          tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        report(print::writeStoryboardPdf(m_document->workspace(), teamId, month, path),
               tr("Cannot print the storyboard"));
    });
}

void TeamPage::newMeasure() {
    if (!m_document || !isEditable())
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

bool TeamPage::report(const Status& status, const QString& title) {
    if (!status)
        QMessageBox::warning(this, title, status.error().message);
    return status.ok();
}

void TeamPage::editTeam() {
    if (!m_document || !isEditable())
        return;
    auto details = command::teamDetails(*m_document, m_teamId);
    if (!report(statusOf(details), tr("Cannot edit the team")))
        return;
    TeamDialog dialog(TeamDialog::Mode::Edit, *details, this);
    while (dialog.exec() == QDialog::Accepted && m_document) {
        if (report(command::editTeam(*m_document, m_teamId, dialog.details()), tr("Cannot save the team")))
            return;
    }
}

void TeamPage::editAim() {
    if (!m_document || !isEditable())
        return;
    auto details = command::aimDetails(*m_document, m_teamId);
    if (!report(statusOf(details), tr("Cannot edit the aim")))
        return;
    AimDialog dialog(m_teamName, *details, this);
    while (dialog.exec() == QDialog::Accepted && m_document) {
        if (report(command::setAim(*m_document, m_teamId, dialog.details()), tr("Cannot save the aim")))
            return;
    }
}

void TeamPage::addMember() {
    if (!m_document || !isEditable())
        return;
    MemberDialog dialog(MemberDialog::Mode::New, {}, this);
    while (dialog.exec() == QDialog::Accepted && m_document) {
        auto added = command::addMember(*m_document, m_teamId, dialog.details());
        if (report(statusOf(added), tr("Cannot add the member"))) {
            selectMember(*added);
            m_membersView->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void TeamPage::editSelectedMember() {
    const QModelIndex current = m_membersView->currentIndex();
    if (!m_document || !isEditable() || !current.isValid())
        return;
    const QUuid id = current.data(MembersModel::IdRole).toUuid();
    const int row = current.row();
    const MemberDetails details{
        m_membersModel->index(row, MembersModel::NameColumn).data().toString(),
        m_membersModel->index(row, MembersModel::RoleColumn).data().toString(),
        m_membersModel->index(row, MembersModel::OrganizationColumn).data().toString()};
    MemberDialog dialog(MemberDialog::Mode::Edit, details, this);
    while (dialog.exec() == QDialog::Accepted && m_document) {
        if (report(command::editMember(*m_document, id, dialog.details()), tr("Cannot save the member"))) {
            selectMember(id);
            return;
        }
    }
}

void TeamPage::removeSelectedMember() {
    const QUuid id = selectedMember();
    if (!m_document || !isEditable() || id.isNull())
        return;
    const int row = m_membersView->currentIndex().row();
    if (!report(command::removeMember(*m_document, id), tr("Cannot remove the member")))
        return;
    const int rows = m_membersModel->rowCount();
    if (rows > 0)
        selectMember(m_membersModel->index(std::min(row, rows - 1), 0).data(MembersModel::IdRole).toUuid());
    else
        m_addMember->setFocus(Qt::OtherFocusReason);
}

void TeamPage::moveSelectedMember(int delta) {
    const QUuid id = selectedMember();
    if (!m_document || !isEditable() || id.isNull())
        return;
    if (report(command::moveMember(*m_document, id, delta), tr("Cannot move the member")))
        selectMember(id);
}

QUuid TeamPage::selectedMember() const {
    const QModelIndex current = m_membersView->currentIndex();
    return current.isValid() ? current.data(MembersModel::IdRole).toUuid() : QUuid();
}

void TeamPage::selectMember(const QUuid& memberId) {
    for (int row = 0; row < m_membersModel->rowCount(); ++row) {
        const QModelIndex index = m_membersModel->index(row, 0);
        if (!memberId.isNull() && index.data(MembersModel::IdRole).toUuid() == memberId) {
            m_membersView->setCurrentIndex(index);
            updateMemberButtons();
            return;
        }
    }
    updateMemberButtons();
}

void TeamPage::updateMemberButtons() {
    const QModelIndex current = m_membersView->currentIndex();
    const bool selected = current.isValid();
    for (QWidget* control : {m_editMember, m_removeMember, m_moveMemberUp, m_moveMemberDown})
        OwnershipBanner::setLocked(control, m_readOnlyReason);
    if (!isEditable())
        return;
    m_editMember->setEnabled(selected);
    m_removeMember->setEnabled(selected);
    m_moveMemberUp->setEnabled(selected && current.row() > 0);
    m_moveMemberDown->setEnabled(selected && current.row() + 1 < m_membersModel->rowCount());
}

} // namespace pdsa::ui

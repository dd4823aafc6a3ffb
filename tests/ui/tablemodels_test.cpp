// SPDX-License-Identifier: Apache-2.0
// The table and tree models of the pages: Qt's model contract, and what they show for the demo.
#include "demo/demogenerator.h"
#include "format.h"
#include "models/changepackagemodel.h"
#include "models/cyclestablemodel.h"
#include "models/measurestablemodel.h"
#include "models/membersmodel.h"
#include "models/recentfilesmodel.h"
#include "models/reportinggridmodel.h"
#include "models/teamstablemodel.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>

#include <cmath>

using namespace pdsa;
using namespace pdsa::ui;

namespace {

class TableModels : public test::UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        workspace = test::openOrFail(demoPath());
        ASSERT_TRUE(workspace);
        auto all = workspace->teams.teams.all();
        ASSERT_TRUE(all.ok());
        teams = *all;
        ASSERT_FALSE(teams.empty());
    }

    std::unique_ptr<Workspace> workspace;
    std::vector<Team> teams;
};

} // namespace

TEST_F(TableModels, teams_table_lists_every_team_with_its_counts_and_latest_score) {
    TeamsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto rows = TeamsTableModel::load(*workspace);
    ASSERT_TRUE(rows.ok());
    model.setRows(*rows);
    ASSERT_EQ(model.rowCount(), static_cast<int>(teams.size()));
    EXPECT_EQ(model.columnCount(), TeamsTableModel::ColumnCount);
    const Team& team = teams.front();
    EXPECT_EQ(model.index(0, TeamsTableModel::TeamColumn).data().toString(), team.name);
    EXPECT_EQ(model.index(0, TeamsTableModel::AgencyColumn).data().toString(), team.agency);
    EXPECT_EQ(model.index(0, TeamsTableModel::CourtPartnerColumn).data().toString(), team.courtPartner);
    EXPECT_EQ(model.index(0, TeamsTableModel::MeasuresColumn).data().toInt(),
              static_cast<int>(workspace->measures.forTeam(team.meta.id)->size()));
    EXPECT_EQ(model.index(0, TeamsTableModel::CyclesColumn).data().toInt(),
              static_cast<int>(workspace->cycles.cycles.forTeam(team.meta.id)->size()));
    auto scores = workspace->work.scores.forTeam(team.meta.id);
    ASSERT_TRUE(scores.ok());
    std::optional<AssessmentScore> faculty; // the latest faculty score, never the team's self-score
    for (const AssessmentScore& score : *scores)
        if (!score.isSelfScore())
            faculty = score;
    ASSERT_TRUE(faculty);
    EXPECT_EQ(model.index(0, TeamsTableModel::AssessmentColumn).data().toString(),
              QString::number(faculty->score, 'f', 1));
    EXPECT_EQ(model.index(0, 0).data(TeamsTableModel::IdRole).toUuid(), team.meta.id);
}

TEST_F(TableModels, change_package_counts_the_cycles_that_tested_each_idea) {
    ChangePackageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto data = ChangePackageData::load(*workspace);
    ASSERT_TRUE(data.ok());
    model.setChangePackage(*data);
    ASSERT_GT(model.rowCount(), 0);

    auto cycles = workspace->cycles.cycles.all();
    ASSERT_TRUE(cycles.ok());
    qsizetype links = 0;
    for (const PdsaCycle& cycle : *cycles)
        links += cycle.changeIdeaIds.size();
    int total = 0;
    for (int p = 0; p < model.rowCount(); ++p) {
        const QModelIndex primary = model.index(p, 0);
        EXPECT_EQ(primary.data(ChangePackageModel::KindRole).toInt(),
                  static_cast<int>(ChangePackageModel::Kind::PrimaryDriver));
        total += model.index(p, ChangePackageModel::CyclesColumn).data().toInt();
        const QModelIndex secondary = model.index(0, 0, primary);
        ASSERT_TRUE(secondary.isValid());
        const QModelIndex idea = model.index(0, 0, secondary);
        ASSERT_TRUE(idea.isValid());
        EXPECT_EQ(idea.data(ChangePackageModel::KindRole).toInt(),
                  static_cast<int>(ChangePackageModel::Kind::ChangeIdea));
    }
    EXPECT_EQ(total, links);
    EXPECT_EQ(data->ideaCount(), static_cast<int>(workspace->changePackage.ideas.all()->size()));
}

TEST_F(TableModels, measures_table_shows_the_latest_value_and_a_sparkline_of_twelve_months) {
    MeasuresTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Team& team = teams.front();
    auto rows = MeasuresTableModel::load(*workspace, team.meta.id);
    ASSERT_TRUE(rows.ok());
    model.setRows(*rows);
    auto measures = workspace->measures.forTeam(team.meta.id);
    ASSERT_EQ(model.rowCount(), static_cast<int>(measures->size()));

    const Measure& first = measures->front();
    ASSERT_EQ(first.dataKind, DataKind::Proportion);
    const QString value = model.index(0, MeasuresTableModel::ValueColumn).data().toString();
    EXPECT_TRUE(value.endsWith(QLatin1Char('%'))) << value.toStdString();
    EXPECT_EQ(model.index(0, MeasuresTableModel::PeriodColumn).data().toString(),
              QLocale().toString(demo::demoLastMonth(), QStringLiteral("MMM yyyy")));
    const auto line = model.index(0, MeasuresTableModel::TrendColumn)
                          .data(MeasuresTableModel::SparklineRole)
                          .value<Sparkline>();
    EXPECT_EQ(line.values.size(), MeasuresTableModel::kSparklinePeriods);
    EXPECT_TRUE(std::isfinite(line.values.back()));
    EXPECT_EQ(line.goal, first.goal);
    EXPECT_FALSE(
        model.index(0, MeasuresTableModel::TrendColumn).data(Qt::AccessibleTextRole).toString().isEmpty());
}

TEST_F(TableModels, cycles_table_sorts_most_recent_first_through_a_proxy) {
    CyclesTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto cycles = workspace->cycles.cycles.forTeam(teams.front().meta.id);
    ASSERT_TRUE(cycles.ok());
    ASSERT_GT(cycles->size(), 2u);
    model.setCycles(*cycles);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(CyclesTableModel::SortRole);
    proxy.sort(CyclesTableModel::DatesColumn, Qt::DescendingOrder);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QDate previous = QDate(9999, 1, 1);
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QDate start =
            proxy.index(row, CyclesTableModel::DatesColumn).data(CyclesTableModel::SortRole).toDate();
        EXPECT_LE(start, previous);
        previous = start;
    }
    const PdsaCycle& latest = cycles->back();
    EXPECT_EQ(proxy.index(0, CyclesTableModel::TitleColumn).data().toString(), latest.title);
    EXPECT_EQ(proxy.index(0, CyclesTableModel::StatusColumn).data().toString(),
              Format::status(latest.status));
}

TEST_F(TableModels, members_and_recent_files_keep_the_model_contract) {
    MembersModel members;
    QAbstractItemModelTester membersTester(&members, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto list = workspace->teams.members.forTeam(teams.front().meta.id);
    ASSERT_TRUE(list.ok());
    members.setMembers(*list);
    ASSERT_EQ(members.rowCount(), static_cast<int>(list->size()));
    EXPECT_EQ(members.index(0, MembersModel::RoleColumn).data().toString(), list->front().role);

    RecentFilesModel recent;
    QAbstractItemModelTester recentTester(&recent, QAbstractItemModelTester::FailureReportingMode::Fatal);
    recent.setFiles({demoPath(), dir.path(QStringLiteral("gone.pdsa"))});
    ASSERT_EQ(recent.rowCount(), 2);
    EXPECT_TRUE(recent.index(0).data(RecentFilesModel::ExistsRole).toBool());
    EXPECT_FALSE(recent.index(1).data(RecentFilesModel::ExistsRole).toBool());
    EXPECT_TRUE(recent.index(1).data().toString().contains(QStringLiteral("not found")));
}

TEST_F(TableModels, the_reporting_grid_has_a_row_per_team_a_column_per_month_and_the_teams_at_four) {
    ReportingGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QDate last = demo::demoLastMonth();
    const auto rows = coaching::reportingGrid(*workspace, last, last.addYears(1)).value();
    model.setRows(rows);
    ASSERT_EQ(model.teamCount(), int(teams.size()));
    const int months = test::smallDemo().months;
    ASSERT_EQ(model.monthCount(), months);
    EXPECT_EQ(model.rowCount(), int(teams.size()) + 1) << "a row per team and the teams at 4.0 or above";
    EXPECT_EQ(model.columnCount(), months + 1);
    int missing = 0, late = 0;
    for (int t = 0; t < model.teamCount(); ++t) {
        EXPECT_EQ(model.index(t, 0).data().toString(), rows[size_t(t * months)].team);
        for (int m = 0; m < months; ++m) {
            const auto& cell = model.cell(t, m);
            const QModelIndex index = model.index(t, m + 1);
            EXPECT_EQ(index.data().toString(), ReportingGridModel::cellText(cell.report));
            EXPECT_EQ(index.data(ReportingGridModel::TeamIdRole).toUuid(), cell.teamId);
            EXPECT_TRUE(index.data(Qt::ToolTipRole).toString().contains(Format::month(cell.month)));
            missing += cell.report == coaching::ReportStatus::Missing;
            late += cell.report == coaching::ReportStatus::Late;
        }
    }
    EXPECT_GT(missing, 0);
    EXPECT_GT(late, 0);
    EXPECT_EQ(model.index(0, 1).data().toString().isEmpty(), false) << "a symbol or a word, not colour alone";
    for (int m = 0; m < months; ++m) {
        int atFour = 0;
        for (int t = 0; t < model.teamCount(); ++t)
            atFour += model.cell(t, m).facultyScore.value_or(0) >= 4.0;
        EXPECT_EQ(model.index(model.successRow(), m + 1).data().toInt(), atFour);
    }
    EXPECT_EQ(model.headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString(), Format::month(rows.front().month));
}

// SPDX-License-Identifier: Apache-2.0
// The navigation tree's model: its shape for the demo, its lookups, and Qt's model contract.
#include "coaching/edits.h"
#include "models/navigationmodel.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace pdsa;
using ui::NavigationData;
using ui::NavigationModel;
using ui::NavigationTarget;
using ui::NodeKind;

namespace {

class NavigationModelTest : public test::UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        workspace = test::openOrFail(demoPath());
        ASSERT_TRUE(workspace);
        auto loaded = NavigationData::load(*workspace);
        ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
        data = *loaded;
    }

    NodeKind kindOf(const QModelIndex& index) const {
        return static_cast<NodeKind>(index.data(NavigationModel::KindRole).toInt());
    }

    std::unique_ptr<Workspace> workspace;
    NavigationData data;
};

} // namespace

TEST_F(NavigationModelTest, keeps_the_item_model_contract_while_loading_and_clearing) {
    NavigationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setNavigationData(data);
    model.setNavigationData(data);
    model.clear();
    EXPECT_TRUE(model.isEmpty());
    model.setNavigationData(data);
    EXPECT_FALSE(model.isEmpty());
}

TEST_F(NavigationModelTest, shows_the_collaborative_then_its_teams_with_measures_and_cycles) {
    NavigationModel model;
    model.setNavigationData(data);
    ASSERT_EQ(model.rowCount(), 1);
    const QModelIndex collaborative = model.index(0, 0);
    EXPECT_EQ(kindOf(collaborative), NodeKind::Collaborative);
    EXPECT_EQ(collaborative.data().toString(),
              QStringLiteral("Timely Permanency through Reunification (demo)"));

    ASSERT_EQ(model.rowCount(collaborative), 4) << "the teams, the feedback, the spread ledger, the dashboard";
    const QModelIndex teams = model.index(0, 0, collaborative);
    EXPECT_EQ(kindOf(teams), NodeKind::TeamsFolder);
    EXPECT_EQ(teams.data().toString(), QStringLiteral("Teams (2)"));
    const QModelIndex feedback = model.index(1, 0, collaborative);
    EXPECT_EQ(kindOf(feedback), NodeKind::Feedback);
    EXPECT_EQ(feedback.data().toString(), QStringLiteral("Feedback (%1 new)").arg(data.newComments));
    EXPECT_GT(data.newComments, 0);
    EXPECT_EQ(model.targetAt(feedback), NavigationTarget::feedback());
    const QModelIndex spread = model.index(2, 0, collaborative);
    EXPECT_EQ(kindOf(spread), NodeKind::Spread);
    EXPECT_EQ(model.targetAt(spread), NavigationTarget::spread());
    EXPECT_EQ(model.targetAt(model.index(3, 0, collaborative)), NavigationTarget::dashboard());
    ASSERT_EQ(model.rowCount(teams), 2);

    auto teamRecords = workspace->teams.teams.all();
    ASSERT_TRUE(teamRecords.ok());
    for (int row = 0; row < 2; ++row) {
        const QModelIndex team = model.index(row, 0, teams);
        const Team& record = (*teamRecords)[static_cast<size_t>(row)];
        EXPECT_EQ(kindOf(team), NodeKind::Team);
        EXPECT_TRUE(team.data().toString().startsWith(record.name)) << team.data().toString().toStdString();
        EXPECT_EQ(team.data(NavigationModel::IdRole).toUuid(), record.meta.id);
        ASSERT_EQ(model.rowCount(team), 2);

        const QModelIndex measures = model.index(0, 0, team);
        auto measureRecords = workspace->measures.forTeam(record.meta.id);
        ASSERT_TRUE(measureRecords.ok());
        EXPECT_EQ(kindOf(measures), NodeKind::MeasuresFolder);
        EXPECT_EQ(measures.data().toString(), QStringLiteral("Measures (%1)").arg(measureRecords->size()));
        ASSERT_EQ(model.rowCount(measures), static_cast<int>(measureRecords->size()));
        EXPECT_TRUE(model.index(0, 0, measures).data().toString().startsWith(measureRecords->front().name));

        const QModelIndex cycles = model.index(1, 0, team);
        auto cycleRecords = workspace->cycles.cycles.forTeam(record.meta.id);
        ASSERT_TRUE(cycleRecords.ok());
        EXPECT_EQ(kindOf(cycles), NodeKind::CyclesFolder);
        ASSERT_EQ(model.rowCount(cycles), static_cast<int>(cycleRecords->size()));
        const QModelIndex firstCycle = model.index(0, 0, cycles);
        EXPECT_EQ(kindOf(firstCycle), NodeKind::Cycle);
        EXPECT_EQ(firstCycle.data().toString(), cycleRecords->front().title);
        EXPECT_EQ(firstCycle.data(NavigationModel::TeamIdRole).toUuid(), record.meta.id);
        EXPECT_FALSE(firstCycle.data(Qt::ToolTipRole).toString().isEmpty());
        EXPECT_FALSE(firstCycle.data(Qt::DecorationRole).value<QIcon>().isNull());
    }
}

TEST_F(NavigationModelTest, finds_every_node_by_its_target) {
    NavigationModel model;
    model.setNavigationData(data);
    std::vector<QModelIndex> pending{QModelIndex()};
    int nodes = 0;
    while (!pending.empty()) {
        const QModelIndex parent = pending.back();
        pending.pop_back();
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex index = model.index(row, 0, parent);
            const NavigationTarget target = model.targetAt(index);
            EXPECT_EQ(model.indexOf(target), index) << index.data().toString().toStdString();
            pending.push_back(index);
            ++nodes;
        }
    }
    EXPECT_GT(nodes, 20);
    // The same shared measure appears under each team: the team tells them apart.
    const auto& first = data.teams[0];
    const auto& second = data.teams[1];
    ASSERT_EQ(first.measures.front().id, second.measures.front().id);
    EXPECT_NE(model.indexOf(NavigationTarget::measure(first.id, first.measures.front().id)),
              model.indexOf(NavigationTarget::measure(second.id, second.measures.front().id)));
    EXPECT_FALSE(model.indexOf(NavigationTarget::team(QUuid::createUuid())).isValid());
}

TEST_F(NavigationModelTest, resetting_announces_itself_to_views) {
    NavigationModel model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setNavigationData(data);
    EXPECT_EQ(reset.count(), 1);
}

TEST_F(NavigationModelTest, a_cycle_with_open_coach_comments_says_how_many_and_resolving_one_renames_it_in_place) {
    auto comments = workspace->work.comments.where("subject_kind = 'cycle' AND resolved_on IS NULL");
    ASSERT_TRUE(comments.ok() && !comments->empty()) << "the demo has open comments on cycles";
    const CoachComment comment = comments->front();
    int open = 0;
    for (const CoachComment& c : *comments)
        open += c.subjectId == comment.subjectId;
    auto cycle = workspace->cycles.cycles.find(comment.subjectId);
    ASSERT_TRUE(cycle.ok() && cycle->has_value());

    NavigationModel model;
    model.setNavigationData(data);
    const QModelIndex node = model.indexOf(NavigationTarget::cycle(comment.teamId, comment.subjectId));
    ASSERT_TRUE(node.isValid());
    EXPECT_EQ(node.data().toString(), open == 1 ? QStringLiteral("%1 (1 comment)").arg((**cycle).title)
                                                : QStringLiteral("%1 (%2 comments)").arg((**cycle).title).arg(open));
    EXPECT_EQ(node.data(NavigationModel::CommentsRole).toInt(), open);
    const QModelIndex team = model.indexOf(NavigationTarget::team(comment.teamId));
    const int teamOpen = team.data(NavigationModel::CommentsRole).toInt();
    EXPECT_GE(teamOpen, open) << "a team counts the comments on all of its work";

    auto resolved = coaching::resolveComment(*workspace, comment.meta.id, QDate(2026, 12, 1));
    ASSERT_TRUE(resolved.ok()) << resolved.error().message.toStdString();
    Changes changes;
    changes.add(QStringLiteral("coach_comment"), comment.meta.id, {});
    auto updated = data.update(*workspace, changes);
    ASSERT_TRUE(updated.ok());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    EXPECT_FALSE(model.setNavigationData(*updated)) << "a count changed: the tree keeps its shape";
    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(node.data(NavigationModel::CommentsRole).toInt(), open - 1);
    EXPECT_EQ(team.data(NavigationModel::CommentsRole).toInt(), teamOpen - 1);
    if (open == 1) {
        EXPECT_EQ(node.data().toString(), (**cycle).title);
    }
}

TEST_F(NavigationModelTest, a_change_to_a_teams_cycles_keeps_the_comment_counts_of_its_nodes) {
    auto comments = workspace->work.comments.where("subject_kind = 'cycle' AND resolved_on IS NULL");
    ASSERT_TRUE(comments.ok() && !comments->empty());
    const CoachComment comment = comments->front();
    NavigationModel model;
    model.setNavigationData(data);
    const QModelIndex node = model.indexOf(NavigationTarget::cycle(comment.teamId, comment.subjectId));
    const int open = node.data(NavigationModel::CommentsRole).toInt();
    ASSERT_GT(open, 0);
    Changes changes; // the team edited one of its cycles: its measures and cycles are read again
    changes.add(QStringLiteral("pdsa_cycle"), comment.subjectId, comment.teamId);
    auto updated = data.update(*workspace, changes);
    ASSERT_TRUE(updated.ok());
    EXPECT_FALSE(model.setNavigationData(*updated));
    EXPECT_EQ(node.data(NavigationModel::CommentsRole).toInt(), open);
}

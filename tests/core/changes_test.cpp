// SPDX-License-Identifier: Apache-2.0
// What a write reports it changed (Workspace::takeChanges, core/workspace/changes.h): the tables,
// the records and whose work, collected from every row written, whatever code wrote it; nothing
// for a write that was refused or rolled back; everything for an import.
#include "bundle/merge.h"
#include "support/testsupport.h"
#include "workspace/workspace.h"

#include <gtest/gtest.h>

using namespace pdsa;

namespace {

template <typename T> Status done(const Result<T>& result) {
    if (!result)
        return result.error();
    return {};
}

class ChangesTest : public ::testing::Test {
protected:
    void SetUp() override {
        path = dir.path(QStringLiteral("demo.pdsa"));
        test::writeDemo(path);
        ws = test::openOrFail(path);
        ASSERT_TRUE(ws);
        ws->takeChanges(); // whatever opening wrote
        team = ws->teams.teams.all().value().front();
        cycle = ws->cycles.cycles.forTeam(team.meta.id).value().front();
    }

    test::TempDir dir;
    QString path;
    std::unique_ptr<Workspace> ws;
    Team team;
    PdsaCycle cycle;
};

TEST_F(ChangesTest, an_edited_cycle_reports_its_table_its_id_and_its_team_and_nothing_else) {
    cycle.title += QStringLiteral(" (revised)");
    ASSERT_TRUE(ws->transact([&] { return done(ws->cycles.cycles.save(cycle, ws->now())); }).ok());

    const Changes changes = ws->takeChanges();
    EXPECT_FALSE(changes.everything);
    EXPECT_FALSE(changes.shared);
    EXPECT_TRUE(changes.touches(QStringLiteral("pdsa_cycle"), cycle.meta.id));
    EXPECT_FALSE(changes.touches(QStringLiteral("pdsa_cycle"), team.meta.id));
    EXPECT_FALSE(changes.touches(QStringLiteral("team")));
    EXPECT_FALSE(changes.touchesOtherThan({QStringLiteral("pdsa_cycle")}));
    EXPECT_EQ(changes.teams, std::set<QUuid>{team.meta.id});
    EXPECT_TRUE(changes.touchesTeam(team.meta.id));
    EXPECT_TRUE(ws->takeChanges().empty()) << "taken once";
}

TEST_F(ChangesTest, a_cycles_question_reports_the_cycle_it_belongs_to) {
    cycle.questions.push_back({QStringLiteral("Will families meet sooner?"), QStringLiteral("Yes, within a week")});
    ASSERT_TRUE(ws->transact([&] { return done(ws->cycles.cycles.save(cycle, ws->now())); }).ok());

    const Changes changes = ws->takeChanges();
    EXPECT_FALSE(changes.touchesOtherThan({QStringLiteral("pdsa_cycle")}));
    EXPECT_EQ(changes.records.at(QStringLiteral("pdsa_cycle")), std::set<QUuid>{cycle.meta.id});
}

TEST_F(ChangesTest, a_shared_definition_is_reported_as_every_teams_concern) {
    Collaborative collaborative = ws->collaborative.current().value();
    collaborative.topic = QStringLiteral("Reunification");
    ASSERT_TRUE(ws->transact([&] { return done(ws->collaborative.collaboratives.save(collaborative, ws->now())); })
                    .ok());

    const Changes changes = ws->takeChanges();
    EXPECT_TRUE(changes.shared);
    EXPECT_TRUE(changes.touches(QStringLiteral("collaborative"), collaborative.meta.id));
    EXPECT_TRUE(changes.touchesTeam(team.meta.id)) << "every team's pages read the shared rows";
}

TEST_F(ChangesTest, a_rolled_back_write_reports_nothing) {
    cycle.title = QStringLiteral("Never kept");
    const Status status = ws->transact([&]() -> Status {
        PDSA_TRY(done(ws->cycles.cycles.save(cycle, ws->now())));
        return Error{ErrorCode::Invalid, QStringLiteral("changed my mind")};
    });
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(ws->takeChanges().empty());
}

TEST_F(ChangesTest, writes_in_several_transactions_add_up_until_taken) {
    Team other = ws->teams.teams.all().value().back();
    ASSERT_NE(other.meta.id, team.meta.id);
    cycle.objective = QStringLiteral("First");
    ASSERT_TRUE(ws->transact([&] { return done(ws->cycles.cycles.save(cycle, ws->now())); }).ok());
    other.site = QStringLiteral("Second courthouse");
    ASSERT_TRUE(ws->transact([&] { return done(ws->teams.teams.save(other, ws->now())); }).ok());

    const Changes changes = ws->takeChanges();
    EXPECT_TRUE(changes.touches(QStringLiteral("pdsa_cycle"), cycle.meta.id));
    EXPECT_TRUE(changes.touches(QStringLiteral("team"), other.meta.id));
    EXPECT_EQ(changes.teams, (std::set<QUuid>{team.meta.id, other.meta.id}));
}

TEST_F(ChangesTest, an_import_reports_everything) {
    ASSERT_TRUE(ws->transactImport([&] { return done(ws->cycles.cycles.save(cycle, ws->now())); }).ok());
    EXPECT_TRUE(ws->takeChanges().everything);
}

} // namespace

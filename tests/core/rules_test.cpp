// SPDX-License-Identifier: Apache-2.0
// The collaborative's rules in core (core/services/rules.h), reachable without the app: the same
// refusals the app's editors show.
#include "services/rules.h"
#include "support/testsupport.h"
#include "workspace/workspace.h"

#include <gtest/gtest.h>

using namespace pdsa;

TEST(Rules, a_measure_needs_a_name_a_positive_per_for_a_rate_and_a_baseline_in_order) {
    Measure measure;
    measure.name = QStringLiteral("  ");
    EXPECT_EQ(rules::checkMeasureDefinition(measure).error().message, QStringLiteral("The measure needs a name."));
    measure.name = QStringLiteral(" Meetings per 100 children ");
    measure.dataKind = DataKind::Rate;
    EXPECT_FALSE(rules::checkMeasureDefinition(measure).ok());
    measure.ratePer = 100;
    measure.baselineStart = QDate(2025, 6, 1);
    measure.baselineEnd = QDate(2025, 1, 1);
    EXPECT_EQ(rules::checkMeasureDefinition(measure).error().message,
              QStringLiteral("The baseline needs a first month no later than its last month."));
    measure.baselineEnd = QDate(2025, 12, 1);
    EXPECT_TRUE(rules::checkMeasureDefinition(measure).ok());
    EXPECT_EQ(measure.name, QStringLiteral("Meetings per 100 children"));
    measure.dataKind = DataKind::Count;
    ASSERT_TRUE(rules::checkMeasureDefinition(measure).ok());
    EXPECT_FALSE(measure.ratePer.has_value()) << "only a rate keeps its per";
}

TEST(Rules, two_teams_never_share_a_name_whatever_its_case) {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("w.pdsa"));
    test::writeDemo(path);
    auto ws = test::openOrFail(path);
    const Team team = ws->teams.teams.all().value().front();
    EXPECT_TRUE(rules::checkTeamName(*ws, team.name, team.meta.id).ok()) << "its own name";
    EXPECT_EQ(rules::checkTeamName(*ws, team.name.toUpper(), {}).error().message,
              QStringLiteral("Another team is already called \"%1\": give this team a name of its own.").arg(team.name));
    EXPECT_FALSE(rules::checkTeamName(*ws, QString(), {}).ok());
}

TEST(Rules, the_driver_diagram_keeps_its_levels_and_a_tested_idea_is_never_deleted) {
    Driver primary;
    primary.kind = DriverKind::Primary;
    Driver secondary;
    secondary.kind = DriverKind::Secondary;
    EXPECT_TRUE(rules::checkDriverParent(DriverKind::Secondary, &primary).ok());
    EXPECT_FALSE(rules::checkDriverParent(DriverKind::Secondary, &secondary).ok());
    EXPECT_FALSE(rules::checkDriverParent(DriverKind::Secondary, nullptr).ok());
    EXPECT_TRUE(rules::checkIdeaParent(&secondary).ok());
    EXPECT_FALSE(rules::checkIdeaParent(&primary).ok());

    const QUuid idea = QUuid::createUuid();
    const QUuid driver = QUuid::createUuid();
    const std::map<QUuid, int> tested{{idea, 2}};
    EXPECT_EQ(rules::checkIdeasDeletable({{idea, QStringLiteral("Family time in 7 days")}}, tested, idea,
                                         QStringLiteral("Family time in 7 days"))
                  .error()
                  .message,
              QStringLiteral("“Family time in 7 days” cannot be deleted: 2 PDSA cycles tested it. Move it under "
                             "another driver instead."));
    EXPECT_TRUE(rules::checkIdeasDeletable({{QUuid::createUuid(), QStringLiteral("Untested")}}, tested, driver,
                                           QStringLiteral("Meaningful family time"))
                    .ok());
}

// What a record that arrives from elsewhere may say, given its owner.
TEST(RecordBelongs, each_owner_keeps_its_own_kinds_of_record) {
    const QUuid collaborative = QUuid::createUuid(), team = QUuid::createUuid();
    const QJsonObject cycle{{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                            {QStringLiteral("team_id"), team.toString(QUuid::WithoutBraces)}};
    EXPECT_TRUE(rules::checkRecordBelongs(QStringLiteral("pdsa_cycle"), Owner::ofTeam(team), cycle, collaborative).ok());

    const Status coachCycle = rules::checkRecordBelongs(QStringLiteral("pdsa_cycle"), Owner::ofCoach(QStringLiteral("Dr. Marsh")), cycle, collaborative);
    ASSERT_FALSE(coachCycle.ok());
    EXPECT_EQ(coachCycle.error().message,
              QStringLiteral("a coach's feedback holds only comments and scores; a pdsa_cycle record does not "
                             "belong in it"));

    const QJsonObject collaborativeRecord{{QStringLiteral("id"), collaborative.toString(QUuid::WithoutBraces)}};
    const Status teamCollaborative = rules::checkRecordBelongs(QStringLiteral("collaborative"), Owner::ofTeam(team),
                                                               collaborativeRecord, collaborative);
    ASSERT_FALSE(teamCollaborative.ok());
    EXPECT_TRUE(teamCollaborative.error().message.startsWith(QStringLiteral("a team's bundle holds only that team's own work")));
    EXPECT_TRUE(rules::checkRecordBelongs(QStringLiteral("collaborative"), Owner::organizer(), collaborativeRecord,
                                          collaborative)
                    .ok());
}

TEST(RecordBelongs, the_organizers_measures_name_no_team_and_a_teams_name_that_team) {
    const QUuid collaborative = QUuid::createUuid(), team = QUuid::createUuid();
    const QJsonObject shared{{QStringLiteral("collaborative_id"), collaborative.toString(QUuid::WithoutBraces)},
                             {QStringLiteral("team_id"), QJsonValue()}};
    EXPECT_TRUE(rules::checkRecordBelongs(QStringLiteral("measure"), Owner::organizer(), shared, collaborative).ok());
    EXPECT_FALSE(rules::checkRecordBelongs(QStringLiteral("measure"), Owner::ofTeam(team), shared, collaborative).ok());
    QJsonObject teams = shared;
    teams.insert(QStringLiteral("team_id"), team.toString(QUuid::WithoutBraces));
    EXPECT_TRUE(rules::checkRecordBelongs(QStringLiteral("measure"), Owner::ofTeam(team), teams, collaborative).ok());
    const Status organizers = rules::checkRecordBelongs(QStringLiteral("measure"), Owner::organizer(), teams, collaborative);
    ASSERT_FALSE(organizers.ok());
    EXPECT_EQ(organizers.error().message, QStringLiteral("a shared measure of the organizer names no team"));
}

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

// SPDX-License-Identifier: Apache-2.0
// The demo collaborative: deterministic (same seed and sizes, same content hash), sized by its
// options, and complete enough for a new user to see the whole product — calendar, change
// package, teams with aims, the collaborative's measure set with disaggregated data that adds up,
// ramps of PDSA cycles with every decision, and coaching, scores and spread.

#include "support/testsupport.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace pdsa;

namespace {

struct Demo {
    test::TempDir dir;
    std::unique_ptr<Workspace> ws;
    explicit Demo(const demo::DemoOptions& options = {})
    {
        const QString path = dir.path(QStringLiteral("demo.pdsa"));
        test::writeDemo(path, options);
        ws = test::openOrFail(path);
    }
};

QByteArray hashOf(const demo::DemoOptions& options) { return Demo(options).ws->contentHash().value(); }

} // namespace

TEST(Demo, the_same_seed_and_sizes_give_the_same_content)
{
    const auto options = test::smallDemo();
    EXPECT_EQ(hashOf(options), hashOf(options));
}

TEST(Demo, the_default_demo_is_identical_from_run_to_run)
{
    Demo a, b;
    EXPECT_EQ(a.ws->contentHash().value(), b.ws->contentHash().value());
}

TEST(Demo, another_seed_gives_other_content)
{
    auto options = test::smallDemo();
    const QByteArray first = hashOf(options);
    options.seed += 1;
    EXPECT_NE(hashOf(options), first);
}

TEST(Demo, sizes_follow_the_options)
{
    demo::DemoOptions options;
    options.teams = 6;
    options.months = 30;
    options.measures = 9;
    options.cycles = 15;
    Demo d(options);
    const auto teams = d.ws->teams.teams.all().value();
    ASSERT_EQ(teams.size(), 6u);
    QSet<QString> names;
    for (const Team& team : teams) {
        names.insert(team.name);
        EXPECT_EQ(d.ws->measures.forTeam(team.meta.id)->size(), 9u);
        EXPECT_EQ(d.ws->cycles.cycles.forTeam(team.meta.id)->size(), 15u);
        const size_t reports = d.ws->work.reports.forTeam(team.meta.id)->size();
        EXPECT_LE(reports, 30u);
        EXPECT_GE(reports, 24u) << "a team misses a report now and then, not often";
        const auto measures = d.ws->measures.forTeam(team.meta.id).value();
        EXPECT_EQ(d.ws->measures.series(team.meta.id, measures.front().meta.id)->size(), 30u);
    }
    EXPECT_EQ(names.size(), 6) << "team names are unique, so the CLI can find a team by name";
}

TEST(Demo, options_out_of_range_are_refused_with_the_range)
{
    demo::DemoOptions options;
    options.months = 3;
    const Status status = options.validate();
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().message, QStringLiteral("--months must be between 6 and 240 (got 3)"));
}

class DefaultDemo : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_demo = new Demo(); }
    static void TearDownTestSuite()
    {
        delete s_demo;
        s_demo = nullptr;
    }
    Workspace& ws() { return *s_demo->ws; }
    static Demo* s_demo;
};
Demo* DefaultDemo::s_demo = nullptr;

TEST_F(DefaultDemo, is_visibly_labelled_demo)
{
    EXPECT_EQ(ws().displayName(), QStringLiteral("Timely Permanency through Reunification (demo)"));
    for (const Team& team : ws().teams.teams.all().value())
        EXPECT_TRUE(team.name.endsWith(QStringLiteral("(demo)"))) << team.name.toStdString();
}

TEST_F(DefaultDemo, spans_24_months_with_three_learning_sessions_and_the_action_periods_between)
{
    const Collaborative c = ws().collaborative.current().value();
    EXPECT_EQ(c.startDate, QDate(2024, 7, 1));
    EXPECT_EQ(c.endDate, QDate(2026, 6, 30));
    const auto sessions = ws().collaborative.sessions.all().value();
    const auto ls = std::count_if(sessions.begin(), sessions.end(),
                                  [](const LearningSession& s) { return s.kind == SessionKind::LearningSession; });
    EXPECT_EQ(ls, 3);
    const auto periods = ws().collaborative.actionPeriods.all().value();
    ASSERT_EQ(periods.size(), 3u);
    for (size_t i = 0; i + 1 < periods.size(); ++i) {
        EXPECT_LT(sessions[i].endDate, periods[i].startDate);
        EXPECT_LT(periods[i].endDate, sessions[i + 1].startDate);
    }
}

TEST_F(DefaultDemo, has_a_change_package_of_the_seed_change_concepts_with_at_least_15_ideas)
{
    QStringList primaries;
    for (const Driver& d : ws().changePackage.drivers.all().value())
        if (d.kind == DriverKind::Primary)
            primaries << d.name;
    for (const char* changeConcept : {"Accurate assessment", "Clarity of expectation", "Concurrent planning",
                                "Shared parenting", "Meaningful family time", "Informal support networks",
                                "Parent partner programs"})
        EXPECT_TRUE(primaries.contains(QLatin1String(changeConcept))) << changeConcept;
    EXPECT_GE(ws().changePackage.ideas.all()->size(), 15u);
}

TEST_F(DefaultDemo, has_four_teams_each_with_an_aim_members_and_at_least_six_measures_of_every_type)
{
    const auto teams = ws().teams.teams.all().value();
    ASSERT_EQ(teams.size(), 4u);
    EXPECT_TRUE(std::any_of(teams.begin(), teams.end(), [](const Team& t) { return t.agencyKind == AgencyKind::Tribal; }));
    for (const Team& team : teams) {
        EXPECT_FALSE(team.courtPartner.isEmpty());
        EXPECT_EQ(ws().teams.aims.forTeam(team.meta.id)->size(), 1u);
        EXPECT_GE(ws().teams.members.forTeam(team.meta.id)->size(), 4u);
        const auto measures = ws().measures.forTeam(team.meta.id).value();
        EXPECT_GE(measures.size(), 6u);
        QSet<MeasureType> types;
        QStringList names;
        for (const Measure& m : measures) {
            types.insert(m.type);
            names << m.name;
        }
        EXPECT_EQ(types.size(), 3);
        for (const char* name : {"Children reunified within 12 months of entry",
                                 "Children re-entering care within 12 months of reunification",
                                 "Families with family time within 7 days of removal"})
            EXPECT_TRUE(names.contains(QLatin1String(name))) << name;
    }
}

TEST_F(DefaultDemo, disaggregated_data_add_up_to_the_total_in_every_dimension)
{
    const auto strata = ws().collaborative.strata.all().value();
    QMap<QUuid, QString> dimensionOf;
    for (const Stratum& s : strata)
        dimensionOf[s.meta.id] = s.dimension;
    EXPECT_EQ(QSet<QString>(dimensionOf.begin(), dimensionOf.end()),
              (QSet<QString>{QStringLiteral("Race/ethnicity"), QStringLiteral("Age group")}));
    int checked = 0;
    for (const Team& team : ws().teams.teams.all().value()) {
        for (const Measure& m : ws().measures.forTeam(team.meta.id).value()) {
            if (!m.stratified)
                continue;
            QMap<QDate, MeasureValue> totals;
            QMap<QPair<QDate, QString>, QPair<double, double>> sums;
            for (const MeasureValue& v : ws().measures.allValues(team.meta.id, m.meta.id).value()) {
                ASSERT_TRUE(v.validate(m).ok()) << v.validate(m).error().message.toStdString();
                if (v.stratumId.isNull()) {
                    totals[v.period] = v;
                } else {
                    auto& sum = sums[{v.period, dimensionOf[v.stratumId]}];
                    sum.first += v.numerator.value_or(0);
                    sum.second += v.denominator.value_or(0);
                }
            }
            for (auto it = sums.begin(); it != sums.end(); ++it) {
                const MeasureValue& total = totals[it.key().first];
                EXPECT_EQ(it.value().first, total.numerator.value_or(-1));
                EXPECT_EQ(it.value().second, total.denominator.value_or(-1));
                ++checked;
            }
        }
    }
    EXPECT_EQ(checked, 4 * 2 * 24 * 2); // teams × stratified measures × months × dimensions
}

TEST_F(DefaultDemo, tested_changes_shift_the_family_time_measure)
{
    for (const Team& team : ws().teams.teams.all().value()) {
        const auto measures = ws().measures.forTeam(team.meta.id).value();
        const auto familyTime = std::find_if(measures.begin(), measures.end(), [](const Measure& m) {
            return m.name == QLatin1String("Families with family time within 7 days of removal");
        });
        ASSERT_NE(familyTime, measures.end());
        const auto series = ws().measures.series(team.meta.id, familyTime->meta.id).value();
        double first = 0, last = 0;
        for (int i = 0; i < 6; ++i) {
            first += series[static_cast<size_t>(i)].plotted(*familyTime).value_or(0) / 6;
            last += series[series.size() - 1 - static_cast<size_t>(i)].plotted(*familyTime).value_or(0) / 6;
        }
        EXPECT_GT(last - first, 20.0) << team.name.toStdString() << ": " << first << "% → " << last << "%";
    }
}

TEST_F(DefaultDemo, every_team_has_ramps_of_at_least_ten_cycles_with_adopt_adapt_and_abandon)
{
    for (const Team& team : ws().teams.teams.all().value()) {
        const auto cycles = ws().cycles.cycles.forTeam(team.meta.id).value();
        EXPECT_GE(cycles.size(), 10u);
        QSet<Decision> decisions;
        int linked = 0;
        for (const PdsaCycle& c : cycles) {
            decisions.insert(c.decision);
            linked += !c.parentCycleId.isNull();
            EXPECT_FALSE(c.changeIdeaIds.isEmpty());
            EXPECT_FALSE(c.measureIds.isEmpty());
            EXPECT_FALSE(c.questions.isEmpty());
            EXPECT_TRUE(c.scaleCount.has_value());
        }
        EXPECT_TRUE(decisions.contains(Decision::Adopt));
        EXPECT_TRUE(decisions.contains(Decision::Adapt));
        EXPECT_TRUE(decisions.contains(Decision::Abandon));
        EXPECT_GE(linked, 3) << "cycles grow from earlier ones";
    }
}

TEST_F(DefaultDemo, has_scores_in_range_coach_comments_spread_records_and_chart_annotations)
{
    const auto scores = ws().work.scores.all().value();
    int faculty = 0, self = 0;
    QSet<QString> coaches;
    for (const AssessmentScore& s : scores) {
        EXPECT_TRUE(s.validate().ok());
        EXPECT_NE(s.meta.owner.role, OwnerRole::Organizer);
        if (s.isSelfScore()) {
            ++self;
        } else {
            ++faculty;
            coaches.insert(s.meta.owner.coach);
        }
    }
    EXPECT_GE(faculty, 4 * 18) << "the faculty score most months";
    EXPECT_GE(self, 4 * 6) << "teams give their self-score some months";
    EXPECT_EQ(coaches.size(), 2) << "two coaches, each named as its records' owner";
    EXPECT_FALSE(coaches.contains(QString()));
    EXPECT_GE(ws().work.comments.all()->size(), 4u * 4u);
    EXPECT_GE(ws().work.replies.all()->size(), 4u * 2u);
    EXPECT_GE(ws().work.spread.all()->size(), 4u);
    EXPECT_GE(ws().work.annotations.all()->size(), 4u);
    const auto reports = ws().work.reports.all().value();
    EXPECT_LT(reports.size(), 4u * 24u) << "a report or two is missing";
    EXPECT_GE(reports.size(), 4u * 20u);
    for (const TeamReport& r : reports)
        EXPECT_TRUE(r.submittedOn.isValid()) << "the demo's months are all past: each report was sent";
}

TEST_F(DefaultDemo, records_are_owned_by_the_organizer_a_team_or_a_coach)
{
    for (const Measure& m : ws().measures.measures.all().value())
        EXPECT_EQ(m.meta.owner.role, m.isShared() ? OwnerRole::Organizer : OwnerRole::Team);
    for (const PdsaCycle& c : ws().cycles.cycles.all().value())
        EXPECT_EQ(c.meta.owner, Owner::ofTeam(c.teamId));
    for (const Driver& d : ws().changePackage.drivers.all().value())
        EXPECT_EQ(d.meta.owner, Owner::organizer());
}

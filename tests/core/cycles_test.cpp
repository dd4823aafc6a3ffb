// SPDX-License-Identifier: Apache-2.0
// Ramps (reading chains out of parentCycleId, branches, missing parents, loops), the next cycle
// of a ramp (what is carried forward), and the cycle list's filters and search, each at its edge.
#include "cycles/cyclefilter.h"
#include "cycles/ramp.h"

#include <gtest/gtest.h>

using namespace pdsa;
using namespace pdsa::cycles;

namespace {

PdsaCycle cycle(const QString& title, const QDate& start = {}, const QUuid& parent = {}) {
    PdsaCycle c;
    c.title = title;
    c.startDate = start;
    c.parentCycleId = parent;
    return c;
}

QStringList strings(std::initializer_list<const char*> items) {
    QStringList list;
    for (const char* item : items)
        list << QString::fromUtf8(item);
    return list;
}

QStringList titles(const std::vector<PdsaCycle>& cycles) {
    QStringList list;
    for (const PdsaCycle& c : cycles)
        list << c.title;
    return list;
}

// A ramp a → b → c, with d branching from b, and a lone cycle e.
struct Ramp {
    PdsaCycle a = cycle(QStringLiteral("a"), QDate(2025, 1, 1));
    PdsaCycle b = cycle(QStringLiteral("b"), QDate(2025, 2, 1), a.meta.id);
    PdsaCycle c = cycle(QStringLiteral("c"), QDate(2025, 3, 1), b.meta.id);
    PdsaCycle d = cycle(QStringLiteral("d"), QDate(2025, 3, 15), b.meta.id);
    PdsaCycle e = cycle(QStringLiteral("e"), QDate(2024, 12, 1));
    std::vector<PdsaCycle> all() const { return {d, c, e, b, a}; }
};

} // namespace

TEST(Ramp, chain_runs_from_the_root_through_the_cycle_to_its_last_descendant) {
    const Ramp r;
    EXPECT_EQ(titles(rampOf(r.all(), r.b.meta.id)), strings({"a", "b", "c"}));
    EXPECT_EQ(titles(rampOf(r.all(), r.a.meta.id)), strings({"a", "b", "c"}));
    EXPECT_EQ(titles(rampOf(r.all(), r.c.meta.id)), strings({"a", "b", "c"}));
    EXPECT_EQ(rampRoot(r.all(), r.c.meta.id), r.a.meta.id);
}

TEST(Ramp, a_branch_is_followed_when_the_cycle_is_on_it) {
    const Ramp r;
    EXPECT_EQ(titles(rampOf(r.all(), r.d.meta.id)), strings({"a", "b", "d"}));
}

TEST(Ramp, chains_give_each_ramp_its_main_chain_then_its_branches) {
    const Ramp r;
    const auto chains = rampChains(r.all());
    ASSERT_EQ(chains.size(), 3u);
    EXPECT_EQ(titles(chains[0].cycles), strings({"e"})); // started first
    EXPECT_TRUE(chains[0].branchedFrom.isNull());
    EXPECT_EQ(titles(chains[1].cycles), strings({"a", "b", "c"}));
    EXPECT_TRUE(chains[1].branchedFrom.isNull());
    EXPECT_EQ(titles(chains[2].cycles), strings({"d"}));
    EXPECT_EQ(chains[2].branchedFrom, r.b.meta.id);

    const auto ofC = rampChainsOf(r.all(), r.c.meta.id);
    ASSERT_EQ(ofC.size(), 2u);
    EXPECT_EQ(titles(ofC[0].cycles), strings({"a", "b", "c"}));
    EXPECT_TRUE(rampChainsOf(r.all(), QUuid::createUuid()).empty());
}

TEST(Ramp, a_missing_parent_makes_its_child_a_root) {
    const PdsaCycle orphan = cycle(QStringLiteral("orphan"), QDate(2025, 1, 1), QUuid::createUuid());
    EXPECT_EQ(titles(rampOf({orphan}, orphan.meta.id)), strings({"orphan"}));
    EXPECT_EQ(rampChains({orphan}).size(), 1u);
}

TEST(Ramp, a_loop_of_parents_is_cut_at_its_first_started_cycle) {
    PdsaCycle x = cycle(QStringLiteral("x"), QDate(2025, 1, 1));
    PdsaCycle y = cycle(QStringLiteral("y"), QDate(2025, 2, 1), x.meta.id);
    x.parentCycleId = y.meta.id;
    const auto chains = rampChains({x, y});
    ASSERT_EQ(chains.size(), 1u);
    EXPECT_EQ(titles(chains[0].cycles), strings({"x", "y"}));
    EXPECT_EQ(titles(rampOf({y, x}, y.meta.id)), strings({"x", "y"}));
}

TEST(Ramp, ramps_are_grouped_by_the_change_ideas_of_their_first_cycle) {
    Ramp r;
    const QUuid idea1 = QUuid::createUuid();
    const QUuid idea2 = QUuid::createUuid();
    r.a.changeIdeaIds = {idea1, idea2};
    r.b.changeIdeaIds = {idea1};
    const auto groups = rampsByChangeIdea(r.all());
    ASSERT_EQ(groups.size(), 3u);
    EXPECT_EQ(groups[0].changeIdeaId, idea1);
    EXPECT_EQ(groups[0].chains.size(), 2u); // a-b-c and its branch d
    EXPECT_EQ(groups[1].changeIdeaId, idea2);
    EXPECT_TRUE(groups[2].changeIdeaId.isNull()); // e tests no change idea: last
    EXPECT_EQ(titles(groups[2].chains[0].cycles), strings({"e"}));
}

TEST(NextCycle, carries_the_plan_forward_and_links_to_the_previous_cycle) {
    PdsaCycle previous = cycle(QStringLiteral("Family time: 1 family"), QDate(2025, 1, 1));
    previous.meta.owner = Owner::ofTeam(QUuid::createUuid());
    previous.teamId = previous.meta.owner.team;
    previous.objective = QStringLiteral("Try it once");
    previous.nextStep = QStringLiteral("Try it with five families");
    previous.questions = {{QStringLiteral("Will parents come?"), QStringLiteral("Most will")}};
    previous.planWho = QStringLiteral("Ana");
    previous.planWhat = QStringLiteral("Visit");
    previous.planWhere = QStringLiteral("North office");
    previous.planWhen = QStringLiteral("January");
    previous.dataCollectionPlan = QStringLiteral("Huddle sheet");
    previous.whatHappened = QStringLiteral("It went well");
    previous.observations = QStringLiteral("Parents liked it");
    previous.problems = QStringLiteral("Transport");
    previous.results = QStringLiteral("As predicted");
    previous.learned = QStringLiteral("Call ahead");
    previous.decision = Decision::Adapt;
    previous.status = CycleStatus::Done;
    previous.scaleCount = 1;
    previous.scaleUnit = QStringLiteral("families");
    previous.endDate = QDate(2025, 1, 14);
    previous.changeIdeaIds = {QUuid::createUuid()};
    previous.measureIds = {QUuid::createUuid(), QUuid::createUuid()};

    const QDate today(2025, 2, 3);
    const PdsaCycle next = nextCycleFrom(previous, today);
    EXPECT_NE(next.meta.id, previous.meta.id);
    EXPECT_EQ(next.meta.owner, previous.meta.owner);
    EXPECT_EQ(next.teamId, previous.teamId);
    EXPECT_EQ(next.parentCycleId, previous.meta.id);
    EXPECT_EQ(next.title, QStringLiteral("Family time: 1 family (cycle 2)"));
    EXPECT_EQ(next.objective, previous.nextStep);
    ASSERT_EQ(next.questions.size(), 1);
    EXPECT_EQ(next.questions[0].question, QStringLiteral("Will parents come?"));
    EXPECT_TRUE(next.questions[0].prediction.isEmpty());
    EXPECT_EQ(next.planWho, previous.planWho);
    EXPECT_EQ(next.planWhat, previous.planWhat);
    EXPECT_EQ(next.planWhere, previous.planWhere);
    EXPECT_TRUE(next.planWhen.isEmpty());
    EXPECT_EQ(next.dataCollectionPlan, previous.dataCollectionPlan);
    for (const QString* done : {&next.whatHappened, &next.observations, &next.problems, &next.results,
                                &next.learned, &next.nextStep})
        EXPECT_TRUE(done->isEmpty());
    EXPECT_EQ(next.decision, Decision::None);
    EXPECT_EQ(next.status, CycleStatus::Planned);
    EXPECT_EQ(next.scaleCount, 1);
    EXPECT_EQ(next.scaleUnit, QStringLiteral("families"));
    EXPECT_EQ(next.startDate, today);
    EXPECT_FALSE(next.endDate.isValid());
    EXPECT_EQ(next.changeIdeaIds, previous.changeIdeaIds);
    EXPECT_EQ(next.measureIds, previous.measureIds);
}

TEST(NextCycle, keeps_the_objective_when_no_next_step_was_written_and_counts_cycles_in_the_title) {
    PdsaCycle previous = cycle(QStringLiteral("Parent partners (cycle 3)"));
    previous.objective = QStringLiteral("Pair every parent");
    const PdsaCycle next = nextCycleFrom(previous, QDate(2025, 5, 1));
    EXPECT_EQ(next.objective, QStringLiteral("Pair every parent"));
    EXPECT_EQ(next.title, QStringLiteral("Parent partners (cycle 4)"));
    EXPECT_EQ(nextCycleTitle(QString()), QStringLiteral("Next cycle (cycle 2)"));
}

namespace {

struct Library {
    CycleNames names;
    QUuid teamA = QUuid::createUuid(), teamB = QUuid::createUuid();
    QUuid primary = QUuid::createUuid(), secondary = QUuid::createUuid(), otherDriver = QUuid::createUuid();
    QUuid idea1 = QUuid::createUuid(), idea2 = QUuid::createUuid(), idea3 = QUuid::createUuid();
    QUuid measure = QUuid::createUuid();
    PdsaCycle one, two;

    Library() {
        names.teams = {{teamA, QStringLiteral("Riverbend County")}, {teamB, QStringLiteral("Lakeside")}};
        names.changeIdeas = {{idea1, QStringLiteral("Family time within 7 days")},
                             {idea2, QStringLiteral("Parent partner at first hearing")},
                             {idea3, QStringLiteral("Icebreaker meeting")}};
        names.measures = {{measure, QStringLiteral("Reunified within 12 months")}};
        names.ideaDriver = {{idea1, secondary}, {idea2, otherDriver}, {idea3, primary}};
        names.driverParent = {{secondary, primary}};

        one.teamId = teamA;
        one.title = QStringLiteral("Visits");
        one.startDate = QDate(2025, 3, 1);
        one.endDate = QDate(2025, 3, 14);
        one.changeIdeaIds = {idea1};
        one.measureIds = {measure};
        one.status = CycleStatus::Done;
        one.decision = Decision::Adopt;
        one.questions = {{QStringLiteral("Can we book a room?"), QStringLiteral("Résumé of the calendar")}};
        one.learned = QStringLiteral("Parents   want\tevening slots");

        two.teamId = teamB;
        two.title = QStringLiteral("Partners");
        two.startDate = QDate(2025, 4, 1);
        two.changeIdeaIds = {idea2};
        two.status = CycleStatus::Running;
    }

    QStringList matching(const CycleFilter& filter) const {
        const CycleMatcher matcher(filter, names);
        QStringList found;
        for (const PdsaCycle& c : {one, two})
            if (matcher.matches(c, searchHaystack(c, names)))
                found << c.title;
        return found;
    }
};

} // namespace

TEST(CycleFilter, an_empty_filter_matches_every_cycle) {
    const Library lib;
    EXPECT_TRUE(CycleFilter{}.isEmpty());
    EXPECT_EQ(lib.matching({}), strings({"Visits", "Partners"}));
}

TEST(CycleFilter, team_change_idea_status_and_decision_each_narrow) {
    const Library lib;
    CycleFilter byTeam;
    byTeam.teamIds = {lib.teamB};
    EXPECT_EQ(lib.matching(byTeam), strings({"Partners"}));
    CycleFilter byIdea;
    byIdea.changeIdeaIds = {lib.idea1};
    EXPECT_EQ(lib.matching(byIdea), strings({"Visits"}));
    CycleFilter byStatus;
    byStatus.statuses = {CycleStatus::Running, CycleStatus::Planned};
    EXPECT_EQ(lib.matching(byStatus), strings({"Partners"}));
    CycleFilter byDecision;
    byDecision.decisions = {Decision::None};
    EXPECT_EQ(lib.matching(byDecision), strings({"Partners"}));
}

TEST(CycleFilter, driver_matches_ideas_under_it_at_any_depth) {
    const Library lib;
    CycleFilter filter;
    filter.driverId = lib.primary; // idea1 sits under its secondary driver
    EXPECT_EQ(lib.matching(filter), strings({"Visits"}));
    filter.driverId = lib.otherDriver;
    EXPECT_EQ(lib.matching(filter), strings({"Partners"}));
    filter.changeIdeaIds = {lib.idea1}; // not under otherDriver: nothing can match
    EXPECT_TRUE(lib.matching(filter).isEmpty());
    filter.driverId = QUuid::createUuid(); // a driver with no ideas
    filter.changeIdeaIds.clear();
    EXPECT_TRUE(lib.matching(filter).isEmpty());
}

TEST(CycleFilter, date_range_matches_cycles_that_overlap_it_inclusively) {
    const Library lib; // one: 1–14 Mar 2025; two: from 1 Apr 2025, still open
    CycleFilter filter;
    filter.from = QDate(2025, 3, 14);
    filter.to = QDate(2025, 3, 31);
    EXPECT_EQ(lib.matching(filter), strings({"Visits"})); // ends on the first day
    filter.from = QDate(2025, 3, 15);
    EXPECT_TRUE(lib.matching(filter).isEmpty()); // one ended the day before, two starts after
    filter.to = QDate(2025, 4, 1);
    EXPECT_EQ(lib.matching(filter), strings({"Partners"})); // starts on the last day
    filter.from = QDate(2030, 1, 1);
    filter.to = {};
    EXPECT_EQ(lib.matching(filter), strings({"Partners"})); // no end date: still open
    filter.from = {};
    filter.to = QDate(2025, 2, 28);
    EXPECT_TRUE(lib.matching(filter).isEmpty());

    Library undated;
    undated.two.startDate = {};
    CycleFilter any;
    any.from = QDate(2000, 1, 1);
    EXPECT_EQ(undated.matching(any), strings({"Visits"})); // no start date: no known timing
}

TEST(CycleFilter, search_matches_words_in_any_field_ignoring_case_and_accents) {
    const Library lib;
    CycleFilter filter;
    for (const char* text : {"EVENING", "resume", "book room", "riverbend", "reunified 12", "7 days", "adopt",
                             "  parents   want  ", "slots evening"}) {
        filter.text = QString::fromUtf8(text);
        EXPECT_EQ(lib.matching(filter), strings({"Visits"})) << text;
    }
    filter.text = QStringLiteral("parent partner"); // the linked idea's name
    EXPECT_EQ(lib.matching(filter), strings({"Partners"}));
    filter.text = QStringLiteral("visits lakeside"); // every word must occur
    EXPECT_TRUE(lib.matching(filter).isEmpty());
    filter.text = QStringLiteral("visits slots"); // words may occur in different fields
    EXPECT_EQ(lib.matching(filter), strings({"Visits"}));
    filter.text = QStringLiteral("slotsdone"); // but one word never spans two fields
    EXPECT_TRUE(lib.matching(filter).isEmpty());
}

TEST(CycleFilter, folding_removes_accents_case_and_extra_space) {
    EXPECT_EQ(foldForSearch(QString::fromUtf8("  Résumé\tÉTÉ  naïve ")), QStringLiteral("resume ete naive"));
    EXPECT_TRUE(foldForSearch(QString()).isEmpty());
}

TEST(CycleFilter, one_off_matching_computes_the_haystack_itself) {
    const Library lib;
    CycleFilter filter;
    filter.text = QStringLiteral("calendar");
    const CycleMatcher matcher(filter, lib.names);
    EXPECT_TRUE(matcher.matches(lib.one));
    EXPECT_FALSE(matcher.matches(lib.two));
}

// SPDX-License-Identifier: Apache-2.0
// The Anhøj runs rules as qicharts2 applies them (docs/chart-rules.md §2): over the useful points,
// a signal when the longest run is above round(log2 n) + 3 or the crossings are below
// qbinom(0.05, n − 1, ½); each at its threshold and one point short of it.

#include "analysistesting.h"

#include "analysis/runsrules.h"

#include <cstdint>

using namespace pdsa::analysis;
using namespace pdsa::analysis::test;

namespace {

// Exact qbinom(0.05, m, ½) in whole numbers, for m ≤ 59 (20 · 2^59 still fits in 64 bits):
// the smallest k with 20 · Σ_{j≤k} C(m, j) ≥ 2^m.
int exactCrossingsMin(int n)
{
    const int m = n - 1;
    const std::uint64_t total = std::uint64_t{1} << m;
    std::uint64_t binomial = 1; // C(m, 0)
    std::uint64_t cumulative = 0;
    for (int k = 0; k <= m; ++k) {
        cumulative += binomial;
        if (20 * cumulative >= total)
            return k;
        binomial = binomial * static_cast<std::uint64_t>(m - k) / static_cast<std::uint64_t>(k + 1);
    }
    return m;
}

} // namespace

TEST(AnhoejRules, critical_values_match_the_qicharts2_vignette)
{
    // docs/chart-rules.md §2: N: longest.run.max / n.crossings.min.
    const int table[][3] = {{10, 6, 2}, {12, 7, 3}, {16, 7, 4}, {20, 7, 6},  {24, 8, 8},  {30, 8, 10},
                            {40, 8, 14}, {50, 9, 19}, {60, 9, 23}, {80, 9, 32}, {100, 10, 41}};
    for (const auto& row : table) {
        EXPECT_EQ(longestRunMax(row[0]), row[1]) << "N = " << row[0];
        EXPECT_EQ(crossingsMin(row[0]), row[2]) << "N = " << row[0];
    }
}

TEST(AnhoejRules, longest_run_limit_steps_up_where_log2_n_rounds_up)
{
    // log2(22) = 4.46 → 4 + 3 = 7; log2(23) = 4.52 → 5 + 3 = 8; log2(45) = 5.49 → 8; log2(46) = 5.52 → 9;
    // log2(90) = 6.49 → 9; log2(91) = 6.51 → 10.
    EXPECT_EQ(longestRunMax(1), 3);
    EXPECT_EQ(longestRunMax(5), 5);
    EXPECT_EQ(longestRunMax(11), 6);
    EXPECT_EQ(longestRunMax(12), 7);
    EXPECT_EQ(longestRunMax(22), 7);
    EXPECT_EQ(longestRunMax(23), 8);
    EXPECT_EQ(longestRunMax(45), 8);
    EXPECT_EQ(longestRunMax(46), 9);
    EXPECT_EQ(longestRunMax(90), 9);
    EXPECT_EQ(longestRunMax(91), 10);
}

TEST(AnhoejRules, crossings_minimum_is_the_exact_binomial_quantile)
{
    EXPECT_EQ(crossingsMin(1), 0); // qbinom(0.05, 0, 0.5)
    for (int n = 2; n <= 60; ++n)
        EXPECT_EQ(crossingsMin(n), exactCrossingsMin(n)) << "N = " << n;
    // Larger N, from the exact sum in whole numbers (Python integers), as qbinom gives them.
    EXPECT_EQ(crossingsMin(200), 88);
    EXPECT_EQ(crossingsMin(1000), 474);
    EXPECT_EQ(crossingsMin(10000), 4917);
    EXPECT_EQ(crossingsMin(100000), 49739);
    EXPECT_EQ(crossingsMin(1000000), 499177);
}

TEST(AnhoejRules, longest_run_signals_one_point_above_its_limit_and_not_at_it)
{
    // 12 useful points: limit 7; crossings stay above their minimum of 3.
    const auto atLimit = onlyPart(chart(signs("+++++++-+-+-"), aroundZero(RuleSet::Anhoej)));
    EXPECT_EQ(atLimit.nUseful, 12);
    EXPECT_EQ(atLimit.longestRun, 7);
    EXPECT_EQ(atLimit.longestRunMax, 7);
    EXPECT_EQ(atLimit.nCrossings, 5);
    EXPECT_FALSE(atLimit.runsSignal);

    const auto above = onlyPart(chart(signs("++++++++-+-+"), aroundZero(RuleSet::Anhoej)));
    EXPECT_EQ(above.longestRun, 8);
    EXPECT_EQ(above.nCrossings, 4);
    EXPECT_EQ(above.nCrossingsMin, 3);
    EXPECT_TRUE(above.runsSignal);
}

TEST(AnhoejRules, the_same_run_is_a_signal_at_22_useful_points_and_not_at_23)
{
    // A run of 8 then alternating points: 22 useful → limit 7 (signal); 23 → limit 8 (none).
    const auto at22 = onlyPart(chart(signs("++++++++-+-+-+-+-+-+-+"), aroundZero(RuleSet::Anhoej)));
    EXPECT_EQ(at22.nUseful, 22);
    EXPECT_EQ(at22.longestRunMax, 7);
    EXPECT_GE(*at22.nCrossings, *at22.nCrossingsMin);
    EXPECT_TRUE(at22.runsSignal);
    const auto at23 = onlyPart(chart(signs("++++++++-+-+-+-+-+-+-+-"), aroundZero(RuleSet::Anhoej)));
    EXPECT_EQ(at23.nUseful, 23);
    EXPECT_EQ(at23.longestRunMax, 8);
    EXPECT_FALSE(at23.runsSignal);
}

TEST(AnhoejRules, too_few_crossings_signal_below_the_minimum_and_not_at_it)
{
    // 12 useful points: minimum 3 crossings; the longest run (4) is far below its limit (7).
    const auto atMinimum = onlyPart(chart(signs("+++---+++---"), aroundZero(RuleSet::Anhoej)));
    EXPECT_EQ(atMinimum.nCrossings, 3);
    EXPECT_EQ(atMinimum.nCrossingsMin, 3);
    EXPECT_FALSE(atMinimum.runsSignal);
    const auto below = onlyPart(chart(signs("++++----++++"), aroundZero(RuleSet::Anhoej)));
    EXPECT_EQ(below.nCrossings, 2);
    EXPECT_EQ(below.longestRun, 4);
    EXPECT_TRUE(below.runsSignal);
}

TEST(AnhoejRules, there_is_no_too_many_crossings_rule)
{
    const auto alternating = onlyPart(chart(signs("+-+-+-+-+-+-+-+-+-+-"), aroundZero(RuleSet::Anhoej)));
    EXPECT_EQ(alternating.nCrossings, 19);
    EXPECT_FALSE(alternating.runsSignal);
}

TEST(AnhoejRules, points_on_the_centre_line_neither_break_nor_extend_a_run)
{
    // "++++o++++": the 'o' is skipped, the eight '+' are one run of 8 useful points.
    const auto part = onlyPart(chart(signs("++++o++++-+-+"), aroundZero(RuleSet::Anhoej)));
    EXPECT_EQ(part.nObs, 13);
    EXPECT_EQ(part.nUseful, 12);
    EXPECT_EQ(part.longestRun, 8);
    EXPECT_EQ(part.nCrossings, 4);
    EXPECT_TRUE(part.runsSignal);
}

TEST(AnhoejRules, missing_values_count_as_observations_but_are_not_useful)
{
    const auto part = onlyPart(chart(signs("++.++-"), aroundZero(RuleSet::Anhoej)));
    EXPECT_EQ(part.nObs, 6);
    EXPECT_EQ(part.nUseful, 5);
    EXPECT_EQ(part.longestRun, 4);
}

TEST(AnhoejRules, without_useful_points_the_counts_do_not_exist_and_nothing_signals)
{
    const auto part = onlyPart(chart(std::vector<double>{5, 5, 5, 5, 5, 5, 5, 5, 5, 5}, ofType(ChartType::Run)));
    EXPECT_EQ(part.nObs, 10);
    EXPECT_EQ(part.nUseful, 0);
    EXPECT_FALSE(part.longestRun);
    EXPECT_FALSE(part.longestRunMax);
    EXPECT_FALSE(part.nCrossings);
    EXPECT_FALSE(part.nCrossingsMin);
    EXPECT_FALSE(part.runsSignal);
}

TEST(AnhoejRules, short_series_get_the_formulas_with_no_minimum)
{
    // §4: no minimum number of points. At 5 useful points: longest-run limit round(2.32) + 3 = 5,
    // crossings minimum qbinom(0.05, 4, ½) = 0 (P(0 crossings) = 1/16 ≥ 0.05): one run of 5 is no signal.
    const auto five = onlyPart(chart(signs("+++++"), aroundZero(RuleSet::Anhoej)));
    EXPECT_EQ(five.longestRunMax, 5);
    EXPECT_EQ(five.nCrossingsMin, 0);
    EXPECT_FALSE(five.runsSignal);
    // At 6: limit round(2.58) + 3 = 6, not exceeded; but the crossings minimum is now 1
    // (P(0) = 1/32 < 0.05), so one run of 6 signals through its 0 crossings.
    const auto six = onlyPart(chart(signs("++++++"), aroundZero(RuleSet::Anhoej)));
    EXPECT_EQ(six.longestRunMax, 6);
    EXPECT_EQ(six.nCrossingsMin, 1);
    EXPECT_TRUE(six.runsSignal);
    // At 7 with one crossing: limit round(2.81) + 3 = 6, and a run of 6 is within it …
    EXPECT_FALSE(onlyPart(chart(signs("++++++-"), aroundZero(RuleSet::Anhoej))).runsSignal);
    // … a run of 7 is not (8 points, limit 6, crossings 1 ≥ qbinom(0.05, 7, ½) = 1).
    const auto eight = onlyPart(chart(signs("+++++++-"), aroundZero(RuleSet::Anhoej)));
    EXPECT_EQ(eight.longestRunMax, 6);
    EXPECT_EQ(eight.nCrossingsMin, 1);
    EXPECT_TRUE(eight.runsSignal);
}

TEST(AnhoejRules, the_runs_analysis_of_a_control_chart_is_against_its_own_centre_line)
{
    // An i chart's centre line is the mean: 1 1 1 1 1 1 1 1 1 13 has mean 2.2, so nine points in a
    // row below it (limit at 10 useful points: 6).
    const auto part = onlyPart(chart(std::vector<double>{1, 1, 1, 1, 1, 1, 1, 1, 1, 13}, ofType(ChartType::I)));
    EXPECT_EQ(part.nUseful, 10);
    EXPECT_EQ(part.longestRun, 9);
    EXPECT_TRUE(part.runsSignal);
}

TEST(AnhoejRules, an_mr_chart_reports_its_runs_but_never_signals)
{
    // §1 step 10. Moving ranges of 0 1 0 1 … then a jump: many ranges of 1 on one side.
    std::vector<double> ys;
    for (int i = 0; i < 20; ++i)
        ys.push_back(i % 2);
    ys.push_back(50);
    const auto result = chart(ys, ofType(ChartType::MR));
    const auto part = onlyPart(result);
    EXPECT_GT(*part.longestRun, *part.longestRunMax);
    EXPECT_FALSE(part.runsSignal);
    EXPECT_FALSE(part.shift);
    EXPECT_FALSE(part.trend);
    EXPECT_EQ(part.runsVerdict, RunsVerdict::NotApplicable);
}

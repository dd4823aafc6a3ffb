// SPDX-License-Identifier: Apache-2.0
// The IHI run-chart rules (Perla, Provost & Murray 2011; docs/chart-rules.md §7): a shift of 6 or
// more useful points on one side of the median, a trend of 5 or more points going one way with
// repeated values counted once, and too few or too many runs against the runs table.

#include "analysistesting.h"

#include "analysis/runsrules.h"

using namespace pdsa::analysis;
using namespace pdsa::analysis::test;

TEST(IhiRules, shift_is_six_points_on_one_side_and_not_five)
{
    const auto five = chart(signs("-+++++-+-"), aroundZero());
    EXPECT_FALSE(onlyPart(five).shift);
    for (const ChartPoint& point : five.points())
        EXPECT_FALSE(point.ihiShift);

    const auto six = chart(signs("-++++++-+-"), aroundZero());
    EXPECT_TRUE(onlyPart(six).shift);
    for (std::size_t i = 0; i < six.size(); ++i)
        EXPECT_EQ(six.point(i).ihiShift, i >= 1 && i <= 6) << i;
}

TEST(IhiRules, points_on_the_median_neither_break_nor_count_towards_a_shift)
{
    // Five '+' around a point on the line: still five useful points, no shift …
    EXPECT_FALSE(onlyPart(chart(signs("-+++o++-"), aroundZero())).shift);
    // … and six '+' with one on the line between them are a shift; the point on the line is not flagged.
    const auto six = chart(signs("-+++o+++-"), aroundZero());
    EXPECT_TRUE(onlyPart(six).shift);
    EXPECT_FALSE(six.point(4).ihiShift);
    EXPECT_TRUE(six.point(3).ihiShift);
    EXPECT_TRUE(six.point(5).ihiShift);
}

TEST(IhiRules, shift_against_the_computed_median)
{
    // 1..12: median 6.5; the six values 7..12 are one run above it.
    const auto result = chart(std::vector<double>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, ofType(ChartType::Run));
    EXPECT_EQ(result.rules, RuleSet::Ihi); // the default for run charts
    EXPECT_DOUBLE_EQ(result.point(0).cl, 6.5);
    EXPECT_TRUE(onlyPart(result).shift);
}

TEST(IhiRules, trend_is_five_points_going_up_and_not_four)
{
    // 9 1 2 3 4 0: the rise 1→4 is four points; the falls around it are two points each.
    EXPECT_FALSE(onlyPart(chart(std::vector<double>{9, 1, 2, 3, 4, 0}, aroundZero())).trend);
    const auto five = chart(std::vector<double>{9, 1, 2, 3, 4, 5, 0}, aroundZero());
    EXPECT_TRUE(onlyPart(five).trend);
    for (std::size_t i = 0; i < five.size(); ++i)
        EXPECT_EQ(five.point(i).ihiTrend, i >= 1 && i <= 5) << i;
}

TEST(IhiRules, trend_going_down_counts_the_same)
{
    EXPECT_FALSE(onlyPart(chart(std::vector<double>{0, 8, 7, 6, 5, 9}, aroundZero())).trend);
    EXPECT_TRUE(onlyPart(chart(std::vector<double>{0, 8, 7, 6, 5, 4, 9}, aroundZero())).trend);
}

TEST(IhiRules, a_repeated_value_counts_once_and_does_not_break_a_trend)
{
    // 1 2 2 3 4: four distinct steps' worth of points (1, 2, 3, 4) — not a trend.
    EXPECT_FALSE(onlyPart(chart(std::vector<double>{9, 1, 2, 2, 3, 4, 0}, aroundZero())).trend);
    // 1 2 2 3 4 5: five counted points, a trend; the repeated 2 lies inside it.
    const auto five = chart(std::vector<double>{9, 1, 2, 2, 3, 4, 5, 0}, aroundZero());
    EXPECT_TRUE(onlyPart(five).trend);
    for (std::size_t i = 0; i < five.size(); ++i)
        EXPECT_EQ(five.point(i).ihiTrend, i >= 1 && i <= 6) << i;
    // A longer trend with a repeat in its later part: 1 2 3 4 5 5 6 — every point flagged.
    const auto longer = chart(std::vector<double>{9, 1, 2, 3, 4, 5, 5, 6, 0}, aroundZero());
    for (std::size_t i = 0; i < longer.size(); ++i)
        EXPECT_EQ(longer.point(i).ihiTrend, i >= 1 && i <= 7) << i;
    // A repeat at the end of a rise is not counted: 1 2 3 4 4 is four points.
    EXPECT_FALSE(onlyPart(chart(std::vector<double>{9, 1, 2, 3, 4, 4, 0}, aroundZero())).trend);
}

TEST(IhiRules, trend_ignores_the_median_and_a_turning_point_belongs_to_both_sides)
{
    // 1 2 3 4 5 4 3 2 1 around a centre line of 3: two trends sharing the 5.
    const auto result = chart(std::vector<double>{1, 2, 3, 4, 5, 4, 3, 2, 1}, [] {
        auto options = aroundZero();
        options.centreLine = 3.0;
        return options;
    }());
    EXPECT_TRUE(onlyPart(result).trend);
    for (const ChartPoint& point : result.points())
        EXPECT_TRUE(point.ihiTrend);
}

TEST(IhiRules, missing_and_excluded_points_are_skipped_by_the_trend)
{
    auto options = aroundZero();
    options.exclude = {3};
    // 1 2 [99 excluded] 3 . 4 5: the counted points are 1 2 3 4 5.
    const auto result = chart(std::vector<double>{1, 2, 99, 3, NA, 4, 5}, options);
    EXPECT_TRUE(onlyPart(result).trend);
    EXPECT_FALSE(result.point(2).ihiTrend);
    EXPECT_FALSE(result.point(4).ihiTrend);
}

TEST(IhiRules, runs_table_is_the_swed_eisenhart_computation_of_chart_rules_section_7)
{
    // docs/chart-rules.md §7, N = 10 … 60: lower, upper.
    const int table[][2] = {{3, 9},   {4, 9},   {4, 10},  {4, 11},  {4, 12},  {5, 12},  {5, 13},  {6, 13},
                            {6, 14},  {6, 15},  {7, 15},  {7, 16},  {8, 16},  {8, 17},  {8, 18},  {9, 18},
                            {9, 19},  {10, 19}, {10, 20}, {10, 21}, {11, 21}, {11, 22}, {12, 22}, {12, 23},
                            {12, 24}, {13, 24}, {13, 25}, {14, 25}, {14, 26}, {14, 26}, {15, 27}, {15, 28},
                            {16, 28}, {16, 29}, {17, 29}, {17, 30}, {17, 31}, {18, 31}, {18, 32}, {19, 32},
                            {19, 33}, {20, 33}, {20, 34}, {20, 35}, {21, 35}, {21, 36}, {22, 36}, {22, 37},
                            {23, 37}, {23, 38}, {24, 38}};
    for (int n = 10; n <= 60; ++n) {
        const auto limits = ihiRunsLimits(n);
        ASSERT_TRUE(limits) << n;
        EXPECT_EQ(limits->lower, table[n - 10][0]) << "N = " << n;
        EXPECT_EQ(limits->upper, table[n - 10][1]) << "N = " << n;
    }
    EXPECT_FALSE(ihiRunsLimits(9));
    EXPECT_FALSE(ihiRunsLimits(61));
}

TEST(IhiRules, too_few_runs_below_the_lower_limit_and_not_at_it)
{
    // N = 10: limits 3 and 9.
    const auto three = onlyPart(chart(signs("+++----+++"), aroundZero()));
    EXPECT_EQ(three.nRuns, 3);
    EXPECT_EQ(three.runsLower, 3);
    EXPECT_EQ(three.runsUpper, 9);
    EXPECT_EQ(three.runsVerdict, RunsVerdict::None);
    const auto two = onlyPart(chart(signs("+++++-----"), aroundZero()));
    EXPECT_EQ(two.nRuns, 2);
    EXPECT_EQ(two.runsVerdict, RunsVerdict::TooFew);
}

TEST(IhiRules, too_many_runs_above_the_upper_limit_and_not_at_it)
{
    const auto nine = onlyPart(chart(signs("++-+-+-+-+"), aroundZero()));
    EXPECT_EQ(nine.nRuns, 9);
    EXPECT_EQ(nine.runsVerdict, RunsVerdict::None);
    const auto ten = onlyPart(chart(signs("+-+-+-+-+-"), aroundZero()));
    EXPECT_EQ(ten.nRuns, 10);
    EXPECT_EQ(ten.runsVerdict, RunsVerdict::TooMany);
}

TEST(IhiRules, runs_are_counted_over_useful_points_only)
{
    // Two points on the line inside the first run: still 10 useful points in 3 runs.
    const auto part = onlyPart(chart(signs("++o+----o+++"), aroundZero()));
    EXPECT_EQ(part.nUseful, 10);
    EXPECT_EQ(part.nRuns, 3);
    EXPECT_EQ(part.nRuns, *part.nCrossings + 1);
    EXPECT_EQ(part.runsVerdict, RunsVerdict::None);
}

TEST(IhiRules, the_runs_rule_does_not_apply_below_ten_or_above_sixty_useful_points)
{
    const auto nine = onlyPart(chart(signs("+-+-+-+-+"), aroundZero()));
    EXPECT_EQ(nine.nRuns, 9);
    EXPECT_FALSE(nine.runsLower);
    EXPECT_EQ(nine.runsVerdict, RunsVerdict::NotApplicable);
    std::string alternating;
    for (int i = 0; i < 61; ++i)
        alternating += i % 2 ? '-' : '+';
    const auto sixtyOne = onlyPart(chart(signs(alternating), aroundZero()));
    EXPECT_EQ(sixtyOne.nUseful, 61);
    EXPECT_EQ(sixtyOne.runsVerdict, RunsVerdict::NotApplicable);
    const auto none = onlyPart(chart(signs("oooooooooooo"), aroundZero()));
    EXPECT_FALSE(none.nRuns);
    EXPECT_EQ(none.runsVerdict, RunsVerdict::NotApplicable);
}

TEST(IhiRules, both_rule_sets_are_reported_whichever_the_chart_displays)
{
    const auto ihi = onlyPart(chart(signs("++++++++-+-+"), aroundZero(RuleSet::Ihi)));
    const auto anhoej = onlyPart(chart(signs("++++++++-+-+"), aroundZero(RuleSet::Anhoej)));
    EXPECT_TRUE(ihi.runsSignal);
    EXPECT_TRUE(ihi.shift);
    EXPECT_TRUE(anhoej.shift);
    EXPECT_EQ(ihi.nRuns, anhoej.nRuns);
    EXPECT_EQ(ihi.longestRun, anhoej.longestRun);
}

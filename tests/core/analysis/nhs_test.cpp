// SPDX-License-Identifier: Apache-2.0
// The NHS "Making Data Count" rules (NHSRplotthedots; docs/chart-rules.md §5): 7-point shift (a
// point on the mean breaks it), 7-point trend (an equal value breaks it), 2 of 3 close to a limit
// on one side (outside points not counted), one point outside; their precedence; improvement or
// concern.
//
// Most tests put their pattern after a fixed baseline of 12 points alternating 10 and 0, so the
// limits are known: mean 5, every moving range 10, AMR 10; NHS limits 5 ± 2.66·10 = −21.6 and
// 31.6; near limits 5 ± (2/3)·26.6 = −12.733… and 22.733….

#include "analysistesting.h"

using namespace pdsa::analysis;
using namespace pdsa::analysis::test;

namespace {

std::vector<double> baselineThen(std::initializer_list<double> tail)
{
    std::vector<double> ys;
    for (int i = 0; i < 12; ++i)
        ys.push_back(i % 2 == 0 ? 10.0 : 0.0); // ends with 0, below the mean
    ys.insert(ys.end(), tail.begin(), tail.end());
    return ys;
}

ChartOptions nhs(ImprovementDirection improvement = ImprovementDirection::Up)
{
    ChartOptions options;
    options.type = ChartType::I;
    options.rules = RuleSet::Nhs;
    options.freeze = 12;
    options.improvement = improvement;
    return options;
}

// The special causes of the points after the baseline.
std::vector<SpecialCause> tailCauses(const ChartResult& result)
{
    std::vector<SpecialCause> causes;
    for (std::size_t i = 12; i < result.size(); ++i)
        causes.push_back(result.point(i).specialCause);
    return causes;
}

constexpr auto None = SpecialCause::None;
constexpr auto Outside = SpecialCause::Outside;
constexpr auto Trend = SpecialCause::Trend;
constexpr auto TwoInThree = SpecialCause::TwoInThree;
constexpr auto Shift = SpecialCause::Shift;

} // namespace

TEST(NhsRules, xmr_limits_use_the_literal_2_66_and_near_limits_at_two_thirds)
{
    const auto result = chart(baselineThen({}), nhs());
    const ChartPoint point = result.point(0);
    EXPECT_DOUBLE_EQ(point.cl, 5.0);
    EXPECT_DOUBLE_EQ(point.ucl, 5.0 + 2.66 * 10.0);
    EXPECT_DOUBLE_EQ(point.lcl, 5.0 - 2.66 * 10.0);
    EXPECT_DOUBLE_EQ(point.ucl2s, 5.0 + (2.0 / 3.0) * 2.66 * 10.0);
    EXPECT_DOUBLE_EQ(point.lcl2s, 5.0 - (2.0 / 3.0) * 2.66 * 10.0);
    // The same data under qicharts2's rules: 5 ± 3·10/1.128.
    auto anhoej = nhs();
    anhoej.rules = RuleSet::Anhoej;
    EXPECT_DOUBLE_EQ(chart(baselineThen({}), anhoej).point(0).ucl, 5.0 + 30.0 / 1.128);
    for (const ChartPoint& p : result.points())
        EXPECT_EQ(p.specialCause, None);
}

TEST(NhsRules, shift_is_seven_points_on_one_side_and_not_six)
{
    EXPECT_EQ(tailCauses(chart(baselineThen({6, 6, 6, 6, 6, 6, 4}), nhs())),
              (std::vector{None, None, None, None, None, None, None}));
    EXPECT_EQ(tailCauses(chart(baselineThen({6, 6, 6, 6, 6, 6, 6, 4}), nhs())),
              (std::vector{Shift, Shift, Shift, Shift, Shift, Shift, Shift, None}));
}

TEST(NhsRules, every_point_of_a_longer_shift_is_flagged)
{
    EXPECT_EQ(tailCauses(chart(baselineThen({6, 6, 6, 6, 6, 6, 6, 6, 6, 4}), nhs())),
              (std::vector{Shift, Shift, Shift, Shift, Shift, Shift, Shift, Shift, Shift, None}));
}

TEST(NhsRules, a_point_on_the_mean_breaks_a_shift)
{
    EXPECT_EQ(tailCauses(chart(baselineThen({6, 6, 6, 5, 6, 6, 6}), nhs())),
              (std::vector{None, None, None, None, None, None, None}));
    EXPECT_EQ(tailCauses(chart(baselineThen({6, 6, 6, 7, 6, 6, 6}), nhs())),
              (std::vector{Shift, Shift, Shift, Shift, Shift, Shift, Shift}));
}

TEST(NhsRules, trend_is_seven_points_with_six_rising_steps_and_not_six_points)
{
    // After the baseline's last 0: 0 1 2 3 4 5 is six points …
    const auto six = chart(baselineThen({1, 2, 3, 4, 5}), nhs());
    EXPECT_EQ(tailCauses(six), (std::vector{None, None, None, None, None}));
    EXPECT_EQ(six.point(11).specialCause, None);
    // … 0 1 2 3 4 5 6 is seven, and the baseline's last point is part of it.
    const auto seven = chart(baselineThen({1, 2, 3, 4, 5, 6}), nhs());
    EXPECT_EQ(tailCauses(seven), (std::vector{Trend, Trend, Trend, Trend, Trend, Trend}));
    EXPECT_EQ(seven.point(11).specialCause, Trend);
    EXPECT_EQ(seven.point(10).specialCause, None);
    EXPECT_EQ(seven.point(11).variation, Variation::Improvement);
}

TEST(NhsRules, an_equal_value_breaks_a_trend_where_the_ihi_rule_would_count_it_once)
{
    // 0 1 2 3 3 4 5 6 7: the repeated 3 splits it into four and five points.
    const auto result = chart(baselineThen({1, 2, 3, 3, 4, 5, 6, 7}), nhs());
    for (const ChartPoint& point : result.points())
        EXPECT_NE(point.specialCause, Trend);
    EXPECT_TRUE(onlyPart(result).trend); // IHI: collapsed 0 1 2 3 4 5 6 7 is a trend
}

TEST(NhsRules, a_falling_trend_is_a_concern_when_up_is_better_and_an_improvement_when_down_is)
{
    // 0 then 10 9 8 7 6 5 4: 7 points, 6 falling steps (the 0 → 10 step is not part of it).
    const auto up = chart(baselineThen({10, 9, 8, 7, 6, 5, 4}), nhs(ImprovementDirection::Up));
    EXPECT_EQ(tailCauses(up), (std::vector{Trend, Trend, Trend, Trend, Trend, Trend, Trend}));
    EXPECT_EQ(up.point(12).variation, Variation::Concern);
    const auto down = chart(baselineThen({10, 9, 8, 7, 6, 5, 4}), nhs(ImprovementDirection::Down));
    EXPECT_EQ(down.point(12).variation, Variation::Improvement);
}

TEST(NhsRules, two_in_three_flags_the_close_points_on_one_side_only)
{
    // 25 is close (above 22.73, not above 31.6); 6 is above the mean but not close.
    EXPECT_EQ(tailCauses(chart(baselineThen({25, 25, 6, 4}), nhs())),
              (std::vector{TwoInThree, TwoInThree, None, None}));
    EXPECT_EQ(tailCauses(chart(baselineThen({25, 6, 25, 4}), nhs())),
              (std::vector{TwoInThree, None, TwoInThree, None}));
    // One close point in any three: nothing.
    EXPECT_EQ(tailCauses(chart(baselineThen({25, 6, 6, 25}), nhs())), (std::vector{None, None, None, None}));
}

TEST(NhsRules, two_in_three_needs_all_three_on_the_same_side_of_the_mean)
{
    EXPECT_EQ(tailCauses(chart(baselineThen({25, 4, 25}), nhs())), (std::vector{None, None, None}));
    EXPECT_EQ(tailCauses(chart(baselineThen({25, 5, 25}), nhs())), (std::vector{None, None, None}));
    // Below: −15 is close to the lower limit (below −12.73, not below −21.6).
    const auto below = chart(baselineThen({-15, -15, 0, 6}), nhs());
    EXPECT_EQ(tailCauses(below), (std::vector{TwoInThree, TwoInThree, None, None}));
    EXPECT_EQ(below.point(12).variation, Variation::Concern);
}

TEST(NhsRules, an_outside_point_does_not_count_towards_two_in_three)
{
    EXPECT_EQ(tailCauses(chart(baselineThen({40, 25, 6, 4}), nhs())), (std::vector{Outside, None, None, None}));
}

TEST(NhsRules, a_point_exactly_on_a_limit_is_neither_outside_nor_close_to_it)
{
    // 31.6 = the upper limit: close (above the near limit) but not outside.
    const double ucl = 5.0 + 2.66 * 10.0;
    const auto result = chart(baselineThen({ucl, ucl, 6}), nhs());
    EXPECT_EQ(tailCauses(result), (std::vector{TwoInThree, TwoInThree, None}));
    EXPECT_FALSE(result.point(12).sigmaSignal);
}

TEST(NhsRules, outside_comes_before_trend)
{
    // 0 1 2 3 4 5 40: seven rising points, the last beyond the upper limit.
    const auto result = chart(baselineThen({1, 2, 3, 4, 5, 40}), nhs());
    EXPECT_EQ(tailCauses(result), (std::vector{Trend, Trend, Trend, Trend, Trend, Outside}));
    EXPECT_EQ(result.point(17).variation, Variation::Improvement);
    EXPECT_TRUE(result.point(17).sigmaSignal);
}

TEST(NhsRules, trend_comes_before_shift)
{
    // 0 6 7 8 9 10 11 12: a rise of eight points, the last seven also above the mean.
    EXPECT_EQ(tailCauses(chart(baselineThen({6, 7, 8, 9, 10, 11, 12}), nhs())),
              (std::vector{Trend, Trend, Trend, Trend, Trend, Trend, Trend}));
}

TEST(NhsRules, two_in_three_comes_before_shift)
{
    EXPECT_EQ(tailCauses(chart(baselineThen({6, 6, 6, 6, 6, 23, 23}), nhs())),
              (std::vector{Shift, Shift, Shift, Shift, Shift, TwoInThree, TwoInThree}));
}

TEST(NhsRules, improvement_direction_decides_improvement_or_concern)
{
    const auto up = chart(baselineThen({40, -30}), nhs(ImprovementDirection::Up));
    EXPECT_EQ(up.point(12).variation, Variation::Improvement);
    EXPECT_EQ(up.point(13).variation, Variation::Concern);
    const auto down = chart(baselineThen({40, -30}), nhs(ImprovementDirection::Down));
    EXPECT_EQ(down.point(12).variation, Variation::Concern);
    EXPECT_EQ(down.point(13).variation, Variation::Improvement);
    EXPECT_EQ(down.point(0).variation, Variation::Common);
}

TEST(NhsRules, a_constant_series_has_no_limits_with_screening_and_limits_on_the_mean_without)
{
    // §5 edge cases: every moving range is 0; 0 < 3.267·0 is false, so screening keeps none.
    auto options = nhs();
    options.freeze = 0;
    const auto screened = chart(std::vector<double>(12, 5.0), options);
    EXPECT_DOUBLE_EQ(screened.point(0).cl, 5.0);
    EXPECT_TRUE(isNa(screened.point(0).ucl));
    EXPECT_TRUE(isNa(screened.point(0).lcl));
    for (const ChartPoint& point : screened.points()) {
        EXPECT_EQ(point.specialCause, None); // every point on the mean: no shift; no steps: no trend
        EXPECT_EQ(point.variation, Variation::Common);
    }
    options.mrScreening = false;
    const auto unscreened = chart(std::vector<double>(12, 5.0), options);
    EXPECT_DOUBLE_EQ(unscreened.point(0).ucl, 5.0);
    EXPECT_DOUBLE_EQ(unscreened.point(0).lcl, 5.0);
    EXPECT_FALSE(unscreened.point(0).sigmaSignal);
}

TEST(NhsRules, excluded_and_missing_points_are_skipped_but_an_excluded_point_can_be_outside)
{
    auto options = nhs();
    options.exclude = {16};
    // 6 6 6 [−40 excluded] 6 6 6 6: the seven 6s are one shift; the excluded −40 is still outside.
    const auto result = chart(baselineThen({6, 6, 6, -40, 6, NA, 6, 6, 6}), options);
    EXPECT_EQ(tailCauses(result), (std::vector{Shift, Shift, Shift, Outside, Shift, None, Shift, Shift, Shift}));
}

TEST(NhsRules, phases_are_classified_separately)
{
    auto options = nhs();
    options.freeze = 0;
    options.partEnds = {6};
    // Phase 1: 1..6 rising (six points); phase 2: 7..8 — the rise does not carry across the break.
    const auto result = chart(std::vector<double>{1, 2, 3, 4, 5, 6, 7, 8}, options);
    for (const ChartPoint& point : result.points())
        EXPECT_EQ(point.specialCause, None);
}

TEST(NhsRules, are_refused_on_run_and_mr_charts_and_with_a_freeze_under_12)
{
    auto options = nhs();
    options.type = ChartType::Run;
    EXPECT_EQ(computeChart(series({1, 2, 3}), options).error().code, pdsa::ErrorCode::Usage);
    options.type = ChartType::MR;
    EXPECT_EQ(computeChart(series({1, 2, 3}), options).error().code, pdsa::ErrorCode::Usage);
    options.type = ChartType::I;
    options.freeze = 11;
    EXPECT_EQ(computeChart(series({1, 2, 3}), options).error().message,
              QStringLiteral("--freeze must be at least 12 with the NHS rules (Making Data Count fixes limits after 12 "
                             "or more points; got 11)"));
    options.freeze = 12;
    EXPECT_TRUE(computeChart(series({1, 2, 3}), options).ok());
}

TEST(NhsRules, apply_to_other_control_charts_with_their_own_limits)
{
    // A c chart: c̄ = 4, limits 4 ± 3·2 → 0 (clamped) and 10; two-sigma lines 0 and 8.
    ChartOptions options;
    options.type = ChartType::C;
    options.rules = RuleSet::Nhs;
    options.centreLine = 4.0;
    const auto result = chart(std::vector<double>{9, 9, 5, 11}, options);
    EXPECT_EQ(result.point(0).specialCause, TwoInThree);
    EXPECT_EQ(result.point(1).specialCause, TwoInThree);
    EXPECT_EQ(result.point(2).specialCause, None);
    EXPECT_EQ(result.point(3).specialCause, Outside);
}

// SPDX-License-Identifier: Apache-2.0
// The pipeline around the formulas (docs/chart-rules.md §1, §4, §6): freeze, parts, exclusions, a
// fixed centre line, the multiplier, sigma signals, gaps, and the edge cases.

#include "analysistesting.h"

using namespace pdsa::analysis;
using namespace pdsa::analysis::test;

TEST(ChartDefaults, ihi_for_run_charts_and_anhoej_for_control_charts)
{
    EXPECT_EQ(chart(std::vector<double>{1, 2, 3}, ofType(ChartType::Run)).rules, RuleSet::Ihi);
    EXPECT_EQ(chart(std::vector<double>{1, 2, 3}, ofType(ChartType::I)).rules, RuleSet::Anhoej);
    EXPECT_TRUE(ChartOptions{}.mrScreening);
    EXPECT_EQ(ChartOptions{}.improvement, ImprovementDirection::Up);
}

TEST(Freeze, takes_the_centre_and_limits_from_the_first_points_and_extends_them)
{
    // Baseline 1 2 3 4 5: mean 3, AMR 1, UCL = 3 + 3/1.128 = 5.6595745; then 9 and 10.
    auto options = ofType(ChartType::I);
    options.freeze = 5;
    const auto result = chart(std::vector<double>{1, 2, 3, 4, 5, 9, 10}, options);
    for (std::size_t i = 0; i < result.size(); ++i) {
        const ChartPoint point = result.point(i);
        EXPECT_DOUBLE_EQ(point.cl, 3.0);
        EXPECT_NEAR(point.ucl, 3.0 + 3.0 / 1.128, 1e-12);
        EXPECT_EQ(point.baseline, i < 5);
        EXPECT_EQ(point.sigmaSignal, i >= 5) << i; // post-freeze points get sigma signals
    }
    EXPECT_EQ(onlyPart(result).nObs, 7); // and take part in the runs analysis
    EXPECT_EQ(onlyPart(result).nUseful, 6);
}

TEST(Freeze, longer_than_the_series_uses_every_point)
{
    auto options = ofType(ChartType::Run);
    options.freeze = 50;
    const auto result = chart(std::vector<double>{1, 2, 3}, options);
    EXPECT_DOUBLE_EQ(result.point(0).cl, 2.0);
    EXPECT_TRUE(result.point(2).baseline);
}

TEST(Parts, are_separate_analyses_with_their_own_centre_line_and_runs)
{
    auto options = ofType(ChartType::Run);
    options.partEnds = {6};
    const auto result = chart(std::vector<double>{1, 2, 3, 4, 5, 6, 11, 12, 13, 14}, options);
    ASSERT_EQ(result.parts.size(), 2u);
    EXPECT_DOUBLE_EQ(result.point(0).cl, 3.5);
    EXPECT_DOUBLE_EQ(result.point(6).cl, 12.5);
    EXPECT_EQ(result.point(5).part, 1);
    EXPECT_EQ(result.point(6).part, 2);
    EXPECT_EQ(result.parts[0].first, 0);
    EXPECT_EQ(result.parts[0].last, 5);
    EXPECT_EQ(result.parts[1].first, 6);
    EXPECT_EQ(result.parts[1].last, 9);
    EXPECT_EQ(result.parts[0].nObs, 6);
    EXPECT_EQ(result.parts[1].nObs, 4);
    EXPECT_EQ(result.parts[1].nCrossings, 1);
}

TEST(Parts, breaks_out_of_range_are_ignored_and_order_does_not_matter)
{
    auto options = ofType(ChartType::Run);
    options.partEnds = {10, 3, 3, 6};
    const auto result = chart(std::vector<double>{1, 2, 3, 4, 5, 6}, options);
    ASSERT_EQ(result.parts.size(), 2u); // 6 = N and 10 > N end nothing
    EXPECT_EQ(result.parts[1].first, 3);
}

TEST(Parts, with_freeze_take_the_baseline_from_the_first_points_of_each_part)
{
    // Our difference from qicharts2 (which ignores freeze with parts): part 1 = 1 3 | 10 10,
    // centre mean(1, 3) = 2; part 2 = 5 7 | 20 20, centre mean(5, 7) = 6.
    auto options = ofType(ChartType::I);
    options.partEnds = {4};
    options.freeze = 2;
    const auto result = chart(std::vector<double>{1, 3, 10, 10, 5, 7, 20, 20}, options);
    EXPECT_DOUBLE_EQ(result.point(0).cl, 2.0);
    EXPECT_DOUBLE_EQ(result.point(4).cl, 6.0);
    const bool expected[] = {true, true, false, false, true, true, false, false};
    for (std::size_t i = 0; i < 8; ++i)
        EXPECT_EQ(result.point(i).baseline, expected[i]) << i;
}

TEST(Exclude, drawn_but_left_out_of_the_centre_line_and_runs)
{
    auto options = ofType(ChartType::Run);
    options.exclude = {3};
    const auto result = chart(std::vector<double>{1, 2, 100, 3, 4}, options);
    EXPECT_DOUBLE_EQ(result.point(0).cl, 2.5); // median of 1 2 3 4
    EXPECT_DOUBLE_EQ(result.point(2).y, 100.0);
    EXPECT_FALSE(result.point(2).include);
    EXPECT_EQ(onlyPart(result).nObs, 4);
    EXPECT_EQ(onlyPart(result).nUseful, 4);
}

TEST(Exclude, the_moving_range_spans_an_excluded_point_which_still_gets_a_sigma_signal)
{
    // 3 5 [100] 4 8 5 without the 100 is the i-chart worked example: cl 5, UCL 11.6489362.
    auto options = ofType(ChartType::I);
    options.exclude = {3};
    const auto result = chart(std::vector<double>{3, 5, 100, 4, 8, 5}, options);
    EXPECT_DOUBLE_EQ(result.point(0).cl, 5.0);
    EXPECT_NEAR(result.point(0).ucl, 11.648936170212767, 1e-9);
    EXPECT_TRUE(result.point(2).sigmaSignal);
}

TEST(Exclude, counts_positions_over_the_whole_series_not_per_part)
{
    auto options = ofType(ChartType::Run);
    options.partEnds = {3};
    options.exclude = {4, 99};
    const auto result = chart(std::vector<double>{1, 2, 3, 4, 5, 6}, options);
    EXPECT_FALSE(result.point(3).include);
    EXPECT_DOUBLE_EQ(result.point(3).cl, 5.5); // median of 5 6
}

TEST(FixedCentreLine, replaces_the_computed_one_and_the_limits_follow_it)
{
    auto run = ofType(ChartType::Run);
    run.centreLine = 2.0;
    const auto runChart = chart(std::vector<double>{1, 3, 3, 3}, run);
    EXPECT_DOUBLE_EQ(runChart.point(0).cl, 2.0);
    EXPECT_EQ(onlyPart(runChart).longestRun, 3);

    // i chart around 4: the moving ranges of y − 4 are those of y, AMR 2.5.
    auto individuals = ofType(ChartType::I);
    individuals.centreLine = 4.0;
    const auto iChart = chart(std::vector<double>{3, 5, 4, 8, 5}, individuals);
    EXPECT_DOUBLE_EQ(iChart.point(0).cl, 4.0);
    EXPECT_NEAR(iChart.point(0).ucl, 4.0 + 3.0 * 2.5 / 1.128, 1e-12);

    // p chart around 0.2: σ = √(0.2·0.8/100) = 0.04, UCL = 0.32.
    auto proportion = ofType(ChartType::P);
    proportion.centreLine = 0.2;
    const auto pChart = chart(ratioSeries({{10, 100}, {30, 100}}), proportion);
    EXPECT_NEAR(pChart.point(0).ucl, 0.32, 1e-12);
    EXPECT_NEAR(pChart.point(0).lcl, 0.08, 1e-12);
}

TEST(Multiply, scales_values_centre_and_limits_but_not_the_signals)
{
    auto options = ofType(ChartType::P);
    const auto plain = chart(ratioSeries({{5, 50}, {12, 100}, {3, 25}, {10, 50}, {40, 50}}), options);
    options.multiply = 100.0;
    const auto percent = chart(ratioSeries({{5, 50}, {12, 100}, {3, 25}, {10, 50}, {40, 50}}), options);
    for (std::size_t i = 0; i < plain.size(); ++i) {
        EXPECT_DOUBLE_EQ(percent.point(i).y, plain.point(i).y * 100.0);
        EXPECT_DOUBLE_EQ(percent.point(i).cl, plain.point(i).cl * 100.0);
        EXPECT_DOUBLE_EQ(percent.point(i).ucl, plain.point(i).ucl * 100.0);
        EXPECT_DOUBLE_EQ(percent.point(i).lcl2s, plain.point(i).lcl2s * 100.0);
        EXPECT_EQ(percent.point(i).sigmaSignal, plain.point(i).sigmaSignal);
    }
    EXPECT_TRUE(percent.point(4).sigmaSignal);
    EXPECT_EQ(onlyPart(percent).nCrossings, onlyPart(plain).nCrossings);
    EXPECT_DOUBLE_EQ(percent.point(1).n, 100.0); // n is not scaled
}

TEST(SigmaSignal, a_point_exactly_on_a_limit_is_not_a_signal)
{
    // §4: cl = 4, UCL = 10, y = 10. Baseline counts 2 4 6 4 (c̄ = 4, UCL = 4 + 3·2 = 10).
    auto options = ofType(ChartType::C);
    options.freeze = 4;
    const auto result = chart(std::vector<double>{2, 4, 6, 4, 10, 11}, options);
    EXPECT_DOUBLE_EQ(result.point(4).ucl, 10.0);
    EXPECT_FALSE(result.point(4).sigmaSignal);
    EXPECT_TRUE(result.point(5).sigmaSignal);
}

TEST(Gaps, a_zero_over_zero_proportion_is_a_gap_with_no_limits)
{
    // 5/50, 0/0, 3/20: p̄ = 8/70; the 0/0 point is not plotted, has no limits and no runs part.
    const auto result = chart(ratioSeries({{5, 50}, {0, 0}, {3, 20}}), ofType(ChartType::P));
    EXPECT_DOUBLE_EQ(result.point(0).cl, 8.0 / 70.0);
    EXPECT_TRUE(isNa(result.point(1).y));
    EXPECT_DOUBLE_EQ(result.point(1).n, 0.0);
    EXPECT_TRUE(isNa(result.point(1).ucl));
    EXPECT_TRUE(isNa(result.point(1).lcl));
    EXPECT_FALSE(result.point(1).sigmaSignal);
    EXPECT_EQ(onlyPart(result).nObs, 3);
    EXPECT_EQ(onlyPart(result).nUseful, 2);
}

TEST(Gaps, a_positive_count_over_a_zero_denominator_is_refused_for_p_and_a_gap_for_u)
{
    const auto p = computeChart(ratioSeries({{5, 50}, {3, 0}}), ofType(ChartType::P));
    ASSERT_FALSE(p.ok());
    EXPECT_EQ(p.error().code, pdsa::ErrorCode::Invalid);
    EXPECT_EQ(p.error().message, QStringLiteral("point 2: a count of 3 over a denominator of 0"));
    const auto above = computeChart(ratioSeries({{5, 50}, {60, 50}}), ofType(ChartType::PP));
    ASSERT_FALSE(above.ok());
    EXPECT_EQ(above.error().message, QStringLiteral("point 2: a count of 60 over a denominator of 50 is not a proportion"));

    // u: 4/10, 3/0, 2/10 — the 3/0 is a gap and adds nothing to ū = 6/20.
    const auto u = chart(ratioSeries({{4, 10}, {3, 0}, {2, 10}}), ofType(ChartType::U));
    EXPECT_TRUE(isNa(u.point(1).y));
    EXPECT_DOUBLE_EQ(u.point(0).cl, 0.3);
    EXPECT_EQ(onlyPart(u).nUseful, 2);
}

TEST(Gaps, a_missing_half_of_a_pair_makes_the_point_missing)
{
    const auto result = chart(ratioSeries({{5, 50}, {NA, 50}, {4, NA}, {6, 50}}), ofType(ChartType::P));
    EXPECT_TRUE(isNa(result.point(1).y));
    EXPECT_TRUE(isNa(result.point(1).n));
    EXPECT_TRUE(isNa(result.point(2).y));
    EXPECT_DOUBLE_EQ(result.point(0).cl, 11.0 / 100.0);
}

TEST(Gaps, a_missing_count_stays_missing_and_is_never_a_zero)
{
    const auto result = chart(std::vector<Subgroup>{Subgroup::values({3}), Subgroup::values({NA, NA}),
                                                    Subgroup::values({NA}), Subgroup::values({5})},
                              ofType(ChartType::C));
    EXPECT_TRUE(isNa(result.point(1).y));
    EXPECT_TRUE(isNa(result.point(2).y));
    EXPECT_DOUBLE_EQ(result.point(0).cl, 4.0);
}

TEST(EdgeCases, all_zero_proportions_give_limits_of_zero_and_no_signal)
{
    const auto result = chart(ratioSeries({{0, 10}, {0, 20}, {0, 5}}), ofType(ChartType::P));
    for (const ChartPoint& point : result.points()) {
        EXPECT_DOUBLE_EQ(point.cl, 0.0);
        EXPECT_DOUBLE_EQ(point.ucl, 0.0);
        EXPECT_DOUBLE_EQ(point.lcl, 0.0);
        EXPECT_FALSE(point.sigmaSignal);
    }
    EXPECT_EQ(onlyPart(result).nUseful, 0);
}

TEST(EdgeCases, a_constant_i_chart_has_limits_on_the_mean_without_screening_and_none_with_it)
{
    // §4 (screening off): MR = 0, lcl = ucl = cl, no signal since the inequalities are strict.
    // With screening, no moving range is below 3.267·0, so there is no AMR and no limits.
    auto options = ofType(ChartType::I);
    options.mrScreening = false;
    const auto unscreened = chart(std::vector<double>(8, 7.0), options);
    EXPECT_DOUBLE_EQ(unscreened.point(0).lcl, 7.0);
    EXPECT_DOUBLE_EQ(unscreened.point(0).ucl, 7.0);
    for (const ChartPoint& point : unscreened.points())
        EXPECT_FALSE(point.sigmaSignal);
    EXPECT_EQ(onlyPart(unscreened).nUseful, 0);
    EXPECT_FALSE(onlyPart(unscreened).runsSignal);
    const auto screened = chart(std::vector<double>(8, 7.0), ofType(ChartType::I));
    EXPECT_TRUE(isNa(screened.point(0).ucl));
}

TEST(EdgeCases, ties_on_the_median_are_not_useful)
{
    const auto result = chart(std::vector<double>{1, 2, 2, 2, 3}, ofType(ChartType::Run));
    EXPECT_DOUBLE_EQ(result.point(0).cl, 2.0);
    EXPECT_EQ(onlyPart(result).nUseful, 2);
    EXPECT_EQ(onlyPart(result).longestRunMax, 4); // round(log2 2) + 3: the limit uses n.useful
}

TEST(EdgeCases, a_chart_with_one_point_has_no_limits_and_no_signals)
{
    const auto result = chart(std::vector<double>{4}, ofType(ChartType::I));
    EXPECT_DOUBLE_EQ(result.point(0).cl, 4.0);
    EXPECT_TRUE(isNa(result.point(0).ucl));
    EXPECT_FALSE(onlyPart(result).runsSignal);
}

TEST(EdgeCases, no_points_give_an_empty_chart)
{
    const auto result = chart(std::vector<double>{}, ofType(ChartType::P));
    EXPECT_TRUE(result.size() == 0);
    EXPECT_TRUE(result.parts.empty());
}

TEST(Subgroups, several_values_are_combined_by_mean_or_median)
{
    const Subgroup mean = Subgroup::values({1, 2, 9, NA});
    EXPECT_DOUBLE_EQ(mean.y, 4.0);
    EXPECT_EQ(mean.yCount, 3);
    EXPECT_DOUBLE_EQ(mean.ySum, 12.0);
    EXPECT_DOUBLE_EQ(mean.ySd, std::sqrt(((1 - 4.0) * (1 - 4.0) + (2 - 4.0) * (2 - 4.0) + 25.0) / 2.0));
    EXPECT_DOUBLE_EQ(Subgroup::values({1, 2, 9, NA}, Aggregation::Median).y, 2.0);
    EXPECT_DOUBLE_EQ(Subgroup::values({1, 2, 9, 10}, Aggregation::Median).y, 5.5);
    EXPECT_TRUE(isNa(Subgroup::values({NA, NA}).y));
    const Subgroup ratio = Subgroup::ratios({3, 4, NA}, {10, 20, 30});
    EXPECT_DOUBLE_EQ(ratio.y, 7.0 / 30.0);
    EXPECT_DOUBLE_EQ(ratio.n, 30.0);
}

TEST(ChartOptionsCheck, refuses_options_that_do_not_fit)
{
    const auto data = series({1, 2, 3});
    auto options = ofType(ChartType::I);
    options.multiply = 0.0;
    EXPECT_EQ(computeChart(data, options).error().code, pdsa::ErrorCode::Usage);
    options = ofType(ChartType::P);
    options.centreLine = 1.5;
    EXPECT_EQ(computeChart(ratioSeries({{1, 2}}), options).error().message,
              QStringLiteral("--cl of a p chart is a proportion between 0 and 1, before --multiply (got 1.5)"));
    options = ofType(ChartType::C);
    options.centreLine = -1.0;
    EXPECT_EQ(computeChart(data, options).error().code, pdsa::ErrorCode::Usage);
    options = ofType(ChartType::Run);
    options.partEnds = {0};
    EXPECT_EQ(computeChart(data, options).error().code, pdsa::ErrorCode::Usage);
    options = ofType(ChartType::Run);
    options.exclude = {-2};
    EXPECT_EQ(computeChart(data, options).error().code, pdsa::ErrorCode::Usage);
    options = ofType(ChartType::Run);
    options.freeze = -1;
    EXPECT_EQ(computeChart(data, options).error().code, pdsa::ErrorCode::Usage);
}

TEST(Recompute, into_a_used_result_gives_what_a_fresh_one_gives)
{
    auto same = [](double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; };
    ChartResult reused;
    auto first = ofType(ChartType::I);
    first.rules = RuleSet::Nhs;
    first.exclude = {2};
    first.multiply = 10.0;
    ASSERT_TRUE(computeChart(series({1, 50, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 40}), first, reused).ok());
    auto second = ofType(ChartType::Run);
    second.partEnds = {3};
    const auto data = series({5, NA, 2, 8, 1, 9});
    ASSERT_TRUE(computeChart(data, second, reused).ok());
    const ChartResult fresh = chart(data, second);
    ASSERT_EQ(reused.size(), fresh.size());
    ASSERT_EQ(reused.parts.size(), fresh.parts.size());
    for (std::size_t i = 0; i < fresh.size(); ++i) {
        const ChartPoint a = reused.point(i), b = fresh.point(i);
        for (auto [x, y] : {std::pair{a.y, b.y}, {a.n, b.n}, {a.cl, b.cl}, {a.lcl, b.lcl}, {a.ucl, b.ucl},
                            {a.lcl2s, b.lcl2s}, {a.ucl2s, b.ucl2s}})
            EXPECT_TRUE(same(x, y)) << i;
        EXPECT_EQ(a.part, b.part);
        EXPECT_EQ(a.baseline, b.baseline);
        EXPECT_EQ(a.include, b.include);
        EXPECT_EQ(a.sigmaSignal, b.sigmaSignal);
        EXPECT_EQ(a.specialCause, b.specialCause);
        EXPECT_EQ(a.variation, b.variation);
    }
    EXPECT_EQ(reused.rules, RuleSet::Ihi);
    EXPECT_EQ(reused.parts[1].nObs, fresh.parts[1].nObs);
}

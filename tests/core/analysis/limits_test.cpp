// SPDX-License-Identifier: Apache-2.0
// Each chart type's centre line and limits against a worked example, computed by hand from the
// published formulas (docs/chart-rules.md §3); the arithmetic is in the comments. Limits are
// compared to 1e-9.

#include "analysistesting.h"

#include "analysis/limits.h"

#include <cmath>
#include <numbers>

using namespace pdsa::analysis;
using namespace pdsa::analysis::test;

namespace {

constexpr double kTolerance = 1e-9;

ChartOptions unscreened(ChartType type)
{
    ChartOptions options = ofType(type);
    options.mrScreening = false;
    return options;
}

} // namespace

TEST(ShewhartConstants, match_the_published_tables)
{
    // c4(n) = √(2/(n−1)) · Γ(n/2)/Γ((n−1)/2): c4(2) = √2·Γ(1)/Γ(½) = √2/√π = 0.7979,
    // c4(3) = Γ(1.5)/Γ(1) = √π/2 = 0.886227, c4(4) = √(2/3)·Γ(2)/Γ(1.5) = 0.921318.
    EXPECT_NEAR(c4(2), std::sqrt(2.0 / std::numbers::pi), kTolerance);
    EXPECT_NEAR(c4(3), std::sqrt(std::numbers::pi) / 2.0, kTolerance);
    EXPECT_NEAR(c4(4), 0.9213177319235615, kTolerance);
    // Printed tables (Montgomery, Appendix VI): A3(3) = 1.954, A3(4) = 1.628, B4(3) = 2.568,
    // B4(4) = 2.266, B3(5) = 0, B3(6) = 0.030, B4(6) = 1.970.
    EXPECT_NEAR(a3(3), 1.954, 5e-4);
    EXPECT_NEAR(a3(4), 1.628, 5e-4);
    EXPECT_NEAR(b4(3), 2.568, 5e-4);
    EXPECT_NEAR(b4(4), 2.266, 5e-4);
    EXPECT_EQ(b3(5), 0.0);
    EXPECT_NEAR(b3(6), 0.030, 5e-4);
    EXPECT_NEAR(b4(6), 1.970, 5e-4);
    EXPECT_TRUE(isNa(c4(1)));
    EXPECT_TRUE(isNa(a3(1)));
}

TEST(RunChart, centre_line_is_the_median_with_no_limits)
{
    EXPECT_DOUBLE_EQ(chart(std::vector<double>{1, 3, 2, 5, 4}, ofType(ChartType::Run)).point(0).cl, 3.0);
    const auto even = chart(std::vector<double>{1, 3, 2, 5, 4, 9}, ofType(ChartType::Run));
    EXPECT_DOUBLE_EQ(even.point(0).cl, 3.5); // (3 + 4)/2
    EXPECT_TRUE(isNa(even.point(0).ucl));
    EXPECT_TRUE(isNa(even.point(0).lcl2s));
    EXPECT_FALSE(even.point(5).sigmaSignal);
}

TEST(IChart, limits_are_the_mean_plus_minus_three_amr_over_1_128)
{
    // y = 3 5 4 8 5: mean 25/5 = 5; moving ranges 2 1 4 3, AMR = 10/4 = 2.5 (none above
    // 3.267·2.5 = 8.17, so screening changes nothing); σ = 2.5/1.128 = 2.2163121;
    // limits 5 ± 6.6489362 = −1.6489362 and 11.6489362; two-sigma 5 ± 4.4326241.
    for (bool screening : {true, false}) {
        auto options = ofType(ChartType::I);
        options.mrScreening = screening;
        const auto result = chart(std::vector<double>{3, 5, 4, 8, 5}, options);
        const ChartPoint p = result.point(0);
        EXPECT_DOUBLE_EQ(p.cl, 5.0);
        EXPECT_NEAR(p.ucl, 11.648936170212767, kTolerance);
        EXPECT_NEAR(p.lcl, -1.6489361702127665, kTolerance); // an i chart may have a negative limit
        EXPECT_NEAR(p.ucl2s, 9.432624113475178, kTolerance);
        EXPECT_NEAR(p.lcl2s, 0.5673758865248226, kTolerance);
    }
}

TEST(IChart, screening_drops_moving_ranges_from_3_267_times_the_average)
{
    // y = 1 2 1 2 1 2 1 2 1 30: mean 43/10 = 4.3; ranges eight 1s and one 29, AMR = 37/9 = 4.1111111;
    // screening keeps ranges < 3.267·4.1111111 = 13.431, i.e. the eight 1s: AMR = 1.
    // Screened: UCL = 4.3 + 3·1/1.128 = 6.9595745; unscreened: 4.3 + 3·4.1111111/1.128 = 15.2338061.
    const std::vector<double> ys{1, 2, 1, 2, 1, 2, 1, 2, 1, 30};
    EXPECT_NEAR(chart(ys, ofType(ChartType::I)).point(0).ucl, 6.959574468085107, kTolerance);
    EXPECT_NEAR(chart(ys, unscreened(ChartType::I)).point(0).ucl, 15.233806146572103, kTolerance);
    // Equal ranges are all kept (each is below 3.267 times their average): 0 1 0 1 0 1 has AMR 1.
    EXPECT_NEAR(chart(std::vector<double>{0, 1, 0, 1, 0, 1}, ofType(ChartType::I)).point(0).ucl, 0.5 + 3.0 / 1.128,
                kTolerance);
}

TEST(IChart, a_missing_value_makes_both_its_moving_ranges_missing)
{
    // 3 5 . 8 5: ranges 2, (missing), (missing), 3 → AMR 2.5; mean (3+5+8+5)/4 = 5.25.
    const auto p = chart(std::vector<double>{3, 5, NA, 8, 5}, unscreened(ChartType::I)).point(0);
    EXPECT_DOUBLE_EQ(p.cl, 5.25);
    EXPECT_NEAR(p.ucl, 5.25 + 3.0 * 2.5 / 1.128, kTolerance);
}

TEST(MrChart, plots_moving_ranges_against_3_267_times_their_mean)
{
    // y = 3 5 4 8 5: ranges −, 2, 1, 4, 3; cl = 2.5; UCL = 3.267·2.5 = 8.1675; LCL = 0;
    // two-sigma UCL = (3.267/3)·2·2.5 = 5.445.
    const auto result = chart(std::vector<double>{3, 5, 4, 8, 5}, ofType(ChartType::MR));
    EXPECT_TRUE(isNa(result.point(0).y));
    EXPECT_DOUBLE_EQ(result.point(3).y, 4.0);
    EXPECT_DOUBLE_EQ(result.point(0).cl, 2.5);
    EXPECT_NEAR(result.point(0).ucl, 8.1675, kTolerance);
    EXPECT_DOUBLE_EQ(result.point(0).lcl, 0.0);
    EXPECT_NEAR(result.point(0).ucl2s, 5.445, kTolerance);
    EXPECT_DOUBLE_EQ(result.point(0).lcl2s, 0.0);
}

TEST(XbarChart, equal_subgroups_use_the_mean_sd_and_a3)
{
    // Subgroups (1 2 3), (2 4 6), (3 3 6): means 2, 4, 4; SDs 1, 2, √3 = 1.7320508.
    // cl = (3·2 + 3·4 + 3·4)/9 = 3.3333333; s̄ = (1 + 2 + 1.7320508)/3 = 1.5773503;
    // A3(3) = 3/(c4(3)·√3) = 3/(0.8862269·1.7320508) = 1.9544100;
    // limits 3.3333333 ± 1.9544100·1.5773503 = 3.3333333 ± 3.0827892 → 0.2505441, 6.4161225;
    // two-sigma: (2/3)·A3 → 3.3333333 + 2.0551928 = 5.3885261.
    const std::vector<Subgroup> subgroups{Subgroup::values({1, 2, 3}), Subgroup::values({2, 4, 6}),
                                          Subgroup::values({3, 3, 6})};
    const auto result = chart(subgroups, ofType(ChartType::Xbar));
    const ChartPoint p = result.point(0);
    EXPECT_DOUBLE_EQ(result.point(1).y, 4.0);
    EXPECT_DOUBLE_EQ(p.n, 3.0);
    EXPECT_NEAR(p.cl, 10.0 / 3.0, kTolerance);
    EXPECT_NEAR(p.ucl, 6.416122548040526, kTolerance);
    EXPECT_NEAR(p.lcl, 0.250544118626141, kTolerance);
    EXPECT_NEAR(p.ucl2s, 5.388526143138129, kTolerance);
}

TEST(XbarChart, varying_subgroups_pool_the_sd_and_get_their_own_limits)
{
    // (1 2 3): n 3, mean 2, SD 1; (2 4 6 8): n 4, mean 5, SD √(20/3) = 2.5819889.
    // cl = (3·2 + 4·5)/7 = 26/7 = 3.7142857; s̄ = √((2·1² + 3·20/3)/(2 + 3)) = √4.4 = 2.0976177;
    // n = 3: UCL = 3.7142857 + 1.9544100·2.0976177 = 7.8138908;
    // n = 4: A3(4) = 3/(0.9213177·2) = 1.6281028, UCL = 7.1294230, LCL = 0.2991484.
    const std::vector<Subgroup> subgroups{Subgroup::values({1, 2, 3}), Subgroup::values({2, 4, 6, 8})};
    const auto result = chart(subgroups, ofType(ChartType::Xbar));
    EXPECT_NEAR(result.point(0).cl, 26.0 / 7.0, kTolerance);
    EXPECT_NEAR(result.point(0).ucl, 7.813890816061269, kTolerance);
    EXPECT_NEAR(result.point(1).ucl, 7.129423006760514, kTolerance);
    EXPECT_NEAR(result.point(1).lcl, 0.29914842181091483, kTolerance);
}

TEST(XbarChart, a_subgroup_of_one_has_no_limits)
{
    const std::vector<Subgroup> subgroups{Subgroup::values({1, 2, 3}), Subgroup::values({4}),
                                          Subgroup::values({2, 4, 6})};
    const auto result = chart(subgroups, ofType(ChartType::Xbar));
    EXPECT_DOUBLE_EQ(result.point(1).y, 4.0);
    EXPECT_TRUE(isNa(result.point(1).ucl));
    EXPECT_TRUE(isNa(result.point(1).lcl));
    EXPECT_FALSE(isNa(result.point(0).ucl));
}

TEST(SChart, limits_are_b3_and_b4_times_s_bar)
{
    // The subgroups of the equal-size xbar example: cl = s̄ = 1.5773503;
    // B4(3) = 1 + 3·√(1 − c4²)/c4 = 1 + 3·0.4632513/0.8862269 = 2.5681696 → UCL = 4.0509030;
    // B3(3) = max(0, 1 − 1.5681696) = 0 → LCL = 0; two-sigma UCL = (1 + 2·0.5227232)·s̄ = 3.2263854.
    const std::vector<Subgroup> subgroups{Subgroup::values({1, 2, 3}), Subgroup::values({2, 4, 6}),
                                          Subgroup::values({3, 3, 6})};
    const auto result = chart(subgroups, ofType(ChartType::S));
    EXPECT_DOUBLE_EQ(result.point(0).y, 1.0);
    EXPECT_NEAR(result.point(2).y, std::sqrt(3.0), kTolerance);
    EXPECT_NEAR(result.point(0).cl, 1.5773502691896255, kTolerance);
    EXPECT_NEAR(result.point(0).ucl, 4.050903014034923, kTolerance);
    EXPECT_DOUBLE_EQ(result.point(0).lcl, 0.0);
    EXPECT_NEAR(result.point(0).ucl2s, 3.2263854324198245, kTolerance);
}

TEST(SChart, varying_subgroups_use_the_pooled_sd)
{
    // cl = √4.4 = 2.0976177; n = 3: UCL = 2.5681696·2.0976177 = 5.3870380; n = 4: B4(4) = 2.2660471,
    // UCL = 4.7533005, LCL = B3(4)·cl = 0.
    const std::vector<Subgroup> subgroups{Subgroup::values({1, 2, 3}), Subgroup::values({2, 4, 6, 8})};
    const auto result = chart(subgroups, ofType(ChartType::S));
    EXPECT_NEAR(result.point(0).cl, std::sqrt(4.4), kTolerance);
    EXPECT_NEAR(result.point(0).ucl, 5.387038005682432, kTolerance);
    EXPECT_NEAR(result.point(1).ucl, 4.753300453336781, kTolerance);
    EXPECT_DOUBLE_EQ(result.point(1).lcl, 0.0);
}

TEST(PChart, limits_vary_with_each_denominator)
{
    // 5/50, 12/100, 3/25, 10/50: p̄ = 30/225 = 0.1333333; p̄(1 − p̄) = 0.1155556.
    // n = 50:  σ = √(0.1155556/50)  = 0.0480740; UCL = 0.2775554; LCL = −0.0108887 → 0.
    // n = 100: σ = √(0.1155556/100) = 0.0339935; UCL = 0.2353137; LCL = 0.0313529.
    // n = 25:  σ = 0.0679869; UCL = 0.3372941; LCL → 0; two-sigma LCL −0.0026405 → 0.
    const auto result = chart(ratioSeries({{5, 50}, {12, 100}, {3, 25}, {10, 50}}), ofType(ChartType::P));
    const auto points = result.points();
    EXPECT_NEAR(points[0].cl, 30.0 / 225.0, kTolerance);
    EXPECT_DOUBLE_EQ(points[1].y, 0.12);
    EXPECT_DOUBLE_EQ(points[1].n, 100.0);
    EXPECT_NEAR(points[0].ucl, 0.2775553843518929, kTolerance);
    EXPECT_DOUBLE_EQ(points[0].lcl, 0.0);
    EXPECT_NEAR(points[0].lcl2s, 0.03718529932096028, kTolerance);
    EXPECT_NEAR(points[1].ucl, 0.23531372360518904, kTolerance);
    EXPECT_NEAR(points[1].lcl, 0.03135294306147762, kTolerance);
    EXPECT_NEAR(points[2].ucl, 0.3372941138770448, kTolerance);
    EXPECT_DOUBLE_EQ(points[2].lcl, 0.0);
    EXPECT_DOUBLE_EQ(points[2].lcl2s, 0.0);
}

TEST(PChart, an_upper_limit_above_one_becomes_one)
{
    // 1/2, 1/2: p̄ = 0.5, σ = √(0.25/2) = 0.3535534; UCL = 1.5606602 → 1; LCL = −0.56 → 0.
    const auto result = chart(ratioSeries({{1, 2}, {1, 2}}), ofType(ChartType::P));
    EXPECT_DOUBLE_EQ(result.point(0).ucl, 1.0);
    EXPECT_DOUBLE_EQ(result.point(0).lcl, 0.0);
    EXPECT_DOUBLE_EQ(result.point(0).ucl2s, 1.0);
}

TEST(LaneyPChart, widens_or_narrows_the_limits_by_sigma_z)
{
    // The p example: z_i = (p_i − p̄)/σ_i = −0.6933752, −0.3922323, −0.1961161, 1.3867505;
    // moving ranges 0.3011430, 0.1961161, 1.5828666, AMR = 0.6933752 (all below 3.267·AMR);
    // σ_z = 0.6933752/1.128 = 0.6146943.
    // n = 50: UCL = p̄ + 3·0.0480740·0.6146943 = 0.2219858; LCL = 0.0446809.
    // n = 100: UCL = 0.1960201; LCL = 0.0706466. n = 25: UCL = 0.2587069; LCL = 0.0079598.
    const auto result = chart(ratioSeries({{5, 50}, {12, 100}, {3, 25}, {10, 50}}), ofType(ChartType::PP));
    const auto points = result.points();
    EXPECT_NEAR(points[0].cl, 30.0 / 225.0, kTolerance);
    EXPECT_NEAR(points[0].ucl, 0.2219858156028369, kTolerance);
    EXPECT_NEAR(points[0].lcl, 0.04468085106382977, kTolerance);
    EXPECT_NEAR(points[1].ucl, 0.19602010471511946, kTolerance);
    EXPECT_NEAR(points[1].lcl, 0.0706465619515472, kTolerance);
    EXPECT_NEAR(points[2].ucl, 0.25870687609690557, kTolerance);
    EXPECT_NEAR(points[2].lcl, 0.007959790569761066, kTolerance);
    EXPECT_NEAR(points[2].ucl2s, 0.21691569517571485, kTolerance);
}

TEST(UChart, limits_vary_with_each_denominator_and_never_go_below_zero)
{
    // 4/10, 6/20, 2/5: ū = 12/35 = 0.3428571.
    // n = 10: σ = √(ū/10) = 0.1851640; UCL = 0.8983492; LCL = −0.2126349 → 0.
    // n = 20: UCL = 0.7356493; two-sigma LCL = 0.0809957. n = 5: UCL = 1.1284415 (no clamp at 1).
    const auto result = chart(ratioSeries({{4, 10}, {6, 20}, {2, 5}}), ofType(ChartType::U));
    const auto points = result.points();
    EXPECT_NEAR(points[0].cl, 12.0 / 35.0, kTolerance);
    EXPECT_NEAR(points[0].ucl, 0.8983492027206738, kTolerance);
    EXPECT_DOUBLE_EQ(points[0].lcl, 0.0);
    EXPECT_NEAR(points[1].ucl, 0.7356493452819292, kTolerance);
    EXPECT_NEAR(points[1].lcl2s, 0.08099567457395201, kTolerance);
    EXPECT_NEAR(points[2].ucl, 1.1284415477067156, kTolerance);
}

TEST(LaneyUChart, scales_the_u_limits_by_sigma_z)
{
    // z = 0.3086067, −0.3273268, 0.2182179; ranges 0.6359335, 0.5455447; AMR = 0.5907391;
    // σ_z = 0.5237049. n = 10: UCL = ū + 3·0.1851640·0.5237049 = 0.6337711, LCL = 0.0519432;
    // n = 5: UCL = 0.7542715, LCL = −0.0685573 → 0.
    const auto result = chart(ratioSeries({{4, 10}, {6, 20}, {2, 5}}), ofType(ChartType::UP));
    const auto points = result.points();
    EXPECT_NEAR(points[0].ucl, 0.6337710581114129, kTolerance);
    EXPECT_NEAR(points[0].lcl, 0.0519432276028729, kTolerance);
    EXPECT_NEAR(points[1].ucl, 0.5485643450749658, kTolerance);
    EXPECT_NEAR(points[2].ucl, 0.7542715472927886, kTolerance);
    EXPECT_DOUBLE_EQ(points[2].lcl, 0.0);
}

TEST(CChart, limits_are_the_mean_count_plus_minus_three_roots)
{
    // 2 4 6 4: c̄ = 4, σ = 2; UCL = 10, LCL = −2 → 0; two-sigma 8 and 0.
    const auto result = chart(std::vector<double>{2, 4, 6, 4}, ofType(ChartType::C));
    const ChartPoint p = result.point(0);
    EXPECT_DOUBLE_EQ(p.cl, 4.0);
    EXPECT_DOUBLE_EQ(p.ucl, 10.0);
    EXPECT_DOUBLE_EQ(p.lcl, 0.0);
    EXPECT_DOUBLE_EQ(p.ucl2s, 8.0);
    EXPECT_DOUBLE_EQ(p.lcl2s, 0.0);
}

TEST(CChart, several_rows_for_one_x_are_summed)
{
    const auto result = chart(std::vector<Subgroup>{Subgroup::values({1, 2}), Subgroup::values({3})},
                              ofType(ChartType::C));
    EXPECT_DOUBLE_EQ(result.point(0).y, 3.0);
    EXPECT_DOUBLE_EQ(result.point(0).cl, 3.0);
}

TEST(GChart, limits_use_the_mean_and_the_centre_line_is_the_median)
{
    // 0 2 4 10: m = 4, σ = √(4·5) = 4.4721360; UCL = 4 + 13.4164079 = 17.4164079; LCL → 0;
    // two-sigma UCL = 12.9442719; plotted centre line = median = (2 + 4)/2 = 3.
    const auto result = chart(std::vector<double>{0, 2, 4, 10}, ofType(ChartType::G));
    const ChartPoint p = result.point(0);
    EXPECT_DOUBLE_EQ(p.cl, 3.0);
    EXPECT_NEAR(p.ucl, 17.41640786499874, kTolerance);
    EXPECT_DOUBLE_EQ(p.lcl, 0.0);
    EXPECT_NEAR(p.ucl2s, 12.94427190999916, kTolerance);
    EXPECT_DOUBLE_EQ(p.lcl2s, 0.0);
    // The runs analysis is against the median: 0 2 below, 4 10 above.
    EXPECT_EQ(onlyPart(result).nUseful, 4);
    EXPECT_EQ(onlyPart(result).nCrossings, 1);
}

TEST(GChart, a_fixed_centre_line_is_plotted_as_its_theoretical_median)
{
    // cl = 4: plotted 0.693·4 = 2.772; limits from 4 as above.
    auto options = ofType(ChartType::G);
    options.centreLine = 4.0;
    const auto result = chart(std::vector<double>{0, 2, 4, 10, 7}, options);
    EXPECT_DOUBLE_EQ(result.point(0).cl, 0.693 * 4.0);
    EXPECT_NEAR(result.point(0).ucl, 17.41640786499874, kTolerance);
}

TEST(TChart, is_an_i_chart_on_y_to_the_power_1_over_3_6_transformed_back)
{
    // y = u^3.6 for u = 1 2 3 2: mean(u) = 2; ranges 1 1 1, AMR 1; σ_u = 1/1.128 = 0.8865248;
    // UCL_u = 2 + 2.6595745 = 4.6595745 → UCL = 4.6595745^3.6 = 254.7103103;
    // LCL_u = 2 − 2.6595745 < 0 → LCL = 0; two-sigma LCL_u = 2 − 1.7730496 = 0.2269504 → ^3.6;
    // cl = 2^3.6 = 12.1257325.
    std::vector<double> ys;
    for (double u : {1.0, 2.0, 3.0, 2.0})
        ys.push_back(std::pow(u, 3.6));
    const auto result = chart(ys, ofType(ChartType::T));
    const ChartPoint p = result.point(0);
    EXPECT_NEAR(p.cl, 12.125732532083186, kTolerance);
    EXPECT_NEAR(p.ucl, 254.710310260349, 1e-7);
    EXPECT_DOUBLE_EQ(p.lcl, 0.0);
    EXPECT_NEAR(p.ucl2s, 119.14973223733723, 1e-7);
    EXPECT_NEAR(p.lcl2s, std::pow(2.0 - 2.0 / 1.128, 3.6), kTolerance);
    EXPECT_NEAR(result.point(2).y, 52.1959152131576, kTolerance); // plotted as given
}

TEST(TChart, a_fixed_centre_line_is_given_in_the_data_units)
{
    auto options = ofType(ChartType::T);
    options.centreLine = std::pow(2.0, 3.6);
    std::vector<double> ys;
    for (double u : {1.0, 2.0, 3.0, 2.0})
        ys.push_back(std::pow(u, 3.6));
    const auto p = chart(ys, options).point(0);
    EXPECT_NEAR(p.cl, std::pow(2.0, 3.6), kTolerance);
    EXPECT_NEAR(p.ucl, 254.710310260349, 1e-7);
}

TEST(TChart, refuses_a_time_of_zero_or_less)
{
    const auto result = computeChart(series({3, 0, 2}), ofType(ChartType::T));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, pdsa::ErrorCode::Invalid);
    EXPECT_EQ(result.error().message, QStringLiteral("point 2: a time between events must be greater than zero (got 0)"));
}

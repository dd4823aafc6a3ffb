// SPDX-License-Identifier: Apache-2.0
// The disparity view's statistics and its builder: each interval on published worked examples
// (Newcombe 1998) and at its edges (0 of n, n of n, a denominator of 0), the Katz log ratio and its
// zero-cell correction, the Poisson analogues for rates, windows, references, small-number
// suppression, and the gap's reading "towards zero" (narrowing, widening, ties on the median).

#include "equity/disparity.h"
#include "equity/intervals.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace pdsa;
using namespace pdsa::equity;

namespace {

// Newcombe prints four decimals.
constexpr double kPrinted = 0.00005;

struct WorkedExample {
    double x1, n1, x2, n2;
    double lower, upper;
};

} // namespace

// Newcombe RG. Two-sided confidence intervals for the single proportion: comparison of seven
// methods. Stat Med 1998;17:857–872, Table I: the score method (Wilson 1927), without continuity
// correction.
TEST(Wilson, reproduces_newcombes_worked_examples_for_the_single_proportion)
{
    const struct {
        double x, n, lower, upper;
    } examples[] = {{81, 263, 0.2553, 0.3662}, {15, 148, 0.0624, 0.1605}, {0, 20, 0.0, 0.1611}, {1, 29, 0.0061, 0.1718}};
    for (const auto& e : examples) {
        const auto interval = wilson(e.x, e.n);
        ASSERT_TRUE(interval) << e.x << "/" << e.n;
        EXPECT_NEAR(interval->lower, e.lower, kPrinted) << e.x << "/" << e.n;
        EXPECT_NEAR(interval->upper, e.upper, kPrinted) << e.x << "/" << e.n;
    }
}

TEST(Wilson, zero_of_n_starts_at_exactly_zero_and_n_of_n_ends_at_exactly_one)
{
    EXPECT_EQ(wilson(0, 7)->lower, 0.0);
    EXPECT_GT(wilson(0, 7)->upper, 0.0);
    EXPECT_EQ(wilson(7, 7)->upper, 1.0);
    EXPECT_LT(wilson(7, 7)->lower, 1.0);
}

TEST(Wilson, a_denominator_of_zero_gives_no_interval)
{
    EXPECT_FALSE(wilson(0, 0));
}

// Newcombe RG. Interval estimation for the difference between independent proportions: comparison
// of eleven methods. Stat Med 1998;17:873–890, Table II, method 10 (the hybrid score interval).
TEST(NewcombeHybrid, reproduces_the_eight_worked_examples_of_method_10)
{
    const WorkedExample examples[] = {
        {56, 70, 48, 80, 0.0524, 0.3339},  {9, 10, 3, 10, 0.1705, 0.8090},   {6, 7, 2, 7, 0.0582, 0.8062},
        {5, 56, 0, 29, -0.0381, 0.1926},   {0, 10, 0, 20, -0.1611, 0.2775},  {0, 10, 0, 10, -0.2775, 0.2775},
        {10, 10, 0, 20, 0.6791, 1.0000},   {10, 10, 0, 10, 0.6075, 1.0000},
    };
    for (const WorkedExample& e : examples) {
        const auto d = proportionDifference(e.x1, e.n1, e.x2, e.n2);
        ASSERT_TRUE(d) << e.x1 << "/" << e.n1 << " − " << e.x2 << "/" << e.n2;
        EXPECT_DOUBLE_EQ(d->value, e.x1 / e.n1 - e.x2 / e.n2);
        EXPECT_NEAR(d->interval.lower, e.lower, kPrinted) << e.x1 << "/" << e.n1 << " − " << e.x2 << "/" << e.n2;
        EXPECT_NEAR(d->interval.upper, e.upper, kPrinted) << e.x1 << "/" << e.n1 << " − " << e.x2 << "/" << e.n2;
    }
}

TEST(NewcombeHybrid, a_group_with_a_denominator_of_zero_gives_no_difference)
{
    EXPECT_FALSE(proportionDifference(0, 0, 3, 10));
    EXPECT_FALSE(proportionDifference(3, 10, 0, 0));
}

// The Katz log interval worked by hand: 15/100 against 10/100, RR = 1.5,
// se = √(1/15 − 1/100 + 1/10 − 1/100) = 0.382971…, 1.5·exp(±1.959964·se).
TEST(KatzLog, matches_the_formula_worked_by_hand)
{
    const auto r = proportionRatio(15, 100, 10, 100);
    ASSERT_TRUE(r);
    EXPECT_DOUBLE_EQ(r->value, 1.5);
    EXPECT_NEAR(r->interval.lower, 0.708118411, 1e-8);
    EXPECT_NEAR(r->interval.upper, 3.177434683, 1e-8);
    EXPECT_FALSE(r->corrected);
}

TEST(KatzLog, adds_a_half_to_each_cell_only_when_a_cell_is_zero_and_says_so)
{
    // 0/20 against 5/25: the cells become 0.5, 20.5, 5.5, 20.5.
    const auto r = proportionRatio(0, 20, 5, 25);
    ASSERT_TRUE(r);
    EXPECT_TRUE(r->corrected);
    EXPECT_NEAR(r->value, (0.5 / 21) / (5.5 / 26), 1e-12);
    EXPECT_NEAR(r->interval.lower, 0.006593342, 1e-8);
    EXPECT_NEAR(r->interval.upper, 1.921397058, 1e-8);
    // n of n is a zero cell too (no one without the outcome).
    EXPECT_TRUE(proportionRatio(20, 20, 5, 25)->corrected);
    EXPECT_FALSE(proportionRatio(19, 20, 5, 25)->corrected);
}

TEST(KatzLog, two_zero_rates_or_a_zero_denominator_give_no_ratio)
{
    EXPECT_FALSE(proportionRatio(0, 20, 0, 30));
    EXPECT_FALSE(proportionRatio(3, 0, 5, 30));
}

TEST(PoissonRates, the_score_interval_of_a_rate_solves_the_score_equation)
{
    const auto interval = poissonScore(10, 1000);
    ASSERT_TRUE(interval);
    EXPECT_NEAR(interval->lower, 0.005431986, 1e-9);
    EXPECT_NEAR(interval->upper, 0.018409473, 1e-9);
    // Each limit λ satisfies (x − λt)² = z²·λt.
    for (double lambda : {interval->lower, interval->upper})
        EXPECT_NEAR(std::pow(10 - lambda * 1000, 2), kZ95 * kZ95 * lambda * 1000, 1e-9);
    EXPECT_EQ(poissonScore(0, 500)->lower, 0.0);
    EXPECT_FALSE(poissonScore(3, 0));
}

TEST(PoissonRates, difference_uses_the_normal_approximation_and_ratio_the_log_interval)
{
    const auto d = rateDifference(30, 2000, 12, 1500);
    ASSERT_TRUE(d);
    EXPECT_NEAR(d->value, 0.007, 1e-12);
    EXPECT_NEAR(d->interval.lower, -2.13048311721e-05, 1e-12);
    EXPECT_NEAR(d->interval.upper, 0.014021304831, 1e-12);
    const auto r = rateRatio(30, 2000, 12, 1500);
    ASSERT_TRUE(r);
    EXPECT_DOUBLE_EQ(r->value, 1.875);
    EXPECT_NEAR(r->interval.lower, 0.959976486, 1e-8);
    EXPECT_NEAR(r->interval.upper, 3.662199078, 1e-8);
    EXPECT_TRUE(rateRatio(0, 2000, 12, 1500)->corrected);
    EXPECT_FALSE(rateRatio(0, 2000, 0, 1500));
}

TEST(SmallNumbers, a_count_from_one_to_the_minimum_less_one_is_small_and_zero_is_not)
{
    EXPECT_FALSE(isSmallCount(0, 11));
    EXPECT_TRUE(isSmallCount(1, 11));
    EXPECT_TRUE(isSmallCount(10, 11));
    EXPECT_FALSE(isSmallCount(11, 11));
    EXPECT_FALSE(isSmallCount(5, 0)) << "a minimum of 0 turns suppression off";
    EXPECT_FALSE(isSmallCount(1, 1));
}

// ---- The builder ------------------------------------------------------------------------------

namespace {

Stratum group(const char* name, int position)
{
    Stratum s;
    s.meta.id = QUuid::createUuidV5(QUuid(), QString::fromLatin1(name));
    s.dimension = QStringLiteral("Race/ethnicity");
    s.name = QString::fromLatin1(name);
    s.position = position;
    return s;
}

class DisparityBuilder : public ::testing::Test {
protected:
    DisparityBuilder()
    {
        input.measure.name = QStringLiteral("Children reunified within 12 months of entry");
        input.measure.dataKind = DataKind::Proportion;
        input.measure.stratified = true;
        input.dimension = QStringLiteral("Race/ethnicity");
        input.groups = {group("Black", 0), group("White", 1), group("Asian", 2)};
        input.minCell = 0;
    }
    void add(int g, const QDate& month, double x, double n)
    {
        input.counts.push_back({input.groups[static_cast<std::size_t>(g)].meta.id, month, x, n});
        if (!input.firstMonth.isValid() || month < input.firstMonth)
            input.firstMonth = month;
        if (!input.lastMonth.isValid() || month > input.lastMonth)
            input.lastMonth = month;
    }
    // A gap series: group 0 at `x0`/100 against group 1 at 50/100, one window per value, monthly.
    void gapSeries(const std::vector<double>& x0)
    {
        input.window = Window::Month;
        for (std::size_t i = 0; i < x0.size(); ++i) {
            const QDate month = QDate(2024, 1, 1).addMonths(static_cast<int>(i));
            add(0, month, x0[i], 100);
            add(1, month, 50, 100);
        }
        input.groups.resize(2);
    }
    DisparityInput input;
};

} // namespace

TEST_F(DisparityBuilder, windows_pool_their_months_and_are_labelled_as_the_contract_says)
{
    add(0, QDate(2025, 7, 1), 3, 10);
    add(0, QDate(2025, 9, 1), 4, 10);
    add(0, QDate(2025, 10, 1), 5, 12);
    add(1, QDate(2025, 7, 1), 6, 10);
    input.window = Window::Quarter;
    const Disparity d = buildDisparity(input);
    ASSERT_EQ(d.groups.size(), 3u);
    const auto& black = d.groups[0].periods;
    ASSERT_EQ(black.size(), 2u);
    EXPECT_EQ(black[0].label, QStringLiteral("2025-Q3"));
    EXPECT_EQ(black[0].numerator, 7.0);
    EXPECT_EQ(black[0].denominator, 20.0);
    EXPECT_EQ(black[1].label, QStringLiteral("2025-Q4"));
    EXPECT_EQ(windowLabel(QDate(2025, 7, 1), Window::Half), QStringLiteral("2025-H2"));
    EXPECT_EQ(windowLabel(QDate(2025, 1, 1), Window::Year), QStringLiteral("2025"));
    EXPECT_EQ(windowLabel(QDate(2025, 3, 1), Window::Month), QStringLiteral("2025-03"));
    EXPECT_EQ(windowStart(QDate(2025, 8, 14), Window::Half), QDate(2025, 7, 1));
}

TEST_F(DisparityBuilder, the_rest_pools_the_other_groups_and_the_total_every_group)
{
    const QDate m(2025, 1, 1);
    add(0, m, 30, 100);
    add(1, m, 60, 100);
    add(2, m, 20, 50);
    input.window = Window::Month;
    Disparity rest = buildDisparity(input);
    const DisparityPeriod& b = rest.groups[0].periods[0];
    EXPECT_EQ(rest.referenceName, QStringLiteral("rest"));
    EXPECT_EQ(b.refNumerator, 80.0);
    EXPECT_EQ(b.refDenominator, 150.0);
    EXPECT_DOUBLE_EQ(*b.difference, 0.30 - 80.0 / 150.0);
    const auto expected = proportionDifference(30, 100, 80, 150);
    EXPECT_DOUBLE_EQ(*b.differenceLcl, expected->interval.lower);
    EXPECT_DOUBLE_EQ(*b.differenceUcl, expected->interval.upper);

    input.reference = ReferenceKind::Total;
    const Disparity total = buildDisparity(input);
    EXPECT_EQ(total.groups[0].periods[0].refDenominator, 250.0);
    EXPECT_EQ(total.referenceName, QStringLiteral("total"));

    input.reference = ReferenceKind::Group;
    input.referenceGroup = input.groups[1].meta.id;
    const Disparity white = buildDisparity(input);
    EXPECT_EQ(white.referenceName, QStringLiteral("White"));
    EXPECT_EQ(white.groups[0].periods[0].refNumerator, 60.0);
    EXPECT_TRUE(white.groups[1].isReference);
    EXPECT_EQ(white.groups[1].periods[0].difference, 0.0) << "the reference group against itself";
    EXPECT_EQ(white.groups[1].periods[0].ratio, 1.0);
    EXPECT_FALSE(white.groups[1].periods[0].differenceLcl);
}

TEST_F(DisparityBuilder, a_group_with_a_denominator_of_zero_has_nothing_computed_and_says_so)
{
    const QDate m(2025, 1, 1);
    add(0, m, 0, 0);
    add(1, m, 60, 100);
    input.window = Window::Month;
    const Disparity d = buildDisparity(input);
    const DisparityPeriod& p = d.groups[0].periods[0];
    EXPECT_EQ(p.numerator, 0.0);
    EXPECT_EQ(p.denominator, 0.0);
    EXPECT_FALSE(p.rate);
    EXPECT_FALSE(p.rateLcl);
    EXPECT_FALSE(p.difference);
    EXPECT_FALSE(p.ratio);
    EXPECT_EQ(d.groups[0].gap.points, 0);
    EXPECT_EQ(gapSentence(d.groups[0], d.window), QStringLiteral("no gap to read: no months with data for both"));
    // A group with nothing entered at all: no counts either.
    EXPECT_FALSE(d.groups[2].periods[0].numerator);
}

TEST_F(DisparityBuilder, small_numbers_are_marked_and_suppressed_only_on_the_way_out)
{
    const QDate m(2025, 1, 1);
    add(0, m, 4, 30);
    add(1, m, 60, 100);
    add(2, m, 0, 0);
    input.window = Window::Month;
    input.minCell = 11;
    const Disparity onScreen = buildDisparity(input);
    EXPECT_TRUE(onScreen.groups[0].periods[0].small);
    EXPECT_FALSE(onScreen.groups[0].periods[0].suppressed);
    EXPECT_TRUE(onScreen.groups[0].periods[0].rateLcl) << "its interval is still drawn on screen";
    EXPECT_FALSE(onScreen.groups[1].periods[0].small);
    EXPECT_FALSE(onScreen.groups[2].periods[0].small) << "0 of 0 names no child";

    const Disparity out = suppressSmall(onScreen);
    const DisparityPeriod& p = out.groups[0].periods[0];
    EXPECT_TRUE(p.suppressed);
    EXPECT_FALSE(p.numerator || p.denominator || p.rate || p.rateLcl || p.rateUcl || p.difference || p.differenceLcl ||
                 p.differenceUcl || p.ratio || p.ratioLcl || p.ratioUcl);
    EXPECT_FALSE(out.groups[1].periods[0].suppressed);
    EXPECT_EQ(out.groups[1].periods[0].numerator, 60.0);
    EXPECT_EQ(out.groups[0].gap.points, onScreen.groups[0].gap.points) << "the gap is read on the real counts";

    input.minCell = 0;
    EXPECT_FALSE(suppressSmall(buildDisparity(input)).groups[0].periods[0].suppressed);
}

TEST_F(DisparityBuilder, a_reference_of_small_numbers_is_blanked_with_what_would_give_it_away)
{
    const QDate m(2025, 1, 1);
    add(0, m, 20, 40);
    add(1, m, 3, 8);
    input.groups.resize(2);
    input.window = Window::Month;
    input.minCell = 11;
    const Disparity out = suppressSmall(buildDisparity(input));
    const DisparityPeriod& p = out.groups[0].periods[0];
    EXPECT_FALSE(p.suppressed) << "the group's own counts are not small";
    EXPECT_EQ(p.numerator, 20.0);
    EXPECT_FALSE(p.refNumerator || p.refDenominator || p.refRate || p.difference || p.ratio);
}

TEST_F(DisparityBuilder, a_gap_that_moves_towards_zero_in_a_shift_is_narrowing)
{
    // 10 months at 20–30 points below, then 8 months at 5–9 below: a shift above the median,
    // towards zero.
    gapSeries({22, 28, 25, 21, 27, 24, 26, 23, 29, 22, 43, 45, 41, 44, 42, 45, 43, 44});
    const Disparity d = buildDisparity(input);
    const GapReading& gap = d.groups[0].gap;
    EXPECT_TRUE(gap.shift);
    EXPECT_EQ(gap.signal, GapSignal::Shift);
    EXPECT_EQ(gap.direction, GapDirection::Narrowing);
    EXPECT_EQ(d.groups[0].periods[static_cast<std::size_t>(gap.signalFirst)].label, QStringLiteral("2024-11"));
    EXPECT_EQ(gapSentence(d.groups[0], d.window), QStringLiteral("gap narrowing since 2024-11: shift of 8 months"));
}

TEST_F(DisparityBuilder, a_gap_that_moves_away_from_zero_is_widening_whichever_its_sign)
{
    // The group starts 2–6 points above and ends 15–20 above: away from zero, though upwards.
    gapSeries({53, 56, 52, 55, 54, 53, 56, 52, 55, 54, 67, 69, 70, 66, 68, 65, 69, 67});
    const GapReading gap = buildDisparity(input).groups[0].gap;
    EXPECT_TRUE(gap.shift);
    EXPECT_EQ(gap.direction, GapDirection::Widening);
}

TEST_F(DisparityBuilder, a_shift_at_the_start_is_read_as_where_the_gap_stood_not_where_it_went)
{
    // Six months about 25 points below, then eight noisy months about 12 below: only the first six
    // are a shift (the later ones cross the median); the gap went from 25 to 12, so it narrowed.
    gapSeries({25, 24, 26, 23, 25, 24, 40, 34, 41, 33, 42, 35, 43, 36});
    const Disparity d = buildDisparity(input);
    const GapReading& gap = d.groups[0].gap;
    ASSERT_EQ(gap.signal, GapSignal::Shift);
    EXPECT_EQ(gap.signalFirst, 0);
    EXPECT_EQ(gap.direction, GapDirection::Narrowing);
    EXPECT_EQ(gapSentence(d.groups[0], d.window), QStringLiteral("gap narrowing since 2024-07, after a shift of 6 months"));
}

TEST_F(DisparityBuilder, a_rise_right_after_a_fall_is_a_trend_of_its_own)
{
    // Down 5 (away from zero), then straight up 5: the latest trend is the rise alone.
    gapSeries({40, 40, 40, 40, 40, 38, 35, 32, 29, 26, 29, 32, 35, 38, 41});
    const Disparity d = buildDisparity(input);
    ASSERT_EQ(d.groups[0].gap.signal, GapSignal::Trend);
    EXPECT_EQ(d.groups[0].periods[std::size_t(d.groups[0].gap.signalFirst)].label, QStringLiteral("2024-10"));
    EXPECT_EQ(d.groups[0].gap.direction, GapDirection::Narrowing);
}

TEST_F(DisparityBuilder, a_window_with_a_suppressed_group_hides_every_pooled_reference)
{
    // Black (4 of 9) is suppressed; White's "rest" is Black plus Asian, and the total is all three:
    // either, with the groups shown, would give Black's counts back by subtraction.
    const QDate m(2025, 1, 1);
    add(0, m, 4, 9);
    add(1, m, 60, 100);
    add(2, m, 20, 50);
    input.window = Window::Month;
    input.minCell = 11;
    for (ReferenceKind kind : {ReferenceKind::Rest, ReferenceKind::Total}) {
        input.reference = kind;
        const Disparity out = suppressSmall(buildDisparity(input));
        for (const DisparityGroup& g : out.groups) {
            const DisparityPeriod& p = g.periods[0];
            EXPECT_FALSE(p.refNumerator || p.refDenominator || p.refRate || p.difference || p.ratio)
                << g.stratum.name.toStdString();
        }
        EXPECT_EQ(out.groups[1].periods[0].numerator, 60.0) << "a group's own counts still show";
    }
    // A named reference pools nobody: White against Asian stays.
    input.reference = ReferenceKind::Group;
    input.referenceGroup = input.groups[2].meta.id;
    const Disparity named = suppressSmall(buildDisparity(input));
    EXPECT_EQ(named.groups[1].periods[0].refNumerator, 20.0);
    EXPECT_TRUE(named.groups[1].periods[0].difference.has_value());
}

TEST_F(DisparityBuilder, a_trend_towards_zero_is_narrowing)
{
    gapSeries({30, 31, 29, 30, 31, 30, 29, 30, 31, 33, 36, 39, 42});
    const Disparity d = buildDisparity(input);
    EXPECT_TRUE(d.groups[0].gap.trend);
    EXPECT_EQ(d.groups[0].gap.signal, GapSignal::Trend);
    EXPECT_EQ(d.groups[0].gap.direction, GapDirection::Narrowing);
}

TEST_F(DisparityBuilder, a_trend_that_crosses_zero_is_not_called_narrowing)
{
    // From 10 points above to 5 below in a steady fall: the gap closed and reopened the other way.
    gapSeries({60, 60, 61, 59, 60, 58, 55, 52, 49, 45});
    const Disparity d = buildDisparity(input);
    ASSERT_EQ(d.groups[0].gap.signal, GapSignal::Trend);
    EXPECT_EQ(d.groups[0].gap.direction, GapDirection::None);
    EXPECT_TRUE(gapSentence(d.groups[0], d.window).startsWith(QStringLiteral("gap crossed zero since ")));
}

TEST_F(DisparityBuilder, ties_on_the_median_neither_make_nor_break_a_shift)
{
    // The median of the gap is −0.20 (eleven points of 30/100 against 50/100); those points are on
    // the line and count for nothing; five points above it are not a shift of six.
    gapSeries({30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 35, 36, 37, 35, 36, 10, 12, 11});
    const Disparity d = buildDisparity(input);
    EXPECT_DOUBLE_EQ(d.groups[0].gap.centre, -0.2);
    EXPECT_FALSE(d.groups[0].gap.shift);
    EXPECT_EQ(d.groups[0].gap.direction, GapDirection::None);
    EXPECT_EQ(gapSentence(d.groups[0], d.window), QStringLiteral("no signal"));
    // A sixth point above, after a tie, completes the shift: the tie does not break it.
    input.counts.clear();
    input.firstMonth = input.lastMonth = {};
    gapSeries({30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 35, 36, 37, 30, 35, 36, 37, 10});
    EXPECT_TRUE(buildDisparity(input).groups[0].gap.shift);
}

TEST_F(DisparityBuilder, the_anhoej_rules_read_an_unusually_long_run_as_the_shift)
{
    gapSeries({22, 28, 25, 21, 27, 24, 26, 23, 29, 22, 43, 45, 41, 44, 42, 45, 43, 44});
    input.rules = analysis::RuleSet::Anhoej;
    const GapReading gap = buildDisparity(input).groups[0].gap;
    EXPECT_EQ(gap.rules, analysis::RuleSet::Anhoej);
    EXPECT_TRUE(gap.shift) << "two runs of 8, over the limit of 7 for 18 points; the later one is read";
    EXPECT_FALSE(gap.trend);
    EXPECT_EQ(gap.direction, GapDirection::Narrowing);
    EXPECT_EQ(gapRules(analysis::RuleSet::Nhs), analysis::RuleSet::Anhoej);
}

TEST_F(DisparityBuilder, the_gap_median_is_frozen_on_the_measures_baseline_period)
{
    // Four baseline months about 30 points below, then six about 10 below. The median of all ten
    // falls among the later six, so there is no shift; frozen on the baseline, the six are one.
    gapSeries({20, 21, 19, 20, 40, 41, 39, 40, 41, 39});
    EXPECT_FALSE(buildDisparity(input).groups[0].gap.shift);
    input.measure.baselineStart = QDate(2024, 1, 1);
    input.measure.baselineEnd = QDate(2024, 4, 1);
    const Disparity d = buildDisparity(input);
    EXPECT_TRUE(d.groups[0].gap.shift);
    EXPECT_DOUBLE_EQ(d.groups[0].gap.centre, -0.3);
    EXPECT_EQ(gapSentence(d.groups[0], d.window), QStringLiteral("gap narrowing since 2024-05: shift of 6 months"));
}

TEST(SmallStrata, a_measure_charts_exported_strata_lose_their_small_numbers_and_keep_the_rest)
{
    analysis::MeasureChartInput in;
    in.measure.dataKind = DataKind::Proportion;
    in.measure.stratified = true;
    Stratum black = group("Black", 0);
    in.strata = {black};
    const double counts[][2] = {{3, 8}, {20, 40}, {0, 12}, {12, 30}};
    for (int m = 0; m < 4; ++m) {
        MeasureValue total, part;
        total.period = part.period = QDate(2025, 1 + m, 1);
        total.numerator = 50;
        total.denominator = 100;
        part.stratumId = black.meta.id;
        part.numerator = counts[m][0];
        part.denominator = counts[m][1];
        in.values.push_back(total);
        in.values.push_back(part);
    }
    analysis::MeasureChart chart = analysis::buildMeasureChart(in);
    ASSERT_EQ(chart.strata.size(), 1u);
    EXPECT_EQ(suppressSmallStrata(chart, 11), 1) << "3 of 8 only: 0 of 12 names no child";
    EXPECT_TRUE(std::isnan(chart.strata[0].points[0].value));
    EXPECT_TRUE(std::isnan(chart.strata[0].points[0].numerator));
    EXPECT_DOUBLE_EQ(chart.strata[0].points[1].value, 50.0);
    EXPECT_DOUBLE_EQ(chart.total.points[0].value, 50.0) << "the total is left as it is";
    EXPECT_EQ(suppressSmallStrata(chart, 0), 0);
}

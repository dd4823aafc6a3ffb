// SPDX-License-Identifier: Apache-2.0
// The chart of a team's measure (core/analysis/measurechart.h): values become engine input by
// data kind, the team's setting becomes engine options, and rules, phases and markers come out in
// a plain struct the chart view draws.

#include "analysis/measurechart.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace pdsa;
using namespace pdsa::analysis;

namespace {

const QUuid kTeam = QUuid::createUuid();
const QUuid kMeasure = QUuid::createUuid();

MeasureChartInput proportionInput(const std::vector<std::pair<double, double>>& pairs)
{
    MeasureChartInput input;
    input.measure.meta.id = kMeasure;
    input.measure.dataKind = DataKind::Proportion;
    input.setting.teamId = kTeam;
    input.setting.measureId = kMeasure;
    QDate period(2024, 1, 1);
    for (const auto& [num, den] : pairs) {
        MeasureValue value;
        value.teamId = kTeam;
        value.measureId = kMeasure;
        value.period = period;
        value.numerator = num;
        value.denominator = den;
        input.values.push_back(value);
        period = period.addMonths(1);
    }
    return input;
}

MeasureChartInput countInput(const std::vector<double>& counts)
{
    MeasureChartInput input;
    input.measure.meta.id = kMeasure;
    input.measure.dataKind = DataKind::Count;
    QDate period(2024, 1, 1);
    for (double count : counts) {
        MeasureValue value;
        value.period = period;
        value.value = count;
        input.values.push_back(value);
        period = period.addMonths(1);
    }
    return input;
}

} // namespace

TEST(MeasureChart, proportions_are_plotted_as_percentages_on_a_run_chart)
{
    const auto chart = buildMeasureChart(proportionInput({{1, 4}, {2, 4}, {3, 4}, {1, 2}}));
    EXPECT_EQ(chart.type, ChartType::Run);
    EXPECT_EQ(chart.unit, QStringLiteral("%"));
    ASSERT_EQ(chart.total.points.size(), 4u);
    EXPECT_DOUBLE_EQ(chart.total.points[0].value, 25.0);
    EXPECT_DOUBLE_EQ(chart.total.chart.y[0], 25.0);
    EXPECT_DOUBLE_EQ(chart.total.chart.cl[0], 50.0); // median of 25, 50, 75, 50
    EXPECT_DOUBLE_EQ(chart.total.points[0].numerator, 1.0);
    EXPECT_DOUBLE_EQ(chart.total.points[0].denominator, 4.0);
}

TEST(MeasureChart, p_chart_limits_step_with_the_denominator)
{
    auto input = proportionInput({{10, 100}, {20, 200}, {10, 100}, {5, 50}});
    input.setting.chartType = ChartType::P;
    const auto chart = buildMeasureChart(input);
    ASSERT_EQ(chart.type, ChartType::P);
    EXPECT_DOUBLE_EQ(chart.total.chart.cl[0], 10.0);
    EXPECT_GT(chart.total.chart.ucl[3], chart.total.chart.ucl[1]); // smaller n, wider limits
}

TEST(MeasureChart, a_chart_type_that_does_not_fit_the_data_kind_falls_back_with_a_warning)
{
    auto input = proportionInput({{1, 4}, {2, 4}});
    input.setting.chartType = ChartType::C;
    const auto chart = buildMeasureChart(input);
    EXPECT_EQ(chart.type, ChartType::Run);
    EXPECT_FALSE(chart.warning.isEmpty());
}

TEST(MeasureChart, phase_starts_split_the_series_into_parts_with_their_own_centre_lines)
{
    auto input = countInput({1, 2, 1, 2, 1, 10, 11, 10, 11});
    input.setting.phaseStarts = {QDate(2024, 6, 1)};
    const auto chart = buildMeasureChart(input);
    ASSERT_EQ(chart.phaseStarts.size(), 1u);
    EXPECT_EQ(chart.phaseStarts[0], 5);
    EXPECT_EQ(chart.total.chart.part[4], 1);
    EXPECT_EQ(chart.total.chart.part[5], 2);
    EXPECT_DOUBLE_EQ(chart.total.chart.cl[0], 1.0);
    EXPECT_DOUBLE_EQ(chart.total.chart.cl[8], 10.5);
}

TEST(MeasureChart, a_phase_start_outside_the_data_is_ignored)
{
    auto input = countInput({1, 2, 3});
    input.setting.phaseStarts = {QDate(2023, 1, 1), QDate(2030, 1, 1)};
    EXPECT_TRUE(buildMeasureChart(input).phaseStarts.empty());
}

TEST(MeasureChart, excluded_values_are_left_out_of_the_centre_line_but_still_drawn)
{
    auto input = countInput({1, 1, 100, 1, 1});
    input.values[2].excluded = true;
    input.values[2].astronomical = true;
    const auto chart = buildMeasureChart(input);
    EXPECT_DOUBLE_EQ(chart.total.chart.cl[0], 1.0);
    EXPECT_TRUE(chart.total.points[2].excluded);
    EXPECT_TRUE(chart.total.points[2].astronomical);
    EXPECT_FALSE(chart.total.chart.include[2]);
    EXPECT_DOUBLE_EQ(chart.total.points[2].value, 100.0);
}

TEST(MeasureChart, the_baseline_freezes_the_centre_line)
{
    auto input = countInput({1, 1, 1, 1, 9, 9, 9, 9});
    input.setting.baselinePoints = 4;
    const auto chart = buildMeasureChart(input);
    EXPECT_EQ(chart.freeze, 4);
    EXPECT_DOUBLE_EQ(chart.total.chart.cl[7], 1.0);
}

TEST(MeasureChart, a_fixed_centre_is_given_in_the_plotted_unit)
{
    auto input = proportionInput({{1, 4}, {2, 4}, {3, 4}});
    input.setting.fixedCentre = 40.0;
    const auto chart = buildMeasureChart(input);
    EXPECT_NEAR(chart.total.chart.cl[0], 40.0, 1e-9);
}

TEST(MeasureChart, an_ihi_shift_is_named_per_point)
{
    const auto chart = buildMeasureChart(countInput({1, 2, 1, 2, 9, 9, 9, 9, 9, 9, 1, 2}));
    EXPECT_EQ(chart.rules, RuleSet::Ihi);
    EXPECT_FALSE(chart.total.points[0].signal());
    EXPECT_TRUE(chart.total.points[5].rules & RuleShift);
    EXPECT_EQ(ruleLabel(RuleShift, RuleSet::Ihi, ChartType::Run),
              QStringLiteral("Shift (6+ points on one side of the median)"));
}

TEST(MeasureChart, a_point_beyond_the_limit_of_a_c_chart_is_flagged)
{
    auto input = countInput({5, 6, 5, 4, 5, 6, 5, 4, 5, 30, 5, 6});
    input.setting.chartType = ChartType::C;
    input.setting.ruleSet = RuleSet::Anhoej;
    const auto chart = buildMeasureChart(input);
    EXPECT_TRUE(chart.total.points[9].rules & RuleBeyondLimit);
    EXPECT_FALSE(chart.total.points[0].rules & RuleBeyondLimit);
}

TEST(MeasureChart, nhs_rules_on_a_run_chart_fall_back_to_the_run_chart_default)
{
    auto input = countInput({1, 2, 3});
    input.setting.ruleSet = RuleSet::Nhs;
    EXPECT_EQ(buildMeasureChart(input).rules, RuleSet::Ihi);
}

TEST(MeasureChart, linked_cycles_and_annotations_become_dated_markers_in_date_order)
{
    auto input = countInput({1, 2, 3});
    PdsaCycle linked;
    linked.meta.id = QUuid::createUuid();
    linked.title = QStringLiteral("Call families");
    linked.startDate = QDate(2024, 3, 5);
    linked.measureIds = {kMeasure};
    PdsaCycle other = linked;
    other.measureIds.clear();
    input.cycles = {linked, other};
    ChartAnnotation note;
    note.meta.id = QUuid::createUuid();
    note.date = QDate(2024, 2, 1);
    note.text = QStringLiteral("New intake form");
    input.annotations = {note};
    const auto chart = buildMeasureChart(input);
    ASSERT_EQ(chart.markers.size(), 2u);
    EXPECT_EQ(chart.markers[0].kind, MeasureChartMarker::Kind::Annotation);
    EXPECT_EQ(chart.markers[1].kind, MeasureChartMarker::Kind::Cycle);
    EXPECT_EQ(chart.markers[1].id, linked.meta.id);
    EXPECT_EQ(chart.markers[1].title, QStringLiteral("Call families"));
}

TEST(MeasureChart, stratified_measures_get_one_series_per_stratum)
{
    auto input = countInput({3, 4});
    input.measure.stratified = true;
    Stratum a;
    a.meta.id = QUuid::createUuid();
    a.name = QStringLiteral("Under 1");
    input.strata = {a};
    MeasureValue v;
    v.period = QDate(2024, 1, 1);
    v.stratumId = a.meta.id;
    v.value = 1;
    input.values.push_back(v);
    const auto chart = buildMeasureChart(input);
    ASSERT_EQ(chart.strata.size(), 1u);
    EXPECT_EQ(chart.strata[0].label, QStringLiteral("Under 1"));
    EXPECT_EQ(chart.total.points.size(), 2u);
}

TEST(MeasureChart, chart_types_fit_the_data_kind)
{
    const auto types = chartTypesFor(DataKind::Rate);
    EXPECT_EQ(types.front(), ChartType::Run);
    EXPECT_NE(std::find(types.begin(), types.end(), ChartType::U), types.end());
    EXPECT_EQ(std::find(types.begin(), types.end(), ChartType::P), types.end());
}

TEST(MeasureChart, an_anhoej_runs_signal_belongs_to_the_part_not_to_points)
{
    auto input = countInput({1, 2, 1, 2, 1, 2, 1, 2, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9});
    input.setting.chartType = ChartType::C;
    input.setting.ruleSet = RuleSet::Anhoej;
    const auto chart = buildMeasureChart(input);
    ASSERT_EQ(chart.total.chart.parts.size(), 1u);
    EXPECT_TRUE(chart.total.chart.parts[0].runsSignal);
    for (const auto& point : chart.total.points)
        EXPECT_FALSE(point.rules & RuleShift);
}

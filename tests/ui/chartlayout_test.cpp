// SPDX-License-Identifier: Apache-2.0
// The chart's layout step on its own, without a window: axis ranges and ticks, thinning of long
// lines, which point sets, limits, dividers and labels a chart gets, and their colours by meaning.
#include "analysis/measurechart.h"
#include "charts/chartlayout.h"

#include <QLocale>

#include <gtest/gtest.h>

#include <algorithm>

using namespace pdsa;
using namespace pdsa::ui;

namespace {

// A count measure drawn as a C chart: `values` monthly from January 2023 (or weekly).
analysis::MeasureChart countChart(const std::vector<double>& values,
                                  Frequency frequency = Frequency::Monthly) {
    analysis::MeasureChartInput in;
    in.measure.name = QStringLiteral("Falls");
    in.measure.dataKind = DataKind::Count;
    in.measure.frequency = frequency;
    in.setting.chartType = analysis::ChartType::C;
    for (std::size_t i = 0; i < values.size(); ++i) {
        MeasureValue value;
        value.period = frequency == Frequency::Weekly ? QDate(2023, 1, 2).addDays(7 * qint64(i))
                                                      : QDate(2023, 1, 1).addMonths(int(i));
        value.value = values[i];
        in.values.push_back(value);
    }
    return analysis::buildMeasureChart(in);
}

std::vector<const PlannedSeries*> seriesOf(const ChartPlan& plan, SeriesRole role) {
    std::vector<const PlannedSeries*> found;
    for (const PlannedSeries& s : plan.series)
        if (s.role == role)
            found.push_back(&s);
    return found;
}

ChartPlanOptions options(int columns = 1024) {
    ChartPlanOptions o;
    o.columns = columns;
    o.today = QDate(2024, 6, 1);
    return o;
}

} // namespace

TEST(ChartLayout, ticks_cover_the_data_range_with_month_labels) {
    const analysis::MeasureChart chart = countChart(std::vector<double>(24, 5));
    const ChartPlan plan = planChart(chart, options());
    // 24 months, at most 12 labels: every second month, from the first.
    ASSERT_EQ(plan.xTicks.size(), 12u);
    EXPECT_EQ(plan.xTicks.front().label, QLocale().toString(QDate(2023, 1, 1), QStringLiteral("MMM yy")));
    EXPECT_EQ(plan.xTicks.front().x, chartX(QDate(2023, 1, 1)));
    EXPECT_EQ(plan.xTicks[1].x, chartX(QDate(2023, 3, 1)));
    EXPECT_EQ(plan.xTicks.back().x, chartX(QDate(2024, 11, 1)));
    // Half a month's margin either side of the first and last period.
    const qreal halfMonth = 30.4 * 86400000.0 / 2;
    EXPECT_DOUBLE_EQ(plan.xMin, chartX(QDate(2023, 1, 1)) - halfMonth);
    EXPECT_DOUBLE_EQ(plan.xMax, chartX(QDate(2024, 12, 1)) + halfMonth);
}

TEST(ChartLayout, weekly_ticks_name_the_day_and_compact_charts_have_half_as_many) {
    const analysis::MeasureChart chart = countChart(std::vector<double>(24, 5), Frequency::Weekly);
    ChartPlanOptions compact = options();
    compact.compact = true;
    const ChartPlan plan = planChart(chart, compact);
    ASSERT_EQ(plan.xTicks.size(), 6u); // every fourth week
    EXPECT_EQ(plan.xTicks[1].label, QLocale().toString(QDate(2023, 1, 30), QStringLiteral("d MMM yy")));
    EXPECT_FALSE(plan.legendVisible);
    EXPECT_DOUBLE_EQ(plan.xMax - plan.xMin,
                     chartX(QDate(2023, 6, 12)) - chartX(QDate(2023, 1, 2)) + 7 * 86400000.0);
}

TEST(ChartLayout, nice_numbers_widen_the_range_to_round_steps) {
    double lo = 3.2, hi = 17.9;
    int ticks = 5;
    niceAxisRange(lo, hi, ticks);
    EXPECT_EQ(lo, 0);
    EXPECT_EQ(hi, 20);
    EXPECT_EQ(ticks, 5);

    lo = 41.3, hi = 58.2, ticks = 5;
    niceAxisRange(lo, hi, ticks); // range 16.9 -> 20, step 5
    EXPECT_EQ(lo, 40);
    EXPECT_EQ(hi, 60);
    EXPECT_EQ(ticks, 5);
}

TEST(ChartLayout, the_y_axis_holds_the_data_the_limits_and_the_goal) {
    analysis::MeasureChart chart = countChart({10, 12, 9, 11, 10, 13, 8, 10, 11, 12, 9, 10});
    chart.goal = 40;
    const ChartPlan plan = planChart(chart, options());
    const double ucl = *std::max_element(chart.total.chart.ucl.begin(), chart.total.chart.ucl.end());
    EXPECT_LE(plan.yMin, 0 + 1e-9); // counts do not go below zero
    EXPECT_GE(plan.yMin, 0);
    EXPECT_GE(plan.yMax, 40);
    EXPECT_GT(plan.yMax, ucl);
    const auto goal = seriesOf(plan, SeriesRole::GoalLine);
    ASSERT_EQ(goal.size(), 1u);
    EXPECT_EQ(goal.front()->points, (QList<QPointF>{{plan.xMin, 40}, {plan.xMax, 40}}));
    EXPECT_EQ(goal.front()->name, QStringLiteral("Goal (40)"));
    EXPECT_TRUE(plan.legendNames().contains(QStringLiteral("Limits (3 sigma)")));
}

TEST(ChartLayout, percentages_end_at_one_hundred) {
    // A proportion chart of `values` (no engine columns: the points' own values are drawn).
    auto proportions = [](const std::vector<double>& values) {
        analysis::MeasureChart chart;
        chart.measure.dataKind = DataKind::Proportion;
        chart.unit = QStringLiteral("%");
        for (std::size_t i = 0; i < values.size(); ++i) {
            analysis::MeasureChartPoint p;
            p.period = QDate(2023, 1, 1).addMonths(int(i));
            p.value = values[i];
            chart.total.points.push_back(p);
        }
        return chart;
    };
    // 60–98.5 %: nice numbers alone would run from 50 to 110.
    const ChartPlan plan = planChart(proportions({60, 65.5, 71, 76.5, 82, 87.5, 93, 98.5}), options());
    EXPECT_EQ(plan.yMin, 50);
    EXPECT_EQ(plan.yMax, 100);
    EXPECT_EQ(plan.yTickCount, 7);
    EXPECT_EQ(plan.yTitle, QStringLiteral("%"));
    // 5–95 %: from 0, so in steps of 20 % (six ticks).
    const ChartPlan whole = planChart(proportions({5, 50, 95}), options());
    EXPECT_EQ(whole.yMin, 0);
    EXPECT_EQ(whole.yMax, 100);
    EXPECT_EQ(whole.yTickCount, 6);
}

TEST(ChartLayout, a_long_series_is_decimated_but_keeps_signal_points) {
    std::vector<double> values;
    for (int i = 0; i < 5000; ++i)
        values.push_back(10 + i % 7);
    values[2500] = 200; // far beyond the limits
    const analysis::MeasureChart chart = countChart(values);
    const ChartPlan plan = planChart(chart, options(256));
    EXPECT_TRUE(plan.decimated);
    const auto data = seriesOf(plan, SeriesRole::DataLine);
    ASSERT_EQ(data.size(), 1u);
    EXPECT_LE(data.front()->points.size(), 4 * 256);
    EXPECT_EQ(data.front()->points.front(), QPointF(chartX(QDate(2023, 1, 1)), 10));
    EXPECT_TRUE(data.front()->points.contains(QPointF(chartX(QDate(2023, 1, 1).addMonths(2500)), 200)))
        << "the highest point of its column is kept";
    // Too many points for a marker each, but the signal is still marked, in red.
    EXPECT_TRUE(seriesOf(plan, SeriesRole::DataPoints).empty());
    const auto signal = seriesOf(plan, SeriesRole::SignalPoints);
    ASSERT_FALSE(signal.empty());
    bool marked = false;
    for (const PlannedSeries* s : signal)
        marked |= s->points.contains(QPointF(chartX(QDate(2023, 1, 1).addMonths(2500)), 200));
    EXPECT_TRUE(marked);
    EXPECT_EQ(signal.front()->color, QColor(0xc6, 0x28, 0x28));
}

TEST(ChartLayout, a_short_series_is_drawn_whole_with_a_marker_per_point) {
    const analysis::MeasureChart chart = countChart({4, 6, 5, 7, 5, 6});
    const ChartPlan plan = planChart(chart, options(256));
    EXPECT_FALSE(plan.decimated);
    const auto points = seriesOf(plan, SeriesRole::DataPoints);
    ASSERT_EQ(points.size(), 1u);
    EXPECT_EQ(points.front()->points.size(), 6);
    EXPECT_FALSE(points.front()->inLegend);
    EXPECT_EQ(points.front()->size, 7);
    EXPECT_EQ(seriesOf(plan, SeriesRole::DataLine).front()->points.size(), 6);
}

TEST(ChartLayout, a_gap_breaks_the_data_line_and_only_one_piece_is_named) {
    analysis::MeasureChart chart = countChart({4, 6, 5, 7, 5, 6});
    chart.total.points[2].value = analysis::kNaN;
    chart.total.chart = {}; // plot the points' own values
    ChartPlanOptions lines = options();
    lines.mode = ChartMode::Lines;
    const ChartPlan plan = planChart(chart, lines);
    const auto data = seriesOf(plan, SeriesRole::DataLine);
    ASSERT_EQ(data.size(), 2u);
    EXPECT_EQ(data[0]->points.size(), 2);
    EXPECT_EQ(data[1]->points.size(), 3);
    EXPECT_TRUE(data[0]->inLegend);
    EXPECT_FALSE(data[1]->inLegend);
    EXPECT_EQ(data[0]->width, 2.5);
}

TEST(ChartLayout, a_phase_change_draws_a_divider_and_a_centre_value_per_phase) {
    analysis::MeasureChartInput in;
    in.measure.dataKind = DataKind::Count;
    in.setting.chartType = analysis::ChartType::C;
    for (int i = 0; i < 16; ++i) {
        MeasureValue value;
        value.period = QDate(2023, 1, 1).addMonths(i);
        value.value = i < 8 ? 10 : 30;
        in.values.push_back(value);
    }
    in.setting.phaseStarts = {QDate(2023, 9, 1)};
    const analysis::MeasureChart chart = analysis::buildMeasureChart(in);
    const ChartPlan plan = planChart(chart, options());
    const auto dividers = seriesOf(plan, SeriesRole::PhaseDivider);
    ASSERT_EQ(dividers.size(), 1u);
    const qreal x = (chartX(QDate(2023, 8, 1)) + chartX(QDate(2023, 9, 1))) / 2;
    EXPECT_EQ(dividers.front()->points, (QList<QPointF>{{x, plan.yMin}, {x, plan.yMax}}));
    EXPECT_TRUE(dividers.front()->inLegend);
    // One centre line per phase, stepped over its points; only the first is in the legend.
    const auto centre = seriesOf(plan, SeriesRole::CentreLine);
    ASSERT_EQ(centre.size(), 2u);
    EXPECT_EQ(centre[0]->points.front().y(), 10);
    EXPECT_EQ(centre[1]->points.front().y(), 30);
    EXPECT_EQ(centre[0]->points.back().x(), x);
    EXPECT_TRUE(centre[0]->inLegend);
    EXPECT_FALSE(centre[1]->inLegend);
    ASSERT_EQ(plan.labels.size(), 2u);
    EXPECT_EQ(plan.labels[0].text, QStringLiteral("10"));
    EXPECT_EQ(plan.labels[1].text, QStringLiteral("30"));
    EXPECT_EQ(plan.labels[1].row, -1);
}

TEST(ChartLayout, nhs_signals_are_orange_and_blue_and_excluded_points_hollow_grey) {
    analysis::MeasureChartInput in;
    in.measure.dataKind = DataKind::Count;
    in.setting.chartType = analysis::ChartType::C;
    in.setting.ruleSet = analysis::RuleSet::Nhs;
    for (int i = 0; i < 20; ++i) {
        MeasureValue value;
        value.period = QDate(2023, 1, 1).addMonths(i);
        value.value = i == 15 ? 100 : 10 + i % 3;
        value.excluded = i == 3;
        in.values.push_back(value);
    }
    const ChartPlan plan = planChart(analysis::buildMeasureChart(in), options());
    const auto excluded = seriesOf(plan, SeriesRole::ExcludedPoints);
    ASSERT_EQ(excluded.size(), 1u);
    EXPECT_EQ(excluded.front()->points.size(), 1);
    EXPECT_EQ(excluded.front()->color, QColor(Qt::white));
    EXPECT_EQ(excluded.front()->border, QColor(0x99, 0x99, 0x99));
    const auto signal = seriesOf(plan, SeriesRole::SignalPoints);
    ASSERT_FALSE(signal.empty());
    for (const PlannedSeries* s : signal) {
        EXPECT_TRUE(s->color == QColor(0xe6, 0x7e, 0x22) || s->color == QColor(0x1f, 0x6f, 0xb4))
            << s->name.toStdString();
        EXPECT_EQ(s->shape, MarkerShape::RotatedRectangle);
    }
}

TEST(ChartLayout, markers_sit_under_the_top_and_a_repeated_title_is_labelled_once) {
    analysis::MeasureChart chart = countChart({4, 6, 5, 7, 5, 6});
    const QString longTitle = QStringLiteral("A very long title for a PDSA cycle on falls");
    chart.markers = {
        {analysis::MeasureChartMarker::Kind::Cycle, QDate(2023, 2, 1), longTitle, {}},
        {analysis::MeasureChartMarker::Kind::Cycle, QDate(2023, 3, 1), longTitle, {}},
        {analysis::MeasureChartMarker::Kind::Annotation, QDate(2023, 4, 1), QStringLiteral("New staff"), {}}};
    const ChartPlan plan = planChart(chart, options());
    const auto cycles = seriesOf(plan, SeriesRole::CycleMarkers);
    const auto notes = seriesOf(plan, SeriesRole::AnnotationMarkers);
    ASSERT_EQ(cycles.size(), 1u);
    ASSERT_EQ(notes.size(), 1u);
    EXPECT_EQ(cycles.front()->points.size(), 2);
    EXPECT_EQ(cycles.front()->points.front().y(), plan.yMax - (plan.yMax - plan.yMin) * 0.015);
    EXPECT_EQ(plan.series.back().role, SeriesRole::AnnotationMarkers) << "markers are drawn on top";

    std::vector<ChartLabel> titles;
    for (const ChartLabel& label : plan.labels)
        if (label.row >= 0)
            titles.push_back(label);
    ASSERT_EQ(titles.size(), 2u);
    EXPECT_EQ(titles[0].text, longTitle.left(27) + QChar(0x2026));
    EXPECT_EQ(titles[0].row, 0);
    EXPECT_EQ(titles[1].text, QStringLiteral("New staff"));
    EXPECT_EQ(titles[1].row, 1);
    EXPECT_TRUE(titles[1].small);

    ChartPlanOptions compact = options();
    compact.compact = true;
    const ChartPlan small = planChart(chart, compact);
    EXPECT_TRUE(seriesOf(small, SeriesRole::CycleMarkers).empty());
    EXPECT_LT(small.yMax, plan.yMax + 1e-9) << "no room kept for markers in small multiples";
}

TEST(ChartLayout, a_stratum_plan_draws_that_stratum_in_its_colour_over_the_totals_range) {
    analysis::MeasureChart chart = countChart({4, 6, 5, 7, 5, 6});
    analysis::MeasureChartSeries ward;
    ward.label = QStringLiteral("Ward B");
    for (int i = 2; i < 4; ++i) {
        analysis::MeasureChartPoint p;
        p.period = QDate(2023, 1, 1).addMonths(i);
        p.value = i;
        ward.points.push_back(p);
    }
    chart.strata = {ward, ward};
    ChartPlanOptions stratum = options();
    stratum.mode = ChartMode::Stratum;
    stratum.stratumIndex = 1;
    const ChartPlan plan = planChart(chart, stratum);
    EXPECT_EQ(&drawnSeries(chart, ChartMode::Stratum, 1), &chart.strata[1]);
    EXPECT_EQ(plan.title, QStringLiteral("Ward B"));
    const auto data = seriesOf(plan, SeriesRole::DataLine);
    ASSERT_EQ(data.size(), 1u);
    EXPECT_EQ(data.front()->points.size(), 2);
    EXPECT_EQ(data.front()->color, QColor(0xd9, 0x5f, 0x02)); // the second stratum's colour
    EXPECT_DOUBLE_EQ(plan.xMin, chartX(QDate(2023, 1, 1)) - 30.4 * 86400000.0 / 2);
}

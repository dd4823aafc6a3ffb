// SPDX-License-Identifier: Apache-2.0
// Chart view benchmark: build the MeasureChart of a 10,000-point proportion series (engine
// included) and draw it with Qt Charts into a 1200 × 700 view (target: < 100 ms).
//   QT_QPA_PLATFORM=offscreen build/release/tests/bench/pdsa_bench_chart

#include "analysis/measurechart.h"
#include "charts/measurechartview.h"

#include <QApplication>
#include <QPixmap>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <benchmark/benchmark.h>

namespace {

pdsa::analysis::MeasureChartInput input(int points, pdsa::analysis::ChartType type)
{
    pdsa::analysis::MeasureChartInput in;
    in.measure.dataKind = pdsa::DataKind::Proportion;
    in.measure.frequency = pdsa::Frequency::Weekly;
    in.setting.chartType = type;
    in.setting.ruleSet = type == pdsa::analysis::ChartType::Run ? pdsa::analysis::RuleSet::Ihi
                                                                : pdsa::analysis::RuleSet::Anhoej;
    QRandomGenerator random(42);
    QDate period(1900, 1, 1);
    for (int i = 0; i < points; ++i) {
        pdsa::MeasureValue value;
        value.period = period.addDays(7 * i);
        value.denominator = 50 + random.bounded(50);
        // A stable process near 30 %: the sum of `denominator` coin flips with p = 0.3.
        int events = 0;
        for (int k = 0; k < int(*value.denominator); ++k)
            events += random.generateDouble() < 0.3 ? 1 : 0;
        value.numerator = events;
        in.values.push_back(value);
    }
    return in;
}

void BM_BuildAndDrawChart(benchmark::State& state)
{
    const auto in = input(static_cast<int>(state.range(0)), static_cast<pdsa::analysis::ChartType>(state.range(1)));
    pdsa::ui::MeasureChartView view;
    view.resize(1200, 700);
    for (auto _ : state) {
        view.draw(pdsa::analysis::buildMeasureChart(in));
        benchmark::DoNotOptimize(view.grab()); // lays out and paints
    }
}
BENCHMARK(BM_BuildAndDrawChart)
    ->Args({10000, int(pdsa::analysis::ChartType::Run)})
    ->Args({10000, int(pdsa::analysis::ChartType::P)})
    ->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

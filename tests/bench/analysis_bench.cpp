// SPDX-License-Identifier: Apache-2.0
// The chart engine on 1,000,000 points, for every chart type and every rule set it takes (the NHS
// rules need limits, so not run or mr charts). Target: under 100 ms per million points.
// BM_Chart is a cold computation into a new result (what a first drawing costs, including the
// kernel mapping the result's memory); BM_ChartRecompute reuses one result (what a view pays when
// an option changes).
//   build/release/tests/bench/pdsa_bench_analysis --benchmark_counters_tabular=true
// The input is built once per chart type, outside the timing: the engine's work starts from the
// aggregated subgroups, as it does when a chart view recomputes.

#include "analysis/spc.h"

#include <benchmark/benchmark.h>

#include <cstdint>
#include <map>
#include <vector>

namespace {

using namespace pdsa::analysis;

constexpr int kPoints = 1'000'000;

// A small deterministic generator (the standard distributions differ between implementations).
class Lcg {
public:
    double uniform() // [0, 1)
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<double>(m_state >> 11) * (1.0 / 9007199254740992.0);
    }

private:
    std::uint64_t m_state = 2024;
};

std::vector<Subgroup> makeData(ChartType type)
{
    Lcg random;
    std::vector<Subgroup> data;
    data.reserve(kPoints);
    for (int i = 0; i < kPoints; ++i) {
        const double level = i % 5000 < 2500 ? 0.0 : 1.0; // shifts, so that the rules find something
        switch (type) {
        case ChartType::Xbar:
        case ChartType::S: {
            std::vector<double> values(5);
            for (double& value : values)
                value = 50.0 + 4.0 * level + 10.0 * random.uniform();
            data.push_back(Subgroup::values(values));
            break;
        }
        case ChartType::P:
        case ChartType::PP: {
            const double n = 100.0 + static_cast<double>(static_cast<int>(100.0 * random.uniform()));
            const double count = static_cast<double>(static_cast<int>(n * (0.2 + 0.05 * level) * 2.0 * random.uniform()));
            data.push_back(Subgroup::ratio(count, n));
            break;
        }
        case ChartType::U:
        case ChartType::UP: {
            const double n = 10.0 + 20.0 * random.uniform();
            data.push_back(Subgroup::ratio(static_cast<double>(static_cast<int>(n * (1.0 + level) * random.uniform())), n));
            break;
        }
        case ChartType::C:
        case ChartType::G:
            data.push_back(Subgroup::value(static_cast<double>(static_cast<int>(20.0 * (1.0 + level) * random.uniform()))));
            break;
        case ChartType::T:
            data.push_back(Subgroup::value(0.5 + 30.0 * (1.0 + level) * random.uniform()));
            break;
        default:
            data.push_back(Subgroup::value(100.0 + 10.0 * level + 20.0 * random.uniform()));
            break;
        }
    }
    return data;
}

const std::vector<Subgroup>& dataFor(ChartType type)
{
    static std::map<ChartType, std::vector<Subgroup>> cache;
    auto it = cache.find(type);
    if (it == cache.end())
        it = cache.emplace(type, makeData(type)).first;
    return it->second;
}

void BM_Chart(benchmark::State& state)
{
    const auto type = static_cast<ChartType>(state.range(0));
    const auto rules = static_cast<RuleSet>(state.range(1));
    const std::vector<Subgroup>& data = dataFor(type);
    ChartOptions options;
    options.type = type;
    options.rules = rules;
    for (auto _ : state) {
        auto result = computeChart(data, options);
        if (!result.ok())
            state.SkipWithError("computeChart failed");
        benchmark::DoNotOptimize(result);
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(data.size()));
    state.SetLabel((pdsa::toText(type) + QLatin1Char('/') + pdsa::toText(rules)).toStdString());
}

// The same charts recomputed into one ChartResult, as a view does when an option changes: its
// columns' memory is reused, so the kernel does not have to map and clear ~70 MB of fresh pages.
void BM_ChartRecompute(benchmark::State& state)
{
    const auto type = static_cast<ChartType>(state.range(0));
    const auto rules = static_cast<RuleSet>(state.range(1));
    const std::vector<Subgroup>& data = dataFor(type);
    ChartOptions options;
    options.type = type;
    options.rules = rules;
    ChartResult result;
    for (auto _ : state) {
        if (!computeChart(data, options, result).ok())
            state.SkipWithError("computeChart failed");
        benchmark::DoNotOptimize(result);
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(data.size()));
    state.SetLabel((pdsa::toText(type) + QLatin1Char('/') + pdsa::toText(rules)).toStdString());
}

void allCharts(benchmark::internal::Benchmark* benchmark)
{
    for (const auto& [type, name] : pdsa::EnumNames<ChartType>::entries)
        for (const auto& [rules, ruleName] : pdsa::EnumNames<RuleSet>::entries)
            if (!(rules == RuleSet::Nhs && (type == ChartType::Run || type == ChartType::MR)))
                benchmark->Args({static_cast<int>(type), static_cast<int>(rules)});
}
BENCHMARK(BM_Chart)->Apply(allCharts)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ChartRecompute)->Apply(allCharts)->Unit(benchmark::kMillisecond);

// A realistic set of options on top: 40 phases with a 12-point freeze each and 1% exclusions.
void BM_ChartWithPhases(benchmark::State& state)
{
    const std::vector<Subgroup>& data = dataFor(ChartType::P);
    ChartOptions options;
    options.type = ChartType::P;
    options.rules = RuleSet::Nhs;
    options.freeze = 12;
    for (int end = 25'000; end < kPoints; end += 25'000)
        options.partEnds.push_back(end);
    for (int position = 50; position <= kPoints; position += 100)
        options.exclude.push_back(position);
    for (auto _ : state) {
        auto result = computeChart(data, options);
        benchmark::DoNotOptimize(result);
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(data.size()));
}
BENCHMARK(BM_ChartWithPhases)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();

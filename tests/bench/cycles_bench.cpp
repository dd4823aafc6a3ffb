// SPDX-License-Identifier: Apache-2.0
// The cycle list's search on 1,000 PDSA cycles (20 demo teams × 50 cycles): building the folded
// haystacks once per load, matching a prepared filter against all of them, and the same through
// the list's proxy model as the app does on every keystroke (target: well under one frame).
//   build/release/tests/bench/pdsa_bench_cycles --benchmark_counters_tabular=true

#include "cycles/cyclefilter.h"
#include "demo/demogenerator.h"
#include "models/cyclefilterproxymodel.h"
#include "models/cyclelistmodel.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

struct Library {
    std::vector<pdsa::PdsaCycle> cycles;
    pdsa::cycles::CycleNames names;
};

const Library& library() {
    static const Library loaded = [] {
        static QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(QStringLiteral("cycles.pdsa"));
        pdsa::demo::DemoOptions options;
        options.teams = 20;
        options.months = 24;
        options.cycles = 50;
        if (!pdsa::demo::writeDemoFile(path, options).ok())
            qFatal("cannot write the demo");
        auto workspace = pdsa::Workspace::open(path);
        if (!workspace)
            qFatal("cannot open the demo");
        Library library;
        library.cycles = (*workspace)->cycles.cycles.all().value();
        library.names = pdsa::ui::CycleListModel::loadNames(**workspace).value();
        return library;
    }();
    return loaded;
}

void BM_BuildHaystacks(benchmark::State& state) {
    const Library& lib = library();
    for (auto _ : state)
        for (const pdsa::PdsaCycle& cycle : lib.cycles)
            benchmark::DoNotOptimize(pdsa::cycles::searchHaystack(cycle, lib.names));
    state.counters["cycles"] = static_cast<double>(lib.cycles.size());
}
BENCHMARK(BM_BuildHaystacks)->Unit(benchmark::kMillisecond);

void BM_SearchCycles(benchmark::State& state) {
    const Library& lib = library();
    std::vector<QString> haystacks;
    for (const pdsa::PdsaCycle& cycle : lib.cycles)
        haystacks.push_back(pdsa::cycles::searchHaystack(cycle, lib.names));
    pdsa::cycles::CycleFilter filter;
    filter.text = QStringLiteral("Famil visit huddle");
    int found = 0;
    for (auto _ : state) {
        const pdsa::cycles::CycleMatcher matcher(filter, lib.names);
        found = 0;
        for (size_t i = 0; i < lib.cycles.size(); ++i)
            found += matcher.matches(lib.cycles[i], haystacks[i]) ? 1 : 0;
        benchmark::DoNotOptimize(found);
    }
    state.counters["cycles"] = static_cast<double>(lib.cycles.size());
    state.counters["found"] = found;
}
BENCHMARK(BM_SearchCycles)->Unit(benchmark::kMicrosecond);

// What a keystroke in the search box costs: the proxy re-filters every row.
void BM_FilterProxy(benchmark::State& state) {
    const Library& lib = library();
    pdsa::ui::CycleListModel model;
    pdsa::ui::CycleFilterProxyModel proxy;
    proxy.setCycleModel(&model);
    model.setCycles(lib.cycles, lib.names);
    pdsa::cycles::CycleFilter filter;
    bool flip = false;
    for (auto _ : state) {
        filter.text = flip ? QStringLiteral("famil") : QStringLiteral("family visit");
        flip = !flip;
        proxy.setFilter(filter);
        benchmark::DoNotOptimize(proxy.rowCount());
    }
    state.counters["cycles"] = static_cast<double>(lib.cycles.size());
}
BENCHMARK(BM_FilterProxy)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

// SPDX-License-Identifier: Apache-2.0
// Core benchmarks: building the demo collaborative at several sizes, opening a workspace (what
// the app does at start-up before it paints) and hashing a workspace's whole content.
//   build/release/tests/bench/pdsa_bench_core --benchmark_counters_tabular=true

#include "benchdemo.h"
#include "demo/demogenerator.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

using pdsa::bench::scratch;

using pdsa::bench::demoFile;

void BM_WriteDemo(benchmark::State& state)
{
    pdsa::demo::DemoOptions options;
    options.teams = static_cast<int>(state.range(0));
    options.months = static_cast<int>(state.range(1));
    const QString path = QDir(scratch().path()).filePath(QStringLiteral("bench.pdsa"));
    qint64 bytes = 0;
    for (auto _ : state) {
        QFile::remove(path);
        if (!pdsa::demo::writeDemoFile(path, options).ok())
            state.SkipWithError("demo failed");
        state.PauseTiming();
        bytes = QFileInfo(path).size();
        state.ResumeTiming();
    }
    state.counters["file_MB"] = static_cast<double>(bytes) / 1e6;
}
BENCHMARK(BM_WriteDemo)->Args({4, 24})->Args({20, 24})->Args({200, 120})->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_OpenWorkspace(benchmark::State& state)
{
    const QString path = demoFile(static_cast<int>(state.range(0)), static_cast<int>(state.range(1)));
    pdsa::Workspace::OpenOptions options;
    options.backupFolder = QDir(scratch().path()).filePath(QStringLiteral("backups"));
    for (auto _ : state) {
        auto workspace = pdsa::Workspace::open(path, options);
        if (!workspace)
            state.SkipWithError("open failed");
        benchmark::DoNotOptimize(workspace);
    }
}
BENCHMARK(BM_OpenWorkspace)->Args({4, 24})->Args({200, 120})->Unit(benchmark::kMillisecond);

void BM_ContentHash(benchmark::State& state)
{
    const QString path = demoFile(4, 24);
    auto workspace = pdsa::Workspace::open(path);
    for (auto _ : state)
        benchmark::DoNotOptimize((*workspace)->contentHash());
}
BENCHMARK(BM_ContentHash)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

// SPDX-License-Identifier: Apache-2.0
// Whole commands at a statewide size, on the 200-team × 120-month demo, with opening the same
// workspace as the anchor measured in the same run (docs/performance.md gives the ratios): the
// faculty's monthly rhythm, `pdsa reporting` (target: under 2 s) and `pdsa feedback`; the
// collaborative's equity, `pdsa disparity --all` (target: under 1 s); the organizer's
// `pdsa report spread` as CSV, HTML and PDF (target: under 10 s).
//   build/release/tests/bench/pdsa_bench_commands --benchmark_counters_tabular=true

#include "cli/cli.h"
#include "benchdemo.h"
#include "demo/demogenerator.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <benchmark/benchmark.h>

namespace {

using pdsa::bench::demoFile;

// Opening the workspace read-only, as each command does first: the anchor.
void BM_OpenWorkspaceReadOnly(benchmark::State& state) {
    const QString path = demoFile(int(state.range(0)), int(state.range(1)));
    pdsa::Workspace::OpenOptions options;
    options.readOnly = true;
    for (auto _ : state) {
        auto workspace = pdsa::Workspace::open(path, options);
        if (!workspace)
            state.SkipWithError("open failed");
        benchmark::DoNotOptimize(workspace);
    }
}
BENCHMARK(BM_OpenWorkspaceReadOnly)->Args({200, 120})->Unit(benchmark::kMillisecond);

// A whole command, its output printed into memory.
void runCommand(benchmark::State& state, const QStringList& args) {
    qint64 bytes = 0;
    for (auto _ : state) {
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        if (pdsa::cli::runCli(args, outStream, errStream) != 0)
            state.SkipWithError("the command failed");
        bytes = out.size();
    }
    state.counters["output_MB"] = double(bytes) / 1e6;
}

void BM_ReportingCommand(benchmark::State& state) {
    const QString path = demoFile(int(state.range(0)), int(state.range(1)));
    runCommand(state, {QStringLiteral("reporting"), QStringLiteral("--workspace"), path, QStringLiteral("--month"),
                       QStringLiteral("2026-06")});
}
BENCHMARK(BM_ReportingCommand)->Args({200, 120})->Unit(benchmark::kMillisecond);

void BM_FeedbackCommand(benchmark::State& state) {
    const QString path = demoFile(int(state.range(0)), int(state.range(1)));
    runCommand(state, {QStringLiteral("feedback"), QStringLiteral("--workspace"), path});
}
BENCHMARK(BM_FeedbackCommand)->Args({200, 120})->Unit(benchmark::kMillisecond);

// The whole collaborative's gap by race/ethnicity, by quarter: every team's stratified values of
// the measure summed, then the intervals and the gap's reading.
void BM_DisparityAllCommand(benchmark::State& state) {
    const QString path = demoFile(int(state.range(0)), int(state.range(1)));
    runCommand(state, {QStringLiteral("disparity"), QStringLiteral("--workspace"), path, QStringLiteral("--all"),
                       QStringLiteral("--measure"), QStringLiteral("Children reunified within 12 months of entry"),
                       QStringLiteral("--dimension"), QStringLiteral("Race/ethnicity")});
}
BENCHMARK(BM_DisparityAllCommand)->Args({200, 120})->Unit(benchmark::kMillisecond);

// The same by month for one team: what the team page's equity summary reads.
void BM_DisparityTeamCommand(benchmark::State& state) {
    const QString path = demoFile(int(state.range(0)), int(state.range(1)));
    runCommand(state, {QStringLiteral("disparity"), QStringLiteral("--workspace"), path, QStringLiteral("--team"),
                       QStringLiteral("Alder County (demo)"), QStringLiteral("--measure"),
                       QStringLiteral("Children reunified within 12 months of entry"), QStringLiteral("--dimension"),
                       QStringLiteral("Race/ethnicity"), QStringLiteral("--window"), QStringLiteral("month")});
}
BENCHMARK(BM_DisparityTeamCommand)->Args({200, 120})->Unit(benchmark::kMillisecond);

// The spread report of every team: the pooled measures, the change package as tested, spread, a
// page per team with its key chart, the outcome by stratum, written as `format`.
void spreadReport(benchmark::State& state, const QString& format) {
    const QString path = demoFile(int(state.range(0)), int(state.range(1)));
    const QString out = QDir(pdsa::bench::scratch().path())
                            .filePath(format == QLatin1String("csv") ? QStringLiteral("spread-csv")
                                                                     : QStringLiteral("spread.") + format);
    runCommand(state, {QStringLiteral("report"), QStringLiteral("spread"), QStringLiteral("--workspace"), path,
                       QStringLiteral("--out"), out, QStringLiteral("--format"), format});
}
void BM_SpreadReportCsv(benchmark::State& state) { spreadReport(state, QStringLiteral("csv")); }
void BM_SpreadReportHtml(benchmark::State& state) { spreadReport(state, QStringLiteral("html")); }
void BM_SpreadReportPdf(benchmark::State& state) { spreadReport(state, QStringLiteral("pdf")); }
BENCHMARK(BM_SpreadReportCsv)->Args({200, 120})->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SpreadReportHtml)->Args({200, 120})->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SpreadReportPdf)->Args({200, 120})->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

// A QGuiApplication (offscreen unless told otherwise), as `pdsa` makes for a command that paints.
int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

// SPDX-License-Identifier: Apache-2.0
// Bundle benchmarks: exporting one demo team's bundle; importing 20 demo-sized team
// bundles into a workspace set up from the template (target: under 2 s); importing the bundles
// of a 200-team, 120-month collaborative (target: under 30 s, memory bounded by one bundle: the
// peak resident size is reported as a counter). Each import is timed two ways:
//   BM_ImportSession      the import of many files as the app's import dialog and `pdsa bundle
//                         import` do it (ImportSession): the review with its preview of every
//                         file, then applying them all in one transaction;
//   BM_ImportTeamBundles  one file after another, each in its own transaction (importBundleFile),
//                         as bundles arriving one at a time are imported.
//   build/release/tests/bench/pdsa_bench_bundle --benchmark_counters_tabular=true

#include "bundle/bundle.h"
#include "bundle/importsession.h"
#include "bundle/merge.h"
#include "demo/demogenerator.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <chrono>

#include <map>

namespace {

QTemporaryDir& scratch() {
    static QTemporaryDir dir;
    return dir;
}

struct Exports {
    QString templateFile;
    QStringList teamFiles;
};

// The demo of `teams` × `months`, its template and every team's bundle, written once.
const Exports& exportsFor(int teams, int months) {
    static std::map<std::pair<int, int>, Exports> made;
    auto found = made.find({teams, months});
    if (found != made.end())
        return found->second;
    const QDir dir(scratch().path());
    const QString path = dir.filePath(QStringLiteral("demo-%1x%2.pdsa").arg(teams).arg(months));
    pdsa::demo::DemoOptions options;
    options.teams = teams;
    options.months = months;
    if (!pdsa::demo::writeDemoFile(path, options).ok())
        qFatal("cannot write the demo");
    auto ws = pdsa::Workspace::open(path);
    if (!ws)
        qFatal("cannot open the demo");
    Exports exports;
    exports.templateFile = dir.filePath(QStringLiteral("template-%1x%2.pdsabundle").arg(teams).arg(months));
    pdsa::bundle::ExportRequest request;
    request.kind = pdsa::bundle::BundleKind::Template;
    if (!pdsa::bundle::exportBundleFile(**ws, request, exports.templateFile).ok())
        qFatal("cannot export the template");
    int i = 0;
    for (const pdsa::Team& team : (*ws)->teams.teams.all().value()) {
        request.kind = pdsa::bundle::BundleKind::Team;
        request.teamId = team.meta.id;
        const QString file =
            dir.filePath(QStringLiteral("team-%1x%2-%3.pdsabundle").arg(teams).arg(months).arg(i++));
        if (!pdsa::bundle::exportBundleFile(**ws, request, file).ok())
            qFatal("cannot export a team bundle");
        exports.teamFiles << file;
    }
    return made.emplace(std::pair(teams, months), exports).first->second;
}

// Peak resident memory of this process so far, in MB (Linux).
double peakResidentMegabytes() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').front().toDouble() / 1024.0;
    return 0;
}

void BM_ExportTeamBundle(benchmark::State& state) {
    const QString path = QDir(scratch().path()).filePath(QStringLiteral("export.pdsa"));
    if (!QFile::exists(path) && !pdsa::demo::writeDemoFile(path).ok())
        qFatal("cannot write the demo");
    auto ws = pdsa::Workspace::open(path);
    if (!ws)
        qFatal("cannot open the demo");
    pdsa::bundle::ExportRequest request;
    request.teamId = (*ws)->teams.teams.all().value().front().meta.id;
    qint64 bytes = 0, records = 0;
    for (auto _ : state) {
        auto exported = pdsa::bundle::exportBundle(**ws, request);
        if (!exported)
            state.SkipWithError("export failed");
        bytes = exported->bytes.size();
        records = 0;
        for (const auto& file : exported->manifest.files)
            records += file.records;
    }
    state.counters["records"] = double(records);
    state.counters["bytes"] = double(bytes);
}
BENCHMARK(BM_ExportTeamBundle)->Unit(benchmark::kMillisecond);

// A new workspace at `path` (replacing any) set up from the template of `exports`.
std::unique_ptr<pdsa::Workspace> workspaceFromTemplate(const QString& path, const Exports& exports) {
    QFile::remove(path);
    auto ws = pdsa::Workspace::createEmpty(path);
    if (!ws || !pdsa::bundle::importBundleFile(**ws, exports.templateFile).ok())
        qFatal("cannot set up the workspace");
    return std::move(*ws);
}

void BM_ImportTeamBundles(benchmark::State& state) {
    const int teams = int(state.range(0));
    const int months = int(state.range(1));
    const Exports& exports = exportsFor(teams, months);
    const QString path = QDir(scratch().path()).filePath(QStringLiteral("import.pdsa"));
    for (auto _ : state) {
        state.PauseTiming();
        const std::unique_ptr<pdsa::Workspace> ws = workspaceFromTemplate(path, exports);
        state.ResumeTiming();
        for (const QString& file : exports.teamFiles)
            if (!pdsa::bundle::importBundleFile(*ws, file).ok())
                state.SkipWithError("import failed");
    }
    state.counters["bundles"] = double(exports.teamFiles.size());
    state.counters["peak_MB"] = peakResidentMegabytes();
}
BENCHMARK(BM_ImportTeamBundles)->Args({20, 24})->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_ImportTeamBundles)->Args({200, 120})->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_ImportSession(benchmark::State& state) {
    const int teams = int(state.range(0));
    const int months = int(state.range(1));
    const Exports& exports = exportsFor(teams, months);
    const QString path = QDir(scratch().path()).filePath(QStringLiteral("session.pdsa"));
    double reviewSeconds = 0, applySeconds = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const std::unique_ptr<pdsa::Workspace> ws = workspaceFromTemplate(path, exports);
        state.ResumeTiming();
        const auto start = std::chrono::steady_clock::now();
        auto session = pdsa::bundle::ImportSession::review(*ws, exports.teamFiles);
        const auto reviewed = std::chrono::steady_clock::now();
        if (!session || session->acceptedFiles() != exports.teamFiles.size())
            state.SkipWithError("review failed");
        else if (!session->apply(*ws).ok())
            state.SkipWithError("apply failed");
        const auto applied = std::chrono::steady_clock::now();
        reviewSeconds += std::chrono::duration<double>(reviewed - start).count();
        applySeconds += std::chrono::duration<double>(applied - reviewed).count();
    }
    state.counters["bundles"] = double(exports.teamFiles.size());
    state.counters["review_s"] = reviewSeconds / double(state.iterations());
    state.counters["apply_s"] = applySeconds / double(state.iterations());
    state.counters["peak_MB"] = peakResidentMegabytes();
}
BENCHMARK(BM_ImportSession)->Args({20, 24})->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_ImportSession)->Args({200, 120})->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

// SPDX-License-Identifier: Apache-2.0
// Bundle benchmarks: exporting one demo team's bundle; importing 20 demo-sized team
// bundles into a workspace set up from the template (target: under 2 s); importing the bundles
// of a 200-team, 120-month collaborative (target: under 30 s, memory bounded by one bundle: the
// peak resident size is reported as a counter); and the memory that checking and importing one
// team bundle of 10,000 to 1,000,000 records take (BM_LargeBundleMemory: bounded, under 300 MB,
// at any size). Each import of the demo's bundles is timed two ways:
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
#include <QFileInfo>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <chrono>
#include <cstring>
#include <map>

#include <malloc.h>
#include <sys/wait.h>
#include <unistd.h>

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

// ---- Memory at any size ----------------------------------------------------------------------

// Resident memory of this process now, and its peak since the last resetPeak(), in MB (Linux).
double residentMegabytes(const char* field) {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qsizetype(std::strlen(field))).trimmed().split(' ').front().toDouble() / 1024.0;
    return 0;
}

// Gives memory freed back to the system and starts the peak again from what is resident now.
void resetPeak() {
    malloc_trim(0);
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

struct LargeExports {
    QString templateFile;
    QString teamFile;
};

// A team bundle of at least `records` records, and its template: the demo's first team with
// measures of its own, each with 1,000 monthly values. Made in a child process, so that making
// them (the export holds a whole bundle) adds nothing to this process's memory.
const LargeExports& largeExports(qint64 records) {
    static std::map<qint64, LargeExports> made;
    if (auto found = made.find(records); found != made.end())
        return found->second;
    const QDir dir(scratch().path());
    LargeExports exports{dir.filePath(QStringLiteral("large-template-%1.pdsabundle").arg(records)),
                         dir.filePath(QStringLiteral("large-team-%1.pdsabundle").arg(records))};
    const pid_t child = fork();
    if (child == 0) {
        const QString path = dir.filePath(QStringLiteral("large-%1.pdsa").arg(records));
        pdsa::demo::DemoOptions options;
        options.teams = 1;
        if (!pdsa::demo::writeDemoFile(path, options).ok())
            _exit(1);
        auto ws = pdsa::Workspace::open(path);
        if (!ws)
            _exit(1);
        const pdsa::Team team = (*ws)->teams.teams.all().value().front();
        pdsa::Measure model;
        for (const pdsa::Measure& m : (*ws)->measures.measures.all().value())
            if (m.teamId == team.meta.id)
                model = m;
        const qint64 months = 1000;
        const pdsa::Status filled = (*ws)->transactImport([&]() -> pdsa::Status {
            for (qint64 i = 0; i * months < records; ++i) {
                pdsa::Measure measure = model;
                measure.meta.id = pdsa::newRecordId();
                measure.name = QStringLiteral("Measured for size %1").arg(i);
                measure.dataKind = pdsa::DataKind::Count;
                measure.unit = QStringLiteral("children");
                measure.position = int(100 + i);
                PDSA_TRY((*ws)->measures.measures.put(measure));
                for (qint64 month = 0; month < months; ++month) {
                    pdsa::MeasureValue value;
                    value.meta.owner = measure.meta.owner;
                    value.meta.updatedAt = measure.meta.updatedAt;
                    value.teamId = team.meta.id;
                    value.measureId = measure.meta.id;
                    value.period = QDate(1940, 1, 1).addMonths(int(month));
                    value.value = double(month % 17);
                    value.meta.id = pdsa::measureValueId(value.teamId, value.measureId, value.period, {});
                    PDSA_TRY((*ws)->measures.values.put(value));
                }
            }
            return {};
        });
        pdsa::bundle::ExportRequest request;
        request.kind = pdsa::bundle::BundleKind::Template;
        if (!filled || !pdsa::bundle::exportBundleFile(**ws, request, exports.templateFile).ok())
            _exit(1);
        request.kind = pdsa::bundle::BundleKind::Team;
        request.teamId = team.meta.id;
        _exit(pdsa::bundle::exportBundleFile(**ws, request, exports.teamFile).ok() ? 0 : 1);
    }
    int status = 1;
    if (child < 0 || waitpid(child, &status, 0) != child || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        qFatal("cannot make the large bundle");
    return made.emplace(records, exports).first->second;
}

// Checking (`pdsa bundle verify`) and importing (`pdsa bundle import`: the review, then the
// import) one team bundle of 10,000 to 1,000,000 records: the peak of resident memory during each,
// above the memory resident before it, must stay bounded (under 300 MB) whatever the size.
void BM_LargeBundleMemory(benchmark::State& state) {
    const qint64 records = state.range(0);
    const LargeExports& exports = largeExports(records);
    const QString path = QDir(scratch().path()).filePath(QStringLiteral("large-import.pdsa"));
    double verifyMB = 0, importMB = 0, verifySeconds = 0, importSeconds = 0, baseMB = 0;
    for (auto _ : state) {
        resetPeak();
        baseMB = residentMegabytes("VmRSS:");
        auto start = std::chrono::steady_clock::now();
        {
            auto read = pdsa::bundle::readBundleFile(exports.teamFile);
            if (!read)
                state.SkipWithError("verify failed");
        }
        verifySeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        verifyMB = residentMegabytes("VmHWM:") - baseMB;

        QFile::remove(path);
        auto ws = pdsa::Workspace::createEmpty(path);
        if (!ws || !pdsa::bundle::importBundleFile(**ws, exports.templateFile).ok())
            qFatal("cannot set up the workspace");
        resetPeak();
        const double before = residentMegabytes("VmRSS:");
        start = std::chrono::steady_clock::now();
        {
            auto session = pdsa::bundle::ImportSession::review(**ws, {exports.teamFile});
            if (!session || session->acceptedFiles() != 1 || !session->apply(**ws).ok())
                state.SkipWithError("import failed");
        }
        importSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        importMB = residentMegabytes("VmHWM:") - before;
    }
    state.counters["records"] = double(records);
    state.counters["bundle_MB"] = double(QFileInfo(exports.teamFile).size()) / (1 << 20);
    state.counters["base_MB"] = baseMB;
    state.counters["verify_s"] = verifySeconds;
    state.counters["verify_peak_MB"] = verifyMB;
    state.counters["import_s"] = importSeconds;
    state.counters["import_peak_MB"] = importMB;
}
BENCHMARK(BM_LargeBundleMemory)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kSecond)->Iterations(1);

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

// SPDX-License-Identifier: Apache-2.0
// Start-up benchmark: what the app does between main() and a painted window on the demo —
// open the workspace, build the main window and its pages, and paint it. (The whole process,
// including loading Qt, is timed by `pdsa-tracker --startup-timing`; docs/performance.md has
// both.)
//   QT_QPA_PLATFORM=offscreen build/release/tests/bench/pdsa_bench_ui

#include "demo/demogenerator.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

QString demoFile(int teams, int months)
{
    static QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("demo-%1x%2.pdsa").arg(teams).arg(months));
    if (!QFile::exists(path)) {
        pdsa::demo::DemoOptions options;
        options.teams = teams;
        options.months = months;
        if (!pdsa::demo::writeDemoFile(path, options).ok())
            qFatal("cannot write the demo");
    }
    return path;
}

void BM_OpenDemoAndPaintMainWindow(benchmark::State& state)
{
    const QString path = demoFile(static_cast<int>(state.range(0)), static_cast<int>(state.range(1)));
    for (auto _ : state) {
        pdsa::ui::MainWindow window;
        window.resize(1280, 800);
        if (!window.openWorkspace(path).ok())
            state.SkipWithError("open failed");
        window.show();
        benchmark::DoNotOptimize(window.grab()); // lays out and paints everything visible
    }
}
BENCHMARK(BM_OpenDemoAndPaintMainWindow)->Args({4, 24})->Args({20, 24})->Unit(benchmark::kMillisecond);

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

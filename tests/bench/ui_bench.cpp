// SPDX-License-Identifier: Apache-2.0
// The desktop app's own costs, end to end:
// - start-up: what the app does between main() and a painted window on the demo — open the
//   workspace, build the main window and its pages, and paint it. (The whole process, including
//   loading Qt, is timed by `pdsa-tracker --startup-timing`; docs/performance.md has both.)
// - one keystroke in a PDSA cycle's field: the key event, the write, the undo step, the change
//   event, and the repaint that follows (target: under 16 ms, one frame, on 200 teams).
//   QT_QPA_PLATFORM=offscreen build/release/tests/bench/pdsa_bench_ui

#include "benchdemo.h"
#include "demo/demogenerator.h"
#include "mainwindow.h"
#include "pages/dashboardpage.h"
#include "pages/teampage.h"
#include "widgets/growingtextedit.h"
#include "widgets/monthlyreportpanel.h"
#include "workspacedocument.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <optional>

namespace {

using pdsa::bench::demoFile;

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

// The organizer's dashboard of 20 teams × 6 shared measures (target: under 300 ms): every team's
// values of each measure read, charted, the aggregate pooled, the tiles laid out and painted.
void BM_DashboardPage(benchmark::State& state)
{
    const QString path = demoFile(static_cast<int>(state.range(0)), static_cast<int>(state.range(1)));
    pdsa::ui::MainWindow window;
    window.resize(1280, 800);
    if (!window.openWorkspace(path).ok())
        state.SkipWithError("open failed");
    window.show();
    QApplication::processEvents();
    for (auto _ : state) {
        window.navigateTo(pdsa::ui::NavigationTarget::collaborative());
        QApplication::processEvents();
        window.navigateTo(pdsa::ui::NavigationTarget::dashboard()); // read again each time it is shown
        benchmark::DoNotOptimize(window.grab());
        // Every tile drawn, not only those on screen: the whole page as a person scrolls it.
        pdsa::ui::DashboardPage* page = window.dashboardPage();
        for (int m = 0; m < page->measureCount(); ++m)
            for (pdsa::ui::DashboardTileButton* tile : page->tiles(m))
                benchmark::DoNotOptimize(tile->grab());
    }
    state.counters["measures"] = window.dashboardPage()->measureCount();
}
BENCHMARK(BM_DashboardPage)->Args({20, 24})->Unit(benchmark::kMillisecond);

// `window` on the demo of the benchmark's size (teams, months), shown; its first team, or nothing
// (the benchmark skipped with the reason).
std::optional<pdsa::Team> openOnFirstTeam(benchmark::State& state, pdsa::ui::MainWindow& window)
{
    const QString path = demoFile(static_cast<int>(state.range(0)), static_cast<int>(state.range(1)));
    window.resize(1280, 800);
    if (!window.openWorkspace(path).ok()) {
        state.SkipWithError("open failed");
        return std::nullopt;
    }
    window.show();
    const auto teams = window.document()->workspace().teams.teams.all();
    if (!teams || teams->empty()) {
        state.SkipWithError("no team");
        return std::nullopt;
    }
    return teams->front();
}

// Types one key into `field` per iteration, each followed by the events it causes (the change
// event and the repaint of what it marked dirty).
void typeKeys(benchmark::State& state, QWidget* field)
{
    field->setFocus();
    QApplication::processEvents();
    for (auto _ : state) {
        QTest::keyClick(field, Qt::Key_A);
        QApplication::processEvents();
    }
}

void BM_KeystrokeInCycleTitle(benchmark::State& state)
{
    pdsa::ui::MainWindow window;
    const auto team = openOnFirstTeam(state, window);
    if (!team)
        return;
    pdsa::Workspace& workspace = window.document()->workspace();
    const auto cycles = workspace.cycles.cycles.forTeam(team->meta.id);
    if (!cycles || cycles->empty() ||
        !window.navigateTo(pdsa::ui::NavigationTarget::cycle(team->meta.id, cycles->front().meta.id))) {
        state.SkipWithError("no cycle to type in");
        return;
    }
    auto* title = window.currentPage()->findChild<QLineEdit*>(QStringLiteral("titleEdit"));
    if (!title) {
        state.SkipWithError("the cycle page has no title field");
        return;
    }
    title->end(false);
    const QString before = title->text();
    typeKeys(state, title);
    const auto stored = workspace.cycles.cycles.find(cycles->front().meta.id);
    if (!stored || !*stored || (*stored)->title == before || !(*stored)->title.startsWith(before))
        state.SkipWithError("the keystrokes were not saved");
}
BENCHMARK(BM_KeystrokeInCycleTitle)
    ->Args({4, 24})
    ->Args({200, 120})
    ->Unit(benchmark::kMillisecond)
    ->MinTime(2.0);

// One key typed in a team's monthly report, end to end: the draft's section saved (one undo step
// with the keystrokes before it), the change event, the team page's reload of what it changed
// (the report panel reads only its team's months), and the repaint.
void BM_KeystrokeInMonthlyReport(benchmark::State& state)
{
    pdsa::ui::MainWindow window;
    const auto team = openOnFirstTeam(state, window);
    if (!team)
        return;
    if (!window.navigateTo(pdsa::ui::NavigationTarget::team(team->meta.id))) {
        state.SkipWithError("the team page did not open");
        return;
    }
    pdsa::ui::MonthlyReportPanel* panel = window.teamPage()->reportPanel();
    pdsa::ui::GrowingTextEdit* progress = panel->section(0);
    if (progress->isReadOnly() && panel->submitButton()->isEnabled()) // the month's report was sent: a draft again
        QTest::mouseClick(panel->submitButton(), Qt::LeftButton);
    if (progress->isReadOnly()) {
        state.SkipWithError("the report cannot be written here");
        return;
    }
    progress->moveCursor(QTextCursor::End);
    const QString before = progress->text();
    typeKeys(state, progress);
    if (progress->text() == before)
        state.SkipWithError("the keystrokes did not arrive");
}
BENCHMARK(BM_KeystrokeInMonthlyReport)
    ->Args({4, 24})
    ->Args({200, 120})
    ->Unit(benchmark::kMillisecond)
    ->MinTime(2.0);

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

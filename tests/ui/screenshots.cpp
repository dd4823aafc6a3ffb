// SPDX-License-Identifier: Apache-2.0
// Renders the main window with the demo collaborative into PNGs for docs/screenshots/ (and for
// us to look at): the start page, the collaborative page, a team, a measure, a PDSA cycle, and
// a team page at 200 % text. Runs offscreen with its own settings (QStandardPaths test mode),
// so it never touches the user's files.
//
//   pdsa_ui_screenshots [output folder]     (default: <source>/docs/screenshots)

#include "analysis/measurechart.h"
#include "charts/measurechartpanel.h"
#include "charts/measurechartview.h"
#include "demo/demogenerator.h"
#include "dialogs/collaborativedetailsdialog.h"
#include "mainwindow.h"
#include "models/navigationmodel.h"
#include "navigationtarget.h"
#include "recentfiles.h"
#include "screenshotsupport.h"
#include "undo/commands.h"
#include "workspacedocument.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>

#include <cstdio>
#include <memory>

using namespace pdsa;
using namespace pdsa::shots;

namespace {

// The first team, its first measure and its most recent cycle.
struct Places {
    ui::NavigationTarget team;
    ui::NavigationTarget measure;
    ui::NavigationTarget cycle;
};

Places placesIn(ui::MainWindow& window) {
    Places places;
    auto data = ui::NavigationData::load(window.document()->workspace());
    if (!data || data->teams.empty())
        return places;
    const auto& team = data->teams.front();
    places.team = ui::NavigationTarget::team(team.id);
    if (!team.measures.empty())
        places.measure = ui::NavigationTarget::measure(team.id, team.measures.front().id);
    if (!team.cycles.empty())
        places.cycle = ui::NavigationTarget::cycle(team.id, team.cycles[team.cycles.size() > 3 ? 2 : 0].id);
    return places;
}

} // namespace

namespace pdsa::shots {
// The reporting grid on the collaborative page (screenshots_coaching.cpp).
bool shootReporting(ui::MainWindow& window, const QString& folder, const QString& name);
// A team's monthly report on its page.
bool shootMonthlyReport(ui::MainWindow& window, const QString& folder, const QString& name, const QDate& month);
// The Feedback page.
bool shootFeedback(ui::MainWindow& window, const QString& folder, const QString& name);
// A team's assessment score history (screenshots_coaching.cpp).
bool shootScores(ui::MainWindow& window, const QString& folder, const QString& name);
} // namespace pdsa::shots

namespace pdsa::shots {
// Another team's imported work, marked and read-only (screenshots_theirs.cpp).
bool shootTheirs(const QString& demoPath, const QString& work, const QString& folder);
// A coach's workspace: the Feedback page's coach sections, a cycle's comments (screenshots_coaching.cpp).
bool shootCoach(const QString& demoPath, const QString& work, const QString& folder, const QString& suffix);
} // namespace pdsa::shots

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("PDSA Tracker"));
    QApplication::setApplicationName(QStringLiteral("PDSA Tracker screenshots"));
    QApplication app(argc, argv);
    QApplication::setStyle(QStringLiteral("Fusion"));
    QFont font(QStringLiteral("DejaVu Sans"), 10);
    QApplication::setFont(font);

    const QString folder =
        argc > 1 ? QString::fromLocal8Bit(argv[1])
                 : QDir(QStringLiteral(PDSA_SOURCE_DIR)).filePath(QStringLiteral("docs/screenshots"));
    QDir().mkpath(folder);
    QSettings().clear();

    QTemporaryDir dir;
    const QString demoPath = QDir(dir.path()).filePath(QStringLiteral("demo.pdsa"));
    if (auto status = demo::writeDemoFile(demoPath); !status) {
        std::fprintf(stderr, "cannot write the demo: %s\n", qPrintable(status.error().message));
        return 1;
    }
    bool ok = true;
    {
        ui::RecentFiles::add(QDir(dir.path()).filePath(QStringLiteral("Riverbend County 2025.pdsa")),
                             QStringLiteral("Riverbend County's workspace"));
        ui::RecentFiles::add(QDir(dir.path()).filePath(QStringLiteral("Statewide collaborative.pdsa")),
                             QStringLiteral("organizer's workspace"));
        ui::RecentFiles::add(demoPath);
        auto window = makeWindow();
        ok &= save(*window, folder, QStringLiteral("start.png"));
        ui::RecentFiles::clear();
    }
    {
        auto window = makeWindow();
        if (auto status = window->openWorkspace(demoPath); !status) {
            std::fprintf(stderr, "cannot open the demo: %s\n", qPrintable(status.error().message));
            return 1;
        }
        window->setToday(demo::demoLastMonth().addMonths(-4).addDays(9)); // inside the calendar
        window->navigateTo(ui::NavigationTarget::collaborative());
        ok &= save(*window, folder, QStringLiteral("collaborative.png"));
        const Places places = placesIn(*window);
        window->navigateTo(places.team);
        ok &= save(*window, folder, QStringLiteral("team.png"));
        window->navigateTo(places.measure);
        ok &= save(*window, folder, QStringLiteral("measure.png"));
        window->navigateTo(places.cycle);
        ok &= save(*window, folder, QStringLiteral("cycle.png"));
        ok &= shootCycles(*window, folder);
        ok &= shootChangePackage(*window, folder);
        ok &= shootTeam(*window, folder);
        ok &= shootConflicts(*window, folder);
        ok &= shootBundles(*window, folder);
        ok &= shootReporting(*window, folder, QStringLiteral("reporting.png"));
        ok &= shootMonthlyReport(*window, folder, QStringLiteral("monthly-report.png"),
                                 demo::demoLastMonth().addMonths(-5));
        ok &= shootFeedback(*window, folder, QStringLiteral("feedback.png"));
        ok &= shootScores(*window, folder, QStringLiteral("scores.png"));
        ok &= shootEquity(*window, folder, QString());
        ok &= shootOrganizer(*window, folder, QString());

        // The chart view on its own: the measure's run chart, then a P chart with two phases.
        ui::WorkspaceDocument& document = *window->document();
        ui::MeasureChartPanel panel;
        panel.resize(1100, 560);
        panel.show();
        if (panel.load(document, places.measure.teamId, places.measure.id).ok()) {
            ok &= save(panel, folder, QStringLiteral("chart-run.png"));
            ChartSetting setting = panel.chartData().setting;
            setting.chartType = analysis::ChartType::P;
            const auto& points = panel.chartData().total.points;
            if (points.size() > 4)
                setting.phaseStarts = {points[points.size() / 2].period};
            if (ui::command::editChartSetting(document, setting, QStringLiteral("Screenshot")).ok()
                && panel.load(document, places.measure.teamId, places.measure.id).ok())
                ok &= save(panel, folder, QStringLiteral("chart-p-phases.png"));
        }
        // A stratified measure: one line per stratum, then small multiples with the total.
        Workspace& ws = document.workspace();
        bool stratifiedDone = false;
        if (auto teams = ws.teams.teams.all())
            for (const Team& team : *teams) {
                auto measures = ws.measures.forTeam(team.meta.id);
                if (!measures || stratifiedDone)
                    continue;
                for (const Measure& measure : *measures) {
                    if (!measure.stratified || stratifiedDone)
                        continue;
                    ui::MeasureChartPanel stratified;
                    stratified.resize(1100, 560);
                    stratified.show();
                    if (!stratified.load(document, team.meta.id, measure.meta.id).ok()
                        || stratified.chartData().strata.empty())
                        continue;
                    ChartSetting setting = stratified.chartData().setting;
                    setting.stratifiedView = StratifiedView::Lines;
                    if (ui::command::editChartSetting(document, setting, QStringLiteral("Screenshot")).ok()
                        && stratified.load(document, team.meta.id, measure.meta.id).ok())
                        ok &= save(stratified, folder, QStringLiteral("chart-stratified.png"));
                    setting.stratifiedView = StratifiedView::Multiples;
                    stratified.resize(1100, 1100);
                    if (ui::command::editChartSetting(document, setting, QStringLiteral("Screenshot")).ok()
                        && stratified.load(document, team.meta.id, measure.meta.id).ok())
                        ok &= save(stratified, folder, QStringLiteral("chart-multiples.png"));
                    stratifiedDone = true;
                }
            }
    }
    {
        // Signals: a run chart with a shift, a trend, an excluded and an astronomical point.
        analysis::MeasureChartInput input;
        input.measure.name = QStringLiteral("Days to first family visit");
        input.measure.dataKind = DataKind::Continuous;
        input.measure.unit = QStringLiteral("days");
        input.measure.goal = 7;
        const double days[] = {12, 14, 11, 13, 15, 12, 13, 40, 12, 10, 9, 9, 8, 8, 7, 9, 6, 5, 4, 3};
        QDate period(2025, 1, 1);
        for (double value : days) {
            MeasureValue v;
            v.period = period;
            v.value = value;
            v.excluded = value == 40;
            v.astronomical = value == 40;
            input.values.push_back(v);
            period = period.addMonths(1);
        }
        ui::MeasureChartView view;
        view.resize(1100, 520);
        view.draw(analysis::buildMeasureChart(input));
        view.show();
        ok &= save(view, folder, QStringLiteral("chart-signals.png"));
    }
    {
        // A new, empty workspace: every section shows its empty state.
        auto window = makeWindow();
        const QString path = QDir(dir.path()).filePath(QStringLiteral("new.pdsa"));
        if (!window->createWorkspace(path, QStringLiteral("Family Time First Collaborative")).ok())
            return 1;
        ok &= save(*window, folder, QStringLiteral("empty.png"));
        auto details = ui::command::collaborativeDetails(*window->document());
        ui::CollaborativeDetailsDialog dialog(*details, window.get());
        dialog.show();
        ok &= save(dialog, folder, QStringLiteral("edit-details.png"));
    }
    ok &= shootTheirs(demoPath, dir.path(), folder);
    {
        // The reporting grid of a larger collaborative: 20 teams over 24 months.
        const QString larger = QDir(dir.path()).filePath(QStringLiteral("twenty.pdsa"));
        demo::DemoOptions options;
        options.teams = 20;
        options.cycles = 2;
        auto window = makeWindow();
        if (demo::writeDemoFile(larger, options) && window->openWorkspace(larger)) {
            window->setToday(demo::demoLastMonth().addMonths(1).addDays(3));
            ok &= shootReporting(*window, folder, QStringLiteral("reporting-20-teams.png"));
        } else {
            ok = false;
        }
    }
    ok &= shootCoach(demoPath, dir.path(), folder, QString());
    {
        QFont doubled = font;
        doubled.setPointSizeF(font.pointSizeF() * 2);
        QApplication::setFont(doubled);
        auto window = makeWindow();
        if (!window->openWorkspace(demoPath).ok())
            return 1;
        window->navigateTo(placesIn(*window).team);
        ok &= save(*window, folder, QStringLiteral("team-200.png"));
        window->navigateTo(ui::NavigationTarget::collaborative());
        ok &= save(*window, folder, QStringLiteral("collaborative-200.png"));
        window->setToday(demo::demoLastMonth().addMonths(-4).addDays(9));
        ok &= shootReporting(*window, folder, QStringLiteral("reporting-200.png"));
        ok &= shootMonthlyReport(*window, folder, QStringLiteral("monthly-report-200.png"),
                                 demo::demoLastMonth().addMonths(-5));
        ok &= shootFeedback(*window, folder, QStringLiteral("feedback-200.png"));
        ok &= shootScores(*window, folder, QStringLiteral("scores-200.png"));
        ok &= shootEquity(*window, folder, QStringLiteral("-200"));
        ok &= shootOrganizer(*window, folder, QStringLiteral("-200"));
    }
    {
        QTemporaryDir again; // its own bundles and coach.pdsa
        ok &= shootCoach(demoPath, again.path(), folder, QStringLiteral("-200"));
    }
    return ok ? 0 : 1;
}

// The chart view: the panel draws a team's measure, every control change is stored through the
// undo facade (and undone), annotations are added undoably, and exports write valid files.
#include "workspace/measurechartloader.h"
#include "uitestsupport.h"

#include "charts/measurechartpanel.h"
#include "charts/measurechartview.h"
#include "undo/chartcommands.h"
#include "workspacedocument.h"

#include <QComboBox>
#include <QMenu>
#include <QSignalSpy>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QUndoStack>

using namespace pdsa;
using namespace pdsa::ui;

namespace {

class ChartView : public test::UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        auto opened = WorkspaceDocument::open(demoPath());
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        document = std::move(*opened);
        Workspace& ws = document->workspace();
        auto teams = ws.teams.teams.all();
        ASSERT_TRUE(teams.ok());
        for (const Team& team : *teams) {
            auto measures = ws.measures.forTeam(team.meta.id);
            ASSERT_TRUE(measures.ok());
            for (const Measure& measure : *measures) {
                auto values = ws.measures.series(team.meta.id, measure.meta.id);
                ASSERT_TRUE(values.ok());
                if (values->size() >= 6 && measure.dataKind == DataKind::Proportion) {
                    teamId = team.meta.id;
                    measureId = measure.meta.id;
                    periods.clear();
                    for (const MeasureValue& v : *values)
                        periods << v.period;
                    return;
                }
            }
        }
        FAIL() << "the demo has no proportion measure with data";
    }

    ChartSetting setting() { return *document->workspace().measures.chartSetting(teamId, measureId); }
    QUndoStack& stack() { return *document->undoStack(); }

    std::unique_ptr<WorkspaceDocument> document;
    QUuid teamId, measureId;
    QList<QDate> periods;
};

} // namespace

TEST_F(ChartView, the_panel_draws_the_measure_with_a_centre_line_and_its_points) {
    MeasureChartPanel panel;
    ASSERT_TRUE(panel.load(*document, teamId, measureId).ok());
    EXPECT_EQ(panel.chartData().total.points.size(), std::size_t(periods.size()));
    EXPECT_GT(panel.view()->seriesCount(), 2);
    EXPECT_TRUE(panel.view()->legendNames().filter(QStringLiteral("Median")).size() == 1)
        << panel.view()->legendNames().join(QLatin1Char('|')).toStdString();
    const QString tip = panel.view()->pointText(0);
    EXPECT_TRUE(tip.contains(QStringLiteral("Numerator"))) << tip.toStdString();
}

TEST_F(ChartView, changing_the_chart_type_is_stored_and_undone) {
    ChartSetting s = setting();
    s.chartType = analysis::ChartType::P;
    ASSERT_TRUE(command::editChartSetting(*document, s, QStringLiteral("Change chart type")).ok());
    EXPECT_EQ(setting().chartType, analysis::ChartType::P);
    EXPECT_EQ(stack().count(), 1);
    stack().undo();
    EXPECT_EQ(setting().chartType, analysis::ChartType::Run);
    stack().redo();
    EXPECT_EQ(setting().chartType, analysis::ChartType::P);
}

TEST_F(ChartView, an_unchanged_setting_pushes_nothing) {
    ASSERT_TRUE(command::editChartSetting(*document, setting(), QStringLiteral("Change chart type")).ok());
    EXPECT_EQ(stack().count(), 0);
}

TEST_F(ChartView, baseline_edits_merge_into_one_step) {
    const auto original = setting().baselinePoints;
    for (int points : {1, 12}) {
        ChartSetting s = setting();
        s.baselinePoints = points;
        ASSERT_TRUE(command::editChartSetting(*document, s, QStringLiteral("Change baseline")).ok());
    }
    EXPECT_EQ(stack().count(), 1);
    EXPECT_EQ(setting().baselinePoints, 12);
    stack().undo();
    EXPECT_EQ(setting().baselinePoints, original);
}

TEST_F(ChartView, the_add_phase_control_stores_a_phase_start_and_draws_a_break) {
    MeasureChartPanel panel;
    ASSERT_TRUE(panel.load(*document, teamId, measureId).ok());
    ChartSetting s = setting();
    s.phaseStarts = {periods[3]};
    ASSERT_TRUE(command::editChartSetting(*document, s, QStringLiteral("Add phase")).ok());
    ASSERT_TRUE(panel.load(*document, teamId, measureId).ok());
    ASSERT_EQ(panel.chartData().phaseStarts.size(), 1u);
    EXPECT_TRUE(panel.view()->legendNames().contains(QStringLiteral("Phase change")));
    stack().undo();
    EXPECT_TRUE(setting().phaseStarts.isEmpty());
}

TEST_F(ChartView, marking_a_point_excluded_is_undoable) {
    ASSERT_TRUE(command::setPointExcluded(*document, teamId, measureId, periods[0], true).ok());
    auto chart = loadMeasureChart(document->workspace(), teamId, measureId);
    ASSERT_TRUE(chart.ok());
    EXPECT_TRUE(chart->total.points[0].excluded);
    stack().undo();
    chart = loadMeasureChart(document->workspace(), teamId, measureId);
    EXPECT_FALSE(chart->total.points[0].excluded);
}

TEST_F(ChartView, marking_a_point_astronomical_is_undoable) {
    ASSERT_TRUE(command::setPointAstronomical(*document, teamId, measureId, periods[1], true).ok());
    EXPECT_TRUE(loadMeasureChart(document->workspace(), teamId, measureId)->total.points[1].astronomical);
    stack().undo();
    EXPECT_FALSE(loadMeasureChart(document->workspace(), teamId, measureId)->total.points[1].astronomical);
}

TEST_F(ChartView, a_free_annotation_is_added_undone_and_redone) {
    auto count = [&] {
        const auto chart = loadMeasureChart(document->workspace(), teamId, measureId);
        return std::count_if(chart->markers.begin(), chart->markers.end(),
                             [](const auto& m) { return m.title == QStringLiteral("New intake form"); });
    };
    MeasureChartPanel panel;
    ASSERT_TRUE(panel.load(*document, teamId, measureId).ok());
    ASSERT_TRUE(panel.addAnnotation(periods[2], QStringLiteral("New intake form")).ok());
    EXPECT_EQ(count(), 1);
    stack().undo();
    EXPECT_EQ(count(), 0);
    stack().redo();
    EXPECT_EQ(count(), 1);
}

TEST_F(ChartView, an_empty_annotation_is_refused) {
    EXPECT_FALSE(command::addChartAnnotation(*document, teamId, measureId, periods[0], QStringLiteral("  ")).ok());
    EXPECT_EQ(stack().count(), 0);
}

TEST_F(ChartView, export_writes_png_svg_and_pdf_at_the_chosen_size) {
    MeasureChartPanel panel;
    ASSERT_TRUE(panel.load(*document, teamId, measureId).ok());
    const QString png = dir.path(QStringLiteral("chart.png"));
    ASSERT_TRUE(panel.exportTo(png, QSize(800, 500)).ok());
    const QImage image(png);
    EXPECT_EQ(image.size(), QSize(800, 500));

    const QString svg = dir.path(QStringLiteral("chart.svg"));
    ASSERT_TRUE(panel.exportTo(svg, QSize(800, 500)).ok());
    QFile svgFile(svg);
    ASSERT_TRUE(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgText = svgFile.readAll();
    EXPECT_TRUE(svgText.contains("<svg"));
    EXPECT_TRUE(svgText.contains("Median"));

    const QString pdf = dir.path(QStringLiteral("chart.pdf"));
    ASSERT_TRUE(panel.exportTo(pdf, QSize(800, 500)).ok());
    QFile pdfFile(pdf);
    ASSERT_TRUE(pdfFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdfFile.read(5) == "%PDF-");
    if (const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext")); !tool.isEmpty()) {
        QProcess process;
        process.start(tool, {pdf, QStringLiteral("-")});
        ASSERT_TRUE(process.waitForFinished(30000));
        EXPECT_TRUE(process.readAllStandardOutput().contains("Median"));
    }

    EXPECT_FALSE(panel.exportTo(dir.path(QStringLiteral("chart.bmp")), QSize(800, 500)).ok());
}

TEST_F(ChartView, choosing_a_chart_type_in_the_panel_stores_it_and_undo_restores_the_panel) {
    MeasureChartPanel panel;
    ASSERT_TRUE(panel.load(*document, teamId, measureId).ok());
    QComboBox* type = nullptr;
    for (QComboBox* combo : panel.findChildren<QComboBox*>())
        if (combo->accessibleName() == QStringLiteral("Chart type"))
            type = combo;
    ASSERT_NE(type, nullptr);
    const int p = type->findData(int(analysis::ChartType::P));
    ASSERT_GE(p, 0);
    type->setCurrentIndex(p);
    emit type->activated(p);
    EXPECT_EQ(setting().chartType, analysis::ChartType::P);
    EXPECT_EQ(panel.chartData().type, analysis::ChartType::P);
    EXPECT_TRUE(panel.view()->legendNames().contains(QStringLiteral("Limits (3 sigma)")));
    stack().undo();
    ASSERT_TRUE(panel.load(*document, teamId, measureId).ok());
    EXPECT_EQ(panel.chartData().type, analysis::ChartType::Run);
}

TEST_F(ChartView, a_stratified_measure_draws_one_line_per_stratum_when_asked) {
    Workspace& ws = document->workspace();
    auto teams = ws.teams.teams.all();
    ASSERT_TRUE(teams.ok());
    for (const Team& team : *teams) {
        auto measures = ws.measures.forTeam(team.meta.id);
        ASSERT_TRUE(measures.ok());
        for (const Measure& measure : *measures) {
            if (!measure.stratified)
                continue;
            auto chart = loadMeasureChart(ws, team.meta.id, measure.meta.id);
            ASSERT_TRUE(chart.ok()) << chart.error().message.toStdString();
            if (chart->strata.empty())
                continue;
            ChartSetting s = chart->setting;
            s.stratifiedView = StratifiedView::Lines;
            ASSERT_TRUE(command::editChartSetting(*document, s, QStringLiteral("Change stratified view")).ok());
            MeasureChartPanel panel;
            ASSERT_TRUE(panel.load(*document, team.meta.id, measure.meta.id).ok());
            for (const auto& stratum : panel.chartData().strata)
                EXPECT_TRUE(panel.view()->legendNames().contains(stratum.label)) << stratum.label.toStdString();
            return;
        }
    }
    FAIL() << "the demo should have a stratified measure with data (the outcome and re-entry measures)";
}

TEST_F(ChartView, choosing_a_linked_cycle_from_the_menu_asks_to_open_it) {
    MeasureChartPanel panel;
    ASSERT_TRUE(panel.load(*document, teamId, measureId).ok());
    QUuid expected;
    for (const auto& marker : panel.chartData().markers)
        if (marker.kind == analysis::MeasureChartMarker::Kind::Cycle) {
            expected = marker.id;
            break;
        }
    ASSERT_FALSE(expected.isNull()) << "the demo links PDSA cycles to its measures";
    QMenu* cycles = nullptr;
    for (QMenu* menu : panel.findChildren<QMenu*>())
        if (menu->title() == QStringLiteral("Open PDSA cycle"))
            cycles = menu;
    ASSERT_NE(cycles, nullptr);
    ASSERT_FALSE(cycles->actions().isEmpty());
    QSignalSpy spy(&panel, &MeasureChartPanel::cycleActivated);
    cycles->actions().front()->trigger();
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.front().at(0).toUuid(), teamId);
    EXPECT_EQ(spy.front().at(1).toUuid(), expected);
}

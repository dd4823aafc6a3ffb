// SPDX-License-Identifier: Apache-2.0
// The chart view: the panel draws a team's measure, every control change is stored through the
// undo facade (and undone), annotations are added undoably, and exports write valid files.
#include "analysis/measurechart.h"
#include "workspace/measurechartloader.h"
#include "uitestsupport.h"

#include "charts/decimation.h"
#include "charts/measurechartpanel.h"
#include "charts/measurechartview.h"
#include "undo/chartcommands.h"
#include "workspacedocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QMenu>
#include <QSignalSpy>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QProcess>
#include <QStandardPaths>
#include <QUndoStack>

#include <set>

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
    ASSERT_NE(original, std::optional<int>(6));
    for (int points : {3, 6}) {
        ChartSetting s = setting();
        s.baselinePoints = points;
        ASSERT_TRUE(command::editChartSetting(*document, s, QStringLiteral("Change baseline")).ok());
    }
    EXPECT_EQ(stack().count(), 1);
    EXPECT_EQ(setting().baselinePoints, 6);
    stack().undo();
    EXPECT_EQ(setting().baselinePoints, original);
}

TEST_F(ChartView, stepping_the_baseline_back_to_where_it_started_leaves_no_undo_step) {
    const auto original = setting().baselinePoints;
    for (std::optional<int> points : {std::optional<int>(3), original}) {
        ChartSetting s = setting();
        s.baselinePoints = points;
        ASSERT_TRUE(command::editChartSetting(*document, s, QStringLiteral("Change baseline")).ok());
    }
    EXPECT_EQ(stack().count(), 0);
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

namespace {

// A stratified measure with data in the demo, set to `view`; false when there is none.
bool stratifiedMeasure(WorkspaceDocument& document, StratifiedView view, QUuid& team, QUuid& measure) {
    Workspace& ws = document.workspace();
    auto teams = ws.teams.teams.all();
    for (const Team& t : teams.ok() ? *teams : std::vector<Team>{}) {
        auto measures = ws.measures.forTeam(t.meta.id);
        for (const Measure& m : measures.ok() ? *measures : std::vector<Measure>{}) {
            auto chart = loadMeasureChart(ws, t.meta.id, m.meta.id);
            if (!m.stratified || !chart.ok() || chart->strata.empty())
                continue;
            ChartSetting s = chart->setting;
            s.stratifiedView = view;
            if (!command::editChartSetting(document, s, QStringLiteral("Change stratified view")).ok())
                return false;
            team = t.meta.id;
            measure = m.meta.id;
            return true;
        }
    }
    return false;
}

} // namespace

TEST_F(ChartView, one_line_per_stratum_draws_the_groups_of_one_dimension_at_a_time) {
    QUuid team, measure;
    ASSERT_TRUE(stratifiedMeasure(*document, StratifiedView::Lines, team, measure))
        << "the demo should have a stratified measure with data (the outcome and re-entry measures)";
    MeasureChartPanel panel;
    ASSERT_TRUE(panel.load(*document, team, measure).ok());
    EXPECT_EQ(analysis::stratumDimensions(panel.chartData()),
              (QStringList{QStringLiteral("Race/ethnicity"), QStringLiteral("Age group")}));
    ASSERT_TRUE(panel.dimensionBox()->isVisibleTo(&panel));
    const auto legendOf = [&](const QString& dimension) {
        QStringList groups;
        for (const auto& stratum : panel.chartData().strata)
            if (stratum.dimension == dimension && panel.view()->legendNames().contains(stratum.label))
                groups << stratum.label;
        return groups;
    };
    EXPECT_EQ(panel.dimensionBox()->currentText(), QStringLiteral("Race/ethnicity"));
    EXPECT_EQ(legendOf(QStringLiteral("Race/ethnicity")).size(), 5);
    EXPECT_TRUE(legendOf(QStringLiteral("Age group")).isEmpty()) << "no age group beside the race groups";

    panel.dimensionBox()->setCurrentIndex(1);
    emit panel.dimensionBox()->activated(1);
    EXPECT_EQ(legendOf(QStringLiteral("Age group")).size(), 4);
    EXPECT_TRUE(legendOf(QStringLiteral("Race/ethnicity")).isEmpty());
    ASSERT_TRUE(panel.load(*document, team, measure).ok());
    EXPECT_EQ(panel.dimensionBox()->currentText(), QStringLiteral("Age group")) << "the choice survives a reload";
}

TEST_F(ChartView, small_multiples_have_equal_widths_and_one_shared_scale_unless_freed) {
    QUuid team, measure;
    ASSERT_TRUE(stratifiedMeasure(*document, StratifiedView::Multiples, team, measure));
    MeasureChartPanel panel;
    panel.resize(1280, 2000);
    ASSERT_TRUE(panel.load(*document, team, measure).ok());
    panel.show();
    QCoreApplication::processEvents();
    const auto& multiples = panel.smallMultiples();
    ASSERT_EQ(multiples.size(), 5u) << "one per race/ethnicity group, none per age group";
    for (MeasureChartView* small : multiples) {
        EXPECT_EQ(small->width(), multiples.front()->width()) << small->accessibleName().toStdString();
        EXPECT_EQ(small->yRange(), multiples.front()->yRange()) << small->accessibleName().toStdString();
    }
    EXPECT_GT(multiples.front()->width(), 1280 / 2 - 40);
    EXPECT_FALSE(panel.findChildren<QLabel*>().isEmpty());
    bool titled = false;
    for (QLabel* label : panel.findChildren<QLabel*>())
        titled |= label->text().contains(QStringLiteral("Race/ethnicity</b>: one chart per group"));
    EXPECT_TRUE(titled);

    panel.sameScaleBox()->setChecked(false);
    QCoreApplication::processEvents();
    std::set<std::pair<double, double>> ranges;
    for (MeasureChartView* small : panel.smallMultiples())
        ranges.insert(small->yRange());
    EXPECT_GT(ranges.size(), 1u) << "freed, each group has its own scale";
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

TEST(ChartDecimation, a_line_of_at_most_four_points_per_column_is_kept_whole) {
    QList<QPointF> line;
    for (int i = 0; i < 400; ++i)
        line << QPointF(i, i % 7);
    EXPECT_EQ(ui::decimateForColumns(line, 0, 400, 100), line);
}

TEST(ChartDecimation, a_long_line_keeps_first_lowest_highest_and_last_of_every_column_in_order) {
    QList<QPointF> line;
    for (int i = 0; i < 10000; ++i)
        line << QPointF(i, std::sin(i * 0.37) * 100 + (i % 97));
    const int columns = 100; // 100 points per column
    const QList<QPointF> kept = ui::decimateForColumns(line, 0, 10000, columns);
    ASSERT_LE(kept.size(), 4 * columns);
    EXPECT_EQ(kept.front(), line.front());
    EXPECT_EQ(kept.back(), line.back());
    for (qsizetype i = 1; i < kept.size(); ++i)
        ASSERT_LT(kept[i - 1].x(), kept[i].x()) << "order kept, no point twice";
    for (int column = 0; column < columns; ++column) {
        double lo = INFINITY, hi = -INFINITY, keptLo = INFINITY, keptHi = -INFINITY;
        for (int i = column * 100; i < (column + 1) * 100; ++i) {
            lo = std::min(lo, line[i].y());
            hi = std::max(hi, line[i].y());
        }
        for (const QPointF& p : kept)
            if (int(p.x()) / 100 == column) {
                keptLo = std::min(keptLo, p.y());
                keptHi = std::max(keptHi, p.y());
            }
        ASSERT_EQ(keptLo, lo) << "column " << column;
        ASSERT_EQ(keptHi, hi) << "column " << column;
    }
}

TEST(ChartDecimation, a_stepped_line_with_shared_edges_keeps_its_steps_per_column) {
    // Stepped limits share x at each step (right edge of one point = left edge of the next).
    QList<QPointF> stepped;
    for (int i = 0; i < 2000; ++i)
        stepped << QPointF(i, 10 + i % 5) << QPointF(i + 1, 10 + i % 5);
    const QList<QPointF> kept = ui::decimateForColumns(stepped, 0, 2000, 50);
    ASSERT_LE(kept.size(), 4 * 50);
    for (const QPointF& p : kept)
        EXPECT_TRUE(stepped.contains(p));
    const auto [lo, hi] = std::minmax_element(kept.begin(), kept.end(),
                                              [](const QPointF& a, const QPointF& b) { return a.y() < b.y(); });
    EXPECT_EQ(lo->y(), 10);
    EXPECT_EQ(hi->y(), 14);
}

TEST_F(ChartView, a_long_chart_is_redrawn_finer_when_the_view_grows) {
    analysis::MeasureChartInput in;
    in.measure.dataKind = DataKind::Count;
    in.setting.chartType = analysis::ChartType::C;
    for (int i = 0; i < 5000; ++i) {
        MeasureValue value;
        value.period = QDate(1700, 1, 1).addMonths(i);
        value.value = 10 + i % 7;
        in.values.push_back(value);
    }
    ui::MeasureChartView view;
    view.resize(700, 400);
    view.draw(analysis::buildMeasureChart(in));
    const int before = view.drawnColumns();
    EXPECT_GE(before, 700);
    const int series = view.seriesCount();
    view.resize(before + 900, 400);
    view.show();
    QCoreApplication::processEvents();
    EXPECT_GE(view.drawnColumns(), before + 900);
    EXPECT_EQ(view.seriesCount(), series);
}

TEST_F(ChartView, fixing_the_centre_line_starts_at_the_current_centre_and_is_undoable) {
    MeasureChartPanel panel;
    ASSERT_TRUE(panel.load(*document, teamId, measureId).ok());
    const double centre = panel.chartData().total.chart.cl.back();
    ASSERT_TRUE(std::isfinite(centre));
    QCheckBox* fixed = nullptr;
    QDoubleSpinBox* value = nullptr;
    for (QCheckBox* box : panel.findChildren<QCheckBox*>())
        if (box->accessibleName() == QStringLiteral("Fixed centre line"))
            fixed = box;
    for (QDoubleSpinBox* box : panel.findChildren<QDoubleSpinBox*>())
        if (box->accessibleName() == QStringLiteral("Fixed centre line value"))
            value = box;
    ASSERT_NE(fixed, nullptr);
    ASSERT_NE(value, nullptr);
    EXPECT_FALSE(value->isEnabled());

    fixed->click();
    ASSERT_TRUE(setting().fixedCentre.has_value());
    EXPECT_DOUBLE_EQ(*setting().fixedCentre, centre);
    EXPECT_TRUE(value->isEnabled());

    value->setValue(42.5);
    EXPECT_DOUBLE_EQ(*setting().fixedCentre, 42.5);
    for (double cl : panel.chartData().total.chart.cl)
        ASSERT_DOUBLE_EQ(cl, 42.5) << "every point is measured against the fixed line";
    EXPECT_TRUE(panel.view()->legendNames().filter(QStringLiteral("fixed")).size() == 1);

    stack().undo();
    EXPECT_DOUBLE_EQ(*setting().fixedCentre, centre);
    stack().undo();
    EXPECT_FALSE(setting().fixedCentre.has_value());
}

// SPDX-License-Identifier: Apache-2.0
// The spread report printed: the PDF (read back with pdftotext) holds every section and every
// team with the CSV's numbers; its pooled chart marks the engine's signals; Reports ▸ Spread
// report… previews the report and saves what `pdsa report spread` writes.

#include "analysis/measurechart.h"
#include "workspace/measurechartloader.h"
#include "demo/demogenerator.h"
#include "dialogs/spreadreportdialog.h"
#include "mainwindow.h"
#include "print/documentpdf.h"
#include "report/spreadreport.h"
#include "support/testsupport.h"
#include "uitestsupport.h"
#include "workspace/workspace.h"
#include "workspacedocument.h"

#include <QAction>
#include <QMenuBar>
#include <QSpinBox>
#include <QTextBrowser>

#include <gtest/gtest.h>

#include <map>

using namespace pdsa;

namespace {

class SpreadReportPrint : public test::UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        path = dir.path(QStringLiteral("full-demo.pdsa"));
        test::writeDemo(path, demo::DemoOptions{});
    }
    report::SpreadReport build(const report::SpreadOptions& options = {}) {
        auto ws = test::openOrFail(path);
        auto built = report::spreadReport(*ws, options);
        EXPECT_TRUE(built);
        return built ? *built : report::SpreadReport{};
    }
    QString path;
};

QString countText(double n) { return QString::number(qint64(n)); }

} // namespace

TEST_F(SpreadReportPrint, the_pdf_holds_every_section_every_team_and_the_csvs_numbers) {
    const QString pdf = dir.path(QStringLiteral("spread.pdf"));
    const auto run = test::runPdsa({QStringLiteral("report"), QStringLiteral("spread"), QStringLiteral("--workspace"), path,
                                    QStringLiteral("--out"), pdf});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    const QString text = test::pdfText(pdf).simplified();
    for (const char* heading : {"1. The collaborative", "2. Outcome and balancing measures across teams",
                                "3. The change package as tested", "4. Spread beyond the pilot sites", "5. Teams:",
                                "6. The outcome by stratum", "7. Methods"})
        EXPECT_TRUE(text.contains(QLatin1String(heading))) << heading;
    const report::SpreadReport content = build();
    EXPECT_TRUE(text.contains(content.collaborative.name));
    for (const report::TeamRow& team : content.teams)
        EXPECT_TRUE(text.contains(team.team)) << team.team.toStdString();
    int shown = 0, hidden = 0;
    for (const report::OutcomeRow& row : content.outcomes) {
        if (row.suppressed) {
            ++hidden;
            continue;
        }
        // "42.6 % (130 / 305)": the value and the counts the CSV holds, as printed.
        const QString cell = QStringLiteral("%1 % (%2 / %3)")
                                 .arg(QString::number(*row.value() * 100, 'f', 1), countText(*row.numerator),
                                      countText(*row.denominator));
        EXPECT_TRUE(text.contains(cell)) << cell.toStdString();
        ++shown;
    }
    EXPECT_GT(shown, 0);
    EXPECT_GT(hidden, 0);
    EXPECT_TRUE(text.contains(QStringLiteral("<11"))) << "small counts print as <11";
}

TEST_F(SpreadReportPrint, the_pooled_chart_marks_the_signals_the_engine_finds_on_the_summed_counts) {
    const report::SpreadReport content = build();
    ASSERT_FALSE(content.pooled.empty());
    const report::PooledMeasure& pooled = content.pooled.front();

    // The teams' monthly totals summed here, and charted by the engine as the P chart they are.
    auto ws = test::openOrFail(path);
    const Measure measure = ws->measures.lookup(QUuid(), pooled.name).value();
    std::map<QDate, std::pair<double, double>> sums;
    for (const Team& team : ws->teams.teams.all().value())
        for (const MeasureValue& v : ws->measures.series(team.meta.id, measure.meta.id).value())
            if (v.numerator && v.denominator) {
                sums[v.period].first += *v.numerator;
                sums[v.period].second += *v.denominator;
            }
    analysis::MeasureChartInput input;
    input.measure = measure;
    input.setting.chartType = analysis::ChartType::P;
    for (const auto& [month, nd] : sums) {
        MeasureValue v;
        v.period = month;
        v.numerator = nd.first;
        v.denominator = nd.second;
        input.values.push_back(v);
    }
    // The centre line frozen at the pooled baseline: the baseline months' sums.
    double bn = 0, bd = 0;
    for (const auto& [month, nd] : sums)
        if (month >= measure.baselineStart && month <= measure.baselineEnd) {
            bn += nd.first;
            bd += nd.second;
        }
    input.setting.fixedCentre = bn / bd * 100;
    const analysis::MeasureChart chart = analysis::buildMeasureChart(input);
    ASSERT_EQ(chart.total.points.size(), pooled.sketch.signal.size());
    int withSignal = 0;
    for (size_t i = 0; i < chart.total.points.size(); ++i) {
        const bool drawn = !std::isnan(pooled.sketch.y[i]);
        EXPECT_EQ(pooled.sketch.signal[i], drawn && chart.total.points[i].signal()) << i;
        if (drawn) {
            EXPECT_NEAR(pooled.sketch.y[i], chart.total.points[i].value, 1e-9) << i;
        }
        withSignal += pooled.sketch.signal[i];
    }
    EXPECT_GT(withSignal, 0) << "the demo's pooled outcome shifts after the changes";

    const QImage image = print::chartImage(pooled.sketch, 1.0);
    bool orange = false;
    for (int y = 0; y < image.height() && !orange; ++y)
        for (int x = 0; x < image.width() && !orange; ++x)
            orange = image.pixelColor(x, y) == QColor(0xe0, 0x7b, 0x00);
    EXPECT_TRUE(orange);
}

TEST_F(SpreadReportPrint, no_team_chart_gives_back_a_month_or_a_window_it_hides) {
    const report::SpreadReport content = build();
    auto ws = test::openOrFail(path);
    const Measure key = ws->measures.lookup(QUuid(), content.pages.front().keyMeasure).value();
    int pagesWithHidden = 0;
    for (const report::TeamPage& page : content.pages) {
        const auto chart = loadMeasureChart(*ws, page.teamId, key.meta.id).value();
        const auto& points = chart.total.points;
        const report::ChartSketch& sketch = page.keyChart;
        ASSERT_EQ(points.size(), sketch.y.size()) << page.team.toStdString();
        bool hidden = false;
        for (size_t i = 0; i < points.size(); ++i) {
            const bool left = !std::isnan(points[i].value) && std::isnan(sketch.y[i]);
            hidden |= left;
            if (left) {
                EXPECT_FALSE(sketch.signal[i]);
            }
        }
        pagesWithHidden += hidden;
        if (hidden) { // a centre line or a limit could give a hidden point back
            for (double c : sketch.centre)
                EXPECT_TRUE(std::isnan(c)) << page.team.toStdString();
            for (double u : sketch.upper)
                EXPECT_TRUE(std::isnan(u)) << page.team.toStdString();
        }
        // In each window the report prints a total for, what is hidden is two months or more and no
        // small number, or the whole window.
        for (const report::OutcomeRow& row : content.outcomes) {
            if (row.teamId != page.teamId || row.measureId != key.meta.id)
                continue;
            double n = 0, d = 0;
            int left = 0, drawn = 0;
            for (size_t i = 0; i < points.size(); ++i)
                if (!std::isnan(points[i].value) && QDate(points[i].period.year(), points[i].period.month(), 1) >= row.first &&
                    QDate(points[i].period.year(), points[i].period.month(), 1) <= row.last) {
                    ++drawn;
                    if (std::isnan(sketch.y[i])) {
                        ++left;
                        n += points[i].numerator;
                        d += points[i].denominator;
                    }
                }
            if (row.suppressed) {
                EXPECT_EQ(left, drawn) << page.team.toStdString() << " " << int(row.period);
                continue;
            }
            EXPECT_NE(left, 1) << page.team.toStdString() << " " << int(row.period);
            if (left >= 2 && left < drawn) {
                EXPECT_FALSE((n > 0 && n < 11) || (d > 0 && d < 11) || (d - n > 0 && d - n < 11))
                    << page.team.toStdString() << " " << int(row.period) << ": " << n << " of " << d;
            }
        }
    }
    EXPECT_GT(pagesWithHidden, 0) << "the demo's teams have months of few children";
}

TEST_F(SpreadReportPrint, the_dialog_previews_the_report_follows_its_options_and_saves_what_the_command_writes) {
    auto window = test::openMainWindow(path, QDate(2026, 7, 15));
    QAction* action = window->findChild<QAction*>(QStringLiteral("spreadReportAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_TRUE(action->isEnabled());
    bool inMenu = false;
    for (QAction* menu : window->menuBar()->actions())
        if (menu->text() == QLatin1String("&Reports") && menu->menu())
            inMenu = menu->menu()->actions().contains(action);
    EXPECT_TRUE(inMenu) << "Reports ▸ Spread report…";

    ui::SpreadReportDialog dialog(window->document()->workspace());
    ASSERT_TRUE(dialog.current());
    const QString preview = dialog.preview()->toPlainText();
    for (const report::TeamRow& team : dialog.current()->teams)
        EXPECT_TRUE(preview.contains(team.team)) << team.team.toStdString();
    EXPECT_TRUE(preview.contains(QStringLiteral("<11")));

    auto* minCell = dialog.findChild<QSpinBox*>();
    ASSERT_NE(minCell, nullptr);
    minCell->setValue(0);
    EXPECT_EQ(dialog.current()->minCell, 0);
    EXPECT_FALSE(dialog.preview()->toPlainText().contains(QStringLiteral("<11")));

    // Until months are chosen, the dialog's report is the command's without options.
    const QString asOpened = dir.path(QStringLiteral("opened.html"));
    ASSERT_TRUE(dialog.save(QStringLiteral("html"), asOpened));
    dialog.chooseMonths(dialog.current()->from, dialog.current()->to);
    const QString html = dir.path(QStringLiteral("dialog.html"));
    ASSERT_TRUE(dialog.save(QStringLiteral("html"), html));
    const QString cli = dir.path(QStringLiteral("cli.html"));
    const report::SpreadReport shown = *dialog.current();
    dialog.close();
    window.reset(); // the workspace is the window's while it is open
    const auto run = test::runPdsa({QStringLiteral("report"), QStringLiteral("spread"), QStringLiteral("--workspace"), path,
                                    QStringLiteral("--out"), cli, QStringLiteral("--min-cell"), QStringLiteral("0"),
                                    QStringLiteral("--from"), shown.from.toString(QStringLiteral("yyyy-MM")),
                                    QStringLiteral("--to"), shown.to.toString(QStringLiteral("yyyy-MM"))});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_EQ(test::fileBytes(html), test::fileBytes(cli));
    const QString plain = dir.path(QStringLiteral("plain.html"));
    const auto again = test::runPdsa({QStringLiteral("report"), QStringLiteral("spread"), QStringLiteral("--workspace"), path,
                                      QStringLiteral("--out"), plain, QStringLiteral("--min-cell"), QStringLiteral("0")});
    ASSERT_EQ(again.code, 0) << again.err.toStdString();
    EXPECT_EQ(test::fileBytes(asOpened), test::fileBytes(plain));
}

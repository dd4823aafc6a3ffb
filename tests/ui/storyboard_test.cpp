// SPDX-License-Identifier: Apache-2.0
// A team's monthly report printed as its storyboard, read back with poppler's pdftotext: every
// filled narrative section and the month's PDSA cycles are on it, it fits on two pages, its
// small charts mark the engine's signals; `pdsa report team` writes the same as PDF or HTML and
// refuses an unknown team or a month outside the collaborative without leaving a file.

#include "cli/cli.h"
#include "print/documentpdf.h"
#include "print/storyboardpdf.h"
#include "report/storyboard.h"
#include "uitestsupport.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QImage>

#include <gtest/gtest.h>

using namespace pdsa;

namespace {

const QString kTeam = QStringLiteral("Alder County (demo)");

int runReport(const QStringList& args, QString* err = nullptr) {
    QString out, errors;
    QTextStream outStream(&out), errStream(&errors);
    const int code = cli::runCli(QStringList{QStringLiteral("report"), QStringLiteral("team")} + args, outStream,
                                 errStream);
    if (err)
        *err = errors;
    return code;
}

class StoryboardPrint : public test::UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        path = demoPath();
        auto ws = test::openOrFail(path);
        const Team team = ws->teams.lookup(kTeam).value();
        const auto cycles = ws->cycles.cycles.forTeam(team.meta.id).value();
        // The month with the most cycles started, and its report.
        for (const TeamReport& r : ws->work.reports.forTeam(team.meta.id).value()) {
            QStringList started;
            for (const PdsaCycle& c : cycles)
                if (c.startDate.year() == r.month.year() && c.startDate.month() == r.month.month())
                    started << c.title;
            if (started.size() > titles.size()) {
                titles = started;
                report = r;
            }
        }
    }
    QString path;
    TeamReport report;
    QStringList titles;
};

TEST_F(StoryboardPrint, the_pdf_holds_every_narrative_section_and_the_months_cycles_on_two_pages_at_most) {
    ASSERT_FALSE(titles.isEmpty());
    const QString pdf = dir.path(QStringLiteral("report.pdf"));
    QString err;
    ASSERT_EQ(runReport({QStringLiteral("--workspace"), path, QStringLiteral("--team"), kTeam, QStringLiteral("--month"),
                         report.month.toString(QStringLiteral("yyyy-MM")), QStringLiteral("--out"), pdf},
                        &err),
              0)
        << err.toStdString();
    const QString text = test::pdfText(pdf).simplified();
    EXPECT_TRUE(text.contains(kTeam));
    for (const QString& section : {report.progress, report.successes, report.challenges, report.nextSteps, report.helpNeeded})
        if (!section.isEmpty()) {
            EXPECT_TRUE(text.contains(section.simplified())) << section.toStdString();
        }
    for (const QString& title : titles)
        EXPECT_TRUE(text.contains(title.simplified())) << title.toStdString();
    for (const char* heading : {"Aim", "Progress", "Successes", "Challenges", "Next steps", "Help needed",
                                "PDSA cycles this month", "Measures", "Faculty score"})
        EXPECT_TRUE(text.contains(QLatin1String(heading))) << heading;
    EXPECT_LE(test::pdfPages(pdf), 2);
}

TEST_F(StoryboardPrint, the_html_file_draws_each_chart_inline_and_holds_the_same_text) {
    const QString html = dir.path(QStringLiteral("report.html"));
    ASSERT_EQ(runReport({QStringLiteral("--workspace"), path, QStringLiteral("--team"), kTeam, QStringLiteral("--month"),
                         report.month.toString(QStringLiteral("yyyy-MM")), QStringLiteral("--out"), html}),
              0);
    QFile file(html);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(report.progress.toHtmlEscaped()));
    EXPECT_GE(text.count(QStringLiteral("<svg ")), 6);
}

TEST_F(StoryboardPrint, a_chart_image_marks_the_signals_in_orange_as_the_engine_found_them) {
    auto ws = test::openOrFail(path);
    const Team team = ws->teams.lookup(kTeam).value();
    const auto board = report::storyboard(*ws, team.meta.id, QDate(2026, 6, 1)).value();
    int withSignal = 0;
    for (const report::ChartSketch& sketch : board.charts) {
        const bool any = std::find(sketch.signal.begin(), sketch.signal.end(), true) != sketch.signal.end();
        const QImage image = print::chartImage(sketch, 1.0);
        bool orange = false;
        for (int y = 0; y < image.height() && !orange; ++y)
            for (int x = 0; x < image.width() && !orange; ++x)
                orange = image.pixelColor(x, y) == QColor(0xe0, 0x7b, 0x00);
        EXPECT_EQ(orange, any) << sketch.measure.toStdString();
        withSignal += any;
    }
    EXPECT_GT(withSignal, 0) << "the demo's charts show signals by its last month";
}

TEST_F(StoryboardPrint, an_unknown_team_or_a_month_outside_the_collaborative_is_refused_and_nothing_is_written) {
    const QString pdf = dir.path(QStringLiteral("nothing.pdf"));
    QString err;
    EXPECT_EQ(runReport({QStringLiteral("--workspace"), path, QStringLiteral("--team"), QStringLiteral("No Such Team"),
                         QStringLiteral("--month"), QStringLiteral("2026-01"), QStringLiteral("--out"), pdf},
                        &err),
              1);
    EXPECT_TRUE(err.contains(QStringLiteral("No Such Team"))) << err.toStdString();
    EXPECT_FALSE(QFile::exists(pdf));
    EXPECT_EQ(runReport({QStringLiteral("--workspace"), path, QStringLiteral("--team"), kTeam, QStringLiteral("--month"),
                         QStringLiteral("2031-01"), QStringLiteral("--out"), pdf},
                        &err),
              1);
    EXPECT_TRUE(err.contains(QStringLiteral("2031-01 is not a month of the collaborative"))) << err.toStdString();
    EXPECT_FALSE(QFile::exists(pdf));
    EXPECT_EQ(runReport({QStringLiteral("--workspace"), path, QStringLiteral("--team"), kTeam, QStringLiteral("--month"),
                         QStringLiteral("2026-13"), QStringLiteral("--out"), pdf},
                        &err),
              2);
    EXPECT_FALSE(QFile::exists(pdf));
}

} // namespace

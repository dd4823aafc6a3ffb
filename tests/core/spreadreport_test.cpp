// SPDX-License-Identifier: Apache-2.0
// The spread report's content: small-cell suppression on cases built to leak (a total and one cell
// that would give a suppressed cell back, percentages of suppressed counts, a stratum with one
// child), the CSV folder's contract, the HTML file (well formed, self-contained, clean to HTML
// Tidy, the same bytes each time), and `pdsa report spread`'s refusals.

#include "demo/demogenerator.h"
#include "report/document.h"
#include "report/spreadreport.h"
#include "support/testsupport.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <map>

using namespace pdsa;
using namespace pdsa::report;

namespace {

OutcomeRow row(const char* team, double numerator, double denominator) {
    OutcomeRow r;
    r.measure = QStringLiteral("Reunified");
    if (team) {
        r.team = QString::fromLatin1(team);
        r.teamId = QUuid::createUuidV5(QUuid(), r.team);
    }
    r.numerator = numerator;
    r.denominator = denominator;
    return r;
}

void suppress(std::vector<OutcomeRow>& rows, int minCell, bool proportion = true) {
    std::vector<OutcomeRow*> pointers;
    for (OutcomeRow& r : rows)
        pointers.push_back(&r);
    suppressOutcomes(pointers, minCell, proportion);
}

std::vector<bool> suppressedOf(const std::vector<OutcomeRow>& rows) {
    std::vector<bool> flags;
    for (const OutcomeRow& r : rows)
        flags.push_back(r.suppressed);
    return flags;
}

} // namespace

TEST(SuppressOutcomes, counts_from_one_to_n_minus_one_are_suppressed_and_zero_and_n_are_not) {
    std::vector<OutcomeRow> rows = {row("A", 0, 40), row("B", 11, 40), row("C", 10, 40), row("D", 12, 1),
                                    row("E", 15, 60), row(nullptr, 48, 221)};
    suppress(rows, 11);
    EXPECT_EQ(suppressedOf(rows), (std::vector<bool>{false, false, true, true, false, false}))
        << "C and D hidden together add up to 22 of 41: no small number, so nothing more goes";
    EXPECT_TRUE(rows[2].smallNumerator);
    EXPECT_FALSE(rows[2].smallDenominator);
    EXPECT_TRUE(rows[3].smallDenominator);
}

TEST(SuppressOutcomes, a_lone_suppressed_team_takes_the_smallest_other_team_with_it_so_the_total_cannot_give_it_back) {
    // Shown as they are, the pool (55/190) less B and C would give A's 5 children back.
    std::vector<OutcomeRow> rows = {row("A", 5, 40), row("B", 30, 100), row("C", 20, 50), row(nullptr, 55, 190)};
    suppress(rows, 11);
    EXPECT_EQ(suppressedOf(rows), (std::vector<bool>{true, false, true, false}));
    EXPECT_FALSE(rows[0].complementary);
    EXPECT_TRUE(rows[2].complementary) << "C has the smaller denominator of the two shown";
    EXPECT_EQ(*rows[3].numerator, 55.0) << "the pool stays: it gives only A and C together";
}

TEST(SuppressOutcomes, with_no_other_team_to_hide_the_pool_is_suppressed_instead) {
    std::vector<OutcomeRow> rows = {row("A", 5, 40), row(nullptr, 5, 40)};
    suppress(rows, 11);
    EXPECT_EQ(suppressedOf(rows), (std::vector<bool>{true, true}));
}

TEST(SuppressOutcomes, hidden_rows_that_add_up_to_a_small_number_take_more_rows_with_them) {
    // A and B hidden alone would add up to 8 of 80: the pool less C gives that. C goes too.
    std::vector<OutcomeRow> rows = {row("A", 5, 40), row("B", 3, 40), row("C", 20, 50), row(nullptr, 28, 130)};
    suppress(rows, 11);
    EXPECT_EQ(suppressedOf(rows), (std::vector<bool>{true, true, true, false}));
    // A hidden for its 3; B (0 of 15) is the smallest other, but 3 of 55 together is still small: D too.
    std::vector<OutcomeRow> more = {row("A", 3, 40), row("B", 0, 15), row("C", 50, 200), row("D", 40, 100),
                                    row(nullptr, 93, 355)};
    suppress(more, 11);
    EXPECT_EQ(suppressedOf(more), (std::vector<bool>{true, true, false, true, false}));
}

TEST(SuppressOutcomes, a_proportion_whose_children_not_counted_are_few_is_suppressed) {
    // 38 of 40 reunified says that 2 were not.
    std::vector<OutcomeRow> rows = {row("A", 38, 40), row("B", 30, 100), row("C", 20, 50), row(nullptr, 88, 190)};
    suppress(rows, 11);
    EXPECT_TRUE(rows[0].suppressed);
    EXPECT_FALSE(rows[0].smallNumerator);
    EXPECT_FALSE(rows[0].smallDenominator);
    // As a rate (events over days in care) the complement means nothing.
    std::vector<OutcomeRow> rates = {row("A", 38, 40), row("B", 30, 100), row(nullptr, 68, 140)};
    suppress(rates, 11, false);
    EXPECT_FALSE(rates[0].suppressed);
}

TEST(SuppressOutcomes, a_small_pool_is_suppressed_itself) {
    std::vector<OutcomeRow> small = {row("A", 0, 40), row("B", 4, 40), row("C", 0, 50), row(nullptr, 4, 130)};
    suppress(small, 11);
    EXPECT_TRUE(small[3].suppressed) << "the pool's own 4 is a small number";
}

TEST(SuppressOutcomes, a_suppressed_row_keeps_no_count_and_no_percentage) {
    std::vector<OutcomeRow> rows = {row("A", 5, 40), row("B", 30, 100), row(nullptr, 35, 140)};
    suppress(rows, 11);
    for (const OutcomeRow& r : rows) {
        if (!r.suppressed)
            continue;
        EXPECT_FALSE(r.numerator) << r.team.toStdString();
        EXPECT_FALSE(r.denominator) << r.team.toStdString();
        EXPECT_FALSE(r.value()) << r.team.toStdString();
    }
    EXPECT_EQ(suppressedOf(rows), (std::vector<bool>{true, true, false}));
}

TEST(SuppressOutcomes, a_minimum_of_zero_suppresses_nothing) {
    std::vector<OutcomeRow> rows = {row("A", 1, 2), row(nullptr, 1, 2)};
    suppress(rows, 0);
    EXPECT_EQ(suppressedOf(rows), (std::vector<bool>{false, false}));
    EXPECT_DOUBLE_EQ(*rows[0].value(), 0.5);
}

namespace {

// The whole demo (four teams, two years), written once and copied for each test.
class SpreadReportTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_demo = new test::TempDir;
        test::writeDemo(s_demo->path(QStringLiteral("demo.pdsa")), demo::DemoOptions{});
    }
    static void TearDownTestSuite() {
        delete s_demo;
        s_demo = nullptr;
    }
    void SetUp() override { ASSERT_TRUE(QFile::copy(s_demo->path(QStringLiteral("demo.pdsa")), m_path)); }
    static inline test::TempDir* s_demo = nullptr;

    SpreadReport build(const SpreadOptions& options = {}) {
        const auto workspace = test::openOrFail(m_path);
        auto report = spreadReport(*workspace, options);
        EXPECT_TRUE(report) << (report ? std::string() : report.error().message.toStdString());
        return report ? *report : SpreadReport{};
    }
    static std::vector<QStringList> csvRows(const QByteArray& bytes) {
        std::vector<QStringList> rows;
        for (const QString& line : QString::fromUtf8(bytes).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts))
            rows.push_back(line.split(QLatin1Char(','))); // the demo's names hold no comma
        return rows;
    }
    test::CliRun spread(const QStringList& extra) const {
        return test::runPdsa(QStringList{QStringLiteral("report"), QStringLiteral("spread"), QStringLiteral("--workspace"),
                                         m_path} +
                             extra);
    }
    test::TempDir m_dir;
    QString m_path = m_dir.path(QStringLiteral("demo.pdsa"));
};

} // namespace

TEST_F(SpreadReportTest, csv_files_have_the_contracts_columns_and_each_pool_sums_its_teams) {
    SpreadOptions options;
    options.minCell = 0;
    const QMap<QString, QByteArray> files = spreadCsvFiles(build(options));
    ASSERT_EQ(files.keys(), (QStringList{QStringLiteral("changes.csv"), QStringLiteral("outcomes.csv"),
                                         QStringLiteral("spread.csv"), QStringLiteral("teams.csv")}));
    EXPECT_EQ(csvRows(files[QStringLiteral("outcomes.csv")]).front().join(u','),
              QStringLiteral("measure_id,measure,team_id,team,period,numerator,denominator,value,suppressed"));
    EXPECT_EQ(csvRows(files[QStringLiteral("changes.csv")]).front().join(u','),
              QStringLiteral("concept,change_idea_id,change_idea,cycles,teams,adopted,adapted,abandoned"));
    EXPECT_EQ(csvRows(files[QStringLiteral("spread.csv")]).front().join(u','),
              QStringLiteral("id,team_id,team,change_idea_id,practice,to_site,spread_on,status"));
    EXPECT_EQ(csvRows(files[QStringLiteral("teams.csv")]).front().join(u','),
              QStringLiteral("team_id,team,agency,site,cycles,latest_faculty_score"));

    std::map<std::pair<QString, QString>, std::pair<double, double>> teamSums, pools;
    const auto rows = csvRows(files[QStringLiteral("outcomes.csv")]);
    for (size_t i = 1; i < rows.size(); ++i) {
        const QStringList& r = rows[i];
        ASSERT_EQ(r.size(), 9);
        EXPECT_EQ(r[8], QStringLiteral("false"));
        const double n = r[5].toDouble(), d = r[6].toDouble();
        EXPECT_NEAR(r[7].toDouble(), n / d, 1e-12) << "value is the fraction";
        auto& sums = r[2].isEmpty() ? pools[{r[0], r[4]}] : teamSums[{r[0], r[4]}];
        sums.first += n;
        sums.second += d;
    }
    ASSERT_EQ(pools.size(), 4u) << "two pooled measures (reunified, re-entry), baseline and latest";
    EXPECT_EQ(pools, teamSums);
}

TEST_F(SpreadReportTest, the_demos_small_team_counts_are_suppressed_in_the_csv_with_their_pools_protected) {
    const SpreadReport report = build(); // the collaborative's minimum, 11
    EXPECT_EQ(report.minCell, 11);
    int suppressed = 0;
    std::map<std::pair<QString, int>, std::pair<int, bool>> groups; // hidden teams, pool hidden
    for (const OutcomeRow& r : report.outcomes) {
        auto& g = groups[{r.measureId.toString(), int(r.period)}];
        if (r.teamId.isNull())
            g.second = r.suppressed;
        else
            g.first += r.suppressed;
        suppressed += r.suppressed;
    }
    EXPECT_GT(suppressed, 0) << "the demo's re-entries are small numbers for some teams";
    for (const auto& [key, g] : groups)
        EXPECT_FALSE(g.first == 1 && !g.second) << "one hidden team with its pool shown";
    const QByteArray csv = spreadCsvFiles(report)[QStringLiteral("outcomes.csv")];
    for (const QStringList& r : csvRows(csv)) {
        if (r.value(8) == QLatin1String("true")) {
            EXPECT_EQ(r.mid(5, 3), (QStringList{QString(), QString(), QString()})) << r.join(u',').toStdString();
        }
    }
}

TEST_F(SpreadReportTest, a_stratum_with_one_child_shows_under_n_and_takes_another_group_and_the_references_with_it) {
    QString group;
    {
        const auto workspace = test::openOrFail(m_path);
        auto measure = workspace->measures.lookup(QUuid(), QStringLiteral("Children reunified within 12 months of entry"));
        ASSERT_TRUE(measure);
        auto strata = workspace->collaborative.strata.all();
        ASSERT_TRUE(strata);
        const Stratum* asian = nullptr;
        for (const Stratum& s : *strata)
            if (s.name.startsWith(QStringLiteral("Asian")))
                asian = &s;
        ASSERT_NE(asian, nullptr);
        group = asian->name;
        // Every value of the group in the report's latest quarter becomes 0 of 0, but one child (1 of 1).
        auto values = workspace->measures.values.where("measure_id = ?1 AND stratum_id = ?2", [&](storage::Query& q) {
            q.bind(1, measure->meta.id).bind(2, asian->meta.id);
        });
        ASSERT_TRUE(values);
        QDate last;
        for (const MeasureValue& v : *values)
            last = std::max(last, v.period);
        const QDate quarter(last.year(), (last.month() - 1) / 3 * 3 + 1, 1);
        bool first = true;
        for (MeasureValue v : *values) {
            if (v.period < quarter)
                continue;
            v.numerator = first ? 1 : 0;
            v.denominator = first ? 1 : 0;
            first = false;
            ASSERT_TRUE(workspace->measures.values.put(v));
        }
    }
    const SpreadReport report = build();
    const StratumSection* race = nullptr;
    for (const StratumSection& s : report.strata)
        if (s.dimension == QLatin1String("Race/ethnicity"))
            race = &s;
    ASSERT_NE(race, nullptr);
    int hidden = 0;
    for (const StratumGroupRow& g : race->groups) {
        if (g.group == group) {
            EXPECT_EQ(g.numerator.toStdString(), "<11");
            EXPECT_EQ(g.denominator.toStdString(), "<11");
            EXPECT_EQ(g.rate.toStdString(), "<11") << "a percentage of a suppressed count is suppressed";
        }
        hidden += g.denominator == QLatin1String("<11") || g.denominator == QLatin1String("suppressed");
        EXPECT_EQ(g.reference.toStdString(), "—") << "the other groups pooled would give the group back";
        EXPECT_EQ(g.difference.toStdString(), "—");
    }
    EXPECT_GE(hidden, 2) << "more groups are suppressed, so the shown groups cannot be summed against a total";
}

TEST_F(SpreadReportTest, the_html_file_is_well_formed_self_contained_and_clean_to_html_tidy) {
    const QString html = htmlFile(spreadDocument(build()));
    QString body = html;
    ASSERT_TRUE(body.startsWith(QStringLiteral("<!DOCTYPE html>\n")));
    QXmlStreamReader xml(body.mid(body.indexOf(QStringLiteral("<html"))));
    int svg = 0, th = 0, captions = 0, headings = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        EXPECT_NE(name, QLatin1String("script"));
        EXPECT_FALSE(xml.attributes().hasAttribute(QStringLiteral("src"))) << name.toString().toStdString();
        EXPECT_FALSE(xml.attributes().hasAttribute(QStringLiteral("href"))) << name.toString().toStdString();
        if (name == QLatin1String("svg")) {
            ++svg;
            EXPECT_EQ(xml.attributes().value(QStringLiteral("role")), QLatin1String("img"));
            EXPECT_FALSE(xml.attributes().value(QStringLiteral("aria-label")).isEmpty()) << "each chart has a text alternative";
        }
        th += name == QLatin1String("th") && xml.attributes().value(QStringLiteral("scope")) == QLatin1String("col");
        captions += name == QLatin1String("caption");
        headings += name == QLatin1String("h2");
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString() << " at line " << xml.lineNumber();
    EXPECT_GE(svg, 2 + 4) << "the two pooled charts and a key chart per team";
    EXPECT_GT(th, 0);
    EXPECT_GT(captions, 0);
    EXPECT_EQ(headings, 7 + 3) << "seven sections and the three teams' pages after the first";

    const QString tidy = QStandardPaths::findExecutable(QStringLiteral("tidy"));
    ASSERT_FALSE(tidy.isEmpty()) << "HTML Tidy is installed by packaging/install-deps.sh";
    const QString path = m_dir.path(QStringLiteral("r.html"));
    test::writeBytes(path, html.toUtf8());
    QProcess process;
    process.start(tidy, {QStringLiteral("-q"), QStringLiteral("-e"), path});
    ASSERT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
}

TEST_F(SpreadReportTest, the_same_workspace_and_options_give_the_same_bytes) {
    const SpreadReport a = build(), b = build();
    EXPECT_EQ(htmlFile(spreadDocument(a)), htmlFile(spreadDocument(b)));
    EXPECT_EQ(spreadCsvFiles(a), spreadCsvFiles(b));
}

TEST_F(SpreadReportTest, from_and_to_count_only_the_cycles_started_and_the_spread_recorded_in_those_months) {
    const SpreadReport all = build();
    SpreadOptions options;
    options.from = all.from.addMonths(6);
    options.to = all.from.addMonths(11);
    const SpreadReport part = build(options);
    int cyclesAll = 0, cyclesPart = 0;
    for (const TeamRow& t : all.teams)
        cyclesAll += t.cycles;
    for (const TeamRow& t : part.teams)
        cyclesPart += t.cycles;
    EXPECT_GT(cyclesPart, 0);
    EXPECT_LT(cyclesPart, cyclesAll);
    for (const SpreadRow& s : part.spread) {
        EXPECT_GE(s.spreadOn, options.from);
        EXPECT_LT(s.spreadOn, options.to.addMonths(1));
    }
    EXPECT_EQ(part.pooled.front().sketch.firstLabel, options.from.toString(QStringLiteral("yyyy-MM")));
    EXPECT_EQ(part.pooled.front().sketch.lastLabel, options.to.toString(QStringLiteral("yyyy-MM")));
}

TEST_F(SpreadReportTest, the_command_writes_a_csv_folder_and_an_html_file) {
    const QString folder = m_dir.path(QStringLiteral("csv"));
    auto run = spread({QStringLiteral("--out"), folder, QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_EQ(QDir(folder).entryList(QDir::Files),
              (QStringList{QStringLiteral("changes.csv"), QStringLiteral("outcomes.csv"), QStringLiteral("spread.csv"),
                           QStringLiteral("teams.csv")}));
    EXPECT_EQ(test::fileBytes(QDir(folder).filePath(QStringLiteral("outcomes.csv"))),
              spreadCsvFiles(build())[QStringLiteral("outcomes.csv")]);
    const QString html = m_dir.path(QStringLiteral("r.html"));
    run = spread({QStringLiteral("--out"), html});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_EQ(QString::fromUtf8(test::fileBytes(html)), htmlFile(spreadDocument(build())));
}

TEST_F(SpreadReportTest, the_command_refuses_bad_input_with_one_line_and_writes_nothing) {
    const QString out = m_dir.path(QStringLiteral("out.html"));
    const struct {
        QStringList args;
        int code;
        QString message;
    } cases[] = {
        {{QStringLiteral("--from"), QStringLiteral("2035-01")}, 1,
         QStringLiteral("pdsa: report spread: %1: the report cannot start in 2035-01: the collaborative ended in 2026-06")
             .arg(m_path)},
        {{QStringLiteral("--from"), QStringLiteral("2025-13")}, 2,
         QStringLiteral("pdsa: report spread: --from expects a month as YYYY-MM, such as 2025-03, not \"2025-13\"\n"
                        "Try 'pdsa report spread --help'.")},
        {{QStringLiteral("--min-cell"), QStringLiteral("-3")}, 2,
         QStringLiteral("pdsa: report spread: --min-cell expects a whole number from 0 to 100, not \"-3\"\n"
                        "Try 'pdsa report spread --help'.")},
        {{QStringLiteral("--from"), QStringLiteral("2025-06"), QStringLiteral("--to"), QStringLiteral("2025-01")}, 2,
         QStringLiteral("pdsa: report spread: --from (2025-06) is after --to (2025-01)\nTry 'pdsa report spread --help'.")},
        {{QStringLiteral("--format"), QStringLiteral("docx")}, 2,
         QStringLiteral("pdsa: report spread: --format expects pdf, html or csv, not \"docx\"\n"
                        "Try 'pdsa report spread --help'.")},
    };
    for (const auto& c : cases) {
        const auto run = spread(QStringList{QStringLiteral("--out"), out} + c.args);
        EXPECT_EQ(run.code, c.code) << c.args.join(u' ').toStdString();
        EXPECT_EQ(run.err.trimmed().toStdString(), c.message.toStdString());
        EXPECT_TRUE(run.out.isEmpty());
        EXPECT_FALSE(QFile::exists(out)) << c.args.join(u' ').toStdString();
    }
    const QString xls = m_dir.path(QStringLiteral("out.xls"));
    auto run = spread({QStringLiteral("--out"), xls});
    EXPECT_EQ(run.code, 2);
    EXPECT_EQ(run.err.trimmed().toStdString(),
              "pdsa: report spread: cannot write a .xls file: --out must end in .pdf or .html, or name a folder for "
              "--format csv\nTry 'pdsa report spread --help'.");
    EXPECT_FALSE(QFile::exists(xls));
    const QString missing = m_dir.path(QStringLiteral("missing.pdsa"));
    run = test::runPdsa({QStringLiteral("report"), QStringLiteral("spread"), QStringLiteral("--workspace"), missing,
                         QStringLiteral("--out"), out});
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.err.contains(missing)) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
}

// SPDX-License-Identifier: Apache-2.0
// CSV import of measure data (core/import): encodings, separators, period and number formats,
// strata, the plan (new / changed / unchanged), every problem listed with its row and column, and
// a refused import that leaves the workspace byte for byte as it was. Also `pdsa data import`.

#include "cli/cli.h"
#include "import/measurecsv.h"
#include "support/testsupport.h"

#include <QBuffer>
#include <QFile>

#include <gtest/gtest.h>

using namespace pdsa;
using namespace pdsa::import;

namespace {

const QDateTime kT0(QDate(2025, 6, 1), QTime(9, 0), Qt::UTC);

class Import : public ::testing::Test {
protected:
    void SetUp() override
    {
        path = dir.path(QStringLiteral("ws.pdsa"));
        auto created = Workspace::create(path, QStringLiteral("Timely Permanency"));
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        ws = std::move(*created);
        ws->setClock([] { return kT0; });
        const QUuid collaborative = ws->collaborative.current()->meta.id;

        Team t;
        t.meta.updatedAt = kT0;
        t.collaborativeId = collaborative;
        t.name = QStringLiteral("Riverside County");
        ASSERT_TRUE(ws->teams.teams.put(t).ok());
        team = t.meta.id;

        for (const char* name : {"Under 1", "1 to 5"}) {
            Stratum s;
            s.meta.updatedAt = kT0;
            s.collaborativeId = collaborative;
            s.dimension = QStringLiteral("Age group");
            s.name = QString::fromLatin1(name);
            s.position = static_cast<int>(strata.size());
            ASSERT_TRUE(ws->collaborative.strata.put(s).ok());
            strata << s.meta.id;
        }

        visits.meta.updatedAt = kT0;
        visits.collaborativeId = collaborative;
        visits.name = QStringLiteral("Timely visits");
        visits.unit = QStringLiteral("%");
        visits.stratified = true;
        ASSERT_TRUE(ws->measures.measures.put(visits).ok());

        placements = visits;
        placements.meta = RecordMeta{};
        placements.meta.updatedAt = kT0;
        placements.teamId = team;
        placements.name = QStringLiteral("Placement moves");
        placements.dataKind = DataKind::Count;
        placements.stratified = false;
        ASSERT_TRUE(ws->measures.measures.put(placements).ok());

        weekly = placements;
        weekly.meta = RecordMeta{};
        weekly.meta.updatedAt = kT0;
        weekly.name = QStringLiteral("Weekly huddles");
        weekly.frequency = Frequency::Weekly;
        ASSERT_TRUE(ws->measures.measures.put(weekly).ok());
    }

    ImportPlan plan(const QString& fixture, const Measure& measure)
    {
        QFile file(test::dataPath(QStringLiteral("import/") + fixture));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << fixture.toStdString();
        auto result = planMeasureImport(file, fixture, *ws, measure, team);
        EXPECT_TRUE(result.ok()) << result.error().message.toStdString();
        return result.ok() ? *result : ImportPlan{};
    }

    ImportPlan planText(const QByteArray& text, const Measure& measure)
    {
        QByteArray bytes = text;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        auto result = planMeasureImport(buffer, QStringLiteral("data.csv"), *ws, measure, team);
        EXPECT_TRUE(result.ok());
        return result.ok() ? *result : ImportPlan{};
    }

    MeasureValue stored(const Measure& measure, const QDate& period, const QUuid& stratum = {})
    {
        auto found = ws->measures.values.find(measureValueId(team, measure.meta.id, period, stratum));
        EXPECT_TRUE(found.ok() && found->has_value());
        return found.ok() && found->has_value() ? **found : MeasureValue{};
    }

    test::TempDir dir;
    QString path;
    std::unique_ptr<Workspace> ws;
    QUuid team;
    QList<QUuid> strata;
    Measure visits, placements, weekly;
};

} // namespace

TEST_F(Import, reads_every_month_spelling_a_bom_and_a_quoted_note)
{
    const ImportPlan p = plan(QStringLiteral("months.csv"), visits);
    ASSERT_TRUE(p.ok()) << p.problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(p.encoding, QStringLiteral("UTF-8"));
    EXPECT_EQ(p.separator, QChar(u','));
    ASSERT_EQ(p.cells.size(), 5u);
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ(p.cells[i].value.period, QDate(2025, i + 1, 1));
        EXPECT_EQ(p.cells[i].change, CellChange::New);
        EXPECT_EQ(p.cells[i].row, i + 2);
        EXPECT_EQ(p.cells[i].value.meta.id, measureValueId(team, visits.meta.id, QDate(2025, i + 1, 1), {}));
    }
    EXPECT_EQ(p.cells[2].value.note, QStringLiteral("New script, first week"));
    EXPECT_EQ(p.cells[0].value.numerator, 12.0);
    EXPECT_EQ(p.cells[0].value.denominator, 40.0);
}

TEST_F(Import, reads_windows_1252_with_semicolons_and_refuses_a_decimal_comma_in_a_count_of_children)
{
    // The numerator counts children: 12,5 of them is a typing slip, not a number to store.
    const ImportPlan p = plan(QStringLiteral("semicolon-1252.csv"), visits);
    EXPECT_EQ(p.encoding, QStringLiteral("Windows-1252"));
    EXPECT_EQ(p.separator, QChar(u';'));
    EXPECT_EQ(p.problems, QStringList{QStringLiteral("semicolon-1252.csv, row 2, column Numerator: \"12,5\": expected a "
                                                     "whole number (the numerator counts children, families or events)")});
    ASSERT_EQ(p.cells.size(), 1u);
    EXPECT_EQ(p.cells[0].row, 3);
}

TEST_F(Import, a_count_that_looks_like_a_thousands_separator_is_asked_about_not_guessed)
{
    for (const char* text : {"1.234", "1,234"}) {
        const ImportPlan p = planText(QStringLiteral("period,numerator,denominator\n2025-01,\"%1\",2000\n")
                                          .arg(QString::fromLatin1(text))
                                          .toUtf8(),
                                      visits);
        EXPECT_EQ(p.problems, QStringList{QStringLiteral("data.csv, row 2, column numerator: \"%1\": expected a whole "
                                                         "number; if it means 1234, write it without a separator")
                                              .arg(QString::fromLatin1(text))});
    }
}

TEST_F(Import, a_numerator_without_its_denominator_is_refused_naming_the_cell)
{
    const ImportPlan p = planText("period,numerator\n2025-06,3\n", visits);
    EXPECT_EQ(p.problems, QStringList{QStringLiteral("data.csv, row 2, column period: Timely visits, Jun 2025 "
                                                     "(denominator): a numerator needs its denominator: expected "
                                                     "the number it is counted out of")});
}

TEST_F(Import, maps_the_stratum_column_by_name_or_dimension_and_name)
{
    const ImportPlan p = plan(QStringLiteral("stratified.csv"), visits);
    ASSERT_TRUE(p.ok()) << p.problems.join(QLatin1Char('\n')).toStdString();
    ASSERT_EQ(p.cells.size(), 3u);
    EXPECT_TRUE(p.cells[0].value.stratumId.isNull());
    EXPECT_EQ(p.cells[1].value.stratumId, strata[0]);
    EXPECT_EQ(p.cells[2].value.stratumId, strata[1]);
    EXPECT_EQ(p.cells[2].stratumName, QStringLiteral("1 to 5"));
}

TEST_F(Import, counts_take_a_value_column)
{
    const ImportPlan p = plan(QStringLiteral("counts.csv"), placements);
    ASSERT_TRUE(p.ok()) << p.problems.join(QLatin1Char('\n')).toStdString();
    ASSERT_EQ(p.cells.size(), 2u);
    EXPECT_EQ(p.cells[1].value.value, 0.0);
    EXPECT_EQ(p.cells[1].value.note, QStringLiteral("quiet month"));
}

TEST_F(Import, weekly_dates_become_the_monday_and_a_month_is_refused)
{
    const ImportPlan p = planText("period,value\n2025-03-20,4\n2025-03,5\n", weekly);
    EXPECT_EQ(p.problems,
              QStringList{QStringLiteral("data.csv, row 3, column period: \"2025-03\": expected a date such as "
                                         "2025-03-17 (a weekly measure needs the day)")});
    const ImportPlan ok = planText("period,value\n2025-03-20,4\n", weekly);
    ASSERT_EQ(ok.cells.size(), 1u);
    EXPECT_EQ(ok.cells[0].value.period, QDate(2025, 3, 17));
}

TEST_F(Import, applies_in_one_go_and_a_second_run_is_unchanged_or_changed)
{
    const ImportPlan first = plan(QStringLiteral("months.csv"), visits);
    auto written = applyMeasureImport(*ws, first);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    EXPECT_EQ(*written, 5);
    EXPECT_EQ(stored(visits, QDate(2025, 3, 1)).numerator, 18.0);
    EXPECT_EQ(stored(visits, QDate(2025, 3, 1)).meta.owner, Owner::ofTeam(team));

    const ImportPlan again = plan(QStringLiteral("months.csv"), visits);
    EXPECT_EQ(again.count(CellChange::Unchanged), 5);

    const ImportPlan change = planText("period,numerator,denominator\n2025-01,13,\n2025-06,1,4\n", visits);
    ASSERT_TRUE(change.ok()) << change.problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(change.cells[0].change, CellChange::Changed);
    EXPECT_EQ(change.cells[0].old->numerator, 12.0);
    EXPECT_EQ(change.cells[1].change, CellChange::New);
    ASSERT_TRUE(applyMeasureImport(*ws, change).ok());
    const MeasureValue january = stored(visits, QDate(2025, 1, 1));
    EXPECT_EQ(january.numerator, 13.0);
    EXPECT_EQ(january.denominator, 40.0) << "an absent column keeps what is stored";
    EXPECT_EQ(january.meta.revision, 2);
}

TEST_F(Import, an_empty_cell_never_erases_stored_data)
{
    ASSERT_TRUE(applyMeasureImport(*ws, plan(QStringLiteral("months.csv"), visits)).ok());
    const ImportPlan p = planText("period,numerator,denominator,note\nMar 2025,,,\n", visits);
    ASSERT_EQ(p.cells.size(), 1u);
    EXPECT_EQ(p.cells[0].change, CellChange::Unchanged);
    EXPECT_EQ(p.cells[0].value.note, QStringLiteral("New script, first week"));
}

TEST_F(Import, lists_every_problem_with_row_and_column_and_writes_nothing)
{
    ASSERT_TRUE(applyMeasureImport(*ws, plan(QStringLiteral("counts.csv"), placements)).ok());
    const QByteArray before = *ws->contentHash();
    const ImportPlan p = plan(QStringLiteral("problems.csv"), visits);
    EXPECT_EQ(p.problems,
              (QStringList{
                  QStringLiteral("problems.csv, row 3, column period: \"2025-13\": expected a month such as 2025-03, "
                                 "03/2025, Mar 2025 or 2025-03-01"),
                  QStringLiteral("problems.csv, row 4, column numerator: \"twelve\": expected a whole number such as 12"),
                  QStringLiteral("problems.csv, row 5, column numerator: Timely visits, Mar 2025 (numerator): the "
                                 "numerator (50) cannot be larger than the denominator (40)"),
                  QStringLiteral("problems.csv, row 6, column numerator: Timely visits, Apr 2025 (numerator): expected "
                                 "a number of 0 or more"),
                  QStringLiteral("problems.csv, row 7, column period: the period is empty (expected a month such as "
                                 "2025-03, 03/2025, Mar 2025 or 2025-03-01)"),
                  QStringLiteral("problems.csv, row 8, column period: 2025-01 is already in row 2"),
              }));
    auto refused = applyMeasureImport(*ws, p);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message, QStringLiteral("problems.csv: nothing was imported (6 problems)"));
    EXPECT_EQ(*ws->contentHash(), before);
}

TEST_F(Import, refuses_broken_files_with_the_exact_reason)
{
    const std::pair<const char*, QString> cases[] = {
        {"unknown-column.csv", QStringLiteral("unknown-column.csv, row 1, column comment: unknown column (expected "
                                              "period, numerator, denominator, note or stratum, or a stratum's "
                                              "name with one of them (\"Under 1 numerator\"))")},
        {"no-period.csv", QStringLiteral("no-period.csv, row 1, column period: the header has no period column")},
        {"unclosed-quote.csv", QStringLiteral("unclosed-quote.csv, row 2: a quoted field is not closed")},
        {"header-only.csv",
         QStringLiteral("header-only.csv: no data rows (expected a row per period under the header)")},
    };
    for (const auto& [fixture, expected] : cases) {
        const ImportPlan p = plan(QString::fromLatin1(fixture), visits);
        EXPECT_EQ(p.problems, QStringList{expected}) << fixture;
    }
    EXPECT_EQ(plan(QStringLiteral("counts.csv"), visits).problems.first(),
              QStringLiteral("counts.csv, row 1, column value: this measure takes a numerator and a denominator, "
                             "not a value"));
    EXPECT_EQ(plan(QStringLiteral("stratified.csv"), placements).problems.first(),
              QStringLiteral("stratified.csv, row 1, column numerator: this measure takes a value, not a numerator"));
}

TEST_F(Import, refuses_strata_that_are_unknown_or_on_an_unstratified_measure)
{
    EXPECT_EQ(planText("period,stratum,numerator,denominator\n2025-01,Teens,1,2\n", visits).problems,
              QStringList{QStringLiteral("data.csv, row 2, column stratum: \"Teens\": not a stratum of this "
                                         "collaborative (expected Total or one of: Under 1, 1 to 5)")});
    EXPECT_EQ(planText("period,stratum,value\n2025-01,Under 1,2\n", placements).problems,
              QStringList{QStringLiteral("data.csv, row 2, column stratum: \"Under 1\": this measure is not "
                                         "stratified (leave the column empty or write Total)")});
}

TEST(ImportParsing, numbers_as_people_type_them)
{
    EXPECT_EQ(parseNumber(QStringLiteral("12")), 12.0);
    EXPECT_EQ(parseNumber(QStringLiteral(" 12,5 ")), 12.5);
    EXPECT_EQ(parseNumber(QStringLiteral("12.5")), 12.5);
    EXPECT_EQ(parseNumber(QStringLiteral("1 234")), 1234.0);
    EXPECT_EQ(parseNumber(QStringLiteral("-3")), -3.0);
    EXPECT_FALSE(parseNumber(QStringLiteral("1.234,5")));
    EXPECT_FALSE(parseNumber(QStringLiteral("12%")));
    EXPECT_FALSE(parseNumber(QStringLiteral("abc")));
    EXPECT_FALSE(parseNumber(QStringLiteral("")));
    EXPECT_FALSE(parseNumber(QStringLiteral("inf")));
}

TEST(ImportParsing, periods_in_every_documented_spelling)
{
    const QDate march(2025, 3, 1);
    for (const char* text : {"2025-03", "2025-3", "03/2025", "3/2025", "Mar 2025", "March 2025", "mar-2025",
                             "Mar. 2025", "2025-03-31"})
        EXPECT_EQ(*parsePeriod(QString::fromLatin1(text), Frequency::Monthly), march) << text;
    for (const char* text : {"2025-13", "Marc 2025x", "31/03/2025", "2025", "Foo 2025"})
        EXPECT_FALSE(parsePeriod(QString::fromLatin1(text), Frequency::Monthly).ok()) << text;
    EXPECT_EQ(*parsePeriod(QStringLiteral("2025-03-09"), Frequency::Weekly), QDate(2025, 3, 3));
}

// --- pdsa data import ---------------------------------------------------------------------------

TEST_F(Import, cli_imports_and_prints_the_plan)
{
    ws.reset();
    const QStringList args = {QStringLiteral("data"), QStringLiteral("import"),
                              test::dataPath(QStringLiteral("import/counts.csv")), QStringLiteral("--workspace"), path,
                              QStringLiteral("--team"), QStringLiteral("riverside county"), QStringLiteral("--measure"),
                              QStringLiteral("Placement moves")};
    const QByteArray before = test::fileBytes(path);
    const test::CliRun dry = test::runPdsa(args + QStringList{QStringLiteral("--dry-run")});
    EXPECT_EQ(dry.code, 0) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("  new       2025-01    total        3\n"))) << dry.out.toStdString();
    EXPECT_TRUE(dry.out.endsWith(QStringLiteral("Dry run: 2 new, 0 changed, 0 unchanged; nothing written.\n")));
    EXPECT_EQ(test::fileBytes(path), before);

    const test::CliRun run = test::runPdsa(args);
    EXPECT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.endsWith(QStringLiteral("Imported: 2 new, 0 changed, 0 unchanged; 2 cells written.\n")))
        << run.out.toStdString();
    const test::CliRun again = test::runPdsa(args);
    EXPECT_TRUE(again.out.endsWith(QStringLiteral("Imported: 0 new, 0 changed, 2 unchanged; 0 cells written.\n")));
}

TEST_F(Import, cli_lists_every_problem_exits_1_and_leaves_the_file_alone)
{
    ws.reset();
    const QByteArray before = test::fileBytes(path);
    const QString file = test::dataPath(QStringLiteral("import/problems.csv"));
    const test::CliRun run = test::runPdsa({QStringLiteral("data"), QStringLiteral("import"), file, QStringLiteral("--workspace"), path,
                             QStringLiteral("--team"), QStringLiteral("Riverside County"), QStringLiteral("--measure"),
                             QStringLiteral("timely visits")});
    EXPECT_EQ(run.code, 1);
    EXPECT_EQ(run.err.count(QStringLiteral("\n")), 7) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral(", row 4, column numerator: \"twelve\": expected a whole number")));
    EXPECT_TRUE(run.err.endsWith(QStringLiteral("nothing was imported (6 problems)\n")));
    EXPECT_EQ(test::fileBytes(path), before);
}

TEST_F(Import, cli_usage_and_lookup_errors)
{
    ws.reset();
    EXPECT_EQ(test::runPdsa({QStringLiteral("data")}).code, 2);
    EXPECT_EQ(test::runPdsa({QStringLiteral("data"), QStringLiteral("export")}).code, 2);
    EXPECT_EQ(test::runPdsa({QStringLiteral("data"), QStringLiteral("import"), QStringLiteral("x.csv")}).code, 2);
    EXPECT_EQ(test::runPdsa({QStringLiteral("data"), QStringLiteral("--help")}).code, 0);
    const QString file = test::dataPath(QStringLiteral("import/counts.csv"));
    const test::CliRun noTeam = test::runPdsa({QStringLiteral("data"), QStringLiteral("import"), file, QStringLiteral("--workspace"),
                                path, QStringLiteral("--team"), QStringLiteral("Nowhere"), QStringLiteral("--measure"),
                                QStringLiteral("x")});
    EXPECT_EQ(noTeam.code, 1);
    EXPECT_EQ(noTeam.err, QStringLiteral("pdsa: no team named \"Nowhere\" in this workspace\n"));
    const test::CliRun noMeasure = test::runPdsa({QStringLiteral("data"), QStringLiteral("import"), file,
                                   QStringLiteral("--workspace"), path, QStringLiteral("--team"),
                                   QStringLiteral("Riverside County"), QStringLiteral("--measure"), QStringLiteral("x")});
    EXPECT_EQ(noMeasure.code, 1);
    EXPECT_EQ(noMeasure.err, QStringLiteral("pdsa: no measure named \"x\" for this team (its measures: Timely visits; "
                                            "Placement moves; Weekly huddles)\n"));
}

TEST_F(Import, reads_wide_files_with_a_column_per_stratum_and_skips_empty_strata)
{
    const ImportPlan p = planText("period;Numerator;Denominator;Under 1 numerator;Under 1 denominator;"
                                  "Numerator (Age group: 1 to 5);Denominator (Age group: 1 to 5);Note\n"
                                  "2025-01;12;40;5;10;7;25;First month\n"
                                  "2025-02;15;42;;;9;30;\n",
                                  visits);
    ASSERT_TRUE(p.ok()) << p.problems.join(QLatin1Char('\n')).toStdString();
    ASSERT_EQ(p.cells.size(), std::size_t(5)) << "February has no Under 1 cells, so no Under 1 value";
    EXPECT_EQ(p.cells[0].value.meta.id, measureValueId(team, visits.meta.id, QDate(2025, 1, 1), {}));
    EXPECT_EQ(p.cells[0].value.note, QStringLiteral("First month"));
    EXPECT_EQ(p.cells[1].stratumName, QStringLiteral("Under 1"));
    EXPECT_EQ(p.cells[1].value.stratumId, strata[0]);
    EXPECT_EQ(p.cells[1].value.numerator, 5);
    EXPECT_EQ(p.cells[1].value.denominator, 10);
    EXPECT_EQ(p.cells[2].stratumName, QStringLiteral("1 to 5"));
    EXPECT_EQ(p.cells[2].value.numerator, 7);
    EXPECT_EQ(p.cells[4].value.meta.id, measureValueId(team, visits.meta.id, QDate(2025, 2, 1), strata[1]));
    EXPECT_EQ(p.cells[4].value.denominator, 30);
    ASSERT_TRUE(applyMeasureImport(*ws, p).ok());
    EXPECT_EQ(stored(visits, QDate(2025, 1, 1), strata[0]).numerator, 5);
}

TEST_F(Import, refuses_wide_columns_that_name_no_stratum_mix_with_a_stratum_column_or_hold_text)
{
    EXPECT_EQ(planText("period,numerator,Over 90 numerator\n2025-01,1,2\n", visits).problems,
              QStringList{QStringLiteral("data.csv, row 1, column Over 90 numerator: unknown column (expected period, "
                                         "numerator, denominator, note or stratum, or a stratum's name with one of "
                                         "them (\"Under 1 numerator\"))")});
    EXPECT_EQ(planText("period,stratum,Under 1 numerator\n2025-01,,2\n", visits).problems,
              QStringList{QStringLiteral("data.csv, row 1, column stratum: a stratum column and columns named for "
                                         "strata cannot be mixed (write one row per stratum, or one column per "
                                         "stratum)")});
    EXPECT_EQ(planText("period,Under 1 value\n2025-01,2\n", placements).problems,
              QStringList{QStringLiteral("data.csv, row 1, column Under 1 value: this measure is not stratified, so "
                                         "it has no column for Under 1")});
    EXPECT_EQ(planText("period,Under 1 numerator,Under 1 denominator\n2025-01,five,10\n", visits).problems,
              QStringList{QStringLiteral("data.csv, row 2, column Under 1 numerator: \"five\": expected a whole number "
                                         "such as 12")});
    EXPECT_EQ(planText("period,Under 1 numerator,Under 1 denominator\n2025-01,12,10\n", visits).problems,
              QStringList{QStringLiteral("data.csv, row 2, column Under 1 numerator: Timely visits, Jan 2025 "
                                         "(numerator): the numerator (12) cannot be larger than the denominator (10)")});
}

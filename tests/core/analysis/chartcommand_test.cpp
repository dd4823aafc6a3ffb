// SPDX-License-Identifier: Apache-2.0
// `pdsa chart`: the JSON it prints (checked whole against a hand-made golden file for one
// fixture), its nulls, and its exit codes and messages for bad input (1) and wrong usage (2).

#include "analysistesting.h"

#include "cli/chartcommand.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <set>

using namespace pdsa;

namespace {

struct ChartRun {
    int code;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

ChartRun pdsaChart(const QStringList& args)
{
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    const int code = cli::chartCommand(args, outStream, errStream);
    return {code, out, err};
}

QString fixture(const char* name) { return test::dataPath(QStringLiteral("charts/") + QLatin1String(name)); }

std::set<QString> keysOf(const QJsonObject& object)
{
    const QStringList keys = object.keys();
    return {keys.begin(), keys.end()};
}

std::set<QString> keys(std::initializer_list<const char*> names)
{
    std::set<QString> result;
    for (const char* name : names)
        result.insert(QString::fromLatin1(name));
    return result;
}

const auto kPointKeys = keys({"x", "y", "n", "cl", "lcl", "ucl", "lcl_2s", "ucl_2s", "part", "baseline", "include",
                              "sigma_signal"});
const auto kPartKeys = keys({"n_obs", "n_useful", "longest_run", "longest_run_max", "n_crossings", "n_crossings_min",
                             "runs_signal", "shift", "trend", "n_runs", "runs_limits", "runs_verdict"});

} // namespace

TEST(ChartCommand, prints_the_whole_run_chart_as_worked_out_by_hand)
{
    const ChartRun r = pdsaChart({QStringLiteral("--type"), QStringLiteral("run"), QStringLiteral("--input"),
                                  fixture("run-months.csv")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty());
    const QJsonObject expected =
        QJsonDocument::fromJson(test::fileBytes(fixture("run-months.expected.json"))).object();
    ASSERT_FALSE(expected.isEmpty());
    EXPECT_EQ(r.json(), expected) << r.out.toStdString();
}

TEST(ChartCommand, every_point_and_part_has_the_contract_keys_and_nulls_for_what_does_not_exist)
{
    const ChartRun r = pdsaChart({QStringLiteral("--type"), QStringLiteral("p"), QStringLiteral("--input"),
                                  fixture("p-referrals.csv"), QStringLiteral("--multiply"), QStringLiteral("100")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject json = r.json();
    EXPECT_EQ(json[QStringLiteral("type")].toString(), QStringLiteral("p"));
    EXPECT_EQ(json[QStringLiteral("rules")].toString(), QStringLiteral("anhoej"));
    const QJsonArray points = json[QStringLiteral("points")].toArray();
    ASSERT_EQ(points.size(), 6);
    for (const QJsonValue& point : points)
        EXPECT_EQ(keysOf(point.toObject()), kPointKeys);
    const QJsonArray parts = json[QStringLiteral("parts")].toArray();
    ASSERT_EQ(parts.size(), 1);
    EXPECT_EQ(keysOf(parts[0].toObject()), kPartKeys);

    // p̄ = (5 + 12 + 3 + 10)/(50 + 100 + 25 + 50) = 30/225 (the 0/0 and the missing count add
    // nothing), shown in percent.
    const QJsonObject first = points[0].toObject();
    EXPECT_EQ(first[QStringLiteral("x")].toString(), QStringLiteral("2025-01-31"));
    EXPECT_DOUBLE_EQ(first[QStringLiteral("y")].toDouble(), 10.0);
    EXPECT_DOUBLE_EQ(first[QStringLiteral("n")].toDouble(), 50.0);
    EXPECT_NEAR(first[QStringLiteral("cl")].toDouble(), 100.0 * 30.0 / 225.0, 1e-9);
    EXPECT_DOUBLE_EQ(first[QStringLiteral("lcl")].toDouble(), 0.0);
    const QJsonObject gap = points[2].toObject(); // 0/0
    EXPECT_TRUE(gap[QStringLiteral("y")].isNull());
    EXPECT_DOUBLE_EQ(gap[QStringLiteral("n")].toDouble(), 0.0);
    EXPECT_TRUE(gap[QStringLiteral("ucl")].isNull());
    EXPECT_TRUE(gap[QStringLiteral("lcl_2s")].isNull());
    const QJsonObject missing = points[5].toObject(); // no count
    EXPECT_TRUE(missing[QStringLiteral("y")].isNull());
    EXPECT_TRUE(missing[QStringLiteral("n")].isNull());
    EXPECT_FALSE(points[0].toObject().contains(QStringLiteral("special_cause")));
    // Four useful points: the runs table starts at ten.
    EXPECT_TRUE(parts[0].toObject()[QStringLiteral("runs_limits")].isNull());
    EXPECT_EQ(parts[0].toObject()[QStringLiteral("runs_verdict")].toString(), QStringLiteral("not_applicable"));
}

TEST(ChartCommand, nhs_rules_add_special_cause_and_variation_to_each_point)
{
    const ChartRun r = pdsaChart({QStringLiteral("--type"), QStringLiteral("i"), QStringLiteral("--input"),
                                  fixture("i-nhs.csv"), QStringLiteral("--rules"), QStringLiteral("nhs"),
                                  QStringLiteral("--freeze"), QStringLiteral("12"), QStringLiteral("--improvement"),
                                  QStringLiteral("down")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonArray points = r.json()[QStringLiteral("points")].toArray();
    ASSERT_EQ(points.size(), 20);
    auto expectedKeys = kPointKeys;
    expectedKeys.insert(QStringLiteral("special_cause"));
    expectedKeys.insert(QStringLiteral("variation"));
    EXPECT_EQ(keysOf(points[0].toObject()), expectedKeys);
    EXPECT_DOUBLE_EQ(points[0].toObject()[QStringLiteral("x")].toDouble(), 1.0); // numeric x stays a number
    EXPECT_DOUBLE_EQ(points[0].toObject()[QStringLiteral("ucl")].toDouble(), 5.0 + 2.66 * 10.0);
    EXPECT_EQ(points[0].toObject()[QStringLiteral("special_cause")].toString(), QStringLiteral("none"));
    EXPECT_EQ(points[0].toObject()[QStringLiteral("variation")].toString(), QStringLiteral("common"));
    EXPECT_EQ(points[12].toObject()[QStringLiteral("special_cause")].toString(), QStringLiteral("shift"));
    EXPECT_EQ(points[12].toObject()[QStringLiteral("variation")].toString(), QStringLiteral("concern"));
    EXPECT_FALSE(points[12].toObject()[QStringLiteral("baseline")].toBool());
    EXPECT_EQ(points[19].toObject()[QStringLiteral("special_cause")].toString(), QStringLiteral("outside"));
    EXPECT_TRUE(points[19].toObject()[QStringLiteral("sigma_signal")].toBool());
}

TEST(ChartCommand, phases_exclusions_and_a_fixed_centre_line)
{
    const ChartRun r = pdsaChart({QStringLiteral("--type"), QStringLiteral("run"), QStringLiteral("--input"),
                                  fixture("run-months.csv"), QStringLiteral("--part"), QStringLiteral("6"),
                                  QStringLiteral("--exclude"), QStringLiteral("1,12"), QStringLiteral("--cl"),
                                  QStringLiteral("15"), QStringLiteral("--rules"), QStringLiteral("anhoej")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject json = r.json();
    EXPECT_EQ(json[QStringLiteral("rules")].toString(), QStringLiteral("anhoej"));
    const QJsonArray points = json[QStringLiteral("points")].toArray();
    EXPECT_EQ(points[5].toObject()[QStringLiteral("part")].toInt(), 1);
    EXPECT_EQ(points[6].toObject()[QStringLiteral("part")].toInt(), 2);
    EXPECT_FALSE(points[0].toObject()[QStringLiteral("include")].toBool());
    EXPECT_FALSE(points[11].toObject()[QStringLiteral("include")].toBool());
    EXPECT_DOUBLE_EQ(points[11].toObject()[QStringLiteral("cl")].toDouble(), 15.0);
    const QJsonArray parts = json[QStringLiteral("parts")].toArray();
    ASSERT_EQ(parts.size(), 2);
    EXPECT_EQ(parts[0].toObject()[QStringLiteral("n_obs")].toInt(), 5);
    EXPECT_EQ(parts[1].toObject()[QStringLiteral("n_obs")].toInt(), 5);
}

TEST(ChartCommand, subgroups_report_their_size_as_n)
{
    const ChartRun r = pdsaChart({QStringLiteral("--type"), QStringLiteral("xbar"), QStringLiteral("--input"),
                                  fixture("xbar-subgroups.csv")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject point = r.json()[QStringLiteral("points")].toArray()[0].toObject();
    EXPECT_DOUBLE_EQ(point[QStringLiteral("n")].toDouble(), 3.0);
    EXPECT_NEAR(point[QStringLiteral("ucl")].toDouble(), 6.416122548040526, 1e-9); // limits_test's worked example
}

TEST(ChartCommand, reads_an_excel_export_with_bom_crlf_and_quotes)
{
    const ChartRun r = pdsaChart({QStringLiteral("--type"), QStringLiteral("run"), QStringLiteral("--input"),
                                  fixture("excel-export.csv")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonArray points = r.json()[QStringLiteral("points")].toArray();
    ASSERT_EQ(points.size(), 3);
    EXPECT_EQ(points[2].toObject()[QStringLiteral("x")].toString(), QStringLiteral("2024-03"));
    EXPECT_DOUBLE_EQ(points[0].toObject()[QStringLiteral("cl")].toDouble(), 12.0);
}

TEST(ChartCommand, bad_input_exits_1_naming_the_file_row_and_column)
{
    struct Case {
        const char* type;
        const char* file;
        QString message;
    };
    const Case cases[] = {
        {"run", "bad-number.csv", QStringLiteral("row 7, column y: expected a number, got \"n/a\"")},
        {"p", "p-above-n.csv", QStringLiteral("row 3, column y: the count 11 is above its denominator 10")},
        {"p", "p-zero-denominator.csv",
         QStringLiteral("row 3, column y: a count of 3 over a denominator of 0 (only a count of 0 can have no "
                        "denominator)")},
        {"run", "no-y-column.csv", QStringLiteral("no column y in the header (its columns are: x, value)")},
    };
    for (const Case& c : cases) {
        const QString path = fixture(c.file);
        const ChartRun r = pdsaChart({QStringLiteral("--type"), QString::fromLatin1(c.type), QStringLiteral("--input"),
                                      path});
        EXPECT_EQ(r.code, 1) << c.file;
        EXPECT_TRUE(r.out.isEmpty());
        const QString separator = c.message.startsWith(QLatin1String("row")) ? QStringLiteral(", ") : QStringLiteral(": ");
        EXPECT_EQ(r.err, QStringLiteral("pdsa: %1%2%3\n").arg(path, separator, c.message));
    }
}

TEST(ChartCommand, a_file_that_cannot_be_read_exits_1)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("missing.csv"));
    const ChartRun r = pdsaChart({QStringLiteral("--type"), QStringLiteral("run"), QStringLiteral("--input"), path});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("pdsa: %1: cannot read it (").arg(path))) << r.err.toStdString();

    const QString empty = dir.path(QStringLiteral("header-only.csv"));
    test::writeBytes(empty, "x,y\n");
    const ChartRun headerOnly =
        pdsaChart({QStringLiteral("--type"), QStringLiteral("run"), QStringLiteral("--input"), empty});
    EXPECT_EQ(headerOnly.code, 1);
    EXPECT_EQ(headerOnly.err, QStringLiteral("pdsa: %1: no data rows below the header\n").arg(empty));
}

TEST(ChartCommand, wrong_usage_exits_2_with_a_hint)
{
    const QString input = fixture("run-months.csv");
    const QStringList typeAndInput{QStringLiteral("--type"), QStringLiteral("i"), QStringLiteral("--input"), input};
    const QList<QStringList> cases{
        {},
        {QStringLiteral("--input"), input},
        {QStringLiteral("--type"), QStringLiteral("run")},
        {QStringLiteral("--type"), QStringLiteral("pie"), QStringLiteral("--input"), input},
        typeAndInput + QStringList{QStringLiteral("--rules"), QStringLiteral("westgard")},
        typeAndInput + QStringList{QStringLiteral("--freeze"), QStringLiteral("twelve")},
        typeAndInput + QStringList{QStringLiteral("--freeze"), QStringLiteral("0")},
        typeAndInput + QStringList{QStringLiteral("--part"), QStringLiteral("6,,9")},
        typeAndInput + QStringList{QStringLiteral("--exclude"), QStringLiteral("0")},
        typeAndInput + QStringList{QStringLiteral("--cl"), QStringLiteral("high")},
        typeAndInput + QStringList{QStringLiteral("--multiply"), QStringLiteral("0")},
        typeAndInput + QStringList{QStringLiteral("--agg"), QStringLiteral("sum")},
        typeAndInput + QStringList{QStringLiteral("--mr-screening"), QStringLiteral("yes")},
        typeAndInput + QStringList{QStringLiteral("--improvement"), QStringLiteral("sideways")},
        typeAndInput + QStringList{QStringLiteral("--rules"), QStringLiteral("nhs"), QStringLiteral("--freeze"),
                                   QStringLiteral("6")},
        typeAndInput + QStringList{QStringLiteral("--bogus")},
        typeAndInput + QStringList{QStringLiteral("extra")},
        {QStringLiteral("--type"), QStringLiteral("run"), QStringLiteral("--input"), input, QStringLiteral("--rules"),
         QStringLiteral("nhs")},
    };
    for (const QStringList& args : cases) {
        const ChartRun r = pdsaChart(args);
        EXPECT_EQ(r.code, 2) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.out.isEmpty());
        EXPECT_TRUE(r.err.startsWith(QStringLiteral("pdsa: chart: "))) << r.err.toStdString();
        EXPECT_TRUE(r.err.endsWith(QStringLiteral("Try 'pdsa chart --help'.\n"))) << r.err.toStdString();
    }
    EXPECT_EQ(pdsaChart(typeAndInput + QStringList{QStringLiteral("--rules"), QStringLiteral("westgard")}).err,
              QStringLiteral("pdsa: chart: --rules must be one of ihi|anhoej|nhs, not \"westgard\"\n"
                             "Try 'pdsa chart --help'.\n"));
}

TEST(ChartCommand, help_lists_every_option_and_the_defaults)
{
    const ChartRun r = pdsaChart({QStringLiteral("--help")});
    EXPECT_EQ(r.code, 0);
    for (const char* option : {"--type", "--input", "--rules", "--freeze", "--part", "--exclude", "--cl", "--multiply",
                               "--agg", "--mr-screening", "--improvement"})
        EXPECT_TRUE(r.out.contains(QLatin1String(option))) << option;
    EXPECT_TRUE(r.out.contains(QStringLiteral("Default: ihi for run charts, anhoej for control charts.")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("Default: on.")));
}

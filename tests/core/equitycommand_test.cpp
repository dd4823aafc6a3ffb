// SPDX-License-Identifier: Apache-2.0
// `pdsa disparity`: the JSON contract's keys in order, the counts against the workspace, --all as
// the sum of the teams, the CSV layout, suppression by the collaborative's minimum cell size, and
// each refusal with its exit code, one line on standard error and nothing on standard output.

#include "cli/cli.h"
#include "coaching/edits.h"
#include "support/testsupport.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace pdsa;

namespace {

const QString kMeasure = QStringLiteral("Children reunified within 12 months of entry");
const QString kRace = QStringLiteral("Race/ethnicity");
const QString kTeam = QStringLiteral("Alder County (demo)");

class DisparityCommand : public ::testing::Test {
protected:
    void SetUp() override { test::writeDemo(m_path); }

    test::CliRun disparity(const QStringList& extra) const
    {
        return test::runPdsa(QStringList{QStringLiteral("disparity"), QStringLiteral("--workspace"), m_path} + extra);
    }
    QStringList about(const QString& team = kTeam) const
    {
        return team.isEmpty() ? QStringList{QStringLiteral("--all"), QStringLiteral("--measure"), kMeasure,
                                            QStringLiteral("--dimension"), kRace}
                              : QStringList{QStringLiteral("--team"), team, QStringLiteral("--measure"), kMeasure,
                                            QStringLiteral("--dimension"), kRace};
    }
    QJsonObject json(const QStringList& extra) const
    {
        const auto run = disparity(extra);
        EXPECT_EQ(run.code, 0) << run.err.toStdString();
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }
    void expectRefused(const QStringList& extra, int code, const QString& message) const
    {
        const auto run = disparity(extra);
        EXPECT_EQ(run.code, code) << run.err.toStdString();
        EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
        EXPECT_EQ(run.err.trimmed().toStdString(), message.toStdString());
    }
    test::TempDir m_dir;
    QString m_path = m_dir.path(QStringLiteral("demo.pdsa"));
};

} // namespace

TEST_F(DisparityCommand, prints_the_contracts_keys_in_order_with_one_group_per_category)
{
    const auto run = disparity(about() + QStringList{QStringLiteral("--min-cell"), QStringLiteral("0")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("{\n  \"measure_id\": ")));
    const QJsonObject d = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(d.keys(), (QStringList{QStringLiteral("dimension"), QStringLiteral("groups"), QStringLiteral("measure"),
                                     QStringLiteral("measure_id"), QStringLiteral("min_cell"), QStringLiteral("reference"),
                                     QStringLiteral("window")}));
    EXPECT_EQ(d.value(QStringLiteral("reference")).toString(), QStringLiteral("rest"));
    EXPECT_EQ(d.value(QStringLiteral("window")).toString(), QStringLiteral("quarter"));
    EXPECT_EQ(d.value(QStringLiteral("min_cell")).toInt(), 0);
    const QJsonArray groups = d.value(QStringLiteral("groups")).toArray();
    ASSERT_EQ(groups.size(), 5);
    EXPECT_EQ(groups[1].toObject().value(QStringLiteral("stratum")).toString(), QStringLiteral("Black or African American"));
    const QJsonObject period = groups[0].toObject().value(QStringLiteral("periods")).toArray().first().toObject();
    EXPECT_EQ(period.keys().size(), 17);
    EXPECT_TRUE(period.value(QStringLiteral("period")).toString().contains(QStringLiteral("-Q")));
    const QJsonObject gap = groups[0].toObject().value(QStringLiteral("gap")).toObject();
    EXPECT_EQ(gap.keys(), (QStringList{QStringLiteral("direction"), QStringLiteral("rules"), QStringLiteral("runs_verdict"),
                                       QStringLiteral("shift"), QStringLiteral("trend")}));
}

TEST_F(DisparityCommand, monthly_counts_are_the_teams_stratified_values_and_all_is_their_sum)
{
    auto workspace = test::openOrFail(m_path);
    const auto team = workspace->teams.lookup(kTeam);
    ASSERT_TRUE(team);
    const auto measure = workspace->measures.lookup({}, kMeasure);
    ASSERT_TRUE(measure);
    const auto strata = workspace->collaborative.strata.all();
    ASSERT_TRUE(strata);
    const QUuid black = std::find_if(strata->begin(), strata->end(), [](const Stratum& s) {
                            return s.name == QLatin1String("Black or African American");
                        })->meta.id;
    const auto values = workspace->measures.series(team->meta.id, measure->meta.id, black);
    ASSERT_TRUE(values);
    ASSERT_FALSE(values->empty());
    workspace.reset();

    const QStringList monthly = {QStringLiteral("--window"), QStringLiteral("month"), QStringLiteral("--min-cell"),
                                 QStringLiteral("0")};
    const QJsonArray periods =
        json(about() + monthly).value(QStringLiteral("groups")).toArray()[1].toObject().value(QStringLiteral("periods")).toArray();
    ASSERT_EQ(periods.size(), static_cast<qsizetype>(values->size()));
    for (qsizetype i = 0; i < periods.size(); ++i) {
        const QJsonObject p = periods[i].toObject();
        const MeasureValue& v = (*values)[static_cast<std::size_t>(i)];
        EXPECT_EQ(p.value(QStringLiteral("period")).toString(), v.period.toString(QStringLiteral("yyyy-MM")));
        EXPECT_EQ(p.value(QStringLiteral("numerator")).toDouble(), *v.numerator);
        EXPECT_EQ(p.value(QStringLiteral("denominator")).toDouble(), *v.denominator);
    }

    const QJsonObject all = json(about(QString()) + monthly);
    const QJsonObject other = json(about(QStringLiteral("Red Cedar Nation (demo)")) + monthly);
    const QJsonObject alder = json(about() + monthly);
    const auto count = [](const QJsonObject& d, int g, int i, const char* key) {
        return d.value(QStringLiteral("groups")).toArray()[g].toObject().value(QStringLiteral("periods")).toArray()[i]
            .toObject().value(QString::fromLatin1(key)).toDouble();
    };
    for (int i = 0; i < periods.size(); ++i)
        for (const char* key : {"numerator", "denominator"})
            EXPECT_EQ(count(all, 1, i, key), count(alder, 1, i, key) + count(other, 1, i, key)) << i << key;
}

TEST_F(DisparityCommand, small_numbers_are_suppressed_by_the_collaboratives_minimum_cell_size)
{
    const QJsonArray groups = json(about() + QStringList{QStringLiteral("--window"), QStringLiteral("month")})
                                  .value(QStringLiteral("groups"))
                                  .toArray();
    int suppressed = 0;
    for (const auto& g : groups)
        for (const auto& value : g.toObject().value(QStringLiteral("periods")).toArray()) {
            const QJsonObject p = value.toObject();
            EXPECT_EQ(p.value(QStringLiteral("small")).toBool(), p.value(QStringLiteral("suppressed")).toBool());
            if (p.value(QStringLiteral("suppressed")).toBool()) {
                ++suppressed;
                for (const char* key : {"numerator", "denominator", "rate", "rate_lcl", "difference", "ratio_ucl"})
                    EXPECT_TRUE(p.value(QString::fromLatin1(key)).isNull()) << key;
            }
        }
    EXPECT_GT(suppressed, 0) << "one team's monthly counts per group are small in the demo";

    {
        const auto workspace = test::openOrFail(m_path);
        auto collaborative = workspace->collaborative.current();
        ASSERT_TRUE(collaborative);
        EXPECT_EQ(collaborative->minCellSize, 11);
        collaborative->minCellSize = 0;
        ASSERT_TRUE(workspace->collaborative.collaboratives.put(*collaborative));
    }
    const QJsonObject off = json(about() + QStringList{QStringLiteral("--window"), QStringLiteral("month")});
    EXPECT_EQ(off.value(QStringLiteral("min_cell")).toInt(), 0) << "the collaborative's own minimum is the default";
}

TEST_F(DisparityCommand, csv_has_one_row_per_group_and_period_with_the_same_names)
{
    const auto run = disparity(about() + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    const QStringList lines = run.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    EXPECT_EQ(lines.first(), QStringLiteral("stratum_id,stratum,period,numerator,denominator,rate,rate_lcl,rate_ucl,"
                                            "ref_numerator,ref_denominator,ref_rate,difference,difference_lcl,"
                                            "difference_ucl,ratio,ratio_lcl,ratio_ucl,small,suppressed"));
    // 12 months of the small demo: 4 or 5 quarters, times 5 groups.
    const QJsonObject d = json(about());
    const int periods = static_cast<int>(
        d.value(QStringLiteral("groups")).toArray()[0].toObject().value(QStringLiteral("periods")).toArray().size());
    EXPECT_EQ(lines.size(), 1 + 5 * periods);
}

TEST_F(DisparityCommand, refuses_what_it_cannot_compare_with_one_line_and_nothing_on_standard_output)
{
    const QString where = QStringLiteral("pdsa: disparity: %1: ").arg(m_path);
    expectRefused({QStringLiteral("--team"), kTeam, QStringLiteral("--measure"), kMeasure, QStringLiteral("--dimension"),
                   QStringLiteral("Shoe size")},
                  1, where + QStringLiteral("no dimension \"Shoe size\" among the collaborative's strata (Race/ethnicity, Age group)"));
    expectRefused({QStringLiteral("--team"), kTeam, QStringLiteral("--measure"),
                   QStringLiteral("Families with family time within 7 days of removal"), QStringLiteral("--dimension"), kRace},
                  1, where + QStringLiteral("\"Families with family time within 7 days of removal\" is not entered by "
                                            "stratum, so it has no groups to compare"));
    expectRefused({QStringLiteral("--team"), kTeam, QStringLiteral("--measure"),
                   QStringLiteral("Days from removal to first family time"), QStringLiteral("--dimension"), kRace},
                  1, where + QStringLiteral("\"Days from removal to first family time\" is a measure of days between "
                                            "events; the disparity view compares proportions and rates, which have a "
                                            "numerator and a denominator"));
    expectRefused(about() + QStringList{QStringLiteral("--reference"), QStringLiteral("Martians")}, 1,
                  where + QStringLiteral("no group \"Martians\" in Race/ethnicity (its groups: American Indian or Alaska "
                                         "Native, Black or African American, Hispanic or Latino, White, Asian, Pacific "
                                         "Islander or multiracial; or rest, or total)"));
    expectRefused(about() + QStringList{QStringLiteral("--window"), QStringLiteral("week")}, 2,
                  QStringLiteral("pdsa: disparity: --window must be month, quarter, half or year, not \"week\"\n"
                                 "Try 'pdsa disparity --help'."));
    expectRefused(about() + QStringList{QStringLiteral("--all")}, 2,
                  QStringLiteral("pdsa: disparity: --team and --all cannot be used together: choose one team or all "
                                 "of them\nTry 'pdsa disparity --help'."));
    expectRefused(about() + QStringList{QStringLiteral("--min-cell"), QStringLiteral("101")}, 2,
                  QStringLiteral("pdsa: disparity: --min-cell expects a whole number from 0 to 100, not \"101\"\n"
                                 "Try 'pdsa disparity --help'."));
}

TEST_F(DisparityCommand, names_with_braces_and_quotes_stay_valid_json)
{
    {
        auto workspace = test::openOrFail(m_path);
        auto measure = workspace->measures.lookup({}, kMeasure);
        ASSERT_TRUE(measure);
        measure->name = QStringLiteral("Reunified {12 months} \"cohort\"");
        ASSERT_TRUE(workspace->measures.measures.put(*measure));
    }
    const auto run = disparity({QStringLiteral("--team"), kTeam, QStringLiteral("--measure"),
                                QStringLiteral("Reunified {12 months} \"cohort\""), QStringLiteral("--dimension"), kRace});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    QJsonParseError error;
    const QJsonObject d = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    EXPECT_EQ(d.value(QStringLiteral("measure")).toString(), QStringLiteral("Reunified {12 months} \"cohort\""));
}

TEST(MinCellSize, the_collaboratives_minimum_is_checked_by_core)
{
    EXPECT_TRUE(coaching::checkMinCellSize(0));
    EXPECT_TRUE(coaching::checkMinCellSize(100));
    const Status refused = coaching::checkMinCellSize(-1);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().message.toStdString(),
              "The minimum cell size is a number of children from 0 (suppress nothing) to 100, not -1. Nothing was "
              "changed.");
}

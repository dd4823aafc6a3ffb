// SPDX-License-Identifier: Apache-2.0
// `pdsa cycles`: every cycle with every field and its team, as JSON or CSV; the team filter by
// name or id; the refusals (unknown team, missing workspace, wrong format) with one clear line.

#include "cli/cli.h"
#include "cycles/cycleindex.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <map>

using namespace pdsa;

namespace {

const QStringList kKeys = {
    QStringLiteral("id"),
    QStringLiteral("team_id"),
    QStringLiteral("team"),
    QStringLiteral("title"),
    QStringLiteral("status"),
    QStringLiteral("decision"),
    QStringLiteral("start_date"),
    QStringLiteral("end_date"),
    QStringLiteral("scale_count"),
    QStringLiteral("scale_unit"),
    QStringLiteral("parent_cycle_id"),
    QStringLiteral("parent_cycle_title"),
    QStringLiteral("change_ideas"),
    QStringLiteral("measures"),
    QStringLiteral("objective"),
    QStringLiteral("questions"),
    QStringLiteral("plan_who"),
    QStringLiteral("plan_what"),
    QStringLiteral("plan_where"),
    QStringLiteral("plan_when"),
    QStringLiteral("data_collection_plan"),
    QStringLiteral("what_happened"),
    QStringLiteral("observations"),
    QStringLiteral("problems"),
    QStringLiteral("results"),
    QStringLiteral("learned"),
    QStringLiteral("next_step"),
    QStringLiteral("revision"),
    QStringLiteral("updated_at"),
};

class CyclesCommand : public ::testing::Test {
protected:
    void SetUp() override { test::writeDemo(m_path); }

    test::CliRun cycles(QStringList extra = {}) const {
        return test::runPdsa(QStringList{QStringLiteral("cycles"), QStringLiteral("--workspace"), m_path} +
                             extra);
    }

    QJsonArray jsonCycles(const QStringList& extra = {}) const {
        const test::CliRun r = cycles(extra);
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
        EXPECT_TRUE(doc.isObject());
        return doc.object().value(QStringLiteral("cycles")).toArray();
    }

    std::vector<PdsaCycle> stored() {
        auto workspace = test::openOrFail(m_path);
        return workspace->cycles.cycles.all().value();
    }

    test::TempDir m_dir;
    QString m_path = m_dir.path(QStringLiteral("demo.pdsa"));
};

QString nullable(const QJsonValue& value) {
    return value.isNull() ? QString() : value.toString();
}

// RFC 4180: records end in CRLF; quoted fields may hold commas, doubled quotes and line breaks.
QList<QStringList> parseCsv(const QString& text) {
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    EXPECT_FALSE(quoted) << "unclosed quote";
    EXPECT_TRUE(field.isEmpty() && row.isEmpty()) << "last record not ended by CRLF";
    return rows;
}

} // namespace

TEST_F(CyclesCommand, json_lists_every_cycle_with_every_field_in_order) {
    const QJsonArray list = jsonCycles();
    const std::vector<PdsaCycle> all = stored();
    ASSERT_EQ(list.size(), static_cast<qsizetype>(all.size()));
    ASSERT_FALSE(all.empty());
    for (const QJsonValue& value : list) {
        const QJsonObject cycle = value.toObject();
        QStringList keys = cycle.keys();
        keys.sort();
        QStringList expected = kKeys;
        expected.sort();
        EXPECT_EQ(keys, expected);
    }
    // The keys are printed in worksheet order, not alphabetically.
    const QString out = cycles().out;
    qsizetype last = -1;
    for (const QString& key : kKeys) {
        const qsizetype at = out.indexOf(QStringLiteral("\"%1\":").arg(key));
        EXPECT_GT(at, last) << key.toStdString();
        last = at;
    }
}

TEST_F(CyclesCommand, json_values_are_the_stored_fields_with_names_resolved) {
    std::map<QString, PdsaCycle> byId;
    for (const PdsaCycle& cycle : stored())
        byId[cycle.meta.id.toString(QUuid::WithoutBraces)] = cycle;
    const QJsonArray list = jsonCycles();
    auto workspace = test::openOrFail(m_path);
    int withParent = 0;
    for (const QJsonValue& value : list) {
        const QJsonObject json = value.toObject();
        ASSERT_TRUE(byId.count(json[QStringLiteral("id")].toString()));
        const PdsaCycle& c = byId[json[QStringLiteral("id")].toString()];
        EXPECT_EQ(json[QStringLiteral("team")].toString(),
                  workspace->teams.teams.find(c.teamId).value()->name);
        EXPECT_EQ(json[QStringLiteral("title")].toString(), c.title);
        EXPECT_EQ(json[QStringLiteral("status")].toString(), toText(c.status));
        EXPECT_EQ(nullable(json[QStringLiteral("decision")]),
                  c.decision == Decision::None ? QString() : toText(c.decision));
        EXPECT_EQ(json[QStringLiteral("start_date")].toString(), c.startDate.toString(Qt::ISODate));
        EXPECT_EQ(json[QStringLiteral("end_date")].toString(), c.endDate.toString(Qt::ISODate));
        EXPECT_EQ(json[QStringLiteral("scale_count")].toInt(), c.scaleCount.value_or(0));
        EXPECT_EQ(nullable(json[QStringLiteral("scale_unit")]), c.scaleUnit);
        EXPECT_EQ(nullable(json[QStringLiteral("objective")]), c.objective);
        EXPECT_EQ(nullable(json[QStringLiteral("plan_who")]), c.planWho);
        EXPECT_EQ(nullable(json[QStringLiteral("plan_what")]), c.planWhat);
        EXPECT_EQ(nullable(json[QStringLiteral("plan_where")]), c.planWhere);
        EXPECT_EQ(nullable(json[QStringLiteral("plan_when")]), c.planWhen);
        EXPECT_EQ(nullable(json[QStringLiteral("data_collection_plan")]), c.dataCollectionPlan);
        EXPECT_EQ(nullable(json[QStringLiteral("what_happened")]), c.whatHappened);
        EXPECT_EQ(nullable(json[QStringLiteral("observations")]), c.observations);
        EXPECT_EQ(nullable(json[QStringLiteral("problems")]), c.problems);
        EXPECT_EQ(nullable(json[QStringLiteral("results")]), c.results);
        EXPECT_EQ(nullable(json[QStringLiteral("learned")]), c.learned);
        EXPECT_EQ(nullable(json[QStringLiteral("next_step")]), c.nextStep);
        EXPECT_EQ(json[QStringLiteral("revision")].toInt(), c.meta.revision);
        const QJsonArray questions = json[QStringLiteral("questions")].toArray();
        ASSERT_EQ(questions.size(), c.questions.size());
        for (int i = 0; i < c.questions.size(); ++i) {
            EXPECT_EQ(questions[i][QStringLiteral("question")].toString(), c.questions[i].question);
            EXPECT_EQ(questions[i][QStringLiteral("prediction")].toString(), c.questions[i].prediction);
        }
        const QJsonArray ideas = json[QStringLiteral("change_ideas")].toArray();
        ASSERT_EQ(ideas.size(), c.changeIdeaIds.size());
        for (int i = 0; i < c.changeIdeaIds.size(); ++i)
            EXPECT_EQ(ideas[i][QStringLiteral("name")].toString(),
                      workspace->changePackage.ideas.find(c.changeIdeaIds[i]).value()->name);
        const QJsonArray measures = json[QStringLiteral("measures")].toArray();
        ASSERT_EQ(measures.size(), c.measureIds.size());
        for (int i = 0; i < c.measureIds.size(); ++i)
            EXPECT_EQ(measures[i][QStringLiteral("name")].toString(),
                      workspace->measures.measures.find(c.measureIds[i]).value()->name);
        if (c.parentCycleId.isNull()) {
            EXPECT_TRUE(json[QStringLiteral("parent_cycle_id")].isNull());
            EXPECT_TRUE(json[QStringLiteral("parent_cycle_title")].isNull());
        } else {
            ++withParent;
            EXPECT_EQ(json[QStringLiteral("parent_cycle_id")].toString(),
                      c.parentCycleId.toString(QUuid::WithoutBraces));
            EXPECT_EQ(json[QStringLiteral("parent_cycle_title")].toString(),
                      byId[c.parentCycleId.toString(QUuid::WithoutBraces)].title);
        }
    }
    EXPECT_GT(withParent, 0);
}

TEST_F(CyclesCommand, missing_values_are_null) {
    auto workspace = test::openOrFail(m_path);
    PdsaCycle blank;
    blank.teamId = workspace->teams.teams.all().value().front().meta.id;
    blank.title = QStringLiteral("A cycle with nothing planned yet");
    ASSERT_TRUE(workspace->cycles.cycles.save(blank, workspace->now()).ok());
    workspace.reset();

    const QJsonArray list = jsonCycles();
    for (const QJsonValue& value : list) {
        const QJsonObject json = value.toObject();
        if (json[QStringLiteral("title")].toString() != blank.title)
            continue;
        for (const char* key :
             {"decision", "start_date", "end_date", "scale_count", "scale_unit", "parent_cycle_id",
              "parent_cycle_title", "objective", "plan_who", "results", "next_step"})
            EXPECT_TRUE(json[QString::fromLatin1(key)].isNull()) << key;
        EXPECT_EQ(json[QStringLiteral("status")].toString(), QStringLiteral("planned"));
        EXPECT_EQ(json[QStringLiteral("questions")].toArray().size(), 0);
        return;
    }
    ADD_FAILURE() << "the blank cycle is not listed";
}

TEST_F(CyclesCommand, cycles_are_ordered_by_team_start_date_and_title) {
    const QJsonArray list = jsonCycles();
    for (qsizetype i = 1; i < list.size(); ++i) {
        const QJsonObject a = list[i - 1].toObject(), b = list[i].toObject();
        const int teams = a[QStringLiteral("team")].toString().compare(b[QStringLiteral("team")].toString(),
                                                                       Qt::CaseInsensitive);
        ASSERT_LE(teams, 0);
        if (teams == 0) {
            EXPECT_LE(a[QStringLiteral("start_date")].toString().toStdString(),
                      b[QStringLiteral("start_date")].toString().toStdString());
        }
    }
    EXPECT_EQ(cycles().out, cycles().out);
}

TEST_F(CyclesCommand, team_filter_accepts_the_name_or_the_id) {
    auto workspace = test::openOrFail(m_path);
    const Team team = workspace->teams.teams.all().value().back();
    workspace.reset();
    const QJsonArray byName = jsonCycles({QStringLiteral("--team"), team.name.toUpper()});
    ASSERT_FALSE(byName.isEmpty());
    for (const QJsonValue& cycle : byName) {
        EXPECT_EQ(cycle[QStringLiteral("team")].toString(), team.name);
        EXPECT_EQ(cycle[QStringLiteral("team_id")].toString(), team.meta.id.toString(QUuid::WithoutBraces));
    }
    EXPECT_LT(byName.size(), jsonCycles().size());
    EXPECT_EQ(jsonCycles({QStringLiteral("--team"), team.meta.id.toString(QUuid::WithoutBraces)}), byName);
    EXPECT_EQ(jsonCycles({QStringLiteral("--team"), team.meta.id.toString()}), byName);
}

TEST_F(CyclesCommand, unknown_team_is_refused_with_one_line) {
    const test::CliRun r = cycles({QStringLiteral("--team"), QStringLiteral("Nobody's team")});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(
        r.err,
        QStringLiteral("pdsa: cycles: %1: no team named \"Nobody's team\" in this workspace\n").arg(m_path));
    EXPECT_TRUE(r.out.isEmpty());
}

TEST_F(CyclesCommand, missing_workspace_and_wrong_usage_are_refused) {
    const test::CliRun missing = test::runPdsa(
        {QStringLiteral("cycles"), QStringLiteral("--workspace"), m_dir.path(QStringLiteral("none.pdsa"))});
    EXPECT_EQ(missing.code, 1);
    EXPECT_TRUE(missing.err.startsWith(QStringLiteral("pdsa: "))) << missing.err.toStdString();
    EXPECT_TRUE(missing.err.contains(QStringLiteral("none.pdsa"))) << missing.err.toStdString();
    EXPECT_EQ(missing.err.count(QLatin1Char('\n')), 1) << missing.err.toStdString();

    const test::CliRun format = cycles({QStringLiteral("--format"), QStringLiteral("xml")});
    EXPECT_EQ(format.code, 2);
    EXPECT_EQ(format.err, QStringLiteral("pdsa: cycles: --format must be json or csv, not \"xml\"\n"
                                         "Try 'pdsa cycles --help'.\n"));
    const test::CliRun noWorkspace = test::runPdsa({QStringLiteral("cycles")});
    EXPECT_EQ(noWorkspace.code, 2);
    EXPECT_TRUE(noWorkspace.err.startsWith(QStringLiteral("pdsa: cycles: --workspace W is required\n")));
    EXPECT_EQ(test::runPdsa({QStringLiteral("cycles"), QStringLiteral("--help")}).code, 0);
    EXPECT_TRUE(
        test::runPdsa({QStringLiteral("--help")}).out.contains(QStringLiteral("cycles --workspace W")));
}

TEST_F(CyclesCommand, csv_has_a_header_and_one_row_per_cycle_with_every_field) {
    const test::CliRun r = cycles({QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QList<QStringList> rows = parseCsv(r.out);
    ASSERT_EQ(rows.size(), static_cast<qsizetype>(stored().size()) + 1);
    EXPECT_EQ(rows.front(), kKeys);
    for (const QStringList& row : rows)
        EXPECT_EQ(row.size(), kKeys.size());

    const QJsonArray json = jsonCycles();
    for (qsizetype i = 0; i < json.size(); ++i) {
        const QJsonObject cycle = json[i].toObject();
        const QStringList& row = rows[i + 1];
        EXPECT_EQ(row[kKeys.indexOf(QStringLiteral("title"))], cycle[QStringLiteral("title")].toString());
        EXPECT_EQ(row[kKeys.indexOf(QStringLiteral("results"))], nullable(cycle[QStringLiteral("results")]));
        QStringList questions;
        for (const QJsonValue& q : cycle[QStringLiteral("questions")].toArray())
            questions << q[QStringLiteral("question")].toString() + QStringLiteral(" → ") +
                             q[QStringLiteral("prediction")].toString();
        EXPECT_EQ(row[kKeys.indexOf(QStringLiteral("questions"))], questions.join(QStringLiteral(" | ")));
        QStringList measures;
        for (const QJsonValue& m : cycle[QStringLiteral("measures")].toArray())
            measures << m[QStringLiteral("name")].toString();
        EXPECT_EQ(row[kKeys.indexOf(QStringLiteral("measures"))], measures.join(QStringLiteral("; ")));
    }
}

TEST_F(CyclesCommand, csv_quotes_commas_quotes_and_line_breaks) {
    const QString title = QStringLiteral("Family time, \"within 7 days\"\nsecond line — naïve");
    {
        auto workspace = test::openOrFail(m_path);
        PdsaCycle cycle = workspace->cycles.cycles.all().value().front();
        cycle.title = title;
        ASSERT_TRUE(workspace->cycles.cycles.save(cycle, workspace->now()).ok());
    }
    const test::CliRun r = cycles({QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(r.code, 0);
    EXPECT_TRUE(
        r.out.contains(QStringLiteral(",\"Family time, \"\"within 7 days\"\"\nsecond line — naïve\",")));
    const QList<QStringList> rows = parseCsv(r.out);
    int found = 0;
    for (const QStringList& row : rows) {
        EXPECT_EQ(row.size(), kKeys.size());
        if (row.value(kKeys.indexOf(QStringLiteral("title"))) == title)
            ++found;
    }
    EXPECT_EQ(found, 1);
    bool inJson = false;
    const QJsonArray list = jsonCycles();
    for (const QJsonValue& cycle : list)
        inJson = inJson || cycle[QStringLiteral("title")].toString() == title;
    EXPECT_TRUE(inJson);
}

TEST(CycleIndex, ramp_follows_parents_both_ways_from_the_first_cycle_in_start_order) {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("ramp.pdsa"));
    test::writeDemo(path);
    auto workspace = test::openOrFail(path);
    const QUuid team = workspace->teams.teams.all().value().front().meta.id;
    const auto cycle = [&](const QString& title, const QUuid& parent, int day) {
        PdsaCycle c;
        c.teamId = team;
        c.title = title;
        c.parentCycleId = parent;
        c.startDate = QDate(2030, 1, day);
        EXPECT_TRUE(workspace->cycles.cycles.save(c, workspace->now()).ok());
        return c;
    };
    const PdsaCycle a = cycle(QStringLiteral("A"), {}, 1);
    const PdsaCycle b = cycle(QStringLiteral("B"), a.meta.id, 2);
    const PdsaCycle late = cycle(QStringLiteral("D, a later branch"), a.meta.id, 20);
    const PdsaCycle c = cycle(QStringLiteral("C"), b.meta.id, 3);

    auto index = cycles::CycleIndex::load(*workspace);
    ASSERT_TRUE(index.ok());
    const std::vector<QUuid> expected = {a.meta.id, b.meta.id, c.meta.id, late.meta.id};
    EXPECT_EQ(index->ramp(c.meta.id), expected);
    EXPECT_EQ(index->ramp(a.meta.id), expected);
    EXPECT_EQ(index->rampPosition(*index->find(c.meta.id)), 3);
    EXPECT_EQ(index->rampPosition(*index->find(a.meta.id)), 1);
    EXPECT_EQ(index->parentTitle(*index->find(c.meta.id)), QStringLiteral("B"));
    EXPECT_EQ(index->nextCycles(*index->find(a.meta.id)).size(), 2u);
    EXPECT_TRUE(index->ramp(QUuid::createUuid()).empty());

    EXPECT_EQ(cycles::CycleIndex::parseId(c.meta.id.toString()), c.meta.id);
    EXPECT_EQ(cycles::CycleIndex::parseId(c.meta.id.toString(QUuid::WithoutBraces)), c.meta.id);
    EXPECT_TRUE(cycles::CycleIndex::parseId(QStringLiteral("no-such-cycle")).isNull());
}

TEST(CycleIndex, a_loop_of_parents_ends_instead_of_hanging) {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("loop.pdsa"));
    test::writeDemo(path);
    auto workspace = test::openOrFail(path);
    PdsaCycle a;
    a.teamId = workspace->teams.teams.all().value().front().meta.id;
    a.title = QStringLiteral("A");
    ASSERT_TRUE(workspace->cycles.cycles.save(a, workspace->now()).ok());
    PdsaCycle b = a;
    b.meta = RecordMeta{};
    b.title = QStringLiteral("B");
    b.parentCycleId = a.meta.id;
    ASSERT_TRUE(workspace->cycles.cycles.save(b, workspace->now()).ok());
    a.parentCycleId = b.meta.id; // as a damaged or badly merged file could hold
    ASSERT_TRUE(workspace->cycles.cycles.save(a, workspace->now()).ok());

    auto index = cycles::CycleIndex::load(*workspace);
    ASSERT_TRUE(index.ok());
    EXPECT_EQ(index->ramp(a.meta.id).size(), 2u);
    // The loop is cut where core/cycles cuts it (at its first cycle: both undated, "A" before
    // "B"), so the printout numbers the ramp as the app's ramp view does.
    EXPECT_EQ(index->rampPosition(*index->find(a.meta.id)), 1);
    EXPECT_EQ(index->rampPosition(*index->find(b.meta.id)), 2);
}

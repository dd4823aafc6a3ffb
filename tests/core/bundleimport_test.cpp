// SPDX-License-Identifier: Apache-2.0
// Bundle import: the three-way merge per record, its refusals, and that a refused or
// failed import leaves the workspace exactly as it was.
#include "bundle/bundle.h"
#include "bundle/importsession.h"
#include "bundle/merge.h"
#include "bundle/ziparchive.h"
#include "repositories/importledger.h"
#include "repositories/importlog.h"
#include "storage/schema.h"
#include "support/faultinjection.h"
#include "support/bundlefiles.h"
#include "support/testsupport.h"
#include "workspace/datafolder.h"
#include "workspace/workspace.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>
#include <zlib.h>

#include <algorithm>
#include <functional>
#include <random>

using namespace pdsa;
using namespace pdsa::bundle;

namespace {

const QDateTime kStamp(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC);

class BundleImport : public ::testing::Test {
protected:
    void SetUp() override {
        source = dir.path(QStringLiteral("source.pdsa"));
        test::writeDemo(source);
        auto ws = test::openOrFail(source);
        ASSERT_TRUE(ws);
        for (const Team& team : ws->teams.teams.all().value())
            teamIds.push_back(team.meta.id);
        ASSERT_GE(teamIds.size(), 2u);
        exportAll(*ws);
    }

    // Writes the template, every team's bundle and the feedback bundle of `ws`.
    void exportAll(Workspace& ws, const QString& suffix = QString()) {
        templateFile =
            write(ws, {BundleKind::Template, {}, false, kStamp}, QStringLiteral("template") + suffix);
        teamFiles.clear();
        for (int i = 0; i < int(teamIds.size()); ++i)
            teamFiles << write(ws, {BundleKind::Team, teamIds[i], false, kStamp},
                               QStringLiteral("team%1%2").arg(i).arg(suffix));
        feedbackFile =
            write(ws, {BundleKind::Feedback, {}, false, kStamp, test::kDemoCoach}, QStringLiteral("feedback") + suffix);
        feedbackFile2 =
            write(ws, {BundleKind::Feedback, {}, false, kStamp, test::kDemoCoach2}, QStringLiteral("feedback2") + suffix);
    }

    QString write(Workspace& ws, const ExportRequest& request, const QString& name) {
        const QString path = dir.path(name + QStringLiteral(".pdsabundle"));
        auto written = exportBundleFile(ws, request, path);
        EXPECT_TRUE(written.ok()) << written.error().message.toStdString();
        return path;
    }

    // A workspace made by `pdsa init` with the template imported.
    QString fresh(const QString& name) {
        const QString path = dir.path(name);
        EXPECT_EQ(test::runPdsa({QStringLiteral("init"), QStringLiteral("--out"), path}).code, 0);
        EXPECT_EQ(importFiles(path, {templateFile}).code, 0);
        return path;
    }

    test::CliRun importFiles(const QString& workspace, const QStringList& files, bool dryRun = false) {
        QStringList args{QStringLiteral("bundle"), QStringLiteral("import"), QStringLiteral("--workspace"),
                         workspace};
        if (dryRun)
            args << QStringLiteral("--dry-run");
        return test::runPdsa(args + files);
    }

    Result<ImportPlan> importInto(Workspace& ws, const QString& file) { return importBundleFile(ws, file); }

    // The first team's bundle from a copy of the source in which `change` was made to the team's
    // first cycle (saved, or removed when `change` returns false), as the team would send it
    // after editing apart from this workspace. `cycleId` receives the cycle's id.
    QString bundleAfter(const QString& name, QUuid& cycleId, const std::function<bool(PdsaCycle&)>& change) {
        const QString copy = dir.path(name + QStringLiteral(".pdsa"));
        EXPECT_TRUE(QFile::copy(source, copy));
        auto ws = test::openOrFail(copy);
        PdsaCycle cycle = ws->cycles.cycles.forTeam(teamIds[0]).value().front();
        cycleId = cycle.meta.id;
        const bool keep = change(cycle);
        EXPECT_TRUE(ws->transact([&]() -> Status {
                          if (!keep) {
                              auto removed = ws->cycles.cycles.remove(cycle.meta.id, kStamp);
                              return removed ? Status{} : Status{removed.error()};
                          }
                          auto saved = ws->cycles.cycles.save(cycle, kStamp);
                          return saved ? Status{} : Status{saved.error()};
                      }).ok());
        return write(*ws, {BundleKind::Team, teamIds[0], false, kStamp}, name);
    }

    // Importing `one` and `other` after the first team's bundle, in either order, keeps the
    // second to arrive as one conflict about `cycleId`.
    void expectOneConflictInEitherOrder(const QString& one, const QString& other, const QUuid& cycleId) {
        for (const QStringList& order : {QStringList{one, other}, QStringList{other, one}}) {
            const QString path = fresh(QStringLiteral("w-%1.pdsa").arg(QFileInfo(order.first()).baseName()));
            ASSERT_EQ(importFiles(path, {teamFiles[0], order[0]}).code, 0);
            auto ws = test::openOrFail(path);
            auto plan = importInto(*ws, order[1]);
            ASSERT_TRUE(plan.ok()) << plan.error().message.toStdString();
            EXPECT_EQ(plan->totals().conflicts, 1) << "the second version is kept for review, not dropped";
            ASSERT_EQ(plan->conflicts.size(), 1u);
            EXPECT_EQ(plan->conflicts.front().recordId, cycleId);
            EXPECT_EQ(repo::ImportLedger(ws->database()).conflictCount().value(), 1);
        }
    }

    // A cycle of `team` that no other record of the team refers to (no next cycle, no annotation).
    static PdsaCycle leafCycle(Workspace& ws, const QUuid& team) {
        const std::vector<PdsaCycle> cycles = ws.cycles.cycles.forTeam(team).value();
        const std::vector<ChartAnnotation> annotations = ws.work.annotations.forTeam(team).value();
        for (const PdsaCycle& cycle : cycles) {
            const QUuid id = cycle.meta.id;
            if (std::none_of(cycles.begin(), cycles.end(), [&](const PdsaCycle& c) { return c.parentCycleId == id; }) &&
                std::none_of(annotations.begin(), annotations.end(),
                             [&](const ChartAnnotation& a) { return a.cycleId == id; }))
                return cycle;
        }
        ADD_FAILURE() << "every cycle of the team is referred to";
        return cycles.front();
    }

    static QByteArray hashOf(const QString& path) {
        auto ws = test::openOrFail(path);
        return ws ? ws->contentHash().value() : QByteArray();
    }

    test::TempDir dir;
    QString source;
    std::vector<QUuid> teamIds;
    QString templateFile;
    QStringList teamFiles;
    QString feedbackFile;
    QString feedbackFile2; // the second coach's
};

// A stream of `bytes` zeros, gzip-compressed without ever holding them in memory.
QByteArray gzipOfZeros(qint64 bytes) {
    z_stream stream{};
    EXPECT_EQ(deflateInit2(&stream, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY), Z_OK);
    const QByteArray zeros(1 << 20, '\0');
    QByteArray out;
    char buffer[1 << 16];
    for (qint64 left = bytes; left >= 0; left -= zeros.size()) {
        const int flush = left <= zeros.size() ? Z_FINISH : Z_NO_FLUSH;
        stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zeros.constData()));
        stream.avail_in = uInt(std::min<qint64>(left, zeros.size()));
        do {
            stream.next_out = reinterpret_cast<Bytef*>(buffer);
            stream.avail_out = sizeof buffer;
            deflate(&stream, flush);
            out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
        } while (stream.avail_out == 0);
        if (flush == Z_FINISH)
            break;
    }
    deflateEnd(&stream);
    return out;
}

} // namespace

TEST_F(BundleImport, a_template_sets_up_an_empty_workspace_and_the_bundles_rebuild_every_record) {
    const QString path = fresh(QStringLiteral("w.pdsa"));
    const auto run = importFiles(path, teamFiles + QStringList{feedbackFile, feedbackFile2});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("imported"))) << run.out.toStdString();
    auto imported = test::openOrFail(path);
    auto original = test::openOrFail(source);
    ASSERT_TRUE(imported && original);
    const auto a = imported->counts().value();
    const auto b = original->counts().value();
    ASSERT_EQ(a.size(), b.size());
    for (size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].live, b[i].live) << a[i].table.toStdString();
        EXPECT_EQ(a[i].deleted, b[i].deleted) << a[i].table.toStdString();
    }
    EXPECT_TRUE(storage::fullCheck(imported->database(), path).ok());
}

TEST_F(BundleImport, importing_the_same_bundle_again_changes_nothing) {
    const QString path = fresh(QStringLiteral("w.pdsa"));
    ASSERT_EQ(importFiles(path, {teamFiles[0]}).code, 0);
    const QByteArray hash = hashOf(path);
    const QByteArray bytes = test::fileBytes(path);
    const auto again = importFiles(path, {teamFiles[0], templateFile});
    ASSERT_EQ(again.code, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("nothing to import"))) << again.out.toStdString();
    EXPECT_EQ(hashOf(path), hash);
    EXPECT_EQ(test::fileBytes(path), bytes);
}

TEST_F(BundleImport, bundles_imported_in_any_order_end_in_the_same_records) {
    // The demo with four teams: the template, four team bundles and the coaches' feedback.
    source = dir.path(QStringLiteral("four.pdsa"));
    auto options = test::smallDemo();
    options.teams = 4;
    options.months = 6;
    options.cycles = 5;
    test::writeDemo(source, options);
    {
        auto ws = test::openOrFail(source);
        ASSERT_TRUE(ws);
        teamIds.clear();
        for (const Team& team : ws->teams.teams.all().value())
            teamIds.push_back(team.meta.id);
        ASSERT_EQ(teamIds.size(), 4u);
        exportAll(*ws, QStringLiteral("-four"));
    }
    QStringList files = teamFiles;
    files << feedbackFile;
    QByteArray expected;
    std::mt19937 random(20261123);
    int roundsWithRefusals = 0;
    for (int round = 0; round < 5; ++round) {
        SCOPED_TRACE(round);
        if (round > 0)
            std::shuffle(files.begin(), files.end(), random);
        const QString path = fresh(QStringLiteral("w%1.pdsa").arg(round));
        // A bundle whose references are not there yet (feedback before its teams) is refused whole
        // and imported again at the end.
        QStringList refused;
        for (const QString& file : files)
            if (importFiles(path, {file}).code != 0)
                refused << file;
        for (const QString& file : refused)
            EXPECT_EQ(importFiles(path, {file}).code, 0) << file.toStdString();
        roundsWithRefusals += refused.isEmpty() ? 0 : 1;
        const QByteArray hash = hashOf(path);
        if (round == 0)
            expected = hash;
        EXPECT_EQ(hash, expected) << files.join(QLatin1Char(' ')).toStdString();
    }
    EXPECT_GT(roundsWithRefusals, 0) << "some order put the feedback before its teams";

    // Named together in one command, the files are taken in the order their kinds need
    // (template, teams, feedback), so no order is refused.
    for (int round = 0; round < 3; ++round) {
        SCOPED_TRACE(round);
        std::shuffle(files.begin(), files.end(), random);
        const QString path = fresh(QStringLiteral("together%1.pdsa").arg(round));
        QStringList all = files;
        all.insert(int(random() % (all.size() + 1)), templateFile); // the template again, anywhere
        const auto run = importFiles(path, all);
        EXPECT_EQ(run.code, 0) << run.err.toStdString();
        EXPECT_EQ(hashOf(path), expected) << all.join(QLatin1Char(' ')).toStdString();
    }
}

TEST_F(BundleImport, a_feedback_bundle_before_its_teams_is_refused_naming_the_dangling_reference) {
    const QString path = fresh(QStringLiteral("w.pdsa"));
    const QByteArray before = test::fileBytes(path);
    const auto run = importFiles(path, {feedbackFile});
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.err.startsWith(QStringLiteral("pdsa: feedback.pdsabundle: the coach_comment record ")))
        << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("refers to the team record"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("nothing was imported")));
    EXPECT_EQ(test::fileBytes(path), before);
}

TEST_F(BundleImport, a_team_bundle_into_a_workspace_without_the_collaborative_is_refused) {
    const QString path = dir.path(QStringLiteral("empty.pdsa"));
    ASSERT_EQ(test::runPdsa({QStringLiteral("init"), QStringLiteral("--out"), path}).code, 0);
    const QByteArray before = test::fileBytes(path);
    const auto run = importFiles(path, {teamFiles[0]});
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("import the collaborative's template first")))
        << run.err.toStdString();
    EXPECT_EQ(test::fileBytes(path), before);
    EXPECT_EQ(test::runPdsa({QStringLiteral("init"), QStringLiteral("--out"), path}).code, 1)
        << "init refuses an existing file";
}

TEST_F(BundleImport, a_tombstone_is_not_brought_back_by_an_older_bundle) {
    const QString oldTeam = teamFiles[0];
    QUuid deleted;
    {
        auto ws = test::openOrFail(source);
        ASSERT_TRUE(ws);
        deleted = ws->cycles.cycles.forTeam(teamIds[0]).value().back().meta.id;
        ASSERT_TRUE(ws->cycles.cycles.remove(deleted, kStamp.addDays(1)).value());
        write(*ws, {BundleKind::Team, teamIds[0], false, kStamp}, QStringLiteral("team0-later"));
    }
    const QString newTeam = dir.path(QStringLiteral("team0-later.pdsabundle"));
    for (const QStringList& order : {QStringList{oldTeam, newTeam, oldTeam}, QStringList{newTeam, oldTeam}}) {
        SCOPED_TRACE(order.join(QLatin1Char(' ')).toStdString());
        const QString path = fresh(QStringLiteral("w-%1.pdsa").arg(order.size()));
        for (const QString& file : order)
            ASSERT_EQ(importFiles(path, {file}).code, 0);
        auto ws = test::openOrFail(path);
        auto cycle = ws->cycles.cycles.find(deleted, true).value();
        ASSERT_TRUE(cycle);
        EXPECT_TRUE(cycle->meta.deleted);
        EXPECT_FALSE(ws->cycles.cycles.find(deleted).value());
    }
}

TEST_F(BundleImport, a_record_changed_only_in_the_bundle_is_updated) {
    const QString path = fresh(QStringLiteral("w.pdsa"));
    ASSERT_EQ(importFiles(path, {teamFiles[0]}).code, 0);
    PdsaCycle changed;
    {
        auto ws = test::openOrFail(source);
        changed = ws->cycles.cycles.forTeam(teamIds[0]).value().front();
        changed.learned = QStringLiteral("Families came when the meeting was at the school.");
        ASSERT_TRUE(ws->cycles.cycles.save(changed, kStamp.addDays(2)).value());
        write(*ws, {BundleKind::Team, teamIds[0], false, kStamp}, QStringLiteral("team0-later"));
    }
    auto ws = test::openOrFail(path);
    auto plan = importInto(*ws, dir.path(QStringLiteral("team0-later.pdsabundle")));
    ASSERT_TRUE(plan.ok()) << plan.error().message.toStdString();
    EXPECT_EQ(plan->totals().updated, 1);
    EXPECT_EQ(plan->totals().conflicts, 0);
    EXPECT_EQ(ws->cycles.cycles.find(changed.meta.id).value()->learned, changed.learned);
    EXPECT_EQ(ws->cycles.cycles.find(changed.meta.id).value()->meta.revision, 2);
}

TEST_F(BundleImport, a_record_changed_on_both_sides_keeps_both_and_is_kept_as_one_conflict) {
    const QString path = fresh(QStringLiteral("w.pdsa"));
    ASSERT_EQ(importFiles(path, {teamFiles[0]}).code, 0);
    PdsaCycle theirs;
    {
        auto ws = test::openOrFail(source);
        theirs = ws->cycles.cycles.forTeam(teamIds[0]).value().front();
        theirs.learned = QStringLiteral("Theirs.");
        ASSERT_TRUE(ws->cycles.cycles.save(theirs, kStamp.addDays(2)).value());
        write(*ws, {BundleKind::Team, teamIds[0], false, kStamp}, QStringLiteral("team0-later"));
    }
    auto ws = test::openOrFail(path);
    // The team's own workspace on a second laptop: its own work, edited here too.
    ASSERT_TRUE(ws->setOwner(WorkspaceOwner::team(ws->teams.teams.find(teamIds[0]).value()->name)).ok());
    PdsaCycle ours = ws->cycles.cycles.find(theirs.meta.id).value().value();
    ours.learned = QStringLiteral("Ours.");
    ASSERT_TRUE(ws->cycles.cycles.save(ours, kStamp.addDays(3)).value());
    repo::ImportLedger ledger(ws->database());
    for (int time = 0; time < 2; ++time) {
        auto plan = importInto(*ws, dir.path(QStringLiteral("team0-later.pdsabundle")));
        ASSERT_TRUE(plan.ok()) << plan.error().message.toStdString();
        EXPECT_EQ(plan->totals().conflicts, 1);
        EXPECT_EQ(plan->newConflicts, time == 0 ? 1 : 0);
        ASSERT_EQ(plan->conflicts.size(), 1u);
        EXPECT_EQ(plan->conflicts.front().recordId, theirs.meta.id);
        EXPECT_EQ(ws->cycles.cycles.find(theirs.meta.id).value()->learned, QStringLiteral("Ours."));
        EXPECT_EQ(ledger.conflictCount().value(), 1);
    }
}

TEST_F(BundleImport, a_record_whose_id_another_team_holds_here_is_refused_by_name_and_nothing_is_overwritten) {
    const QString path = fresh(QStringLiteral("w.pdsa"));
    ASSERT_EQ(importFiles(path, {teamFiles[1]}).code, 0);
    QUuid taken;
    QString otherTeam;
    {
        auto original = test::openOrFail(source);
        PdsaCycle cycle = leafCycle(*original, teamIds[0]);
        taken = cycle.meta.id;
        otherTeam = original->teams.teams.find(teamIds[1]).value()->name;
        auto ws = test::openOrFail(path);
        cycle.meta.owner = Owner::ofTeam(teamIds[1]);
        cycle.teamId = teamIds[1];
        cycle.title = QStringLiteral("The other team's cycle");
        cycle.parentCycleId = QUuid();
        cycle.changeIdeaIds.clear();
        cycle.measureIds.clear();
        // As an earlier import of the other team's bundle would have left it (the edit rights
        // would refuse it as an edit here: that team's work arrived from its bundle).
        ASSERT_TRUE(ws->transactImport([&] { return ws->cycles.cycles.put(cycle); }).ok());
    }
    const QByteArray before = test::fileBytes(path);
    const auto run = importFiles(path, {teamFiles[0]});
    EXPECT_EQ(run.code, 1) << run.out.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("cannot import the pdsa_cycle record %1: the id is already that of a "
                                                "record of the team \"%2\" here, not of the bundle's owner")
                                     .arg(taken.toString(QUuid::WithoutBraces), otherTeam)))
        << run.err.toStdString();
    EXPECT_EQ(test::fileBytes(path), before);
}

TEST_F(BundleImport, a_dry_run_prints_the_plan_and_writes_nothing) {
    const QString path = fresh(QStringLiteral("w.pdsa"));
    const QByteArray before = test::fileBytes(path);
    const auto run = importFiles(path, {teamFiles[0]}, true);
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("would import (dry run; nothing written)")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("PDSA cycles"))) << run.out.toStdString();
    EXPECT_EQ(test::fileBytes(path), before);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-journal")));
}

TEST_F(BundleImport, a_dry_run_sees_what_earlier_files_bring_and_every_refusal_yet_writes_nothing) {
    const QString path = dir.path(QStringLiteral("empty.pdsa"));
    ASSERT_EQ(test::runPdsa({QStringLiteral("init"), QStringLiteral("--out"), path}).code, 0);
    const QByteArray before = test::fileBytes(path);
    const auto run = importFiles(path, {templateFile, teamFiles[0]}, true);
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_EQ(run.out.count(QStringLiteral("would import (dry run; nothing written)")), 2)
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("sets up this workspace's collaborative")));
    const auto refused = importFiles(path, {templateFile, feedbackFile}, true);
    EXPECT_EQ(refused.code, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("dangling reference"))) << refused.err.toStdString();
    EXPECT_EQ(test::fileBytes(path), before);
}

namespace {

// Changes the first record of `entryName` in the bundle `from` with `change`, recomputes the
// manifest's hashes as an attacker with a ZIP tool would, writes the result to `to` and returns
// the changed record's id.

} // namespace

TEST_F(BundleImport, a_record_breaking_a_constraint_refuses_the_whole_file_naming_table_and_id) {
    // A comment without text passes the reader (a text) but not the schema (a comment says something).
    const QString altered = dir.path(QStringLiteral("altered.pdsabundle"));
    const QString commentId = test::alterFirstRecord(
        feedbackFile, QStringLiteral("records/coach_comment.jsonl"),
        [](QJsonObject& comment) { comment.insert(QStringLiteral("text"), QString()); }, altered);
    ASSERT_FALSE(commentId.isEmpty());

    const QString path = fresh(QStringLiteral("w.pdsa"));
    ASSERT_EQ(importFiles(path, teamFiles).code, 0);
    const QByteArray before = test::fileBytes(path);
    const auto run = importFiles(path, {altered});
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.err.startsWith(
        QStringLiteral("pdsa: altered.pdsabundle: cannot import the coach_comment record %1: ")
            .arg(commentId)))
        << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("CHECK constraint failed"))) << run.err.toStdString();
    EXPECT_EQ(test::fileBytes(path), before) << "the records stored before it are rolled back too";
}

TEST_F(BundleImport, a_fraction_of_a_child_in_a_bundle_is_refused_with_the_rule_of_the_measures_kind) {
    const QString altered = dir.path(QStringLiteral("fraction.pdsabundle"));
    QString measureId;
    const QString valueId = test::alterFirstRecord(
        teamFiles[0], QStringLiteral("records/measure_value.jsonl"),
        [&](QJsonObject& value) {
            measureId = value.value(QStringLiteral("measure_id")).toString();
            if (value.value(QStringLiteral("numerator")).isDouble())
                value.insert(QStringLiteral("numerator"), 2.5);
            else
                value.insert(QStringLiteral("value"), 2.5);
        },
        altered);
    ASSERT_FALSE(valueId.isEmpty());
    const QString path = fresh(QStringLiteral("w.pdsa"));
    const QByteArray before = test::fileBytes(path);
    const auto run = importFiles(path, {altered});
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.err.startsWith(
        QStringLiteral("pdsa: fraction.pdsabundle: cannot import the measure_value record %1: ").arg(valueId)))
        << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("expected a whole number"))) << run.err.toStdString();
    EXPECT_EQ(test::fileBytes(path), before);
}

TEST_F(BundleImport, a_bundle_of_another_collaborative_is_refused) {
    const QString other = dir.path(QStringLiteral("other.pdsa"));
    {
        auto created = Workspace::create(other, QStringLiteral("Another collaborative"));
        ASSERT_TRUE(created.ok());
        write(**created, {BundleKind::Template, {}, false, kStamp}, QStringLiteral("other-template"));
    }
    const QString path = fresh(QStringLiteral("w.pdsa"));
    const QByteArray before = test::fileBytes(path);
    const auto run = importFiles(path, {dir.path(QStringLiteral("other-template.pdsabundle"))});
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(
        run.err.contains(QStringLiteral("the bundle belongs to the collaborative \"Another collaborative\"")))
        << run.err.toStdString();
    EXPECT_EQ(test::fileBytes(path), before);
}

TEST_F(BundleImport, damaged_and_hostile_files_are_refused_and_leave_the_workspace_byte_identical) {
    const QString path = fresh(QStringLiteral("w.pdsa"));
    ASSERT_EQ(importFiles(path, {teamFiles[0]}).code, 0);
    const QByteArray raw = test::fileBytes(teamFiles[1]);
    std::mt19937 random(20261122);
    std::map<QString, QByteArray> hostile;
    hostile[QStringLiteral("empty")] = QByteArray();
    QByteArray noise(200000, '\0');
    for (char& c : noise)
        c = char(random() & 0xff);
    hostile[QStringLiteral("random")] = noise;
    hostile[QStringLiteral("text")] = QByteArray("team,measure\nA,1\n").repeated(100);
    for (int percent : {10, 50, 90})
        hostile[QStringLiteral("trunc%1").arg(percent)] = raw.left(raw.size() * percent / 100);
    hostile[QStringLiteral("trunc-1")] = raw.left(raw.size() - 1);
    hostile[QStringLiteral("garbage-appended")] = raw + noise.left(5000);
    for (int k = 0; k < 12; ++k) {
        QByteArray flipped = raw;
        // Inside the deflated record data, where every bit is read and checked.
        const qsizetype at = 100 + qsizetype(random() % quint32(raw.size() / 2));
        flipped[at] = char(flipped[at] ^ (1 << (random() % 8)));
        hostile[QStringLiteral("flip%1").arg(k)] = flipped;
    }
    hostile[QStringLiteral("zip-traversal")] =
        writeZip({{QStringLiteral("../../evil.txt"), "x"},
                  {QStringLiteral("/etc/evil"), "x"},
                  {QStringLiteral("manifest.json"), R"({"format_version": 1})"}})
            .value();
    hostile[QStringLiteral("gzip-bomb")] = gzipOfZeros(qint64(512) << 20);
    hostile[QStringLiteral("zip-bomb")] =
        writeZip({{QStringLiteral("manifest.json"), "{}"},
                  {QStringLiteral("records/pdsa_cycle.jsonl"), QByteArray(64 << 20, '\0')}})
            .value();
    hostile[QStringLiteral("sqlite-not-bundle")] = test::fileBytes(source);
    hostile[QStringLiteral("newer-format")] =
        writeZip(
            {{QStringLiteral("manifest.json"), R"({"format": "pdsa-tracker-bundle", "format_version": 99})"}})
            .value();

    const QByteArray before = test::fileBytes(path);
    for (const auto& [name, bytes] : hostile) {
        SCOPED_TRACE(name.toStdString());
        const QString file = dir.path(QStringLiteral("h-%1.pdsabundle").arg(name));
        test::writeBytes(file, bytes);
        const auto run = importFiles(path, {file});
        EXPECT_EQ(run.code, 1) << run.out.toStdString();
        EXPECT_TRUE(run.err.startsWith(QStringLiteral("pdsa: h-%1.pdsabundle: ").arg(name)))
            << run.err.toStdString();
        EXPECT_EQ(test::fileBytes(path), before);
    }
    const QString folder = dir.path(QStringLiteral("folder.pdsabundle"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const auto run = importFiles(path, {folder});
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("a folder, not a bundle"))) << run.err.toStdString();
    EXPECT_EQ(test::fileBytes(path), before);
    EXPECT_TRUE(importFiles(path, {dir.path(QStringLiteral("h-newer-format.pdsabundle"))})
                    .err.contains(QStringLiteral("made by a newer version of PDSA Tracker")));
}

TEST_F(BundleImport, one_refused_file_among_several_is_reported_and_the_others_apply) {
    const QString path = fresh(QStringLiteral("w.pdsa"));
    const QString bad = dir.path(QStringLiteral("bad.pdsabundle"));
    test::writeBytes(bad, QByteArray("not a bundle"));
    const auto run = importFiles(path, {teamFiles[0], bad, teamFiles[1]});
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("bad.pdsabundle")));
    EXPECT_EQ(run.out.count(QStringLiteral(": imported")), 2) << run.out.toStdString();
}

TEST_F(BundleImport, import_without_a_workspace_or_files_is_wrong_usage) {
    const auto noWorkspace =
        test::runPdsa({QStringLiteral("bundle"), QStringLiteral("import"), teamFiles[0]});
    EXPECT_EQ(noWorkspace.code, 2);
    EXPECT_TRUE(noWorkspace.err.contains(QStringLiteral("import: --workspace W is required")));
    const QString path = fresh(QStringLiteral("w.pdsa"));
    EXPECT_EQ(importFiles(path, {}).code, 2);
    EXPECT_EQ(test::runPdsa({QStringLiteral("init")}).code, 2);
}

// Runs `attempt` with the disk failing after 0, 1, 2… writes until one succeeds; after each,
// the workspace at `path` is whole and holds either `hashBefore` or `hashAfter`, and at least
// `minBefore` attempts left it as before.
void expectBeforeOrAfter(const std::function<Status(int)>& attempt, const QString& path,
                         const QByteArray& hashBefore, const QByteArray& hashAfter, int maxAttempts,
                         int minBefore) {
    int asBefore = 0;
    bool succeeded = false;
    for (int allowed = 0; allowed < maxAttempts && !succeeded; ++allowed) {
        SCOPED_TRACE(allowed);
        succeeded = attempt(allowed).ok();
        auto reopened = test::openOrFail(path);
        ASSERT_TRUE(reopened);
        EXPECT_TRUE(storage::fullCheck(reopened->database(), path).ok());
        const QByteArray hash = reopened->contentHash().value();
        reopened.reset();
        if (hash == hashBefore)
            ++asBefore;
        else
            EXPECT_EQ(hash, hashAfter) << "neither before nor after";
    }
    EXPECT_TRUE(succeeded);
    EXPECT_GE(asBefore, minBefore) << "journal writes and syncs and database writes all fail safely";
}

TEST_F(BundleImport, a_disk_error_at_any_point_of_an_import_leaves_the_workspace_before_or_after) {
    const QString base = fresh(QStringLiteral("base.pdsa"));
    const QByteArray hashBefore = hashOf(base);
    const QString path = dir.path(QStringLiteral("w.pdsa"));
    const auto attempt = [&](int allowed) -> Status {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-journal"));
        EXPECT_TRUE(QFile::copy(base, path));
        Workspace::OpenOptions options;
        options.vfs = storage::faults::vfsName();
        auto ws = test::openOrFail(path, options);
        if (!ws)
            return Error{ErrorCode::Io, QStringLiteral("cannot open")};
        ws->setClock([] { return kStamp; });
        storage::faults::failAfter(allowed);
        auto plan = importBundleFile(*ws, teamFiles[0]);
        storage::faults::disarm();
        return plan ? Status{} : Status(plan.error());
    };
    ASSERT_TRUE(attempt(-1).ok());
    const QByteArray hashAfter = hashOf(path);
    ASSERT_NE(hashAfter, hashBefore);

    expectBeforeOrAfter(attempt, path, hashBefore, hashAfter, 2000, 10);
}

TEST(BundleFixture, the_format_1_team_bundle_reads_and_imports) {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("w.pdsa"));
    auto created = Workspace::createEmpty(path);
    ASSERT_TRUE(created.ok());
    Workspace& ws = **created;
    auto setUp = importBundleFile(ws, test::dataPath(QStringLiteral("bundles/format-1-template.pdsabundle")));
    ASSERT_TRUE(setUp.ok()) << setUp.error().message.toStdString();
    EXPECT_TRUE(setUp->setsUpCollaborative);
    auto read = readBundleFile(test::dataPath(QStringLiteral("bundles/format-1-team.pdsabundle")));
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    EXPECT_EQ(read->manifest.formatVersion, 1);
    EXPECT_EQ(read->manifest.kind, BundleKind::Team);
    auto plan = importBundle(ws, *read, QStringLiteral("format-1-team.pdsabundle"));
    ASSERT_TRUE(plan.ok()) << plan.error().message.toStdString();
    EXPECT_GT(plan->totals().added, 0);
    EXPECT_EQ(plan->totals().conflicts, 0);
    EXPECT_FALSE(ws.cycles.cycles.all().value().empty());
    EXPECT_TRUE(storage::fullCheck(ws.database(), path).ok());
}

TEST_F(BundleImport, tombstones_and_bundles_without_notes_import_although_their_free_text_is_left_out) {
    QUuid annotation, comment;
    {
        auto ws = test::openOrFail(source);
        annotation = ws->work.annotations.forTeam(teamIds[0]).value().front().meta.id;
        comment = ws->work.comments.forTeam(teamIds[0]).value().front().meta.id;
        ASSERT_TRUE(ws->work.annotations.remove(annotation, kStamp.addDays(1)).value());
        ASSERT_TRUE(ws->work.comments.remove(comment, kStamp.addDays(1)).value());
        exportAll(*ws, QStringLiteral("-later"));
        write(*ws, {BundleKind::Team, teamIds[1], true, kStamp}, QStringLiteral("team1-bare"));
    }
    const QString path = fresh(QStringLiteral("w.pdsa"));
    const auto run = importFiles(path, teamFiles + QStringList{feedbackFile});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    auto ws = test::openOrFail(path);
    EXPECT_TRUE(ws->work.annotations.find(annotation, true).value()->meta.deleted);
    EXPECT_TRUE(ws->work.comments.find(comment, true).value()->meta.deleted);
    ws.reset();

    const auto again = importFiles(path, teamFiles + QStringList{feedbackFile});
    EXPECT_TRUE(again.out.contains(QStringLiteral("nothing to import"))) << again.out.toStdString();

    const QString bare = fresh(QStringLiteral("bare.pdsa"));
    const QString bareFile = dir.path(QStringLiteral("team1-bare.pdsabundle"));
    const auto imported = importFiles(bare, {bareFile});
    ASSERT_EQ(imported.code, 0) << imported.err.toStdString();
    const QByteArray hash = hashOf(bare);
    EXPECT_EQ(importFiles(bare, {bareFile}).code, 0);
    EXPECT_EQ(hashOf(bare), hash) << "importing it again changes nothing";
    // The full bundle of the same revisions afterwards is no conflict (its notes arrive with the
    // next change of each record: see docs/bundle-format.md, "Bundles without notes").
    const auto full = importFiles(bare, {teamFiles[1]});
    ASSERT_EQ(full.code, 0) << full.err.toStdString();
    EXPECT_FALSE(full.out.contains(QStringLiteral("conflict:"))) << full.out.toStdString();
}

TEST(BundleImportCli, an_older_workspace_is_backed_up_and_upgraded_before_the_import) {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("old.pdsa"));
    ASSERT_TRUE(QFile::copy(test::dataPath(QStringLiteral("schema/format-2.pdsa")), path));
    ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    const QString bundle = test::dataPath(QStringLiteral("bundles/format-1-template.pdsabundle"));
    const auto run = test::runPdsa(
        {QStringLiteral("bundle"), QStringLiteral("import"), QStringLiteral("--workspace"), path, bundle});
    EXPECT_FALSE(run.err.contains(QStringLiteral("needs an upgrade"))) << run.err.toStdString();
    Workspace::OpenOptions readOnly;
    readOnly.readOnly = true;
    auto opened = Workspace::open(path, readOnly);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    EXPECT_EQ((*opened)->schemaVersionFound(), storage::currentSchemaVersion());
    const QStringList backups =
        QDir(backupFolder()).entryList({QStringLiteral("old-format2-*.pdsa")}, QDir::Files);
    EXPECT_EQ(backups.size(), 1) << "the copy taken before the upgrade, in the app's own data folder";
}

TEST_F(BundleImport, an_import_that_changes_records_is_logged_with_whose_bundle_it_was) {
    const QString path = fresh(QStringLiteral("w.pdsa"));
    ASSERT_EQ(importFiles(path, {teamFiles[0]}).code, 0);
    ASSERT_EQ(importFiles(path, {teamFiles[0]}).code, 0); // again: nothing new, nothing logged
    auto ws = test::openOrFail(path);
    ASSERT_TRUE(ws);
    repo::ImportLog log(ws->database());
    const auto entries = log.entries().value();
    ASSERT_EQ(entries.size(), 2u);
    const repo::ImportLogEntry& team = entries[0];
    EXPECT_EQ(team.fileName, QStringLiteral("team0.pdsabundle"));
    EXPECT_EQ(team.kind, QStringLiteral("team"));
    EXPECT_EQ(team.owner, Owner::ofTeam(teamIds[0]));
    EXPECT_TRUE(team.broughtOwner);
    EXPECT_GT(team.added, 0);
    EXPECT_EQ(team.updated, 0);
    EXPECT_EQ(team.createdAt, kStamp);
    EXPECT_EQ(team.contentSha256.size(), 64);
    const repo::ImportLogEntry& templ = entries[1];
    EXPECT_EQ(templ.kind, QStringLiteral("template"));
    EXPECT_EQ(templ.owner, Owner::organizer());
    EXPECT_TRUE(templ.broughtOwner);

    const auto arrived = log.arrivedOwners().value();
    ASSERT_EQ(arrived.size(), 2u);
    EXPECT_EQ(arrived[0].owner, Owner::organizer());
    EXPECT_EQ(arrived[1].owner, Owner::ofTeam(teamIds[0]));
}

TEST_F(BundleImport, a_team_whose_record_was_already_here_did_not_arrive_by_import) {
    // The source workspace made every team itself: re-importing its own bundle changes nothing
    // and so marks nobody's work as arrived.
    ASSERT_EQ(importFiles(source, {teamFiles[1]}).code, 0);
    auto ws = test::openOrFail(source);
    ASSERT_TRUE(ws);
    EXPECT_TRUE(repo::ImportLog(ws->database()).arrivedOwners().value().empty());
}

TEST_F(BundleImport, a_cancelled_import_writes_nothing_and_says_so) {
    const QString path = fresh(QStringLiteral("w.pdsa"));
    const QByteArray bytes = test::fileBytes(path);
    auto ws = test::openOrFail(path);
    ASSERT_TRUE(ws);
    auto read = readBundleFile(teamFiles[0]);
    ASSERT_TRUE(read.ok());
    qint64 seen = 0;
    ImportOptions options;
    options.progress = [&](qint64 merged) {
        seen = merged;
        return merged < 10;
    };
    auto imported = importBundle(*ws, *read, QStringLiteral("team0.pdsabundle"), options);
    ASSERT_FALSE(imported.ok());
    EXPECT_EQ(imported.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(imported.error().message,
              QStringLiteral("team0.pdsabundle: the import was cancelled; nothing was imported"));
    EXPECT_EQ(seen, 10);
    ws.reset();
    EXPECT_EQ(test::fileBytes(path), bytes);
}

TEST(ImportLedgerDangling, a_reference_to_nothing_is_noticed_without_reading_the_tables) {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("w.pdsa"));
    test::writeDemo(path);
    auto ws = test::openOrFail(path);
    ASSERT_TRUE(ws);
    repo::ImportLedger ledger(ws->database());
    Team orphan;
    orphan.meta.owner = Owner::organizer();
    orphan.meta.updatedAt = kStamp;
    orphan.collaborativeId = QUuid::createUuid(); // no such collaborative
    orphan.name = QStringLiteral("Orphan team");
    bool before = true, after = false;
    std::optional<repo::DanglingReference> found;
    const Status status = ws->transact([&]() -> Status {
        PDSA_TRY(ledger.deferForeignKeys());
        before = ledger.mayHaveDangling();
        PDSA_TRY(ws->teams.teams.put(orphan));
        after = ledger.mayHaveDangling();
        auto dangling = ledger.firstDangling(QStringLiteral("team"));
        if (!dangling)
            return dangling.error();
        found = *dangling;
        return makeError(ErrorCode::Invalid, QStringLiteral("rolled back on purpose"));
    });
    EXPECT_FALSE(status.ok());
    EXPECT_FALSE(before) << "a workspace that enforces its references starts with none dangling";
    EXPECT_TRUE(after);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->recordId, orphan.meta.id);
    EXPECT_EQ(found->parentTable, QStringLiteral("collaborative"));
    EXPECT_FALSE(ws->teams.teams.find(orphan.meta.id, true).value().has_value());
}

TEST(ImportLedgerDangling, a_reference_resolved_later_in_the_transaction_is_not_dangling) {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("w.pdsa"));
    test::writeDemo(path);
    auto ws = test::openOrFail(path);
    ASSERT_TRUE(ws);
    repo::ImportLedger ledger(ws->database());
    Collaborative parent = ws->collaborative.current().value();
    parent.meta.id = QUuid::createUuid();
    parent.name = QStringLiteral("Second collaborative");
    Team child;
    child.meta.owner = Owner::organizer();
    child.meta.updatedAt = kStamp;
    child.collaborativeId = parent.meta.id;
    child.name = QStringLiteral("Child team");
    bool between = false, after = true;
    const Status status = ws->transact([&]() -> Status {
        PDSA_TRY(ledger.deferForeignKeys());
        PDSA_TRY(ws->teams.teams.put(child)); // before its collaborative, as a bundle may order them
        between = ledger.mayHaveDangling();
        PDSA_TRY(ws->collaborative.collaboratives.put(parent));
        after = ledger.mayHaveDangling();
        return {};
    });
    ASSERT_TRUE(status.ok()) << status.error().message.toStdString();
    EXPECT_TRUE(between);
    EXPECT_FALSE(after);
}

TEST(StoredTimeText, dates_and_times_are_written_and_read_exactly_as_qt_does) {
    const QString format = QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz");
    std::mt19937 random(5);
    std::vector<QDateTime> times{
        QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC),
        QDateTime(QDate(1000, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(2024, 2, 29), QTime(12, 0), Qt::OffsetFromUTC, 5 * 3600 + 1800),
        QDateTime(QDate(1900, 3, 1), QTime(0, 30), Qt::OffsetFromUTC, -8 * 3600),
    };
    for (int i = 0; i < 2000; ++i)
        times.emplace_back(
            QDate(int(1000 + random() % 1300), int(1 + random() % 12), int(1 + random() % 28)),
            QTime(int(random() % 24), int(random() % 60), int(random() % 60), int(random() % 1000)), Qt::UTC);
    for (const QDateTime& time : times) {
        const QString text = storage::dateTimeToText(time);
        EXPECT_EQ(text, time.toUTC().toString(format) + QLatin1Char('Z'));
        const QDateTime qt = QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
        EXPECT_EQ(storage::dateTimeFromText(text), qt) << text.toStdString();
        EXPECT_EQ(storage::dateTimeFromText(text).timeSpec(), qt.timeSpec());
        EXPECT_EQ(storage::dateToText(time.date()), time.date().toString(Qt::ISODate));
    }
    // Other forms, and text that only looks like the stored form, are read as Qt reads them.
    for (const char* text :
         {"2025-02-30T12:00:00.000Z", "2025-03-01T24:00:00.000Z", "2025-03-01T12:00:60.000Z",
          "2025-13-01T12:00:00.000Z", "2025-03-01T12:00:00.00xZ", "2025-03-01T12:00:00.000+01:00",
          "2025-03-01T12:00:00Z", "0999-03-01T12:00:00.000Z", "2025-03-01 12:00:00.000Z", ""}) {
        const QString t = QString::fromLatin1(text);
        const QDateTime qt = QDateTime::fromString(t, Qt::ISODateWithMs);
        EXPECT_EQ(storage::dateTimeFromText(t), qt.isValid() ? qt.toUTC() : QDateTime()) << text;
        EXPECT_EQ(storage::dateTimeFromText(t).isValid(), qt.isValid()) << text;
    }
    EXPECT_EQ(storage::dateToText(QDate()), QDate().toString(Qt::ISODate));
    EXPECT_EQ(storage::dateToText(QDate(12, 5, 6)), QDate(12, 5, 6).toString(Qt::ISODate));
}

TEST(ImportLedgerCache, the_page_cache_is_widened_and_put_back) {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("w.pdsa"));
    test::writeDemo(path);
    auto ws = test::openOrFail(path);
    ASSERT_TRUE(ws);
    repo::ImportLedger ledger(ws->database());
    const qint64 original = ws->database().scalar(QStringLiteral("PRAGMA cache_size")).value();
    auto widened = ledger.swapCacheSize(-64 * 1024);
    ASSERT_TRUE(widened.ok());
    EXPECT_EQ(*widened, original);
    EXPECT_EQ(ws->database().scalar(QStringLiteral("PRAGMA cache_size")).value(), -64 * 1024);
    auto restored = ledger.swapCacheSize(*widened);
    ASSERT_TRUE(restored.ok());
    EXPECT_EQ(*restored, -64 * 1024);
    EXPECT_EQ(ws->database().scalar(QStringLiteral("PRAGMA cache_size")).value(), original);
}

TEST_F(BundleImport, an_import_leaves_the_page_cache_as_it_found_it) {
    const QString path = fresh(QStringLiteral("w.pdsa"));
    auto ws = test::openOrFail(path);
    ASSERT_TRUE(ws);
    const qint64 before = ws->database().scalar(QStringLiteral("PRAGMA cache_size")).value();
    auto imported = importInto(*ws, teamFiles[0]);
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    EXPECT_GT(imported->totals().added, 0);
    EXPECT_EQ(ws->database().scalar(QStringLiteral("PRAGMA cache_size")).value(), before);
}

namespace {

// The app's import applies a reviewed session by copying its rehearsal into the workspace; a disk
// error at any write or sync of that copy leaves the workspace as it was or fully imported.
TEST_F(BundleImport, a_disk_error_at_any_point_of_copying_a_reviewed_import_leaves_the_workspace_before_or_after) {
    const QString base = fresh(QStringLiteral("base.pdsa"));
    const QByteArray hashBefore = hashOf(base);
    const QString path = dir.path(QStringLiteral("w.pdsa"));
    qint64 copies = 0;
    const auto attemptCounting = [&](int allowed, qint64* counted) -> Status {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-journal"));
        EXPECT_TRUE(QFile::copy(base, path));
        Workspace::OpenOptions options;
        options.vfs = storage::faults::vfsName();
        auto ws = test::openOrFail(path, options);
        if (!ws)
            return Error{ErrorCode::Io, QStringLiteral("cannot open")};
        ws->setClock([] { return kStamp; });
        auto session = ImportSession::review(*ws, {teamFiles[0], teamFiles[1]});
        if (!session)
            return session.error();
        storage::faults::failAfter(allowed);
        auto applied = session->apply(*ws);
        storage::faults::disarm();
        if (counted)
            *counted = ws->database().replacements();
        return applied ? Status{} : Status(applied.error());
    };
    const auto attempt = [&](int allowed) { return attemptCounting(allowed, nullptr); };
    ASSERT_TRUE(attemptCounting(-1, &copies).ok());
    ASSERT_EQ(copies, 1) << "the apply copied the rehearsal";
    const QByteArray hashAfter = hashOf(path);
    ASSERT_NE(hashAfter, hashBefore);

    expectBeforeOrAfter(attempt, path, hashBefore, hashAfter, 4000, 5);
}

} // namespace

// ---- bundles that lie: a record says only what its owner may say --------------------------------

namespace {

class LyingBundle : public BundleImport {
protected:
    // Imports `file` into a workspace holding the template and every team's bundle: refused with a
    // message that holds `expected`, and the workspace byte for byte as it was.
    void expectRefused(const QString& file, const QString& expected) {
        const QString path = fresh(QStringLiteral("w-%1.pdsa").arg(++m_count));
        ASSERT_EQ(importFiles(path, teamFiles).code, 0);
        const QByteArray before = test::fileBytes(path);
        const auto run = importFiles(path, {file});
        EXPECT_EQ(run.code, 1) << run.out.toStdString();
        EXPECT_TRUE(run.err.contains(expected)) << run.err.toStdString();
        EXPECT_EQ(test::fileBytes(path), before);
    }
    QString altered(const QString& name) { return dir.path(name + QStringLiteral(".pdsabundle")); }
    // The first team's bundle with its first proportion's value stored as 6 of 1.
    void rewriteSixOfOne(const QString& to) {
        test::rewriteBundle(
            teamFiles[0],
            [](std::vector<ZipEntry>& entries) {
                for (ZipEntry& entry : entries) {
                    if (entry.name != QStringLiteral("records/measure_value.jsonl"))
                        continue;
                    QList<QByteArray> lines = entry.data.split('\n');
                    for (QByteArray& line : lines) {
                        QJsonObject value = QJsonDocument::fromJson(line).object();
                        if (!value.value(QStringLiteral("denominator")).isDouble())
                            continue;
                        value.insert(QStringLiteral("numerator"), 6);
                        value.insert(QStringLiteral("denominator"), 1);
                        line = QJsonDocument(value).toJson(QJsonDocument::Compact);
                        break;
                    }
                    entry.data = lines.join('\n');
                }
            },
            to);
    }
    static QString text(const QUuid& id) { return id.toString(QUuid::WithoutBraces); }

private:
    int m_count = 0;
};

} // namespace

TEST_F(LyingBundle, a_team_cannot_put_a_cycle_under_another_teams_name) {
    const QString file = altered(QStringLiteral("cycle-of-another"));
    test::alterFirstRecord(teamFiles[0], QStringLiteral("records/pdsa_cycle.jsonl"),
                     [&](QJsonObject& cycle) { cycle.insert(QStringLiteral("team_id"), text(teamIds[1])); }, file);
    expectRefused(file, QStringLiteral("it names the team %1, but the bundle is the team %2's")
                            .arg(text(teamIds[1]), text(teamIds[0])));
}

TEST_F(LyingBundle, a_team_cannot_add_a_data_point_to_another_team) {
    const QString file = altered(QStringLiteral("value-of-another"));
    test::alterFirstRecord(teamFiles[0], QStringLiteral("records/measure_value.jsonl"),
                     [&](QJsonObject& value) { value.insert(QStringLiteral("team_id"), text(teamIds[1])); }, file);
    expectRefused(file, QStringLiteral("a team speaks only for itself"));
}

TEST_F(LyingBundle, a_team_cannot_add_a_whole_new_team) {
    const QString file = altered(QStringLiteral("new-team"));
    test::alterFirstRecord(teamFiles[0], QStringLiteral("records/team.jsonl"),
                     [&](QJsonObject& team) { team.insert(QStringLiteral("id"), text(QUuid::createUuid())); }, file);
    expectRefused(file, QStringLiteral("a team's bundle holds its own team record (%1) and no other team")
                            .arg(text(teamIds[0])));
}

TEST_F(LyingBundle, a_teams_measure_cannot_pass_for_a_shared_one) {
    const QString file = altered(QStringLiteral("shared-looking"));
    test::alterFirstRecord(teamFiles[0], QStringLiteral("records/measure.jsonl"),
                     [&](QJsonObject& measure) { measure.insert(QStringLiteral("team_id"), QJsonValue()); }, file);
    expectRefused(file, QStringLiteral("it names no team, as if it were the organizer's"));
}

TEST_F(LyingBundle, a_template_cannot_delete_the_collaborative) {
    const QString file = altered(QStringLiteral("tombstoned"));
    test::alterFirstRecord(templateFile, QStringLiteral("records/collaborative.jsonl"),
                     [&](QJsonObject& collaborative) { collaborative.insert(QStringLiteral("deleted"), true); }, file);
    expectRefused(file, QStringLiteral("a bundle cannot delete the collaborative"));
}

TEST_F(LyingBundle, a_template_cannot_bring_a_second_collaborative) {
    const QString file = altered(QStringLiteral("second"));
    const QUuid other = QUuid::createUuid();
    test::alterFirstRecord(templateFile, QStringLiteral("records/collaborative.jsonl"),
                     [&](QJsonObject& collaborative) { collaborative.insert(QStringLiteral("id"), text(other)); }, file);
    expectRefused(file, QStringLiteral("it names the collaborative %1, not this workspace's").arg(text(other)));
}

TEST_F(LyingBundle, a_record_of_another_collaborative_is_refused_whatever_the_manifest_says) {
    const QString file = altered(QStringLiteral("foreign-session"));
    const QUuid other = QUuid::createUuid();
    test::alterFirstRecord(templateFile, QStringLiteral("records/learning_session.jsonl"),
                     [&](QJsonObject& session) { session.insert(QStringLiteral("collaborative_id"), text(other)); },
                     file);
    expectRefused(file, QStringLiteral("a bundle never brings another collaborative"));
}

TEST_F(LyingBundle, one_id_for_two_kinds_of_record_is_refused_by_name) {
    QUuid cycleId;
    {
        auto ws = test::openOrFail(source);
        cycleId = ws->cycles.cycles.forTeam(teamIds[0]).value().front().meta.id;
    }
    const QString file = altered(QStringLiteral("report-with-a-cycles-id"));
    test::alterFirstRecord(teamFiles[0], QStringLiteral("records/team_report.jsonl"),
                     [&](QJsonObject& report) { report.insert(QStringLiteral("id"), text(cycleId)); }, file);
    // Here, where the cycle arrived before, the id is known as a cycle's.
    expectRefused(file, QStringLiteral("records/team_report.jsonl, line 1: the id %1 is already that of a pdsa_cycle "
                                       "record here")
                            .arg(text(cycleId)));
    // Anywhere, the bundle itself uses the id twice.
    const auto verify = test::runPdsa({QStringLiteral("bundle"), QStringLiteral("verify"), file});
    EXPECT_EQ(verify.code, 1);
    EXPECT_TRUE(verify.err.contains(QStringLiteral("records/team_report.jsonl, line 1: the id %1 is also that of a "
                                                   "pdsa_cycle record")
                                        .arg(text(cycleId))))
        << verify.err.toStdString();
}

TEST_F(LyingBundle, a_field_name_with_terminal_escapes_is_shown_escaped_and_cut) {
    const QString file = altered(QStringLiteral("escapes"));
    const QString field = QStringLiteral("x\x1b[2K\rpdsa: all bundles imported") + QChar(0x202e) + QString(100000, QLatin1Char('y'));
    test::alterFirstRecord(teamFiles[0], QStringLiteral("records/pdsa_cycle.jsonl"),
                     [&](QJsonObject& cycle) { cycle.insert(field, 1); }, file);
    const QString path = fresh(QStringLiteral("w.pdsa"));
    const auto run = importFiles(path, {file});
    EXPECT_EQ(run.code, 1);
    EXPECT_FALSE(run.err.contains(QChar(0x1b))) << "the terminal would obey it";
    EXPECT_FALSE(run.err.contains(QChar(0x202e)));
    EXPECT_FALSE(run.err.contains(QLatin1Char('\r')));
    EXPECT_TRUE(run.err.contains(QStringLiteral("unknown field \"x\\u001b[2K\\u000dpdsa: all bundles imported\\u202eyyy")))
        << run.err.left(400).toStdString();
    EXPECT_LT(run.err.size(), 1000) << "a 100,000-character name is not repeated whole";
}

TEST_F(BundleImport, reimporting_a_bundle_into_the_workspace_it_came_from_writes_nothing) {
    const QByteArray bytes = test::fileBytes(source);
    const QDateTime modified = QFileInfo(source).lastModified();
    const auto again = importFiles(source, {teamFiles[0], templateFile});
    ASSERT_EQ(again.code, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("nothing to import"))) << again.out.toStdString();
    EXPECT_EQ(test::fileBytes(source), bytes);
    EXPECT_EQ(QFileInfo(source).lastModified(), modified);
}

TEST_F(LyingBundle, a_second_value_for_the_same_month_is_refused) {
    const QString file = altered(QStringLiteral("second-value"));
    const QUuid forged = QUuid::createUuid();
    test::alterFirstRecord(teamFiles[0], QStringLiteral("records/measure_value.jsonl"),
                     [&](QJsonObject& value) { value.insert(QStringLiteral("id"), text(forged)); }, file);
    expectRefused(file, QStringLiteral("cannot import the measure_value record %1: its id is not the one of its team, "
                                       "measure, period and stratum")
                            .arg(text(forged)));
}

TEST_F(LyingBundle, a_second_chart_setting_for_one_measure_is_refused) {
    const QString file = altered(QStringLiteral("second-setting"));
    test::alterFirstRecord(teamFiles[0], QStringLiteral("records/chart_setting.jsonl"),
                     [&](QJsonObject& setting) { setting.insert(QStringLiteral("id"), text(QUuid::createUuid())); },
                     file);
    expectRefused(file, QStringLiteral("there is one per team and measure"));
}

TEST_F(LyingBundle, a_value_in_the_middle_of_a_month_is_refused_for_a_monthly_measure) {
    const QString file = altered(QStringLiteral("mid-month"));
    test::alterFirstRecord(teamFiles[0], QStringLiteral("records/measure_value.jsonl"),
                     [&](QJsonObject& value) {
                         const QDate period = QDate::fromString(value.value(QStringLiteral("period")).toString(), Qt::ISODate);
                         const QDate middle = period.addDays(14);
                         const QUuid team = QUuid::fromString(value.value(QStringLiteral("team_id")).toString());
                         const QUuid measure = QUuid::fromString(value.value(QStringLiteral("measure_id")).toString());
                         const QUuid stratum = QUuid::fromString(value.value(QStringLiteral("stratum_id")).toString());
                         value.insert(QStringLiteral("period"), middle.toString(Qt::ISODate));
                         value.insert(QStringLiteral("id"), text(measureValueId(team, measure, middle, stratum)));
                     },
                     file);
    expectRefused(file, QStringLiteral("a monthly measure's period is the first day of its month"));
}

TEST_F(LyingBundle, a_comment_about_a_cycle_that_is_nowhere_is_refused) {
    const QString file = altered(QStringLiteral("comment-on-nothing"));
    const QUuid nowhere = QUuid::createUuid();
    test::alterFirstRecord(feedbackFile, QStringLiteral("records/coach_comment.jsonl"),
                     [&](QJsonObject& comment) {
                         comment.insert(QStringLiteral("subject_kind"), QStringLiteral("cycle"));
                         comment.insert(QStringLiteral("subject_id"), text(nowhere));
                     },
                     file);
    expectRefused(file, QStringLiteral("the comment is about a cycle (%1) that is not in this workspace").arg(text(nowhere)));
}

// ---- strict reading: one canonical form for what a bundle holds ---------------------------------

TEST_F(LyingBundle, an_id_in_upper_case_is_refused) {
    const QString file = altered(QStringLiteral("upper"));
    test::alterFirstRecord(teamFiles[0], QStringLiteral("records/pdsa_cycle.jsonl"),
                     [&](QJsonObject& cycle) {
                         cycle.insert(QStringLiteral("id"), cycle.value(QStringLiteral("id")).toString().toUpper());
                     },
                     file);
    expectRefused(file, QStringLiteral("field \"id\": expected an id such as"));
}

TEST_F(LyingBundle, a_time_without_its_zone_is_refused) {
    const QString file = altered(QStringLiteral("local-time"));
    test::alterFirstRecord(teamFiles[0], QStringLiteral("records/pdsa_cycle.jsonl"),
                     [&](QJsonObject& cycle) { cycle.insert(QStringLiteral("updated_at"), QStringLiteral("2026-01-02T03:04:05.000")); },
                     file);
    expectRefused(file, QStringLiteral("field \"updated_at\": expected a time such as 2025-03-01T12:00:00.000Z"));
}

TEST_F(LyingBundle, a_time_in_any_form_but_the_one_the_app_writes_is_refused) {
    for (const QString& time : {QStringLiteral("2026-01-02 03:04:05.000Z"), QStringLiteral("2026-01-02T03:04:05Z"),
                                QStringLiteral("2026-01-02T03:04:05.000123Z"), QStringLiteral("2026-01-01T24:00:00.000Z")}) {
        const QString file = altered(QStringLiteral("time-form-%1").arg(time.size()) + time.right(6).left(2));
        test::alterFirstRecord(teamFiles[0], QStringLiteral("records/pdsa_cycle.jsonl"),
                               [&](QJsonObject& cycle) { cycle.insert(QStringLiteral("updated_at"), time); }, file);
        SCOPED_TRACE(time.toStdString());
        expectRefused(file, QStringLiteral("field \"updated_at\": expected a time such as 2025-03-01T12:00:00.000Z"));
    }
}

TEST_F(LyingBundle, a_bundle_without_notes_that_holds_notes_is_refused) {
    QString withoutNotes;
    {
        auto ws = test::openOrFail(source);
        withoutNotes = write(*ws, {BundleKind::Team, teamIds[0], true, kStamp}, QStringLiteral("no-notes"));
    }
    const QString file = altered(QStringLiteral("notes-after-all"));
    test::alterFirstRecord(withoutNotes, QStringLiteral("records/pdsa_cycle.jsonl"),
                     [&](QJsonObject& cycle) { cycle.insert(QStringLiteral("objective"), QStringLiteral("smuggled")); },
                     file);
    expectRefused(file, QStringLiteral("field \"objective\": the bundle says it was made without notes"));
}

TEST_F(BundleImport, the_text_limit_counts_characters_not_utf16_units) {
    QString emoji;
    for (int i = 0; i < repo::kMaxTextLength; ++i)
        emoji += QString::fromUcs4(U"\U0001F600", 1);
    const QString file = dir.path(QStringLiteral("long-emoji.pdsabundle"));
    test::alterFirstRecord(teamFiles[0], QStringLiteral("records/pdsa_cycle.jsonl"),
                     [&](QJsonObject& cycle) { cycle.insert(QStringLiteral("objective"), emoji); }, file);
    const QString path = fresh(QStringLiteral("w.pdsa"));
    const auto run = importFiles(path, {file});
    EXPECT_EQ(run.code, 0) << run.err.left(300).toStdString();
}

// A deletion and an edit of one cycle made apart, each at the next revision: whichever bundle
// arrives first, the deletion wins; two different edits at one revision are kept as a conflict.
TEST_F(BundleImport, a_deletion_and_an_edit_at_the_same_revision_end_the_same_in_either_order) {
    QUuid cycleId;
    const QString deleted = bundleAfter(QStringLiteral("deleted"), cycleId, [](PdsaCycle&) { return false; });
    const QString edited = bundleAfter(QStringLiteral("edited"), cycleId, [](PdsaCycle& cycle) {
        cycle.title = QStringLiteral("Edited apart");
        return true;
    });

    const auto finalCycle = [&](const QStringList& order) {
        const QString path = fresh(QStringLiteral("w-%1.pdsa").arg(order.join(QLatin1Char('-')).size() + order.first().size()));
        EXPECT_EQ(importFiles(path, {teamFiles[0]}).code, 0);
        for (const QString& file : order)
            EXPECT_EQ(importFiles(path, {file}).code, 0);
        auto ws = test::openOrFail(path);
        return ws->cycles.cycles.find(cycleId, true).value().value();
    };
    const PdsaCycle deletedFirst = finalCycle({deleted, edited});
    const PdsaCycle editedFirst = finalCycle({edited, deleted});
    EXPECT_TRUE(deletedFirst.meta.deleted);
    EXPECT_TRUE(editedFirst.meta.deleted);
    EXPECT_EQ(deletedFirst.meta.revision, editedFirst.meta.revision);
}

TEST_F(LyingBundle, a_feedback_bundle_cannot_bring_a_pdsa_cycle) {
    const QString file = altered(QStringLiteral("feedback-with-a-cycle"));
    test::rewriteBundle(
        feedbackFile,
        [&](std::vector<ZipEntry>& entries) {
            const std::vector<ZipEntry> team = test::bundleEntries(teamFiles[0]);
            for (const ZipEntry& entry : team)
                if (entry.name == QStringLiteral("records/pdsa_cycle.jsonl")) {
                    QJsonObject cycle = QJsonDocument::fromJson(test::firstLine(entry)).object();
                    cycle.insert(QStringLiteral("owner_role"), QStringLiteral("coach"));
                    cycle.insert(QStringLiteral("owner_team"), QJsonValue::Null);
                    cycle.insert(QStringLiteral("owner_coach"), test::kDemoCoach);
                    entries.push_back({entry.name, QJsonDocument(cycle).toJson(QJsonDocument::Compact) + '\n'});
                }
        },
        file);
    expectRefused(file, QStringLiteral("records/pdsa_cycle.jsonl, line 1: a coach's feedback holds only comments and "
                                       "scores; a pdsa_cycle record does not belong in it"));
    // `pdsa bundle verify` says so too: the file lies whatever workspace it meets.
    const auto verify = test::runPdsa({QStringLiteral("bundle"), QStringLiteral("verify"), file});
    EXPECT_EQ(verify.code, 1);
    EXPECT_TRUE(verify.err.contains(QStringLiteral("a pdsa_cycle record does not belong in it"))) << verify.err.toStdString();
}

TEST_F(LyingBundle, a_cycle_id_copied_from_another_team_is_refused_by_name_in_either_order) {
    QUuid genuine;
    QString names[2];
    {
        auto ws = test::openOrFail(source);
        genuine = BundleImport::leafCycle(*ws, teamIds[0]).meta.id;
        for (int i = 0; i < 2; ++i)
            names[i] = ws->teams.teams.find(teamIds[i]).value()->name;
    }
    // The other team's bundle with one more cycle: a copy of the first team's, relabelled as its own.
    const QString squatter = altered(QStringLiteral("squatter"));
    QJsonObject copied;
    {
        auto ws = test::openOrFail(source);
        copied = ws->cycles.cycles.toJson(ws->cycles.cycles.find(genuine).value().value(), false);
    }
    copied.insert(QStringLiteral("owner_team"), text(teamIds[1]));
    copied.insert(QStringLiteral("team_id"), text(teamIds[1]));
    copied.insert(QStringLiteral("parent_cycle_id"), QJsonValue::Null);
    copied.insert(QStringLiteral("measure_ids"), QJsonArray());
    test::rewriteBundle(
        teamFiles[1],
        [&](std::vector<ZipEntry>& entries) {
            for (ZipEntry& entry : entries)
                if (entry.name == QStringLiteral("records/pdsa_cycle.jsonl"))
                    entry.data += QJsonDocument(copied).toJson(QJsonDocument::Compact) + '\n';
        },
        squatter);
    const auto refusal = [&](const QString& holder) {
        return QStringLiteral("cannot import the pdsa_cycle record %1: the id is already that of a record of the team "
                              "\"%2\" here")
            .arg(text(genuine), holder);
    };
    // The genuine cycle first: the copy is refused, naming the team whose cycle it is.
    const QString first = fresh(QStringLiteral("genuine-first.pdsa"));
    ASSERT_EQ(importFiles(first, {teamFiles[0]}).code, 0);
    QByteArray before = test::fileBytes(first);
    auto run = importFiles(first, {squatter});
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.err.contains(refusal(names[0]))) << run.err.toStdString();
    EXPECT_EQ(test::fileBytes(first), before);
    // The copy first: the genuine bundle is refused, naming the team that took the id, and is
    // never shown as "left as it is" under the other team's name.
    const QString second = fresh(QStringLiteral("copy-first.pdsa"));
    const auto copyFirst = importFiles(second, {squatter});
    ASSERT_EQ(copyFirst.code, 0) << copyFirst.err.toStdString();
    before = test::fileBytes(second);
    run = importFiles(second, {teamFiles[0]});
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.err.contains(refusal(names[1]))) << run.err.toStdString();
    EXPECT_EQ(test::fileBytes(second), before);
}

TEST_F(LyingBundle, a_field_said_twice_in_a_record_is_refused) {
    const QString file = altered(QStringLiteral("title-twice"));
    test::rewriteBundle(
        teamFiles[0],
        [&](std::vector<ZipEntry>& entries) {
            for (ZipEntry& entry : entries)
                if (entry.name == QStringLiteral("records/pdsa_cycle.jsonl"))
                    entry.data = "{\"title\":\"Which one counts?\"," + entry.data.mid(1);
        },
        file);
    expectRefused(file, QStringLiteral("records/pdsa_cycle.jsonl, line 1: the field \"title\" appears twice"));
}

TEST_F(LyingBundle, a_field_said_twice_in_the_manifest_is_refused) {
    const QString file = altered(QStringLiteral("manifest-twice"));
    std::vector<ZipEntry> entries = test::bundleEntries(teamFiles[0]);
    for (ZipEntry& entry : entries)
        if (entry.name == QStringLiteral("manifest.json"))
            entry.data = "{\"without_notes\": true," + entry.data.mid(entry.data.indexOf('{') + 1);
    test::writeBytes(file, writeZip(entries).value());
    expectRefused(file, QStringLiteral("manifest-twice.pdsabundle: manifest.json: the field \"without_notes\" appears "
                                       "twice"));
}

TEST_F(BundleImport, two_different_versions_at_the_same_revision_are_kept_as_a_conflict_in_either_order) {
    QUuid cycleId;
    const auto titled = [&](const QString& name, const QString& title) {
        return bundleAfter(name, cycleId, [&](PdsaCycle& cycle) {
            cycle.title = title;
            return true;
        });
    };
    expectOneConflictInEitherOrder(titled(QStringLiteral("one"), QStringLiteral("One way")),
                                   titled(QStringLiteral("other"), QStringLiteral("Another way")), cycleId);
}

TEST_F(LyingBundle, a_numerator_larger_than_its_denominator_is_refused) {
    const QString file = altered(QStringLiteral("six-of-one"));
    rewriteSixOfOne(file);
    expectRefused(file, QStringLiteral("the numerator (6) cannot be larger than the denominator (1)"));
}

TEST_F(LyingBundle, a_team_cannot_enter_data_for_another_teams_own_measure) {
    QUuid theirs;
    QString holder;
    {
        auto ws = test::openOrFail(source);
        for (const Measure& m : ws->measures.measures.all().value())
            if (m.teamId == teamIds[1])
                theirs = m.meta.id;
        holder = ws->teams.teams.find(teamIds[1]).value()->name;
    }
    ASSERT_FALSE(theirs.isNull()) << "the demo gives each team a measure of its own";
    const QString file = altered(QStringLiteral("value-for-their-measure"));
    test::alterFirstRecord(teamFiles[0], QStringLiteral("records/measure_value.jsonl"),
                           [&](QJsonObject& value) {
                               value.insert(QStringLiteral("measure_id"), text(theirs));
                               value.insert(QStringLiteral("stratum_id"), QJsonValue::Null);
                               const QDate period = QDate::fromString(value.value(QStringLiteral("period")).toString(),
                                                                      Qt::ISODate);
                               value.insert(QStringLiteral("id"), text(measureValueId(teamIds[0], theirs, period, {})));
                           },
                           file);
    expectRefused(file, QStringLiteral("it refers to the measure %1, which is the team \"%2\"'s: a team's records refer "
                                       "only to its own and to the collaborative's")
                            .arg(text(theirs), holder));
}

TEST_F(LyingBundle, a_comment_about_one_teams_cycle_cannot_be_filed_under_another_team) {
    const QString file = altered(QStringLiteral("comment-under-another-team"));
    QString cycleTeam;
    test::rewriteBundle(
        feedbackFile,
        [&](std::vector<ZipEntry>& entries) {
            for (ZipEntry& entry : entries) {
                if (entry.name != QStringLiteral("records/coach_comment.jsonl"))
                    continue;
                QList<QByteArray> lines = entry.data.split('\n');
                for (QByteArray& line : lines) {
                    QJsonObject comment = QJsonDocument::fromJson(line).object();
                    if (comment.value(QStringLiteral("subject_kind")).toString() != QStringLiteral("cycle") ||
                        comment.value(QStringLiteral("deleted")).toBool())
                        continue;
                    cycleTeam = comment.value(QStringLiteral("team_id")).toString();
                    const QUuid other = cycleTeam == text(teamIds[0]) ? teamIds[1] : teamIds[0];
                    comment.insert(QStringLiteral("team_id"), text(other));
                    line = QJsonDocument(comment).toJson(QJsonDocument::Compact);
                    break;
                }
                entry.data = lines.join('\n');
            }
        },
        file);
    ASSERT_FALSE(cycleTeam.isEmpty()) << "the demo's coaches comment on cycles";
    expectRefused(file, QStringLiteral("but is about a cycle of the team"));
}

TEST_F(LyingBundle, a_comment_about_a_team_as_a_whole_is_about_the_team_it_is_filed_under) {
    const QString file = altered(QStringLiteral("team-comment-about-another-team"));
    test::alterFirstRecord(feedbackFile, QStringLiteral("records/coach_comment.jsonl"),
                           [&](QJsonObject& comment) {
                               comment.insert(QStringLiteral("team_id"), text(teamIds[0]));
                               comment.insert(QStringLiteral("subject_kind"), QStringLiteral("team"));
                               comment.insert(QStringLiteral("subject_id"), text(teamIds[1]));
                           },
                           file);
    expectRefused(file, QStringLiteral("the comment is about the team as a whole, so its subject is the team it is "
                                       "filed under (%1), not %2")
                            .arg(text(teamIds[0]), text(teamIds[1])));
}

TEST_F(LyingBundle, a_tombstone_cannot_refer_to_another_teams_work_either) {
    QUuid theirs;
    {
        auto ws = test::openOrFail(source);
        for (const Measure& m : ws->measures.measures.all().value())
            if (m.teamId == teamIds[1])
                theirs = m.meta.id;
    }
    const QString file = altered(QStringLiteral("tombstone-with-their-measure"));
    test::alterFirstRecord(teamFiles[0], QStringLiteral("records/pdsa_cycle.jsonl"),
                           [&](QJsonObject& cycle) {
                               cycle.insert(QStringLiteral("deleted"), true);
                               for (const char* field : {"objective", "observations", "learned", "what_happened",
                                                         "problems", "results", "next_step", "data_collection_plan",
                                                         "plan_what", "plan_who", "plan_when", "plan_where"})
                                   cycle.insert(QLatin1String(field), QString());
                               cycle.insert(QStringLiteral("questions"), QJsonArray());
                               cycle.insert(QStringLiteral("revision"), cycle.value(QStringLiteral("revision")).toInt() + 1);
                               QJsonArray measures = cycle.value(QStringLiteral("measure_ids")).toArray();
                               measures.append(text(theirs));
                               cycle.insert(QStringLiteral("measure_ids"), measures);
                           },
                           file);
    expectRefused(file, QStringLiteral("it refers to the measure %1, which is the team").arg(text(theirs)));
}

TEST_F(BundleImport, two_versions_at_one_revision_differing_only_in_their_notes_are_a_conflict_when_both_carry_notes) {
    QUuid cycleId;
    const auto learned = [&](const QString& name, const QString& lesson) {
        return bundleAfter(name, cycleId, [&](PdsaCycle& cycle) {
            cycle.learned = lesson;
            return true;
        });
    };
    expectOneConflictInEitherOrder(learned(QStringLiteral("learned-one"), QStringLiteral("One lesson.")),
                                   learned(QStringLiteral("learned-other"), QStringLiteral("Another lesson.")), cycleId);
}

TEST_F(LyingBundle, names_in_the_manifest_are_printed_escaped) {
    const QString file = altered(QStringLiteral("escaped-names"));
    std::vector<ZipEntry> entries = test::bundleEntries(teamFiles[0]);
    for (ZipEntry& entry : entries)
        if (entry.name == QStringLiteral("manifest.json")) {
            QJsonObject manifest = QJsonDocument::fromJson(entry.data).object();
            QJsonObject owner = manifest.value(QStringLiteral("owner")).toObject();
            owner.insert(QStringLiteral("name"), QStringLiteral("\x1b[2J\x1b[31mEVIL\r\b"));
            manifest.insert(QStringLiteral("owner"), owner);
            QJsonObject collaborative = manifest.value(QStringLiteral("collaborative")).toObject();
            collaborative.insert(QStringLiteral("name"), QStringLiteral("Ours") + QChar(0x202e) + QStringLiteral("txt"));
            manifest.insert(QStringLiteral("collaborative"), collaborative);
            entry.data = QJsonDocument(manifest).toJson();
        }
    test::writeBytes(file, writeZip(entries).value());
    const QString path = fresh(QStringLiteral("escaped.pdsa"));
    for (const QStringList& args : {QStringList{QStringLiteral("bundle"), QStringLiteral("verify"), file},
                                    QStringList{QStringLiteral("bundle"), QStringLiteral("import"),
                                                QStringLiteral("--workspace"), path, QStringLiteral("--dry-run"), file}}) {
        const auto run = test::runPdsa(args);
        EXPECT_EQ(run.code, 0) << run.err.toStdString();
        EXPECT_TRUE(run.out.contains(QStringLiteral("\\u001b[2J\\u001b[31mEVIL\\u000d\\u0008"))) << run.out.toStdString();
        EXPECT_TRUE(run.out.contains(QStringLiteral("Ours\\u202etxt"))) << run.out.toStdString();
        EXPECT_FALSE(run.out.contains(QChar(0x1b)) || run.out.contains(QChar(0x202e)) || run.out.contains(QLatin1Char('\r')));
    }
}

TEST_F(LyingBundle, a_second_report_for_one_month_is_refused) {
    const QString file = altered(QStringLiteral("second-report"));
    QString month;
    const QUuid forged = QUuid::createUuid();
    test::rewriteBundle(
        teamFiles[0],
        [&](std::vector<ZipEntry>& entries) {
            for (ZipEntry& entry : entries)
                if (entry.name == QStringLiteral("records/team_report.jsonl")) {
                    QJsonObject report = QJsonDocument::fromJson(test::firstLine(entry)).object();
                    month = report.value(QStringLiteral("month")).toString().left(7);
                    report.insert(QStringLiteral("id"), text(forged));
                    entry.data += QJsonDocument(report).toJson(QJsonDocument::Compact) + '\n';
                }
        },
        file);
    expectRefused(file, QStringLiteral("the team has a report for %1 already").arg(month));
}

TEST_F(LyingBundle, a_score_in_the_middle_of_a_month_is_refused) {
    const QString file = altered(QStringLiteral("mid-month-score"));
    test::alterFirstRecord(feedbackFile, QStringLiteral("records/assessment_score.jsonl"),
                           [&](QJsonObject& score) {
                               score.insert(QStringLiteral("month"),
                                            score.value(QStringLiteral("month")).toString().left(8) + QStringLiteral("15"));
                           },
                           file);
    expectRefused(file, QStringLiteral("an assessment score is for a whole month, given as its first day, not "));
}

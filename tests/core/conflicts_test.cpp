// SPDX-License-Identifier: Apache-2.0
// Resolving import conflicts: listing what an import kept, keep mine / take theirs /
// keep both, each undone exactly, and what a later import of the same bundle does afterwards.
#include "bundle/bundle.h"
#include "bundle/conflicts.h"
#include "bundle/merge.h"
#include "repositories/importledger.h"
#include "support/testsupport.h"
#include "workspace/workspace.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace pdsa;
using namespace pdsa::bundle;

namespace {

const QDateTime kStamp(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC);
const QDateTime kDetected(QDate(2026, 2, 3), QTime(4, 5, 6), Qt::UTC);
const QDateTime kResolved(QDate(2026, 2, 4), QTime(9, 0), Qt::UTC);

// A workspace that imported every bundle of a demo ("mine"), and the demo itself ("theirs"),
// where the same cycle, measure value and chart annotation of the first team were then changed
// differently on each side; importing the team's later bundle keeps three conflicts.
class Conflicts : public ::testing::Test {
protected:
    void SetUp() override {
        source = dir.path(QStringLiteral("theirs.pdsa"));
        test::writeDemo(source);
        {
            auto ws = test::openOrFail(source);
            ASSERT_TRUE(ws);
            for (const Team& team : ws->teams.teams.all().value())
                teamIds.push_back(team.meta.id);
            QStringList files{
                write(*ws, {BundleKind::Template, {}, false, kStamp}, QStringLiteral("template"))};
            for (int i = 0; i < int(teamIds.size()); ++i)
                files << write(*ws, {BundleKind::Team, teamIds[i], false, kStamp},
                               QStringLiteral("team%1").arg(i));
            files << write(*ws, {BundleKind::Feedback, {}, false, kStamp, test::kDemoCoach}, QStringLiteral("feedback"));
            mine = dir.path(QStringLiteral("mine.pdsa"));
            // The first team's own workspace on a second laptop: its work is edited on both.
            const QString team = QStringLiteral("team:") + ws->teams.teams.find(teamIds[0]).value()->name;
            ASSERT_EQ(test::runPdsa({QStringLiteral("init"), QStringLiteral("--out"), mine, QStringLiteral("--as"), team})
                          .code,
                      0);
            const auto run = test::runPdsa(QStringList{QStringLiteral("bundle"), QStringLiteral("import"),
                                                       QStringLiteral("--workspace"), mine} +
                                           files);
            ASSERT_EQ(run.code, 0) << run.err.toStdString();

            cycle = ws->cycles.cycles.forTeam(teamIds[0]).value().front();
            value = firstTotalValue(*ws);
            annotation = ws->work.annotations.forTeam(teamIds[0]).value().front();
            change(*ws, QStringLiteral("Theirs."), 42, kStamp.addDays(2));
            later = write(*ws, {BundleKind::Team, teamIds[0], false, kStamp}, QStringLiteral("team0-later"));
        }
        ws = test::openOrFail(mine);
        ASSERT_TRUE(ws);
        ws->setClock([] { return kDetected; });
        change(*ws, QStringLiteral("Ours."), 7, kStamp.addDays(3));
        auto plan = importBundleFile(*ws, later);
        ASSERT_TRUE(plan.ok()) << plan.error().message.toStdString();
        ASSERT_EQ(plan->newConflicts, 3);
        ws->setClock([] { return kResolved; });
    }

    QString write(Workspace& from, const ExportRequest& request, const QString& name) {
        const QString path = dir.path(name + QStringLiteral(".pdsabundle"));
        auto written = exportBundleFile(from, request, path);
        EXPECT_TRUE(written.ok()) << written.error().message.toStdString();
        return path;
    }

    MeasureValue firstTotalValue(Workspace& from) {
        for (const MeasureValue& v : from.measures.values.forTeam(teamIds[0]).value())
            if (v.stratumId.isNull() && v.value)
                return v;
        ADD_FAILURE() << "the demo's first team has a value of its own";
        return {};
    }

    // The same three records changed on one side: the cycle's lesson, the value, the note.
    void change(Workspace& on, const QString& words, double number, const QDateTime& at) {
        PdsaCycle c = on.cycles.cycles.find(cycle.meta.id).value().value();
        c.learned = words;
        ASSERT_TRUE(on.cycles.cycles.save(c, at).value());
        MeasureValue v = on.measures.values.find(value.meta.id).value().value();
        v.value = number;
        ASSERT_TRUE(on.measures.values.save(v, at).value());
        ChartAnnotation a = on.work.annotations.find(annotation.meta.id).value().value();
        a.text = words;
        ASSERT_TRUE(on.work.annotations.save(a, at).value());
    }

    const Conflict& conflictOf(const std::vector<Conflict>& all, const QUuid& recordId) {
        const auto found =
            std::find_if(all.begin(), all.end(), [&](const Conflict& c) { return c.recordId == recordId; });
        EXPECT_NE(found, all.end());
        return *found;
    }

    qint64 conflictIdOf(const QUuid& recordId) {
        auto all = listConflicts(*ws);
        EXPECT_TRUE(all.ok());
        return conflictOf(*all, recordId).id;
    }

    // What undo must bring back: every row's content, the ledger's rows.
    struct Snapshot {
        QByteArray hash;
        std::vector<repo::ConflictRow> conflicts;
        std::optional<repo::ImportBase> cycleBase, valueBase, annotationBase;
        bool operator==(const Snapshot&) const = default;
    };
    Snapshot snapshot() {
        repo::ImportLedger ledger(ws->database());
        return {ws->contentHash().value(), ledger.conflicts().value(), ledger.base(cycle.meta.id).value(),
                ledger.base(value.meta.id).value(), ledger.base(annotation.meta.id).value()};
    }

    test::TempDir dir;
    QString source;
    QString mine;
    QString later;
    std::vector<QUuid> teamIds;
    PdsaCycle cycle;
    MeasureValue value;
    ChartAnnotation annotation;
    std::unique_ptr<Workspace> ws;
};

} // namespace

TEST_F(Conflicts, each_kept_conflict_is_listed_with_both_versions_and_the_fields_that_differ) {
    EXPECT_EQ(conflictCount(*ws).value(), 3);
    auto all = listConflicts(*ws);
    ASSERT_TRUE(all.ok()) << all.error().message.toStdString();
    ASSERT_EQ(all->size(), 3u);

    const Conflict& c = conflictOf(*all, cycle.meta.id);
    EXPECT_EQ(c.table, QStringLiteral("pdsa_cycle"));
    EXPECT_EQ(c.kind, QStringLiteral("PDSA cycle"));
    EXPECT_EQ(c.title, cycle.title.left(80));
    EXPECT_EQ(c.sourceFile, QStringLiteral("team0-later.pdsabundle"));
    EXPECT_TRUE(c.source.startsWith(QStringLiteral("team0-later.pdsabundle (team of \"")))
        << c.source.toStdString();
    EXPECT_EQ(c.detectedAt, kDetected);
    ASSERT_TRUE(c.local);
    EXPECT_FALSE(c.localDeleted);
    EXPECT_FALSE(c.incomingDeleted);
    EXPECT_EQ(c.local->value(QStringLiteral("learned")).toString(), QStringLiteral("Ours."));
    EXPECT_EQ(c.incoming.value(QStringLiteral("learned")).toString(), QStringLiteral("Theirs."));
    const auto differences = c.differences();
    ASSERT_EQ(differences.size(), 1u);
    EXPECT_EQ(differences[0], (FieldComparison{QStringLiteral("learned"), QStringLiteral("What was learned"),
                                               QStringLiteral("Ours."), QStringLiteral("Theirs."), true}));
    // Every field a person can tell apart is there to compare; never the bookkeeping.
    auto field = [&](const QString& key) {
        return std::find_if(c.fields.begin(), c.fields.end(),
                            [&](const FieldComparison& f) { return f.key == key; });
    };
    ASSERT_NE(field(QStringLiteral("title")), c.fields.end());
    EXPECT_EQ(field(QStringLiteral("title"))->mine, cycle.title);
    EXPECT_FALSE(field(QStringLiteral("title"))->differs);
    EXPECT_EQ(field(QStringLiteral("team_id"))->mine, ws->teams.teams.find(teamIds[0]).value()->name);
    EXPECT_EQ(field(QStringLiteral("team_id"))->label, QStringLiteral("Team"));
    for (const char* left : {"id", "revision", "updated_at", "owner_role", "owner_team", "deleted"})
        EXPECT_EQ(field(QLatin1String(left)), c.fields.end()) << left;
    EXPECT_FALSE(c.canKeepBoth);
    EXPECT_EQ(c.keepBothRefusal,
              QStringLiteral(
                  "Later cycles and chart annotations refer to this cycle; a copy would break its ramp."));

    const Conflict& v = conflictOf(*all, value.meta.id);
    EXPECT_EQ(v.kind, QStringLiteral("measure value"));
    EXPECT_TRUE(v.title.endsWith(value.period.toString(QStringLiteral(", yyyy-MM"))))
        << v.title.toStdString();
    EXPECT_LE(v.title.size(), 80);
    ASSERT_EQ(v.differences().size(), 1u);
    EXPECT_EQ(v.differences()[0], (FieldComparison{QStringLiteral("value"), QStringLiteral("Value"),
                                                   QStringLiteral("7"), QStringLiteral("42"), true}));
    EXPECT_FALSE(v.canKeepBoth);
    EXPECT_EQ(v.keepBothRefusal, QStringLiteral("A measure has one value per period (and stratum)."));

    const Conflict& a = conflictOf(*all, annotation.meta.id);
    EXPECT_EQ(a.kind, QStringLiteral("chart annotation"));
    EXPECT_TRUE(a.title.endsWith(QStringLiteral(": Ours."))) << a.title.toStdString();
    EXPECT_TRUE(a.canKeepBoth);
    EXPECT_TRUE(a.keepBothRefusal.isEmpty());
}

TEST_F(Conflicts, a_measure_value_is_named_by_its_team_measure_and_period) {
    Team team = ws->teams.teams.find(teamIds[0]).value().value();
    team.name = QStringLiteral("Riverside County");
    ASSERT_TRUE(ws->teams.teams.save(team, kResolved).value());
    // The shared measure is the organizer's: renamed as the organizer's next template would.
    Measure measure = ws->measures.measures.find(value.measureId).value().value();
    measure.name = QStringLiteral("Family time within 7 days");
    const auto rename = [&] {
        return ws->transactImport([&]() -> Status {
            PDSA_TRY(ws->measures.measures.save(measure, kResolved));
            return {};
        });
    };
    ASSERT_TRUE(rename().ok());
    const qint64 id = conflictIdOf(value.meta.id);
    EXPECT_EQ(findConflict(*ws, id).value().title,
              QStringLiteral("Riverside County — Family time within 7 days, %1")
                  .arg(value.period.toString(QStringLiteral("yyyy-MM"))));

    // A long name is shortened in the middle of the title: the period still shows.
    measure.name = QString(200, QLatin1Char('m'));
    ASSERT_TRUE(rename().ok());
    const QString title = findConflict(*ws, id).value().title;
    EXPECT_EQ(title.size(), 80);
    EXPECT_TRUE(title.startsWith(QStringLiteral("Riverside County — mmm")));
    EXPECT_TRUE(
        title.endsWith(QStringLiteral("m…, %1").arg(value.period.toString(QStringLiteral("yyyy-MM")))))
        << title.toStdString();
}

TEST_F(Conflicts, a_title_never_runs_longer_than_80_characters) {
    PdsaCycle c = ws->cycles.cycles.find(cycle.meta.id).value().value();
    c.title = QString(300, QLatin1Char('T'));
    ASSERT_TRUE(ws->cycles.cycles.save(c, kResolved).value());
    const Conflict found = findConflict(*ws, conflictIdOf(cycle.meta.id)).value();
    EXPECT_EQ(found.title.size(), 80);
    EXPECT_TRUE(found.title.endsWith(QChar(0x2026)));
}

TEST_F(Conflicts, keep_mine_keeps_the_local_record_and_the_same_bundle_raises_no_conflict_again) {
    const qint64 id = conflictIdOf(cycle.meta.id);
    const int mineRevision = ws->cycles.cycles.find(cycle.meta.id).value()->meta.revision;
    auto undo = resolveConflict(*ws, id, Resolution::KeepMine);
    ASSERT_TRUE(undo.ok()) << undo.error().message.toStdString();

    const PdsaCycle kept = ws->cycles.cycles.find(cycle.meta.id).value().value();
    EXPECT_EQ(kept.learned, QStringLiteral("Ours."));
    const int theirsRevision = cycle.meta.revision + 1;
    EXPECT_EQ(kept.meta.revision, std::max(mineRevision, theirsRevision) + 1);
    EXPECT_EQ(kept.meta.updatedAt, kResolved);
    repo::ImportLedger ledger(ws->database());
    const auto base = ledger.base(cycle.meta.id).value();
    ASSERT_TRUE(base);
    EXPECT_EQ(base->revision, theirsRevision);
    auto theirs = test::openOrFail(source);
    EXPECT_EQ(base->contentSha256, recordContentHash(theirs->cycles.cycles.toJson(
                                       theirs->cycles.cycles.find(cycle.meta.id).value().value(), false)));
    EXPECT_EQ(conflictCount(*ws).value(), 2);
    EXPECT_EQ(undo->created, QUuid());

    auto again = importBundleFile(*ws, later);
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(again->newConflicts, 0);
    EXPECT_EQ(again->totals().conflicts, 2) << "only the two conflicts still open";
    EXPECT_EQ(conflictCount(*ws).value(), 2);
    EXPECT_EQ(ws->cycles.cycles.find(cycle.meta.id).value()->learned, QStringLiteral("Ours."));
}

TEST_F(Conflicts, take_theirs_replaces_the_local_record_and_importing_the_bundle_again_changes_nothing) {
    const int mineRevision = ws->measures.values.find(value.meta.id).value()->meta.revision;
    auto undo = resolveConflict(*ws, conflictIdOf(value.meta.id), Resolution::TakeTheirs);
    ASSERT_TRUE(undo.ok()) << undo.error().message.toStdString();

    const MeasureValue taken = ws->measures.values.find(value.meta.id).value().value();
    EXPECT_EQ(taken.value, 42.0);
    const int theirsRevision = value.meta.revision + 1;
    EXPECT_EQ(taken.meta.revision, std::max(mineRevision + 1, theirsRevision));
    const auto base = repo::ImportLedger(ws->database()).base(value.meta.id).value();
    ASSERT_TRUE(base);
    EXPECT_EQ(*base, (repo::ImportBase{value.meta.id, QStringLiteral("measure_value"), theirsRevision,
                                       recordContentHash(ws->measures.values.toJson(taken, false))}));
    EXPECT_EQ(conflictCount(*ws).value(), 2);

    const QByteArray hash = ws->contentHash().value();
    auto again = importBundleFile(*ws, later);
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(again->totals().updated, 0);
    EXPECT_EQ(again->newConflicts, 0);
    EXPECT_EQ(ws->contentHash().value(), hash);
}

TEST_F(Conflicts, after_take_theirs_their_next_change_arrives_as_an_update) {
    // Mine and theirs both stood at the same revision, so the taken record is stored above it;
    // their next change must still count as newer than what both last agreed.
    ASSERT_TRUE(resolveConflict(*ws, conflictIdOf(value.meta.id), Resolution::TakeTheirs).ok());
    QString next;
    {
        auto theirs = test::openOrFail(source);
        ASSERT_TRUE(theirs);
        MeasureValue v = theirs->measures.values.find(value.meta.id).value().value();
        v.value = 99;
        ASSERT_TRUE(theirs->measures.values.save(v, kStamp.addDays(5)).value());
        next = write(*theirs, {BundleKind::Team, teamIds[0], false, kStamp}, QStringLiteral("team0-next"));
    }
    auto plan = importBundleFile(*ws, next);
    ASSERT_TRUE(plan.ok()) << plan.error().message.toStdString();
    EXPECT_EQ(plan->newConflicts, 0);
    EXPECT_EQ(ws->measures.values.find(value.meta.id).value()->value, 99.0);
}

TEST_F(Conflicts, keep_both_adds_the_bundle_version_as_a_new_note_beside_mine) {
    const int before = int(ws->work.annotations.forTeam(teamIds[0]).value().size());
    const QUuid newId = QUuid::fromString(QStringLiteral("5b1e3c1a-0000-4000-8000-000000000001"));
    auto undo = resolveConflict(*ws, conflictIdOf(annotation.meta.id), Resolution::KeepBoth, newId);
    ASSERT_TRUE(undo.ok()) << undo.error().message.toStdString();
    EXPECT_EQ(undo->created, newId);

    EXPECT_EQ(int(ws->work.annotations.forTeam(teamIds[0]).value().size()), before + 1);
    const ChartAnnotation mineKept = ws->work.annotations.find(annotation.meta.id).value().value();
    EXPECT_EQ(mineKept.text, QStringLiteral("Ours."));
    const ChartAnnotation added = ws->work.annotations.find(newId).value().value();
    EXPECT_EQ(added.text, QStringLiteral("Theirs."));
    EXPECT_EQ(added.meta.owner, mineKept.meta.owner);
    EXPECT_EQ(added.meta.revision, 1);
    EXPECT_EQ(added.meta.updatedAt, kResolved);
    EXPECT_EQ(added.measureId, annotation.measureId);
    EXPECT_EQ(added.date, annotation.date);
    const auto base = repo::ImportLedger(ws->database()).base(annotation.meta.id).value();
    ASSERT_TRUE(base);
    EXPECT_EQ(base->revision, annotation.meta.revision + 1);

    auto again = importBundleFile(*ws, later);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->newConflicts, 0);
    EXPECT_EQ(conflictCount(*ws).value(), 2);
}

TEST_F(Conflicts, keep_both_is_refused_where_it_makes_no_sense_and_changes_nothing) {
    const Snapshot before = snapshot();
    auto refused = resolveConflict(*ws, conflictIdOf(value.meta.id), Resolution::KeepBoth);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message, QStringLiteral("A measure has one value per period (and stratum)."));
    refused = resolveConflict(*ws, conflictIdOf(cycle.meta.id), Resolution::KeepBoth);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message,
              QStringLiteral(
                  "Later cycles and chart annotations refer to this cycle; a copy would break its ramp."));
    EXPECT_EQ(snapshot(), before);

    for (const char* table : {"team", "collaborative", "measure", "team_report", "assessment_score"})
        EXPECT_TRUE(keepBothRefusal(QLatin1String(table))) << table;
    for (const char* table : {"chart_annotation", "coach_comment"})
        EXPECT_FALSE(keepBothRefusal(QLatin1String(table))) << table;

    auto gone = resolveConflict(*ws, 999999, Resolution::KeepMine);
    ASSERT_FALSE(gone.ok());
    EXPECT_EQ(gone.error().message, QStringLiteral("This conflict has already been resolved."));
}

TEST_F(Conflicts, every_resolution_is_undone_exactly) {
    const Snapshot before = snapshot();
    for (Resolution resolution : {Resolution::KeepMine, Resolution::TakeTheirs, Resolution::KeepBoth}) {
        for (const QUuid& record : {cycle.meta.id, value.meta.id, annotation.meta.id}) {
            SCOPED_TRACE(int(resolution));
            SCOPED_TRACE(record.toString().toStdString());
            auto undo = resolveConflict(*ws, conflictIdOf(record), resolution);
            if (resolution == Resolution::KeepBoth && record != annotation.meta.id) {
                EXPECT_FALSE(undo.ok());
                continue;
            }
            ASSERT_TRUE(undo.ok()) << undo.error().message.toStdString();
            EXPECT_NE(snapshot(), before);
            const Status undone = undoResolution(*ws, *undo);
            ASSERT_TRUE(undone.ok()) << undone.error().message.toStdString();
            EXPECT_EQ(snapshot(), before);
        }
    }
}

TEST_F(Conflicts, a_conflict_whose_local_record_was_deleted_meanwhile_can_be_kept_deleted_or_taken_back) {
    ASSERT_TRUE(ws->cycles.cycles.remove(cycle.meta.id, kResolved).value());
    ASSERT_TRUE(ws->work.annotations.remove(annotation.meta.id, kResolved).value());
    auto all = listConflicts(*ws).value();
    const Conflict& c = conflictOf(all, cycle.meta.id);
    EXPECT_TRUE(c.localDeleted);
    EXPECT_EQ(c.title, cycle.title.left(80)) << "named as the bundle has it";
    const auto deleted = std::find_if(c.fields.begin(), c.fields.end(), [](const FieldComparison& f) {
        return f.key == QLatin1String("deleted");
    });
    ASSERT_NE(deleted, c.fields.end());
    EXPECT_EQ(*deleted, (FieldComparison{QStringLiteral("deleted"), QStringLiteral("Deleted"),
                                         QStringLiteral("yes"), QStringLiteral("no"), true}));
    const Conflict& a = conflictOf(all, annotation.meta.id);
    EXPECT_FALSE(a.canKeepBoth);
    EXPECT_EQ(a.keepBothRefusal,
              QStringLiteral("This workspace no longer has its version: take theirs to bring "
                             "the bundle's version back."));
    EXPECT_FALSE(resolveConflict(*ws, a.id, Resolution::KeepBoth).ok());

    // Keep mine: the deletion stays and wins when it next travels.
    const Snapshot before = snapshot();
    auto kept = resolveConflict(*ws, c.id, Resolution::KeepMine);
    ASSERT_TRUE(kept.ok()) << kept.error().message.toStdString();
    const PdsaCycle tombstone = ws->cycles.cycles.find(cycle.meta.id, true).value().value();
    EXPECT_TRUE(tombstone.meta.deleted);
    EXPECT_EQ(tombstone.meta.revision, cycle.meta.revision + 3);
    ASSERT_TRUE(undoResolution(*ws, *kept).ok());
    EXPECT_EQ(snapshot(), before);

    // Take theirs: the bundle's version comes back.
    auto taken = resolveConflict(*ws, c.id, Resolution::TakeTheirs);
    ASSERT_TRUE(taken.ok()) << taken.error().message.toStdString();
    const PdsaCycle back = ws->cycles.cycles.find(cycle.meta.id).value().value();
    EXPECT_EQ(back.learned, QStringLiteral("Theirs."));
    EXPECT_EQ(back.meta.revision, cycle.meta.revision + 3);
    ASSERT_TRUE(undoResolution(*ws, *taken).ok());
    EXPECT_EQ(snapshot(), before);
}

TEST_F(Conflicts, a_bundle_that_deleted_the_record_can_be_taken_and_leaves_a_tombstone) {
    {
        auto theirs = test::openOrFail(source);
        ASSERT_TRUE(theirs->work.annotations.remove(annotation.meta.id, kStamp.addDays(4)).value());
        write(*theirs, {BundleKind::Team, teamIds[0], false, kStamp}, QStringLiteral("team0-deleted"));
    }
    auto plan = importBundleFile(*ws, dir.path(QStringLiteral("team0-deleted.pdsabundle")));
    ASSERT_TRUE(plan.ok()) << plan.error().message.toStdString();
    auto all = listConflicts(*ws).value();
    const auto deletion = std::find_if(all.begin(), all.end(), [&](const Conflict& c) {
        return c.recordId == annotation.meta.id && c.incomingDeleted;
    });
    ASSERT_NE(deletion, all.end());
    EXPECT_FALSE(deletion->canKeepBoth);
    EXPECT_EQ(deletion->keepBothRefusal,
              QStringLiteral("The bundle deleted this record: there is no second version to keep."));
    const Snapshot before = snapshot();
    auto taken = resolveConflict(*ws, deletion->id, Resolution::TakeTheirs);
    ASSERT_TRUE(taken.ok()) << taken.error().message.toStdString();
    EXPECT_FALSE(ws->work.annotations.find(annotation.meta.id).value());
    EXPECT_TRUE(ws->work.annotations.find(annotation.meta.id, true).value()->meta.deleted);
    ASSERT_TRUE(undoResolution(*ws, *taken).ok());
    EXPECT_EQ(snapshot(), before);
}

TEST_F(Conflicts, conflicts_of_one_record_from_two_bundles_are_resolved_one_at_a_time) {
    {
        auto theirs = test::openOrFail(source);
        PdsaCycle c = theirs->cycles.cycles.find(cycle.meta.id).value().value();
        c.learned = QStringLiteral("Theirs, later.");
        ASSERT_TRUE(theirs->cycles.cycles.save(c, kStamp.addDays(5)).value());
        write(*theirs, {BundleKind::Team, teamIds[0], false, kStamp}, QStringLiteral("team0-latest"));
    }
    ASSERT_TRUE(importBundleFile(*ws, dir.path(QStringLiteral("team0-latest.pdsabundle"))).ok());
    auto all = listConflicts(*ws).value();
    std::vector<Conflict> ofCycle;
    std::copy_if(all.begin(), all.end(), std::back_inserter(ofCycle),
                 [&](const Conflict& c) { return c.recordId == cycle.meta.id; });
    ASSERT_EQ(ofCycle.size(), 2u);
    EXPECT_EQ(ofCycle[0].differences()[0].theirs, QStringLiteral("Theirs."));
    EXPECT_EQ(ofCycle[1].differences()[0].theirs, QStringLiteral("Theirs, later."));

    // Taking the first leaves the second listed, now compared with what was taken.
    ASSERT_TRUE(resolveConflict(*ws, ofCycle[0].id, Resolution::TakeTheirs).ok());
    const Conflict second = findConflict(*ws, ofCycle[1].id).value();
    ASSERT_EQ(second.differences().size(), 1u);
    EXPECT_EQ(second.differences()[0].mine, QStringLiteral("Theirs."));
    EXPECT_EQ(second.differences()[0].theirs, QStringLiteral("Theirs, later."));

    // Taking the later one too: the latest bundle's version, and its base.
    ASSERT_TRUE(resolveConflict(*ws, second.id, Resolution::TakeTheirs).ok());
    EXPECT_EQ(ws->cycles.cycles.find(cycle.meta.id).value()->learned, QStringLiteral("Theirs, later."));
    EXPECT_EQ(repo::ImportLedger(ws->database()).base(cycle.meta.id).value()->revision,
              cycle.meta.revision + 2);
    auto again = importBundleFile(*ws, dir.path(QStringLiteral("team0-latest.pdsabundle")));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->newConflicts, 0);
}

TEST_F(Conflicts, keep_mine_never_moves_the_agreed_state_back_to_an_older_bundle) {
    {
        auto theirs = test::openOrFail(source);
        PdsaCycle c = theirs->cycles.cycles.find(cycle.meta.id).value().value();
        c.learned = QStringLiteral("Theirs, later.");
        ASSERT_TRUE(theirs->cycles.cycles.save(c, kStamp.addDays(5)).value());
        write(*theirs, {BundleKind::Team, teamIds[0], false, kStamp}, QStringLiteral("team0-latest"));
    }
    const QString latest = dir.path(QStringLiteral("team0-latest.pdsabundle"));
    ASSERT_TRUE(importBundleFile(*ws, latest).ok());
    auto all = listConflicts(*ws).value();
    std::vector<qint64> ids;
    for (const Conflict& c : all)
        if (c.recordId == cycle.meta.id)
            ids.push_back(c.id);
    ASSERT_EQ(ids.size(), 2u);
    // The later bundle's first, then the older one's.
    ASSERT_TRUE(resolveConflict(*ws, ids[1], Resolution::KeepMine).ok());
    ASSERT_TRUE(resolveConflict(*ws, ids[0], Resolution::KeepMine).ok());
    EXPECT_EQ(repo::ImportLedger(ws->database()).base(cycle.meta.id).value()->revision,
              cycle.meta.revision + 2);
    for (const QString& file : {later, latest}) {
        auto again = importBundleFile(*ws, file);
        ASSERT_TRUE(again.ok());
        EXPECT_EQ(again->newConflicts, 0) << file.toStdString();
    }
}

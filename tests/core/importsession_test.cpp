// SPDX-License-Identifier: Apache-2.0
// Importing several bundles as one session (core/bundle/importsession.h): the review orders the
// files and rehearses them without writing; apply imports them in one transaction; a cancel, or
// a file changed since the review, leaves the workspace as it was.

#include "bundle/exportsummary.h"
#include "bundle/importsession.h"
#include "repositories/importlog.h"
#include "storage/workspacefile.h"
#include "support/testsupport.h"
#include "workspace/workspace.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace pdsa;
using namespace pdsa::bundle;

namespace {

const QDateTime kMade(QDate(2026, 3, 4), QTime(5, 6), Qt::UTC);

class ImportSessionTest : public ::testing::Test {
protected:
    void SetUp() override {
        const QString source = dir.path(QStringLiteral("source.pdsa"));
        test::writeDemo(source);
        auto ws = test::openOrFail(source);
        ASSERT_TRUE(ws);
        const auto teams = ws->teams.teams.all().value();
        ASSERT_GE(teams.size(), 2u);
        templateFile = write(*ws, {BundleKind::Template, {}, false, kMade}, QStringLiteral("template"));
        team0 = write(*ws, {BundleKind::Team, teams[0].meta.id, false, kMade}, QStringLiteral("team0"));
        team1 = write(*ws, {BundleKind::Team, teams[1].meta.id, false, kMade}, QStringLiteral("team1"));
        feedback = write(*ws, {BundleKind::Feedback, {}, false, kMade, test::kDemoCoach}, QStringLiteral("feedback"));

        target = dir.path(QStringLiteral("target.pdsa"));
        auto created = Workspace::createEmpty(target);
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    }

    QString write(Workspace& ws, const ExportRequest& request, const QString& name) {
        const QString path = dir.path(name + QStringLiteral(".pdsabundle"));
        auto written = exportBundleFile(ws, request, path);
        EXPECT_TRUE(written.ok()) << written.error().message.toStdString();
        return path;
    }

    static QStringList namesOf(const ImportSession& session) {
        QStringList names;
        for (const FileReview& file : session.files())
            names << file.name;
        return names;
    }

    test::TempDir dir;
    QString templateFile, team0, team1, feedback, target;
};

TEST_F(ImportSessionTest, the_review_orders_the_files_by_kind_and_plans_each_without_writing) {
    const QByteArray before = test::fileBytes(target);
    {
        auto ws = test::openOrFail(target);
        ASSERT_TRUE(ws);
        auto session = ImportSession::review(*ws, {feedback, team1, templateFile, team0});
        ASSERT_TRUE(session.ok()) << session.error().message.toStdString();
        EXPECT_EQ(namesOf(*session),
                  (QStringList{QStringLiteral("template.pdsabundle"), QStringLiteral("team1.pdsabundle"),
                               QStringLiteral("team0.pdsabundle"), QStringLiteral("feedback.pdsabundle")}));
        EXPECT_EQ(session->acceptedFiles(), 4);
        EXPECT_TRUE(session->changesAnything());
        for (const FileReview& file : session->files()) {
            ASSERT_TRUE(file.accepted()) << file.refusal->message.toStdString();
            EXPECT_GT(file.plan->totals().added, 0) << file.name.toStdString();
        }
        const auto totals = session->totals();
        const auto cycles = std::find_if(totals.begin(), totals.end(), [](const TablePlan& t) {
            return t.table == QLatin1String("pdsa_cycle");
        });
        ASSERT_NE(cycles, totals.end());
        EXPECT_GT(cycles->added, 0);
    }
    EXPECT_EQ(test::fileBytes(target), before);
}

TEST_F(ImportSessionTest, a_refused_file_is_named_and_the_others_still_import) {
    const QString junk = dir.path(QStringLiteral("notes.pdsabundle"));
    test::writeBytes(junk, "not a bundle");
    auto ws = test::openOrFail(target);
    ASSERT_TRUE(ws);
    auto session = ImportSession::review(*ws, {team0, junk, templateFile});
    ASSERT_TRUE(session.ok());
    ASSERT_EQ(session->files().size(), 3u);
    const FileReview& refused = session->files()[0]; // unreadable files come first
    EXPECT_EQ(refused.name, QStringLiteral("notes.pdsabundle"));
    ASSERT_TRUE(refused.refusal.has_value());
    EXPECT_TRUE(refused.refusal->message.startsWith(QStringLiteral("notes.pdsabundle: ")))
        << refused.refusal->message.toStdString();
    EXPECT_EQ(session->acceptedFiles(), 2);

    auto applied = session->apply(*ws);
    ASSERT_TRUE(applied.ok()) << applied.error().message.toStdString();
    ASSERT_EQ(applied->size(), 2u);
    EXPECT_EQ((*applied)[0].source, QStringLiteral("template.pdsabundle"));
    EXPECT_EQ((*applied)[1].source, QStringLiteral("team0.pdsabundle"));
    EXPECT_EQ(ws->teams.teams.all().value().size(), 1u);
}

TEST_F(ImportSessionTest, a_team_bundle_without_its_template_is_refused_with_the_reason) {
    auto ws = test::openOrFail(target);
    ASSERT_TRUE(ws);
    auto session = ImportSession::review(*ws, {team0});
    ASSERT_TRUE(session.ok());
    ASSERT_EQ(session->files().size(), 1u);
    ASSERT_TRUE(session->files()[0].refusal.has_value());
    EXPECT_EQ(session->files()[0].refusal->message,
              QStringLiteral("team0.pdsabundle: this workspace holds no collaborative yet; import the "
                             "collaborative's template first"));
    EXPECT_FALSE(session->changesAnything());
}

TEST_F(ImportSessionTest, apply_reports_progress_up_to_the_total_and_imports_everything) {
    auto ws = test::openOrFail(target);
    ASSERT_TRUE(ws);
    auto session = ImportSession::review(*ws, {templateFile, team0, team1, feedback});
    ASSERT_TRUE(session.ok());
    qint64 last = -1, total = 0;
    bool monotonic = true;
    auto applied = session->apply(*ws, [&](const QString&, qint64 done, qint64 all) {
        monotonic = monotonic && done >= last;
        last = done;
        total = all;
        return true;
    });
    ASSERT_TRUE(applied.ok()) << applied.error().message.toStdString();
    EXPECT_TRUE(monotonic);
    EXPECT_GT(total, 0);
    EXPECT_EQ(last, total);
    EXPECT_EQ(ws->teams.teams.all().value().size(), 2u);
}

// Renames the collaborative: a user's edit made while a session waits to be applied.
void renameCollaborative(Workspace& ws, const QString& name) {
    auto collaborative = ws.collaborative.current();
    ASSERT_TRUE(collaborative.ok()) << collaborative.error().message.toStdString();
    collaborative->name = name;
    auto saved = ws.transact([&]() -> Status {
        auto written = ws.collaborative.collaboratives.save(*collaborative, ws.now());
        return written ? Status{} : Status{written.error()};
    });
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
}

// With nothing changed since the review, apply copies the rehearsal's result: the workspace ends
// byte for byte where merging the same files one by one ends, apart from when things happened.
TEST_F(ImportSessionTest, applying_an_unchanged_review_gives_the_workspace_the_merge_would_give) {
    const QString byFiles = dir.path(QStringLiteral("by-files.pdsa"));
    {
        auto created = Workspace::createEmpty(byFiles);
        ASSERT_TRUE(created.ok());
        for (const QString& file : {templateFile, team0, team1, feedback})
            ASSERT_TRUE(importBundleFile(**created, file).ok());
    }
    auto expected = test::openOrFail(byFiles);
    auto ws = test::openOrFail(target);
    ASSERT_TRUE(ws && expected);
    const QDateTime reviewed(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC);
    const QDateTime appliedAt(QDate(2026, 5, 1), QTime(9, 7), Qt::UTC);
    ws->setClock([&] { return reviewed; });
    auto session = ImportSession::review(*ws, {feedback, team1, templateFile, team0});
    ASSERT_TRUE(session.ok());
    ws->setClock([&] { return appliedAt; });
    auto applied = session->apply(*ws);
    ASSERT_TRUE(applied.ok()) << applied.error().message.toStdString();
    EXPECT_EQ(ws->database().replacements(), 1); // the rehearsal was copied, not merged again
    EXPECT_EQ(ws->contentHash().value(), expected->contentHash().value());
    // The history says when the import was applied, not when it was reviewed.
    const auto log = repo::ImportLog(ws->database()).entries().value();
    ASSERT_EQ(log.size(), 4u);
    for (const repo::ImportLogEntry& entry : log)
        EXPECT_EQ(entry.importedAt, appliedAt) << entry.fileName.toStdString();
    EXPECT_EQ(ws->teams.teams.all().value().size(), 2u);
    EXPECT_TRUE(storage::fullCheck(ws->database(), target).ok());
}

// Copying the rehearsal replaces the workspace's content under its connection: the write guard and
// the rights it asks come through it, so the teams that just arrived are read-only at once.
TEST_F(ImportSessionTest, after_a_copied_import_the_teams_that_arrived_are_read_only_at_once) {
    auto ws = test::openOrFail(target);
    ASSERT_TRUE(ws);
    auto session = ImportSession::review(*ws, {templateFile, team0});
    ASSERT_TRUE(session.ok());
    ASSERT_TRUE(session->apply(*ws).ok());
    ASSERT_EQ(ws->database().replacements(), 1);
    PdsaCycle cycle = ws->cycles.cycles.all().value().front();
    EXPECT_TRUE(ws->rights().isTheirs(cycle.teamId));
    cycle.title = QStringLiteral("Changed here");
    const QByteArray before = ws->contentHash().value();
    auto saved = ws->cycles.cycles.save(cycle, kMade);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().code, ErrorCode::NotYours);
    EXPECT_EQ(ws->contentHash().value(), before);
}

// An edit made between the review and the apply is kept: apply merges the files again instead of
// copying a rehearsal that never saw the edit.
TEST_F(ImportSessionTest, an_edit_made_after_the_review_survives_the_apply) {
    auto ws = test::openOrFail(target);
    ASSERT_TRUE(ws);
    ASSERT_TRUE(importBundleFile(*ws, templateFile).ok());
    auto session = ImportSession::review(*ws, {team0, team1});
    ASSERT_TRUE(session.ok());
    ASSERT_EQ(session->acceptedFiles(), 2);
    renameCollaborative(*ws, QStringLiteral("Renamed while the import waited"));
    auto applied = session->apply(*ws);
    ASSERT_TRUE(applied.ok()) << applied.error().message.toStdString();
    EXPECT_EQ(ws->database().replacements(), 0);
    EXPECT_EQ(ws->collaborative.current().value().name, QStringLiteral("Renamed while the import waited"));
    EXPECT_EQ(ws->teams.teams.all().value().size(), 2u);
}

// Two sessions reviewed on the same workspace: the second, applied after the first, merges on
// top of it rather than copying a rehearsal that never saw the first.
TEST_F(ImportSessionTest, a_second_session_reviewed_before_the_first_was_applied_keeps_the_first) {
    auto ws = test::openOrFail(target);
    ASSERT_TRUE(ws);
    auto first = ImportSession::review(*ws, {templateFile, team0});
    auto second = ImportSession::review(*ws, {templateFile, team1});
    ASSERT_TRUE(first.ok() && second.ok());
    ASSERT_TRUE(first->apply(*ws).ok());
    auto applied = second->apply(*ws);
    ASSERT_TRUE(applied.ok()) << applied.error().message.toStdString();
    EXPECT_EQ(ws->teams.teams.all().value().size(), 2u);
    // Applying the first again changes nothing.
    const QByteArray hash = ws->contentHash().value();
    ASSERT_TRUE(first->apply(*ws).ok());
    EXPECT_EQ(ws->contentHash().value(), hash);
    EXPECT_EQ(ws->teams.teams.all().value().size(), 2u);
}

TEST_F(ImportSessionTest, cancelling_as_the_apply_starts_imports_nothing) {
    const QByteArray before = test::fileBytes(target);
    {
        auto ws = test::openOrFail(target);
        ASSERT_TRUE(ws);
        auto session = ImportSession::review(*ws, {templateFile, team0, team1, feedback});
        ASSERT_TRUE(session.ok());
        auto applied = session->apply(*ws, [&](const QString& file, qint64 done, qint64) {
            EXPECT_EQ(file, QStringLiteral("4 bundles"));
            EXPECT_EQ(done, 0);
            return false;
        });
        ASSERT_FALSE(applied.ok());
        EXPECT_EQ(applied.error().code, ErrorCode::Cancelled);
        EXPECT_EQ(applied.error().message, QStringLiteral("the import was cancelled; nothing was imported"));
        EXPECT_TRUE(ws->teams.teams.all().value().empty());
    }
    EXPECT_EQ(test::fileBytes(target), before);
}

TEST_F(ImportSessionTest, cancelling_the_apply_in_the_second_file_imports_nothing) {
    QByteArray before;
    {
        auto ws = test::openOrFail(target);
        ASSERT_TRUE(ws);
        ASSERT_TRUE(importBundleFile(*ws, templateFile).ok());
        auto session = ImportSession::review(*ws, {team1, team0});
        ASSERT_TRUE(session.ok());
        // An edit since the review: apply merges file by file.
        renameCollaborative(*ws, QStringLiteral("Renamed"));
        before = test::fileBytes(target);
        auto applied = session->apply(*ws, [&](const QString& file, qint64, qint64) {
            return file != QLatin1String("team0.pdsabundle");
        });
        ASSERT_FALSE(applied.ok());
        EXPECT_EQ(applied.error().code, ErrorCode::Cancelled);
        EXPECT_EQ(applied.error().message, QStringLiteral("the import was cancelled; nothing was imported"));
    }
    EXPECT_EQ(test::fileBytes(target), before);
}

TEST_F(ImportSessionTest, a_file_changed_after_the_review_is_refused_and_nothing_is_imported) {
    const QByteArray before = test::fileBytes(target);
    {
        auto ws = test::openOrFail(target);
        ASSERT_TRUE(ws);
        auto session = ImportSession::review(*ws, {templateFile, team0});
        ASSERT_TRUE(session.ok());
        ASSERT_EQ(session->acceptedFiles(), 2);
        ASSERT_TRUE(QFile::remove(team0));
        ASSERT_TRUE(QFile::copy(team1, team0));
        auto applied = session->apply(*ws);
        ASSERT_FALSE(applied.ok());
        EXPECT_EQ(
            applied.error().message,
            QStringLiteral("team0.pdsabundle: the file changed after it was checked; nothing was imported, "
                           "import it again to see what it holds now"));
    }
    EXPECT_EQ(test::fileBytes(target), before);
}

} // namespace

namespace {

TEST_F(ImportSessionTest, the_free_text_summary_names_every_kind_with_notes_and_its_fields) {
    auto ws = test::openOrFail(dir.path(QStringLiteral("source.pdsa")));
    ASSERT_TRUE(ws);
    const auto teams = ws->teams.teams.all().value();
    auto summary = freeTextSummary(*ws, {BundleKind::Team, teams[0].meta.id, false, {}});
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
    const auto cycles = std::find_if(summary->begin(), summary->end(), [](const FreeTextSummary& s) {
        return s.table == QLatin1String("pdsa_cycle");
    });
    ASSERT_NE(cycles, summary->end());
    EXPECT_EQ(cycles->label, QStringLiteral("PDSA cycles"));
    EXPECT_EQ(cycles->records,
              qint64(ws->cycles.cycles
                         .where("team_id = ?1", [&](storage::Query& q) { q.bind(1, teams[0].meta.id); })
                         .value()
                         .size()));
    EXPECT_GT(cycles->withText, 0);
    EXPECT_TRUE(cycles->fields.contains(QStringLiteral("what_happened")));
    EXPECT_TRUE(cycles->fields.contains(QStringLiteral("objective")));
    EXPECT_FALSE(cycles->fields.contains(QStringLiteral("title")));
    // Only the team's own kinds of record: no coach comments, no change package.
    for (const FreeTextSummary& s : *summary) {
        EXPECT_NE(s.table, QStringLiteral("coach_comment"));
        EXPECT_NE(s.table, QStringLiteral("driver"));
    }
    auto feedbackSummary = freeTextSummary(*ws, {BundleKind::Feedback, {}, true, {}, test::kDemoCoach});
    ASSERT_TRUE(feedbackSummary.ok());
    ASSERT_FALSE(feedbackSummary->empty());
    EXPECT_EQ(feedbackSummary->front().table, QStringLiteral("coach_comment"));
    EXPECT_EQ(feedbackSummary->front().fields, QStringList{QStringLiteral("text")});
}

} // namespace

// An import recorded for undo (the app's Edit ▸ Undo): replaying the record's inverse gives back
// the workspace exactly as it was, and replaying the record gives the imported one again, whether
// apply copied the rehearsal or merged the files again.
TEST_F(ImportSessionTest, a_copied_import_recorded_for_undo_is_undone_and_redone_exactly) {
    auto ws = test::openOrFail(target);
    ASSERT_TRUE(ws);
    const QByteArray before = ws->contentHash().value();
    auto session = ImportSession::review(*ws, {templateFile, team0, team1});
    ASSERT_TRUE(session.ok());
    QByteArray record;
    ASSERT_TRUE(session->apply(*ws, {}, &record).ok());
    ASSERT_EQ(ws->database().replacements(), 1);
    ASSERT_FALSE(record.isEmpty());
    const QByteArray imported = ws->contentHash().value();
    ASSERT_NE(imported, before);

    ASSERT_TRUE(ws->replay(record, true).ok());
    EXPECT_EQ(ws->contentHash().value(), before);
    EXPECT_TRUE(repo::ImportLog(ws->database()).entries().value().empty());
    EXPECT_TRUE(ws->teams.teams.all().value().empty());

    ASSERT_TRUE(ws->replay(record, false).ok());
    EXPECT_EQ(ws->contentHash().value(), imported);
    EXPECT_EQ(repo::ImportLog(ws->database()).entries().value().size(), 3u);
    EXPECT_TRUE(storage::fullCheck(ws->database(), target).ok());
}

TEST_F(ImportSessionTest, a_merged_import_recorded_for_undo_is_undone_and_redone_exactly) {
    auto ws = test::openOrFail(target);
    ASSERT_TRUE(ws);
    ASSERT_TRUE(importBundleFile(*ws, templateFile).ok());
    auto session = ImportSession::review(*ws, {team0, team1});
    ASSERT_TRUE(session.ok());
    renameCollaborative(*ws, QStringLiteral("Renamed while the import waited")); // no copy, then
    const QByteArray before = ws->contentHash().value();
    QByteArray record;
    ASSERT_TRUE(session->apply(*ws, {}, &record).ok());
    ASSERT_EQ(ws->database().replacements(), 0);
    const QByteArray imported = ws->contentHash().value();

    ASSERT_TRUE(ws->replay(record, true).ok());
    EXPECT_EQ(ws->contentHash().value(), before);
    EXPECT_TRUE(ws->teams.teams.all().value().empty());
    EXPECT_EQ(ws->collaborative.current().value().name, QStringLiteral("Renamed while the import waited"));
    ASSERT_TRUE(ws->replay(record, false).ok());
    EXPECT_EQ(ws->contentHash().value(), imported);
    EXPECT_EQ(ws->teams.teams.all().value().size(), 2u);
}

TEST_F(ImportSessionTest, undoing_an_import_over_a_record_changed_since_is_refused_and_changes_nothing) {
    auto ws = test::openOrFail(target);
    ASSERT_TRUE(ws);
    auto session = ImportSession::review(*ws, {templateFile});
    ASSERT_TRUE(session.ok());
    QByteArray record;
    ASSERT_TRUE(session->apply(*ws, {}, &record).ok());
    renameCollaborative(*ws, QStringLiteral("Renamed after the import"));
    const QByteArray changed = ws->contentHash().value();

    const Status undone = ws->replay(record, true);
    ASSERT_FALSE(undone.ok());
    EXPECT_TRUE(undone.error().message.contains(QStringLiteral("the table collaborative changed since")))
        << undone.error().message.toStdString();
    EXPECT_EQ(ws->contentHash().value(), changed);
}

// SPDX-License-Identifier: Apache-2.0
// Opening a workspace file: the files that must be refused, each with a message that names the
// file and the problem, and each left byte for byte as it was; and the lock that keeps a second
// instance of the app out of a file that is already open.

#include "storage/workspacefile.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace pdsa;

namespace {

class WorkspaceFile : public ::testing::Test {
protected:
    void SetUp() override
    {
        path = dir.path(QStringLiteral("demo.pdsa"));
        test::writeDemo(path);
    }

    // Opens `file` expecting a refusal; checks the file did not change and returns the error.
    Error refused(const QString& file, Workspace::OpenOptions options = {})
    {
        const QByteArray before = test::fileBytes(file);
        if (options.backupFolder.isEmpty())
            options.backupFolder = dir.path(QStringLiteral("backups"));
        auto opened = Workspace::open(file, options);
        EXPECT_FALSE(opened.ok());
        EXPECT_EQ(test::fileBytes(file), before) << "a refused file must be left untouched";
        EXPECT_FALSE(QDir(dir.path(QStringLiteral("backups"))).exists()) << "no backup of a refused file";
        return opened.ok() ? Error{} : opened.error();
    }

    void setPragma(const QString& file, const QString& pragma)
    {
        auto db = storage::Database::open(file, storage::Database::Mode::ReadWrite);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(db->exec(pragma).ok());
    }

    test::TempDir dir;
    QString path;
};

} // namespace

TEST_F(WorkspaceFile, a_new_workspace_has_the_application_id_schema_version_and_settings)
{
    auto workspace = test::openOrFail(path);
    ASSERT_TRUE(workspace);
    storage::Database& db = workspace->database();
    EXPECT_EQ(*db.scalar(QStringLiteral("PRAGMA application_id")), storage::kApplicationId);
    EXPECT_EQ(*db.scalar(QStringLiteral("PRAGMA user_version")), storage::currentSchemaVersion());
    EXPECT_EQ(*db.scalar(QStringLiteral("PRAGMA foreign_keys")), 1);
    EXPECT_EQ(*db.scalar(QStringLiteral("PRAGMA synchronous")), 2); // FULL
    EXPECT_EQ(*db.scalar(QStringLiteral("PRAGMA temp_store")), 2);  // MEMORY
    auto mode = db.query("PRAGMA journal_mode");
    ASSERT_TRUE(mode->next().value());
    EXPECT_EQ(mode->text(0), QStringLiteral("delete"));
}

TEST_F(WorkspaceFile, a_file_from_a_newer_version_is_refused_with_a_message_saying_so)
{
    setPragma(path, QStringLiteral("PRAGMA user_version = 9999"));
    const Error error = refused(path);
    EXPECT_EQ(error.code, ErrorCode::TooNew);
    EXPECT_EQ(error.message,
              QStringLiteral("%1 was written by a newer version of PDSA Tracker (workspace format 9999; this version "
                             "reads formats up to %2); update PDSA Tracker to open it")
                  .arg(path)
                  .arg(storage::currentSchemaVersion()));
}

TEST_F(WorkspaceFile, a_truncated_file_is_refused_as_damaged)
{
    QByteArray bytes = test::fileBytes(path);
    const QString cut = dir.path(QStringLiteral("cut.pdsa"));
    test::writeBytes(cut, bytes.left(bytes.size() / 2));
    const Error error = refused(cut);
    EXPECT_EQ(error.code, ErrorCode::Damaged);
    EXPECT_TRUE(error.message.startsWith(cut + QStringLiteral(" is damaged: it is shorter than its header says")))
        << error.message.toStdString();
}

TEST_F(WorkspaceFile, a_file_with_corrupted_pages_is_refused_as_damaged)
{
    QByteArray bytes = test::fileBytes(path);
    // Overwrite the middle of the file (table and index pages) with noise.
    for (qsizetype i = bytes.size() / 3; i < bytes.size() / 3 + 8192; ++i)
        bytes[i] = static_cast<char>((i * 7919) & 0xff);
    const QString broken = dir.path(QStringLiteral("broken.pdsa"));
    test::writeBytes(broken, bytes);
    const Error error = refused(broken);
    EXPECT_EQ(error.code, ErrorCode::Damaged);
    EXPECT_TRUE(error.message.startsWith(broken + QStringLiteral(" is damaged"))) << error.message.toStdString();
}

TEST_F(WorkspaceFile, a_text_file_is_refused_as_not_a_workspace)
{
    const QString text = dir.path(QStringLiteral("notes.pdsa"));
    test::writeBytes(text, "just some text\n");
    const Error error = refused(text);
    EXPECT_EQ(error.code, ErrorCode::NotWorkspace);
    EXPECT_EQ(error.message,
              QStringLiteral("%1 is not a PDSA Tracker workspace (it is not an SQLite database)").arg(text));
}

TEST_F(WorkspaceFile, an_empty_file_is_refused_as_not_a_workspace)
{
    const QString empty = dir.path(QStringLiteral("empty.pdsa"));
    test::writeBytes(empty, {});
    const Error error = refused(empty);
    EXPECT_EQ(error.code, ErrorCode::NotWorkspace);
    EXPECT_EQ(error.message, QStringLiteral("%1 is empty, not a PDSA Tracker workspace").arg(empty));
}

TEST_F(WorkspaceFile, another_applications_sqlite_database_is_refused_as_not_a_workspace)
{
    const QString other = dir.path(QStringLiteral("other.pdsa"));
    {
        auto db = storage::Database::open(other, storage::Database::Mode::Create);
        ASSERT_TRUE(db->exec(QStringLiteral("CREATE TABLE t (x); INSERT INTO t VALUES (1);")).ok());
    }
    const Error error = refused(other);
    EXPECT_EQ(error.code, ErrorCode::NotWorkspace);
    EXPECT_EQ(error.message, QStringLiteral("%1 is not a PDSA Tracker workspace (it is an SQLite database of another "
                                            "application)")
                                 .arg(other));
}

TEST_F(WorkspaceFile, a_folder_is_refused)
{
    const QString folder = dir.path(QStringLiteral("folder.pdsa"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const Error error = refused(folder);
    EXPECT_EQ(error.message, QStringLiteral("%1 is a folder, not a workspace file").arg(folder));
}

TEST_F(WorkspaceFile, a_missing_file_is_reported)
{
    auto opened = Workspace::open(dir.path(QStringLiteral("nowhere.pdsa")));
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().message, dir.path(QStringLiteral("nowhere.pdsa")) + QStringLiteral(": no such file"));
}

TEST_F(WorkspaceFile, a_file_open_in_another_instance_is_refused_until_it_is_closed)
{
    auto first = test::openOrFail(path);
    ASSERT_TRUE(first);
    const QString busy = QStringLiteral("%1 is open in another PDSA Tracker window or process; close it there first")
                             .arg(path);

    auto second = Workspace::open(path);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, ErrorCode::Busy);
    EXPECT_EQ(second.error().message, busy);

    Workspace::OpenOptions readOnly;
    readOnly.readOnly = true;
    auto inspector = Workspace::open(path, readOnly);
    ASSERT_FALSE(inspector.ok());
    EXPECT_EQ(inspector.error().message, busy);

    first.reset();
    EXPECT_TRUE(test::openOrFail(path));
}

TEST_F(WorkspaceFile, creating_over_an_existing_file_is_refused)
{
    const QByteArray before = test::fileBytes(path);
    auto created = Workspace::create(path, QStringLiteral("New"));
    ASSERT_FALSE(created.ok());
    EXPECT_EQ(created.error().message, path + QStringLiteral(" already exists"));
    EXPECT_EQ(test::fileBytes(path), before);
}

TEST_F(WorkspaceFile, a_created_workspace_holds_one_named_collaborative)
{
    const QString fresh = dir.path(QStringLiteral("fresh.pdsa"));
    auto created = Workspace::create(fresh, QStringLiteral("  Safe at Home BSC  "));
    ASSERT_TRUE(created.ok());
    EXPECT_EQ((*created)->displayName(), QStringLiteral("Safe at Home BSC"));
    auto counts = (*created)->counts();
    ASSERT_TRUE(counts.ok());
    for (const auto& count : *counts)
        EXPECT_EQ(count.live, count.table == QLatin1String("collaborative") ? 1 : 0) << count.table.toStdString();
}

TEST_F(WorkspaceFile, full_check_reports_a_dangling_reference)
{
    {
        auto db = storage::Database::open(path, storage::Database::Mode::ReadWrite);
        ASSERT_TRUE(db->exec(QStringLiteral("PRAGMA foreign_keys = OFF; UPDATE team_member SET team_id = "
                                            "randomblob(16) WHERE rowid = (SELECT min(rowid) FROM team_member);"))
                        .ok());
    }
    auto db = storage::Database::open(path, storage::Database::Mode::ReadOnly);
    const Status status = storage::fullCheck(*db, path);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().message,
              path + QStringLiteral(" is damaged: a team_member record refers to a missing team record"));
}

// copyInto replaces a workspace's content whole, reporting the pages as it goes; stopped in the
// middle, it leaves the destination byte for byte as it was.
TEST_F(WorkspaceFile, copy_into_replaces_the_content_and_a_stopped_copy_changes_nothing)
{
    const QString target = dir.path(QStringLiteral("target.pdsa"));
    { ASSERT_TRUE(Workspace::createEmpty(target).ok()); }
    const QByteArray before = test::fileBytes(target);
    auto source = test::openOrFail(path);
    ASSERT_TRUE(source);
    {
        auto destination = test::openOrFail(target);
        ASSERT_TRUE(destination);
        int calls = 0;
        const Status stopped = storage::copyInto(source->database(), destination->database(),
                                                 [&](qint64 done, qint64 total) {
                                                     EXPECT_GT(done, 0);
                                                     EXPECT_LT(done, total);
                                                     return ++calls < 2;
                                                 },
                                                 16);
        ASSERT_FALSE(stopped.ok());
        EXPECT_EQ(stopped.error().code, ErrorCode::Cancelled);
        EXPECT_EQ(calls, 2); // the demo is more than two steps of the copy
        EXPECT_TRUE(destination->teams.teams.all().value().empty());
    }
    EXPECT_EQ(test::fileBytes(target), before);
    {
        auto destination = test::openOrFail(target);
        ASSERT_TRUE(destination);
        ASSERT_TRUE(storage::copyInto(source->database(), destination->database()).ok());
        EXPECT_EQ(destination->contentHash().value(), source->contentHash().value());
        EXPECT_TRUE(storage::fullCheck(destination->database(), target).ok());
    }
}

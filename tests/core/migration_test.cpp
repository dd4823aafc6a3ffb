// SPDX-License-Identifier: Apache-2.0
// Schema migrations: a fixture file of every released workspace format (tests/data/schema/
// format-N.pdsa) opens and is upgraded to the current one; an upgrade writes a backup copy
// first; a migration that fails leaves the file as it was.

#include "storage/workspacefile.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QMap>

#include <gtest/gtest.h>

using namespace pdsa;

namespace {

std::vector<storage::Migration> withExtra(const QString& sql)
{
    std::vector<storage::Migration> list = storage::migrations();
    list.push_back({storage::currentSchemaVersion() + 1, QStringLiteral("test migration"), sql});
    return list;
}

} // namespace

TEST(Migration, there_is_a_fixture_for_every_released_workspace_format)
{
    for (int version = 1; version <= storage::currentSchemaVersion(); ++version)
        EXPECT_TRUE(QFile::exists(test::dataPath(QStringLiteral("schema/format-%1.pdsa").arg(version))))
            << "add tests/data/schema/format-" << version << ".pdsa (see tests/data/README.md)";
}

TEST(Migration, every_fixture_opens_and_upgrades_to_the_current_format)
{
    const QDir fixtures(test::dataPath(QStringLiteral("schema")));
    const QStringList files = fixtures.entryList({QStringLiteral("format-*.pdsa")}, QDir::Files, QDir::Name);
    ASSERT_FALSE(files.isEmpty());
    for (const QString& name : files) {
        SCOPED_TRACE(name.toStdString());
        test::TempDir dir;
        const QString path = dir.path(name);
        ASSERT_TRUE(QFile::copy(fixtures.filePath(name), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const int version = name.mid(7, name.size() - 12).toInt();

        Workspace::OpenOptions options;
        options.backupFolder = dir.path(QStringLiteral("backups"));
        auto workspace = test::openOrFail(path, options);
        ASSERT_TRUE(workspace);
        EXPECT_EQ(workspace->schemaVersionFound(), version);
        EXPECT_EQ(workspace->schemaVersion(), storage::currentSchemaVersion());
        EXPECT_EQ(workspace->backupPath().isEmpty(), version == storage::currentSchemaVersion());
        EXPECT_TRUE(storage::fullCheck(workspace->database(), path).ok());
        auto counts = workspace->counts();
        ASSERT_TRUE(counts.ok());
        // Kinds of record a format introduced are empty in fixtures of the formats before it.
        const QMap<QString, int> introducedIn = {{QStringLiteral("chart_setting"), 2},
                                                 {QStringLiteral("comment_reply"), 6}};
        for (const auto& count : *counts) {
            if (introducedIn.value(count.table, 1) <= version) {
                EXPECT_GT(count.live, 0) << count.table.toStdString() << ": the fixture should hold every kind of record";
            }
        }
    }
}

TEST(Migration, an_upgrade_writes_a_backup_copy_of_the_old_file_first)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("w.pdsa"));
    test::writeDemo(path);
    QByteArray hashBefore;
    {
        auto workspace = test::openOrFail(path);
        hashBefore = workspace->contentHash().value();
    }

    const auto list = withExtra(QStringLiteral("ALTER TABLE measure ADD COLUMN chart_type TEXT NOT NULL DEFAULT 'run';"));
    Workspace::OpenOptions options;
    options.backupFolder = dir.path(QStringLiteral("backups"));
    options.migrations = &list;
    auto upgraded = test::openOrFail(path, options);
    ASSERT_TRUE(upgraded);
    EXPECT_EQ(upgraded->schemaVersionFound(), storage::currentSchemaVersion());
    EXPECT_EQ(upgraded->schemaVersion(), storage::currentSchemaVersion() + 1);
    EXPECT_EQ(*upgraded->database().scalar(QStringLiteral("PRAGMA user_version")), storage::currentSchemaVersion() + 1);
    EXPECT_EQ(*upgraded->database().scalar(QStringLiteral("SELECT count(*) FROM measure WHERE chart_type = 'run'")),
              *upgraded->database().scalar(QStringLiteral("SELECT count(*) FROM measure")));

    ASSERT_FALSE(upgraded->backupPath().isEmpty());
    EXPECT_TRUE(upgraded->backupPath().startsWith(
        dir.path(QStringLiteral("backups/w-format%1-").arg(storage::currentSchemaVersion()))))
        << upgraded->backupPath().toStdString();
    auto backup = test::openOrFail(upgraded->backupPath());
    ASSERT_TRUE(backup);
    EXPECT_EQ(backup->schemaVersion(), storage::currentSchemaVersion());
    EXPECT_EQ(backup->contentHash().value(), hashBefore);
}

TEST(Migration, a_failing_migration_leaves_the_file_as_it_was)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("w.pdsa"));
    test::writeDemo(path);
    const QByteArray before = test::fileBytes(path);

    // The first statement succeeds, the second fails: the whole migration must roll back.
    const auto list = withExtra(QStringLiteral("ALTER TABLE measure ADD COLUMN extra TEXT; "
                                               "INSERT INTO no_such_table VALUES (1);"));
    Workspace::OpenOptions options;
    options.backupFolder = dir.path(QStringLiteral("backups"));
    options.migrations = &list;
    auto opened = Workspace::open(path, options);
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().message.startsWith(
        path + QStringLiteral(": upgrade to workspace format %1 failed: no such table: no_such_table")
                   .arg(storage::currentSchemaVersion() + 1)))
        << opened.error().message.toStdString();
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("a copy is at")));
    EXPECT_EQ(test::fileBytes(path), before);
}

TEST(Migration, format_1_gains_chart_settings_and_point_marks_with_defaults)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("old.pdsa"));
    ASSERT_TRUE(QFile::copy(test::dataPath(QStringLiteral("schema/format-1.pdsa")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    Workspace::OpenOptions options;
    options.backupFolder = dir.path(QStringLiteral("backups"));
    auto workspace = test::openOrFail(path, options);
    ASSERT_TRUE(workspace);
    const Team team = workspace->teams.teams.all()->front();
    const Measure measure = workspace->measures.forTeam(team.meta.id)->front();
    for (const MeasureValue& value : workspace->measures.allValues(team.meta.id, measure.meta.id).value()) {
        EXPECT_FALSE(value.excluded);
        EXPECT_FALSE(value.astronomical);
    }
    ChartSetting setting = workspace->measures.chartSetting(team.meta.id, measure.meta.id).value();
    setting.chartType = analysis::ChartType::P;
    EXPECT_TRUE(workspace->measures.chartSettings.save(setting, workspace->now()).ok());
}

TEST(Migration, migrations_are_numbered_one_after_another)
{
    int expected = 1;
    for (const auto& migration : storage::migrations())
        EXPECT_EQ(migration.version, expected++);
}

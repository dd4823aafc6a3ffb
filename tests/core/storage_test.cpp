// SPDX-License-Identifier: Apache-2.0
// The storage layer's promises: statements bind and read back every type we store; a transaction
// that is not committed leaves nothing behind; and a write that fails half-way — a constraint
// violated by its second statement, or the disk failing at any point — leaves the file exactly
// as it was.

#include "storage/database.h"
#include "support/faultinjection.h"
#include "support/testsupport.h"

#include <QFile>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace pdsa;
using namespace pdsa::storage;

namespace {

Database scratch(const test::TempDir& dir)
{
    auto db = Database::open(dir.path(QStringLiteral("scratch.db")), Database::Mode::Create);
    EXPECT_TRUE(db.ok());
    EXPECT_TRUE(db->exec(QStringLiteral("CREATE TABLE t (a, b, c, d, e, f)")).ok());
    return std::move(*db);
}

qint64 rows(Database& db) { return *db.scalar(QStringLiteral("SELECT count(*) FROM t")); }

} // namespace

TEST(Query, binds_and_reads_back_every_stored_type)
{
    test::TempDir dir;
    Database db = scratch(dir);
    const QUuid id = QUuid::createUuid();
    const QDateTime when(QDate(2025, 3, 14), QTime(15, 9, 26, 535), QTimeZone::utc());
    {
        auto insert = db.query("INSERT INTO t VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        ASSERT_TRUE(insert.ok());
        insert->bind(1, id).bind(2, QStringLiteral("Ünïcode — text")).bind(3, QDate(2025, 3, 1));
        insert->bind(4, when).bind(5, std::optional<double>()).bind(6, 0.1);
        ASSERT_TRUE(insert->run().ok());
    }
    auto select = db.query("SELECT a, b, c, d, e, f FROM t");
    ASSERT_TRUE(select.ok());
    ASSERT_TRUE(*select->next());
    EXPECT_EQ(select->uuid(0), id);
    EXPECT_EQ(select->text(1), QStringLiteral("Ünïcode — text"));
    EXPECT_EQ(select->date(2), QDate(2025, 3, 1));
    EXPECT_EQ(select->dateTime(3), when);
    EXPECT_EQ(select->optionalReal(4), std::nullopt);
    EXPECT_DOUBLE_EQ(select->real(5), 0.1);
    EXPECT_EQ(select->text(2), QStringLiteral("2025-03-01"));
    EXPECT_EQ(select->text(3), QStringLiteral("2025-03-14T15:09:26.535Z"));
}

TEST(Query, a_borrowed_statement_is_reset_for_its_next_use)
{
    test::TempDir dir;
    Database db = scratch(dir);
    for (int i = 0; i < 3; ++i) {
        auto insert = db.query("INSERT INTO t (a) VALUES (?1)");
        ASSERT_TRUE(insert.ok());
        insert->bind(1, i);
        ASSERT_TRUE(insert->run().ok());
    }
    for (int pass = 0; pass < 2; ++pass) {
        auto select = db.query("SELECT a FROM t ORDER BY a");
        ASSERT_TRUE(select->next().value());
        EXPECT_EQ(select->int64(0), 0) << "pass " << pass; // a fresh start, not where the last use stopped
    }
}

TEST(Transaction, rolls_back_when_not_committed)
{
    test::TempDir dir;
    Database db = scratch(dir);
    {
        auto transaction = Transaction::begin(db);
        ASSERT_TRUE(transaction.ok());
        ASSERT_TRUE(db.exec(QStringLiteral("INSERT INTO t (a) VALUES (1)")).ok());
        EXPECT_EQ(rows(db), 1);
    }
    EXPECT_EQ(rows(db), 0);
    EXPECT_FALSE(db.inTransaction());
}

TEST(Transaction, commits_when_asked)
{
    test::TempDir dir;
    Database db = scratch(dir);
    auto transaction = Transaction::begin(db);
    ASSERT_TRUE(db.exec(QStringLiteral("INSERT INTO t (a) VALUES (1)")).ok());
    ASSERT_TRUE(transaction->commit().ok());
    EXPECT_EQ(rows(db), 1);
    EXPECT_FALSE(db.inTransaction());
}

TEST(Transaction, a_nested_transaction_rolls_back_alone)
{
    test::TempDir dir;
    Database db = scratch(dir);
    auto outer = Transaction::begin(db);
    ASSERT_TRUE(db.exec(QStringLiteral("INSERT INTO t (a) VALUES (1)")).ok());
    {
        auto inner = Transaction::begin(db);
        ASSERT_TRUE(inner.ok());
        ASSERT_TRUE(db.exec(QStringLiteral("INSERT INTO t (a) VALUES (2)")).ok());
    }
    EXPECT_EQ(rows(db), 1);
    {
        auto inner = Transaction::begin(db);
        ASSERT_TRUE(db.exec(QStringLiteral("INSERT INTO t (a) VALUES (3)")).ok());
        ASSERT_TRUE(inner->commit().ok());
    }
    ASSERT_TRUE(outer->commit().ok());
    EXPECT_EQ(rows(db), 2);
}

TEST(WorkspaceWrite, a_constraint_violation_in_the_second_statement_leaves_the_file_as_before)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("w.pdsa"));
    test::writeDemo(path);
    auto workspace = test::openOrFail(path);
    ASSERT_TRUE(workspace);
    const QByteArray before = test::fileBytes(path);
    const QByteArray hashBefore = workspace->contentHash().value();
    const Team team = workspace->teams.teams.all()->front();

    const Status status = workspace->transact([&]() -> Status {
        TeamMember member;
        member.meta.owner = Owner::ofTeam(team.meta.id);
        member.meta.updatedAt = workspace->now();
        member.teamId = team.meta.id;
        member.name = QStringLiteral("New member");
        PDSA_TRY(workspace->teams.members.put(member)); // fine on its own
        AssessmentScore score;
        score.meta.owner = Owner::ofCoach(QStringLiteral("Dr. Marsh"));
        score.meta.updatedAt = workspace->now();
        score.teamId = team.meta.id;
        score.month = QDate(2025, 1, 1);
        score.score = 7.0; // the schema's CHECK refuses it
        return workspace->work.scores.put(score);
    });
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, ErrorCode::Invalid);
    EXPECT_TRUE(status.error().message.contains(QStringLiteral("assessment_score")));
    EXPECT_EQ(workspace->contentHash().value(), hashBefore);
    workspace.reset();
    EXPECT_EQ(test::fileBytes(path), before);
}

// Fails the disk at the 1st, 2nd, 3rd… write, truncate, sync or delete of an edit until the edit
// gets through. After every failure the file, once reopened (SQLite rolls a hot journal back on
// open), is byte for byte what it was — except when the failure hits the very last step, the
// invalidation of the journal that is SQLite's commit point: the change is then already durable
// and the file holds all of it. Never a mix.
TEST(WorkspaceWrite, a_disk_error_at_any_point_of_a_write_leaves_the_file_as_before_or_fully_written)
{
    test::TempDir dir;
    const QString original = dir.path(QStringLiteral("original.pdsa"));
    test::writeDemo(original, [] {
        auto options = test::smallDemo();
        options.teams = 1;
        options.months = 6;
        return options;
    }());
    const QByteArray before = test::fileBytes(original);
    const QString path = dir.path(QStringLiteral("w.pdsa"));

    // One edit that touches many pages, tried with the disk failing after `allowed` operations.
    const auto attempt = [&](int allowed) -> Status {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-journal"));
        EXPECT_TRUE(QFile::copy(original, path));
        Workspace::OpenOptions options;
        options.vfs = storage::faults::vfsName();
        auto workspace = test::openOrFail(path, options);
        if (!workspace)
            return Error{ErrorCode::Io, QStringLiteral("cannot open")};
        workspace->setClock([] { return QDateTime(QDate(2030, 1, 1), QTime(12, 0), QTimeZone::utc()); });
        const QUuid team = workspace->teams.teams.all()->front().meta.id;
        storage::faults::failAfter(allowed);
        const Status status = workspace->transact([&]() -> Status {
            for (int k = 0; k < 300; ++k) {
                TeamReport report;
                report.meta.id = QUuid::createUuidV5(team, QByteArray::number(k));
                report.meta.owner = Owner::ofTeam(team);
                report.meta.updatedAt = workspace->now();
                report.teamId = team;
                report.month = QDate(2030, 1, 1).addMonths(k);
                report.progress = QString(400, QLatin1Char('x'));
                PDSA_TRY(workspace->work.reports.put(report));
            }
            return {};
        });
        storage::faults::disarm();
        return status;
    };

    ASSERT_TRUE(attempt(-1).ok());
    const QByteArray hashAfter = test::openOrFail(path)->contentHash().value();
    const QByteArray hashBefore = test::openOrFail(original)->contentHash().value();
    ASSERT_NE(hashAfter, hashBefore);

    int asBefore = 0, fullyWritten = 0;
    bool succeeded = false;
    for (int allowed = 0; allowed < 500 && !succeeded; ++allowed) {
        const Status status = attempt(allowed);
        if (status.ok()) {
            succeeded = true;
            break;
        }
        EXPECT_EQ(status.error().code, ErrorCode::Io) << status.error().message.toStdString();
        auto reopened = test::openOrFail(path);
        ASSERT_TRUE(reopened) << "after a failure at operation " << allowed;
        EXPECT_TRUE(storage::fullCheck(reopened->database(), path).ok());
        const QByteArray hash = reopened->contentHash().value();
        reopened.reset();
        if (test::fileBytes(path) == before) {
            ++asBefore;
        } else {
            EXPECT_EQ(hash, hashAfter) << "after a failure at operation " << allowed << ": neither before nor after";
            ++fullyWritten;
        }
    }
    EXPECT_TRUE(succeeded);
    EXPECT_GE(asBefore, 10) << "journal writes and syncs and database writes all fail safely";
    EXPECT_LE(fullyWritten, 2) << "only a failure at the commit point itself may leave the change in place";
}

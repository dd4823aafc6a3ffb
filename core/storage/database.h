// SPDX-License-Identifier: Apache-2.0
#pragma once
// The only door to SQLite. Owns the connection, hands out prepared statements (cached per SQL
// text, reset when the Query that borrowed them goes out of scope) and runs transactions that
// roll back unless committed. Repositories use it; nothing above the repository layer does.
//
// We use the SQLite C API, not Qt SQL: it gives us application_id, the backup API, locking mode
// and a VFS hook for disk-fault tests, none of which Qt SQL exposes.

#include "domain/enumtext.h"
#include "util/result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QUuid>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace pdsa::storage {

class Database;

// A borrowed, bound prepared statement. Reset and unbound when destroyed.
class Query {
public:
    Query(Query&& other) noexcept;
    Query& operator=(Query&&) = delete;
    Query(const Query&) = delete;
    ~Query();

    Query& bindNull(int index);
    Query& bind(int index, const QString& value);
    Query& bind(int index, const char* value) = delete; // be explicit about encodings
    Query& bind(int index, const QByteArray& blob);
    Query& bind(int index, const QUuid& id);            // 16-byte blob; a null id binds NULL
    Query& bind(int index, const QDate& date);          // ISO text; an invalid date binds NULL
    Query& bind(int index, const QDateTime& time);      // ISO text in UTC with milliseconds
    Query& bind(int index, qint64 value);
    Query& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Query& bind(int index, bool value) { return bind(index, static_cast<qint64>(value ? 1 : 0)); }
    Query& bind(int index, double value);
    template <typename T>
    Query& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }
    template <typename E>
        requires std::is_enum_v<E>
    Query& bind(int index, E value)
    {
        return bind(index, toText(value));
    }

    // Steps once: true when a row is available, false when the statement is done.
    Result<bool> next();
    // Steps to completion (for statements that return no rows).
    Status run();
    // Calls `row(query)` for every row.
    template <typename F>
    Status each(F&& row)
    {
        for (;;) {
            auto more = next();
            if (!more)
                return more.error();
            if (!*more)
                return {};
            row(*this);
        }
    }

    int columnCount() const;
    bool isNull(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    QUuid uuid(int column) const;
    QDate date(int column) const;
    QDateTime dateTime(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    std::optional<double> optionalReal(int column) const;
    std::optional<qint64> optionalInt64(int column) const;
    QString columnName(int column) const;
    // The column's value rendered as canonical text, for content hashing.
    QByteArray canonical(int column) const;

private:
    friend class Database;
    Query(sqlite3_stmt* statement, Database* database);
    sqlite3_stmt* m_statement = nullptr;
    Database* m_database = nullptr;
};

class Database {
public:
    enum class Mode { ReadOnly, ReadWrite, Create };

    // Opens (or creates, with Mode::Create) the file. `vfs` selects an SQLite VFS by name
    // (tests use it for fault injection); empty means the default.
    static Result<Database> open(const QString& path, Mode mode, const char* vfs = nullptr);

    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    // Runs one or more SQL statements that take no parameters (schema scripts, pragmas).
    Status exec(const QString& sql);
    // A cached prepared statement for `sql`, borrowed until the returned Query is destroyed.
    Result<Query> query(const char* sql);
    // A single value from a statement without parameters (pragmas, counts).
    Result<qint64> scalar(const QString& sql);

    // The error SQLite last reported on this connection, with `context` in front.
    Error lastError(const QString& context) const;

    bool inTransaction() const;
    // Inside a transaction with deferred foreign keys: whether a row written in it still refers
    // to nothing (SQLite counts these as it writes, so asking costs nothing).
    bool hasPendingForeignKeyViolations() const;
    // Rows changed by the last INSERT, UPDATE or DELETE.
    int changes() const;
    // Rows changed on this connection since it was opened, rolled back or not: equal at two
    // moments only if nothing was written in between.
    qint64 totalChanges() const;
    // How many times copyInto() replaced this database's whole content: a write that
    // totalChanges() does not count.
    qint64 replacements() const { return m_replacements; }
    void noteReplaced() { ++m_replacements; }
    QString path() const { return m_path; }
    sqlite3* handle() const { return m_db; }
    void close();

    // The check SQLite runs, through the SQL function pdsa_may_write(table, owner_role,
    // owner_team, owner_coach, id), before a row of a record table is written: the triggers that call it are
    // the repositories' (repo::installWriteGuard), the rule behind it the workspace's
    // (EditRights), which also notes the record as changed. An Error refuses the row, and with it
    // the statement, with its message and ErrorCode::NotYours. The check lives as long as this
    // connection.
    using WriteCheck = std::function<Status(QStringView table, QStringView ownerRole, const QUuid& ownerTeam,
                                            QStringView ownerCoach, const QUuid& id)>;
    Status setWriteCheck(WriteCheck check);

    // Keeps `fd` (a file descriptor holding the workspace's own lock, see workspacefile.cpp) open
    // for as long as this connection, and closes it after the connection.
    void keepLock(int fd);

private:
    friend class Transaction;
    Database(sqlite3* db, QString path);
    sqlite3* m_db = nullptr;
    qint64 m_replacements = 0;
    QString m_path;
    int m_transactionDepth = 0;
    std::unique_ptr<WriteCheck> m_writeCheck; // on the heap: SQLite holds its address
    int m_lockFd = -1;
    std::map<std::string, std::unique_ptr<sqlite3_stmt, void (*)(sqlite3_stmt*)>> m_statements;
};

// RAII transaction. Top level: BEGIN IMMEDIATE ... COMMIT. Nested (inside another
// transaction): a SAVEPOINT, so repository methods compose into one larger transaction.
// Destroyed without commit() it rolls back.
class Transaction {
public:
    static Result<Transaction> begin(Database& database);
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    ~Transaction();

    Status commit();

private:
    Transaction(Database* database, int depth);
    void rollback();
    Database* m_database = nullptr;
    int m_depth = 0; // 1 = top level, more = a savepoint
    bool m_done = false;
};

// SQLite's text form of dates and times in our files.
QString dateToText(const QDate& date);
QString dateTimeToText(const QDateTime& time);
QDateTime dateTimeFromText(QStringView text);

} // namespace pdsa::storage

// SPDX-License-Identifier: Apache-2.0
#include "storage/database.h"

#include <sqlite3.h>
#include <unistd.h>

#include <QFileInfo>
#include <QTimeZone>

namespace pdsa::storage {

namespace {

void finalizeStatement(sqlite3_stmt* statement) { sqlite3_finalize(statement); }

QString sqliteMessage(sqlite3* db) { return QString::fromUtf8(sqlite3_errmsg(db)); }

ErrorCode codeFor(int rc)
{
    if (rc == SQLITE_CONSTRAINT_TRIGGER) // only the write check raises it (setWriteCheck)
        return ErrorCode::NotYours;
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return ErrorCode::Busy;
    case SQLITE_CORRUPT: return ErrorCode::Damaged;
    case SQLITE_NOTADB: return ErrorCode::NotWorkspace;
    case SQLITE_CONSTRAINT: return ErrorCode::Invalid;
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM: return ErrorCode::Io;
    default: return ErrorCode::Storage;
    }
}

} // namespace

namespace {

// Bundle import and export format and parse a date or time per record, where Qt's general
// (format-string) routines dominate. These write and read the one form we store directly; any
// other text, and years outside 1000–9999, go through Qt, which defines the result.

void putDigits(char16_t*& out, int value, int digits)
{
    for (int i = digits - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
    out += digits;
}

bool inFastYears(const QDate& date) { return date.isValid() && date.year() >= 1000 && date.year() <= 9999; }

// The number written in text[from, from + digits), or -1 when that is not all digits.
int digitsAt(QStringView text, int from, int digits)
{
    int value = 0;
    for (int i = from; i < from + digits; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

QString dateToText(const QDate& date)
{
    if (!inFastYears(date))
        return date.toString(Qt::ISODate);
    QString text(10, Qt::Uninitialized);
    char16_t* out = reinterpret_cast<char16_t*>(text.data());
    putDigits(out, date.year(), 4);
    *out++ = u'-';
    putDigits(out, date.month(), 2);
    *out++ = u'-';
    putDigits(out, date.day(), 2);
    return text;
}

QString dateTimeToText(const QDateTime& time)
{
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    if (!inFastYears(date) || !clock.isValid())
        return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z');
    QString text(24, Qt::Uninitialized);
    char16_t* out = reinterpret_cast<char16_t*>(text.data());
    putDigits(out, date.year(), 4);
    *out++ = u'-';
    putDigits(out, date.month(), 2);
    *out++ = u'-';
    putDigits(out, date.day(), 2);
    *out++ = u'T';
    putDigits(out, clock.hour(), 2);
    *out++ = u':';
    putDigits(out, clock.minute(), 2);
    *out++ = u':';
    putDigits(out, clock.second(), 2);
    *out++ = u'.';
    putDigits(out, clock.msec(), 3);
    *out = u'Z';
    return text;
}

QDateTime dateTimeFromText(QStringView text)
{
    // The stored form, yyyy-MM-ddTHH:mm:ss.zzzZ, read directly when every part is in range.
    if (text.size() == 24 && text[4] == u'-' && text[7] == u'-' && text[10] == u'T' && text[13] == u':' &&
        text[16] == u':' && text[19] == u'.' && text[23] == u'Z') {
        const int year = digitsAt(text, 0, 4);
        const int month = digitsAt(text, 5, 2);
        const int day = digitsAt(text, 8, 2);
        const int hour = digitsAt(text, 11, 2);
        const int minute = digitsAt(text, 14, 2);
        const int second = digitsAt(text, 17, 2);
        const int msec = digitsAt(text, 20, 3);
        if (year >= 1000 && month >= 0 && day >= 0 && hour >= 0 && hour <= 23 && minute >= 0 && second >= 0 &&
            msec >= 0) {
            const QDate date(year, month, day);
            const QTime clock(hour, minute, second, msec);
            if (date.isValid() && clock.isValid())
                return QDateTime(date, clock, Qt::UTC);
        }
    }
    QDateTime time = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

// ---- Query -------------------------------------------------------------------------------------

Query::Query(sqlite3_stmt* statement, Database* database)
    : m_statement(statement)
    , m_database(database)
{
}

Query::Query(Query&& other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr))
    , m_database(other.m_database)
{
}

Query::~Query()
{
    if (m_statement) {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
}

Query& Query::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
    return *this;
}

Query& Query::bind(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Query& Query::bind(int index, const QByteArray& blob)
{
    sqlite3_bind_blob(m_statement, index, blob.constData(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Query& Query::bind(int index, const QUuid& id)
{
    if (id.isNull())
        return bindNull(index);
    const QByteArray bytes = id.toRfc4122();
    sqlite3_bind_blob(m_statement, index, bytes.constData(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
    return *this;
}

Query& Query::bind(int index, const QDate& date)
{
    return date.isValid() ? bind(index, dateToText(date)) : bindNull(index);
}

Query& Query::bind(int index, const QDateTime& time)
{
    return time.isValid() ? bind(index, dateTimeToText(time)) : bindNull(index);
}

Query& Query::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

Query& Query::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
    return *this;
}

Result<bool> Query::next()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return Error{codeFor(rc), QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)))};
}

Status Query::run()
{
    for (;;) {
        auto row = next();
        if (!row)
            return row.error();
        if (!*row)
            return {};
    }
}

int Query::columnCount() const { return sqlite3_column_count(m_statement); }

bool Query::isNull(int column) const { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }

QString Query::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column)) : QString();
}

QByteArray Query::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_statement, column)) : QByteArray();
}

QUuid Query::uuid(int column) const
{
    const QByteArray bytes = blob(column);
    return bytes.size() == 16 ? QUuid::fromRfc4122(bytes) : QUuid();
}

QDate Query::date(int column) const
{
    return isNull(column) ? QDate() : QDate::fromString(text(column), Qt::ISODate);
}

QDateTime Query::dateTime(int column) const
{
    return isNull(column) ? QDateTime() : dateTimeFromText(text(column));
}

qint64 Query::int64(int column) const { return sqlite3_column_int64(m_statement, column); }

double Query::real(int column) const { return sqlite3_column_double(m_statement, column); }

std::optional<double> Query::optionalReal(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<double>(real(column));
}

std::optional<qint64> Query::optionalInt64(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<qint64>(int64(column));
}

QString Query::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_statement, column));
}

QByteArray Query::canonical(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_NULL: return QByteArrayLiteral("N");
    case SQLITE_INTEGER: return "I" + QByteArray::number(int64(column));
    case SQLITE_FLOAT: return "R" + QByteArray::number(real(column), 'g', 17);
    case SQLITE_BLOB: return "B" + blob(column).toHex();
    default: {
        const QByteArray t = text(column).toUtf8();
        return "T" + QByteArray::number(t.size()) + ':' + t;
    }
    }
}

// ---- Database ----------------------------------------------------------------------------------

Database::Database(sqlite3* db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
    , m_transactionDepth(std::exchange(other.m_transactionDepth, 0))
    , m_writeCheck(std::move(other.m_writeCheck))
    , m_lockFd(std::exchange(other.m_lockFd, -1))
    , m_statements(std::move(other.m_statements))
{
}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_transactionDepth = std::exchange(other.m_transactionDepth, 0);
        m_writeCheck = std::move(other.m_writeCheck);
        m_lockFd = std::exchange(other.m_lockFd, -1);
        m_statements = std::move(other.m_statements);
    }
    return *this;
}

Database::~Database() { close(); }

void Database::close()
{
    m_statements.clear();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    m_writeCheck.reset();
    if (m_lockFd >= 0) {
        ::close(m_lockFd);
        m_lockFd = -1;
    }
}

void Database::keepLock(int fd)
{
    if (m_lockFd >= 0)
        ::close(m_lockFd);
    m_lockFd = fd;
}

namespace {

QStringView textArgument(sqlite3_value* value)
{
    const auto* text = reinterpret_cast<const char16_t*>(sqlite3_value_text16(value));
    return text ? QStringView(text, sqlite3_value_bytes16(value) / 2) : QStringView();
}

void callWriteCheck(sqlite3_context* context, int count, sqlite3_value** values)
{
    const auto* check = static_cast<const Database::WriteCheck*>(sqlite3_user_data(context));
    if (count != 5 || !check || !*check) {
        sqlite3_result_null(context);
        return;
    }
    const auto uuid = [](sqlite3_value* value) {
        if (sqlite3_value_type(value) != SQLITE_BLOB || sqlite3_value_bytes(value) != 16)
            return QUuid();
        return QUuid::fromRfc4122(QByteArrayView(static_cast<const char*>(sqlite3_value_blob(value)), 16));
    };
    const Status allowed =
        (*check)(textArgument(values[0]), textArgument(values[1]), uuid(values[2]), textArgument(values[3]),
                 uuid(values[4]));
    if (allowed) {
        sqlite3_result_null(context);
        return;
    }
    const QByteArray message = allowed.error().message.toUtf8();
    sqlite3_result_error(context, message.constData(), static_cast<int>(message.size()));
    sqlite3_result_error_code(context, SQLITE_CONSTRAINT_TRIGGER);
}

} // namespace

Status Database::setWriteCheck(WriteCheck check)
{
    auto holder = std::make_unique<WriteCheck>(std::move(check));
    // Not SQLITE_DIRECTONLY: that would keep it out of the TEMP triggers that call it. A
    // trigger stored in a file could call it too, but it can only refuse a write, never allow one.
    const int rc = sqlite3_create_function_v2(m_db, "pdsa_may_write", 5, SQLITE_UTF8, holder.get(),
                                              callWriteCheck, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return lastError(QStringLiteral("cannot install the write check"));
    m_writeCheck = std::move(holder); // after SQLite let go of the previous one's address
    return {};
}

Result<Database> Database::open(const QString& path, Mode mode, const char* vfs)
{
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (mode) {
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::Create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    }
    sqlite3* db = nullptr;
    // ":memory:" is SQLite's private in-memory database (the bundle reader's record codecs).
    const QByteArray file =
        path == QLatin1String(":memory:") ? path.toUtf8() : QFileInfo(path).absoluteFilePath().toUtf8();
    const int rc = sqlite3_open_v2(file.constData(), &db, flags, vfs && *vfs ? vfs : nullptr);
    if (rc != SQLITE_OK) {
        const QString reason = db ? sqliteMessage(db) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(db);
        return Error{codeFor(rc), QStringLiteral("%1: cannot open: %2").arg(path, reason)};
    }
    sqlite3_extended_result_codes(db, 1);
    return Database(db, path);
}

Status Database::exec(const QString& sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    const QString reason = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_free(message);
    return Error{codeFor(rc), reason};
}

Result<Query> Database::query(const char* sql)
{
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        sqlite3_stmt* statement = nullptr;
        const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
        if (rc != SQLITE_OK)
            return Error{codeFor(rc), sqliteMessage(m_db)};
        found = m_statements.emplace(sql, std::unique_ptr<sqlite3_stmt, void (*)(sqlite3_stmt*)>(
                                                  statement, &finalizeStatement))
                    .first;
    }
    return Query(found->second.get(), this);
}

Result<qint64> Database::scalar(const QString& sql)
{
    sqlite3_stmt* raw = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), -1, &raw, nullptr);
    std::unique_ptr<sqlite3_stmt, void (*)(sqlite3_stmt*)> statement(raw, &finalizeStatement);
    if (rc != SQLITE_OK)
        return Error{codeFor(rc), sqliteMessage(m_db)};
    const int step = sqlite3_step(raw);
    if (step == SQLITE_ROW)
        return sqlite3_column_int64(raw, 0);
    if (step == SQLITE_DONE)
        return qint64(0);
    return Error{codeFor(step), sqliteMessage(m_db)};
}

Error Database::lastError(const QString& context) const
{
    return Error{codeFor(sqlite3_extended_errcode(m_db)), context + QStringLiteral(": ") + sqliteMessage(m_db)};
}

int Database::changes() const { return sqlite3_changes(m_db); }

qint64 Database::totalChanges() const { return sqlite3_total_changes64(m_db); }

bool Database::inTransaction() const { return m_db && sqlite3_get_autocommit(m_db) == 0; }

bool Database::hasPendingForeignKeyViolations() const
{
    int current = 0;
    int highest = 0;
    // When SQLite cannot answer, report a violation: the caller then looks row by row.
    if (!m_db || sqlite3_db_status(m_db, SQLITE_DBSTATUS_DEFERRED_FKS, &current, &highest, 0) != SQLITE_OK)
        return true;
    return current != 0;
}

// ---- Transaction -------------------------------------------------------------------------------

Transaction::Transaction(Database* database, int depth)
    : m_database(database)
    , m_depth(depth)
{
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_database(other.m_database)
    , m_depth(other.m_depth)
    , m_done(std::exchange(other.m_done, true))
{
}

Result<Transaction> Transaction::begin(Database& database)
{
    const int depth = database.m_transactionDepth + 1;
    const QString sql = depth == 1 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT sp%1").arg(depth);
    if (auto status = database.exec(sql); !status)
        return Error{status.error().code, QStringLiteral("cannot start a transaction: ") + status.error().message};
    database.m_transactionDepth = depth;
    return Transaction(&database, depth);
}

Transaction::~Transaction()
{
    if (!m_done)
        rollback();
}

Status Transaction::commit()
{
    if (m_done)
        return Error{ErrorCode::Storage, QStringLiteral("transaction already finished")};
    const QString sql = m_depth == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE sp%1").arg(m_depth);
    if (auto status = m_database->exec(sql); !status) {
        rollback(); // a failed COMMIT (disk full, I/O error) must not leave the transaction open
        return status;
    }
    m_done = true;
    m_database->m_transactionDepth = m_depth - 1;
    return {};
}

void Transaction::rollback()
{
    m_done = true;
    m_database->m_transactionDepth = m_depth - 1;
    if (m_depth == 1) {
        if (m_database->inTransaction())
            (void)m_database->exec(QStringLiteral("ROLLBACK"));
    } else {
        (void)m_database->exec(QStringLiteral("ROLLBACK TO sp%1; RELEASE sp%1").arg(m_depth));
    }
}

} // namespace pdsa::storage

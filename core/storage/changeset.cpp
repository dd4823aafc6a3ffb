// SPDX-License-Identifier: Apache-2.0
#include "storage/changeset.h"

// The session extension's declarations are behind these in sqlite3.h; Debian's libsqlite3 is
// built with both.
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <sqlite3.h>

#include <utility>

namespace pdsa::storage {

namespace {

// Takes a buffer SQLite allocated.
QByteArray adopt(void* data, int size) {
    QByteArray bytes(static_cast<const char*>(data), size);
    sqlite3_free(data);
    return bytes;
}

Error sessionError(int rc, const QString& what) {
    return Error{ErrorCode::Storage, QStringLiteral("%1: %2").arg(what, QString::fromUtf8(sqlite3_errstr(rc)))};
}

struct ApplyState {
    bool diverged = false;
    QString table;
};

int onConflict(void* context, int conflict, sqlite3_changeset_iter* change) {
    const char* table = nullptr;
    int columns = 0, operation = 0, indirect = 0;
    sqlite3changeset_op(change, &table, &columns, &operation, &indirect);
    // A row the changeset deletes that a cascade (a cycle's parts, with their cycle) took already.
    if (conflict == SQLITE_CHANGESET_NOTFOUND && operation == SQLITE_DELETE)
        return SQLITE_CHANGESET_OMIT;
    auto* state = static_cast<ApplyState*>(context);
    state->diverged = true;
    state->table = QString::fromUtf8(table);
    return SQLITE_CHANGESET_ABORT;
}

} // namespace

struct ChangeRecorder::Handle {
    sqlite3_session* session = nullptr;
    Database* db = nullptr;
    ~Handle() {
        if (session)
            sqlite3session_delete(session);
    }
};

ChangeRecorder::ChangeRecorder(std::unique_ptr<Handle> handle) : m_handle(std::move(handle)) {}
ChangeRecorder::ChangeRecorder(ChangeRecorder&&) noexcept = default;
ChangeRecorder& ChangeRecorder::operator=(ChangeRecorder&&) noexcept = default;
ChangeRecorder::~ChangeRecorder() = default;

Result<ChangeRecorder> ChangeRecorder::start(Database& db) {
    auto handle = std::make_unique<Handle>();
    handle->db = &db;
    int rc = sqlite3session_create(db.handle(), "main", &handle->session);
    if (rc == SQLITE_OK)
        rc = sqlite3session_attach(handle->session, nullptr); // every table, those made later too
    if (rc != SQLITE_OK)
        return sessionError(rc, QStringLiteral("cannot record the changes to %1").arg(db.path()));
    return ChangeRecorder(std::move(handle));
}

Result<QByteArray> ChangeRecorder::changeset() {
    int size = 0;
    void* data = nullptr;
    const int rc = sqlite3session_changeset(m_handle->session, &size, &data);
    if (rc != SQLITE_OK)
        return sessionError(rc, QStringLiteral("cannot read the changes recorded"));
    return adopt(data, size);
}

Status ChangeRecorder::differenceFrom(const QString& from) {
    auto tables = m_handle->db->query("SELECT name FROM main.sqlite_schema WHERE type = 'table' "
                                      "AND name NOT LIKE 'sqlite_%' ORDER BY name");
    if (!tables)
        return tables.error();
    QStringList names;
    PDSA_TRY(tables->each([&](const Query& q) { names << q.text(0); }));
    const QByteArray source = from.toUtf8();
    for (const QString& name : names) {
        char* message = nullptr;
        const int rc = sqlite3session_diff(m_handle->session, source.constData(), name.toUtf8().constData(), &message);
        const QString detail = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_free(message);
        if (rc != SQLITE_OK)
            return Error{ErrorCode::Storage, QStringLiteral("cannot compare the table %1: %2").arg(name, detail)};
    }
    return {};
}

Result<QByteArray> invertChangeset(const QByteArray& changeset) {
    int size = 0;
    void* data = nullptr;
    const int rc = sqlite3changeset_invert(int(changeset.size()), changeset.constData(), &size, &data);
    if (rc != SQLITE_OK)
        return sessionError(rc, QStringLiteral("cannot invert the changes"));
    return adopt(data, size);
}

Result<QByteArray> concatChangesets(const QByteArray& first, const QByteArray& second) {
    QByteArray a = first, b = second; // sqlite3changeset_concat takes non-const buffers
    int size = 0;
    void* data = nullptr;
    const int rc = sqlite3changeset_concat(int(a.size()), a.data(), int(b.size()), b.data(), &size, &data);
    if (rc != SQLITE_OK)
        return sessionError(rc, QStringLiteral("cannot join the changes"));
    return adopt(data, size);
}

Status applyChangeset(Database& db, const QByteArray& changeset) {
    if (changeset.isEmpty())
        return {};
    QByteArray bytes = changeset;
    ApplyState state;
    const int rc = sqlite3changeset_apply(db.handle(), int(bytes.size()), bytes.data(), nullptr, onConflict, &state);
    if (state.diverged)
        return Error{ErrorCode::Invalid,
                     QStringLiteral("%1 no longer holds what the change expects (the table %2 changed since); "
                                    "nothing was changed")
                         .arg(db.path(), state.table)};
    if (rc != SQLITE_OK)
        return db.lastError(QStringLiteral("cannot apply the changes to %1").arg(db.path()));
    return {};
}

} // namespace pdsa::storage

// SPDX-License-Identifier: Apache-2.0
#include "repositories/importledger.h"

#include "repositories/inventory.h"

#include <algorithm>

namespace pdsa::repo {

Result<std::optional<ImportBase>> ImportLedger::base(const QUuid& recordId) {
    auto query =
        m_db.query("SELECT table_name, revision, content_sha256 FROM import_base WHERE record_id = ?1");
    if (!query)
        return query.error();
    query->bind(1, recordId);
    auto row = query->next();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<ImportBase>();
    return std::optional<ImportBase>(
        ImportBase{recordId, query->text(0), static_cast<int>(query->int64(1)), query->text(2)});
}

Status ImportLedger::setBase(const ImportBase& base) {
    auto query = m_db.query("INSERT INTO import_base (record_id, table_name, revision, content_sha256) "
                            "VALUES (?1, ?2, ?3, ?4) ON CONFLICT(record_id) DO UPDATE SET "
                            "table_name = excluded.table_name, revision = excluded.revision, "
                            "content_sha256 = excluded.content_sha256");
    if (!query)
        return query.error();
    query->bind(1, base.recordId).bind(2, base.table).bind(3, base.revision).bind(4, base.contentSha256);
    return query->run();
}

Result<qint64> ImportLedger::lastConflictId() {
    return m_db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM import_conflict"));
}

Status ImportLedger::restampConflicts(qint64 afterId, const QDateTime& detectedAt) {
    auto query = m_db.query("UPDATE import_conflict SET detected_at = ?1 WHERE id > ?2");
    if (!query)
        return query.error();
    query->bind(1, detectedAt).bind(2, afterId);
    return query->run();
}

Status ImportLedger::addBase(const ImportBase& base) {
    auto query = m_db.query("INSERT INTO import_base (record_id, table_name, revision, content_sha256) "
                            "VALUES (?1, ?2, ?3, ?4)");
    if (!query)
        return query.error();
    query->bind(1, base.recordId).bind(2, base.table).bind(3, base.revision).bind(4, base.contentSha256);
    return query->run();
}

Result<bool> ImportLedger::keepConflict(const QUuid& recordId, const QString& table, const QString& incoming,
                                        const QString& source, const QDateTime& detectedAt) {
    auto query =
        m_db.query("INSERT INTO import_conflict (record_id, table_name, incoming, source, detected_at) "
                   "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(record_id, incoming) DO NOTHING");
    if (!query)
        return query.error();
    query->bind(1, recordId).bind(2, table).bind(3, incoming).bind(4, source).bind(5, detectedAt);
    PDSA_TRY(query->run());
    return m_db.changes() > 0;
}

Result<qint64> ImportLedger::conflictCount() {
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM import_conflict"));
}

Result<qint64> ImportLedger::swapCacheSize(qint64 size) {
    auto before = m_db.scalar(QStringLiteral("PRAGMA cache_size"));
    if (!before)
        return before.error();
    PDSA_TRY(m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(size)));
    return *before;
}

Status ImportLedger::deferForeignKeys() {
    return m_db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
}

bool ImportLedger::mayHaveDangling() const {
    return m_db.hasPendingForeignKeyViolations();
}

Result<std::optional<DanglingReference>> ImportLedger::firstDangling(const QString& table) {
    // Table and column names come from SQLite's own catalogue, never from a bundle.
    const std::string check =
        QStringLiteral("SELECT parent, fkid FROM pragma_foreign_key_check('%1') LIMIT 1")
            .arg(table)
            .toStdString();
    auto violation = m_db.query(check.c_str());
    if (!violation)
        return violation.error();
    auto found = violation->next();
    if (!found)
        return found.error();
    if (!*found)
        return std::optional<DanglingReference>();
    const QString parent = violation->text(0);
    const qint64 fkid = violation->int64(1);

    const std::string keys =
        QStringLiteral(
            "SELECT \"from\", coalesce(\"to\", 'id') FROM pragma_foreign_key_list('%1') WHERE id = %2")
            .arg(table)
            .arg(fkid)
            .toStdString();
    auto key = m_db.query(keys.c_str());
    if (!key)
        return key.error();
    auto keyRow = key->next();
    if (!keyRow)
        return keyRow.error();
    DanglingReference dangling{table, {}, parent, {}};
    if (!*keyRow)
        return std::optional<DanglingReference>(dangling);
    const QString from = key->text(0);
    const QString to = key->text(1);
    const std::string row = QStringLiteral("SELECT * FROM \"%1\" WHERE \"%2\" IS NOT NULL AND \"%2\" NOT IN "
                                           "(SELECT \"%3\" FROM \"%4\") LIMIT 1")
                                .arg(table, from, to, parent)
                                .toStdString();
    auto offending = m_db.query(row.c_str());
    if (!offending)
        return offending.error();
    auto offendingRow = offending->next();
    if (!offendingRow)
        return offendingRow.error();
    if (*offendingRow) {
        dangling.recordId = offending->uuid(0);
        for (int c = 0; c < offending->columnCount(); ++c)
            if (offending->columnName(c) == from)
                dangling.parentId = offending->uuid(c);
    }
    return std::optional<DanglingReference>(dangling);
}

// ---- Resolving conflicts ---------------------------------------------------------------------

namespace {

ConflictRow conflictRow(const storage::Query& q) {
    return {q.int64(0), q.uuid(1), q.text(2), q.text(3), q.text(4), q.dateTime(5)};
}

Result<std::vector<ConflictRow>> conflictRows(storage::Query& query) {
    std::vector<ConflictRow> rows;
    PDSA_TRY(query.each([&](const storage::Query& q) { rows.push_back(conflictRow(q)); }));
    return rows;
}

} // namespace

Result<std::vector<ConflictRow>> ImportLedger::conflicts() {
    auto query =
        m_db.query("SELECT id, record_id, table_name, incoming, source, detected_at FROM import_conflict "
                   "ORDER BY detected_at, id");
    if (!query)
        return query.error();
    return conflictRows(*query);
}

Result<std::vector<ConflictRow>> ImportLedger::conflictsOf(const QUuid& recordId) {
    auto query =
        m_db.query("SELECT id, record_id, table_name, incoming, source, detected_at FROM import_conflict "
                   "WHERE record_id = ?1 ORDER BY detected_at, id");
    if (!query)
        return query.error();
    query->bind(1, recordId);
    return conflictRows(*query);
}

Result<std::optional<ConflictRow>> ImportLedger::conflict(qint64 id) {
    auto query =
        m_db.query("SELECT id, record_id, table_name, incoming, source, detected_at FROM import_conflict "
                   "WHERE id = ?1");
    if (!query)
        return query.error();
    query->bind(1, id);
    auto row = query->next();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<ConflictRow>();
    return std::optional<ConflictRow>(conflictRow(*query));
}

Result<bool> ImportLedger::removeConflict(qint64 id) {
    auto query = m_db.query("DELETE FROM import_conflict WHERE id = ?1");
    if (!query)
        return query.error();
    query->bind(1, id);
    PDSA_TRY(query->run());
    return m_db.changes() > 0;
}

Status ImportLedger::restoreConflict(const ConflictRow& row) {
    auto query =
        m_db.query("INSERT INTO import_conflict (id, record_id, table_name, incoming, source, detected_at) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!query)
        return query.error();
    query->bind(1, row.id).bind(2, row.recordId).bind(3, row.table).bind(4, row.incoming).bind(5, row.source);
    query->bind(6, row.detectedAt);
    return query->run();
}

Status ImportLedger::removeBase(const QUuid& recordId) {
    auto query = m_db.query("DELETE FROM import_base WHERE record_id = ?1");
    if (!query)
        return query.error();
    query->bind(1, recordId);
    return query->run();
}

Status ImportLedger::removeRecordRow(const QString& table, const QUuid& recordId) {
    const auto& kinds = recordKinds();
    const auto kind = std::find_if(kinds.begin(), kinds.end(),
                                   [&](const RecordKind& k) { return table == QLatin1String(k.table); });
    if (kind == kinds.end())
        return makeError(ErrorCode::Invalid, QStringLiteral("\"%1\" is not a record table").arg(table));
    // The table name is one of ours (checked above), never text from a bundle.
    const std::string sql = std::string("DELETE FROM ") + kind->table + " WHERE id = ?1";
    auto query = m_db.query(sql.c_str());
    if (!query)
        return query.error();
    query->bind(1, recordId);
    return query->run();
}

} // namespace pdsa::repo

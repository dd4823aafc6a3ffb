// SPDX-License-Identifier: Apache-2.0
#include "repositories/importlog.h"

namespace pdsa::repo {

namespace {

#define PDSA_IMPORT_LOG_COLUMNS                                                                              \
    "id, file_name, kind, owner_role, owner_team, owner_name, content_sha256, created_at, imported_at, "     \
    "brought_owner, added, updated, unchanged, conflicts, skipped"

ImportLogEntry entryOf(const storage::Query& q) {
    ImportLogEntry e;
    e.id = q.int64(0);
    e.fileName = q.text(1);
    e.kind = q.text(2);
    e.owner.role = fromText<OwnerRole>(q.text(3)).value_or(OwnerRole::Organizer);
    e.owner.team = q.uuid(4);
    e.ownerName = q.text(5);
    e.contentSha256 = q.text(6);
    e.createdAt = q.dateTime(7);
    e.importedAt = q.dateTime(8);
    e.broughtOwner = q.int64(9) != 0;
    e.added = q.int64(10);
    e.updated = q.int64(11);
    e.unchanged = q.int64(12);
    e.conflicts = q.int64(13);
    e.skipped = q.int64(14);
    return e;
}

Result<std::vector<ImportLogEntry>> collect(Result<storage::Query> query) {
    if (!query)
        return query.error();
    std::vector<ImportLogEntry> entries;
    while (true) {
        auto row = query->next();
        if (!row)
            return row.error();
        if (!*row)
            break;
        entries.push_back(entryOf(*query));
    }
    return entries;
}

} // namespace

Result<qint64> ImportLog::lastId() {
    return m_db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM import_log"));
}

Status ImportLog::restamp(qint64 afterId, const QDateTime& importedAt) {
    auto query = m_db.query("UPDATE import_log SET imported_at = ?1 WHERE id > ?2");
    if (!query)
        return query.error();
    query->bind(1, importedAt).bind(2, afterId);
    return query->run();
}

Status ImportLog::add(ImportLogEntry& entry) {
    auto query = m_db.query("INSERT INTO import_log (file_name, kind, owner_role, owner_team, owner_name, "
                            "content_sha256, created_at, imported_at, brought_owner, added, updated, "
                            "unchanged, conflicts, skipped) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    if (!query)
        return query.error();
    query->bind(1, entry.fileName)
        .bind(2, entry.kind)
        .bind(3, entry.owner.role)
        .bind(4, entry.owner.role == OwnerRole::Team ? entry.owner.team : QUuid())
        .bind(5, entry.ownerName)
        .bind(6, entry.contentSha256)
        .bind(7, entry.createdAt)
        .bind(8, entry.importedAt)
        .bind(9, entry.broughtOwner)
        .bind(10, entry.added)
        .bind(11, entry.updated)
        .bind(12, entry.unchanged)
        .bind(13, entry.conflicts)
        .bind(14, entry.skipped);
    PDSA_TRY(query->run());
    auto id = m_db.scalar(QStringLiteral("SELECT last_insert_rowid()"));
    if (!id)
        return id.error();
    entry.id = *id;
    return {};
}

Result<std::vector<ImportLogEntry>> ImportLog::entries() {
    return collect(m_db.query("SELECT " PDSA_IMPORT_LOG_COLUMNS " FROM import_log ORDER BY id DESC"));
}

Result<std::vector<ImportLogEntry>> ImportLog::arrivedOwners() {
    // The newest entry per owner, among the owners one of whose imports brought their own record.
    return collect(m_db.query("SELECT " PDSA_IMPORT_LOG_COLUMNS " FROM import_log AS l WHERE id = "
                              "(SELECT max(id) FROM import_log AS n WHERE n.owner_role = l.owner_role AND "
                              "n.owner_team IS l.owner_team) AND EXISTS (SELECT 1 FROM import_log AS b WHERE "
                              "b.owner_role = l.owner_role AND b.owner_team IS l.owner_team AND "
                              "b.brought_owner = 1) ORDER BY owner_role, owner_name, id"));
}

#undef PDSA_IMPORT_LOG_COLUMNS

} // namespace pdsa::repo

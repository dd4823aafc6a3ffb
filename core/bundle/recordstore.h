// SPDX-License-Identifier: Apache-2.0
#pragma once
// Writing a bundle's record into a workspace the way the merge does, shared by the import
// (merge.cpp) and conflict resolution (conflicts.cpp) so that a record taken from a bundle is
// stored alike whichever path takes it.

#include "bundle/merge.h"
#include "repositories/recordtable.h"
#include "util/sha256.h"

#include <QJsonObject>

#include <optional>

namespace pdsa::bundle {

// recordContentHash(table.toJson(record, false)), taken over RecordTable::contentJson() without
// building the JSON object: what the merge compares, for every record imported.
template <typename T> QString contentHashOf(const repo::RecordTable<T>& table, const T& record) {
    return util::Sha256::hex(table.contentJson(record));
}

// `json` (a record of a bundle without notes) completed with the notes the local record has: a
// bundle without notes keeps the notes this workspace holds for a live record.
template <typename T>
Result<T> withLocalNotes(const repo::RecordTable<T>& table, const QJsonObject& json, const T& local) {
    QJsonObject withNotes = table.toJson(local, false);
    for (auto it = json.begin(); it != json.end(); ++it)
        withNotes.insert(it.key(), it.value());
    return table.fromJson(withNotes, false);
}

// The free text a record from a bundle without notes is stored with where its column must not be
// empty (a tombstone's is "(deleted)").
inline QString leftOutPlaceholder() {
    return QStringLiteral("(left out of the bundle)");
}

// Stores `record` as given; returns the content hash of what was stored (`hash` when it is known
// already and the record went in unchanged). A tombstone carries its free text empty and a bundle
// without notes none at all, which a column that must not be empty refuses: then the empty free
// text is stored as a placeholder. A tombstone's free text is never shown or exported; a
// placeholder note is replaced when the full record arrives (its base is what was stored, so the
// full record counts as a change from the bundle's side).
// `fresh`: no row has the record's id (the merge found none), so a plain INSERT stores it.
template <typename T>
Result<QString> storeAsGiven(repo::RecordTable<T>& table, const T& record, bool notesLeftOut,
                             const std::optional<QString>& hash = std::nullopt, bool fresh = false) {
    const Status stored = fresh ? table.insert(record) : table.put(record);
    if (stored)
        return hash ? *hash : contentHashOf(table, record);
    if (!record.meta.deleted && !notesLeftOut)
        return stored.error();
    QJsonObject json = table.toJson(record, false);
    const QJsonObject bare = table.toJson(record, true);
    const QString placeholder =
        record.meta.deleted ? QStringLiteral("(deleted)") : leftOutPlaceholder();
    bool filled = false;
    for (auto it = json.begin(); it != json.end(); ++it)
        if (!bare.contains(it.key()) && it.value() == QJsonValue(QString())) {
            it.value() = placeholder;
            filled = true;
        }
    if (!filled)
        return stored.error();
    auto withPlaceholders = table.fromJson(json, false);
    if (!withPlaceholders || !(fresh ? table.insert(*withPlaceholders) : table.put(*withPlaceholders)))
        return stored.error();
    return contentHashOf(table, *withPlaceholders);
}

} // namespace pdsa::bundle

// SPDX-License-Identifier: Apache-2.0
#pragma once
// Bundle import's bookkeeping (workspace format 3), owned by core/bundle/merge: per record the
// last state both sides agreed on (import_base), the incoming records kept as conflicts
// (import_conflict), and the check that an import left no reference dangling. These are not
// record tables: nothing here travels in a bundle.

#include "storage/database.h"

#include <optional>
#include <vector>

namespace pdsa::repo {

// The last state of a record both this workspace and a bundle held.
struct ImportBase {
    QUuid recordId;
    QString table;
    int revision = 1;
    QString contentSha256; // hex
    bool operator==(const ImportBase&) const = default;
};

// A row whose reference points at nothing: the record (or, for a cycle's parts, the record the
// part belongs to) and what it refers to.
struct DanglingReference {
    QString table;       // the table holding the reference
    QUuid recordId;      // the row's first column: its id, or the id of the record it is part of
    QString parentTable; // what it refers to
    QUuid parentId;
};

// One incoming record kept for review (import_conflict), exactly as stored.
struct ConflictRow {
    qint64 id = 0;
    QUuid recordId;
    QString table;
    QString incoming; // the bundle's JSON of the record, compact
    QString source;   // the file, the bundle's kind and owner, when it was made
    QDateTime detectedAt;
    bool operator==(const ConflictRow&) const = default;
};

class ImportLedger {
public:
    explicit ImportLedger(storage::Database& db)
        : m_db(db) {}

    Result<std::optional<ImportBase>> base(const QUuid& recordId);
    Status setBase(const ImportBase& base);
    // The same for a record known to have no base yet: a plain INSERT, which SQLite runs without
    // a statement journal (an upsert keeps one per statement, a tenth of an import's time).
    Status addBase(const ImportBase& base);

    // Keeps an incoming record that conflicts with the local one; the same conflict twice is one
    // row. Returns whether it was new.
    Result<bool> keepConflict(const QUuid& recordId, const QString& table, const QString& incoming,
                              const QString& source, const QDateTime& detectedAt);
    Result<qint64> conflictCount();
    // The highest conflict id (0 when there is none), and setting when the conflicts above
    // `afterId` were detected (an import applied by copying its rehearsal: see ImportSession).
    Result<qint64> lastConflictId();
    Status restampConflicts(qint64 afterId, const QDateTime& detectedAt);

    // Sets SQLite's page cache to `size` (PRAGMA cache_size: pages, or KiB when negative) and
    // returns the size it had. An import widens it while it merges a bundle, so that the pages a
    // bundle's records touch across a large workspace stay in memory until the commit instead of
    // being spilled (each spill costs a sync of the journal), and puts it back afterwards.
    Result<qint64> swapCacheSize(qint64 size);

    // Inside a transaction: checks references only at commit, so that records of one bundle may
    // refer to each other in any order.
    Status deferForeignKeys();
    // Inside a transaction with deferred foreign keys: whether a row it wrote may refer to
    // nothing. SQLite keeps count as rows are written, so this reads no table; false means
    // firstDangling() would find nothing in what the transaction wrote (the workspace enforces
    // its foreign keys, so nothing dangled before).
    bool mayHaveDangling() const;
    // The first row of `table` whose reference points at nothing, if any.
    Result<std::optional<DanglingReference>> firstDangling(const QString& table);

    // ---- Resolving conflicts (core/bundle/conflicts) -------------------------------------------

    // Every kept conflict, oldest first (by detected_at, then id).
    Result<std::vector<ConflictRow>> conflicts();
    // The kept conflicts of one record, oldest first.
    Result<std::vector<ConflictRow>> conflictsOf(const QUuid& recordId);
    Result<std::optional<ConflictRow>> conflict(qint64 id);
    // Forgets a kept conflict; returns whether there was one with that id.
    Result<bool> removeConflict(qint64 id);
    // Puts a removed conflict back with its own id (undoing a resolution).
    Status restoreConflict(const ConflictRow& row);
    // Forgets the agreed state of a record (undoing a resolution that set the first one).
    Status removeBase(const QUuid& recordId);
    // Deletes the row of a record outright, no tombstone: only to undo a resolution that created
    // it. `table` must be one of recordKinds(); a record with parts or referred to is refused by
    // the schema.
    Status removeRecordRow(const QString& table, const QUuid& recordId);

private:
    storage::Database& m_db;
};

} // namespace pdsa::repo

// SPDX-License-Identifier: Apache-2.0
#pragma once
// The history of bundle imports (workspace format 4): one entry per bundle applied to this
// workspace, written by core/bundle/merge in the import's own transaction. The app reads it to
// mark a team's work as theirs when it arrived from that team's bundle, and to show when each
// bundle came in. Not a record table: it never travels in a bundle.

#include "domain/record.h"
#include "storage/database.h"

#include <vector>

namespace pdsa::repo {

struct ImportLogEntry {
    qint64 id = 0; // assigned when logged
    QString fileName;
    QString kind; // "team", "template" or "feedback" (bundle::BundleKind's words)
    Owner owner;
    QString ownerName;
    QString contentSha256;
    QDateTime createdAt;       // when the bundle was made
    QDateTime importedAt;      // when it was applied here
    bool broughtOwner = false; // the import added the owner's own record (its team, or the collaborative)
    qint64 added = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 conflicts = 0;
    qint64 skipped = 0;
    bool operator==(const ImportLogEntry&) const = default;
};

class ImportLog {
public:
    explicit ImportLog(storage::Database& db)
        : m_db(db) {}

    Status add(ImportLogEntry& entry);
    // The highest entry id (0 when there is none), and setting the time of the entries above
    // `afterId` to `importedAt` (an import applied by copying its rehearsal: see ImportSession).
    Result<qint64> lastId();
    Status restamp(qint64 afterId, const QDateTime& importedAt);
    // Every entry, newest first.
    Result<std::vector<ImportLogEntry>> entries();
    // Per owner whose own record arrived by import (its team, or the collaborative from a
    // template), the newest import of that owner's bundle: whose work in this workspace is theirs.
    Result<std::vector<ImportLogEntry>> arrivedOwners();

private:
    storage::Database& m_db;
};

} // namespace pdsa::repo

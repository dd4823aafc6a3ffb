#pragma once
// Importing a bundle into a workspace: a three-way merge per record against the last state both
// sides agreed on (docs/bundle-format.md, "Merge rules"). One bundle at a time, in one workspace
// transaction: either every record of the bundle is merged or, on any refusal, none is.
//
// Owned by the bundle feature (issue 5). The CLI (`pdsa bundle import`) and, later, the app call
// importBundleFile(); the bookkeeping lives in repo::ImportLedger (workspace format 3).

#include "bundle/bundle.h"
#include "util/result.h"

#include <QString>
#include <QUuid>

#include <vector>

namespace pdsa {
class Workspace;

namespace bundle {

enum class MergeOutcome { New, Updated, Unchanged, Conflict, Skipped };

// What happened (or would happen) to the records of one table.
struct TablePlan {
    QString table; // "pdsa_cycle"
    qint64 added = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 conflicts = 0;
    qint64 skipped = 0;
    void count(MergeOutcome outcome);
    qint64 total() const { return added + updated + unchanged + conflicts + skipped; }
};

// A record the merge did not take over, and why.
struct MergeNote {
    QString table;
    QUuid recordId;
    QString why;
};

struct ImportPlan {
    QString source; // the file name
    Manifest manifest;
    bool setsUpCollaborative = false; // a template into a workspace made by `pdsa init`
    std::vector<TablePlan> tables;    // the bundle's tables, in the order of repo::recordKinds()
    std::vector<MergeNote> conflicts; // kept in import_conflict; the local record stays
    std::vector<MergeNote> skipped;   // owned by someone else here; never overwritten
    qint64 newConflicts = 0;          // conflicts not already kept from an earlier import

    TablePlan totals() const;
    bool changesRecords() const { return totals().added + totals().updated > 0; }
};

// The SHA-256 (hex) of a record's content: its JSON (RecordTable::toJson, with notes) in compact
// form without "revision" and "updated_at", so that the same content has the same hash whatever
// its history.
QString recordContentHash(QJsonObject json);

// Merges `read` (from the file called `source`) into `workspace` in one transaction, or, with
// `dryRun`, only works out what would happen and writes nothing (a read-only workspace will do).
// A refusal names the file and, for a record, its table and id; nothing is written then.
Result<ImportPlan> importBundle(Workspace& workspace, const ReadBundle& read, const QString& source,
                                bool dryRun);
// Reads the bundle at `path` (every check of readBundleFile) and imports it.
Result<ImportPlan> importBundleFile(Workspace& workspace, const QString& path, bool dryRun);

} // namespace bundle
} // namespace pdsa

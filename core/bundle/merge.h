// SPDX-License-Identifier: Apache-2.0
#pragma once
// Importing a bundle into a workspace: a three-way merge per record against the last state both
// sides agreed on (docs/bundle-format.md, "Merge rules"). One bundle at a time, in one workspace
// transaction: either every record of the bundle is merged or, on any refusal, none is.
//
// Part of the bundles work. The CLI (`pdsa bundle import`) and, later, the app call
// importBundleFile(); the bookkeeping lives in repo::ImportLedger (workspace format 3).

#include "bundle/bundle.h"
#include "util/result.h"

#include <QString>
#include <QTemporaryDir>
#include <QUuid>

#include <functional>
#include <memory>
#include <vector>

namespace pdsa {
class Workspace;

namespace bundle {

enum class MergeOutcome { New, Updated, Unchanged, Conflict };

// What happened (or would happen) to the records of one table.
struct TablePlan {
    QString table; // "pdsa_cycle"
    qint64 added = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 conflicts = 0;
    void count(MergeOutcome outcome);
    // Adds the counts of `other` (another file's plan of the same table, or a table to a total).
    void add(const TablePlan& other);
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
    qint64 newConflicts = 0;          // conflicts not already kept from an earlier import
    bool broughtOwner = false;        // added the owner's own record: its team, or the collaborative

    TablePlan totals() const;
};

// The SHA-256 (hex) of a record's content: its JSON (RecordTable::toJson, with notes) in compact
// form without "revision" and "updated_at", so that the same content has the same hash whatever
// its history.
QString recordContentHash(QJsonObject json);

struct ImportOptions {
    // Called after each record merged with the number merged so far from this bundle; returning
    // false stops the import with ErrorCode::Cancelled and nothing written.
    std::function<bool(qint64 merged)> progress;
    // The import is part of the caller's open transaction instead of having one of its own (a
    // savepoint when nested). ImportSession::apply() imports many bundles in one transaction this
    // way: a savepoint per bundle would make SQLite keep every page the bundle touches in its
    // in-memory statement journal and walk that journal after each statement, which grows with
    // the square of a bundle's size. On a refusal the caller must roll its transaction back.
    bool inCallerTransaction = false;
};

// Merges `read` (from the file called `source`) into `workspace` in one transaction (or in the
// caller's: ImportOptions::inCallerTransaction), and logs the
// import in the workspace's import history (repo::ImportLog) when it changed anything. A refusal names the
// file and, for a record, its table and id; nothing is written then.
Result<ImportPlan> importBundle(Workspace& workspace, const ReadBundle& read, const QString& source,
                                const ImportOptions& options = {});
// Runs `work` (imports into `workspace`) with SQLite's page cache widened, so that the pages
// the imported records touch across a large workspace stay in memory until the commit instead
// of being spilled (each spill costs a sync of the journal); puts the cache back afterwards.
Status withImportCache(Workspace& workspace, const std::function<Status()>& work);

// Reads the bundle at `path` (every check of readBundleFile) and imports it.
Result<ImportPlan> importBundleFile(Workspace& workspace, const QString& path);

// A private copy of a workspace, in a folder of its own under the app's data folder (never the
// system's temporary folder: the copy holds the workspace's notes), to rehearse imports in: a dry run that
// meets every refusal the real import would (a dangling reference, a constraint) and sees what
// earlier files of the same run brought, while the workspace itself is only read. The copy is
// deleted with the rehearsal.
class Rehearsal {
public:
    static Result<std::unique_ptr<Rehearsal>> of(Workspace& workspace);
    Workspace& workspace() { return *m_copy; }

private:
    Rehearsal() = default;
    std::unique_ptr<QTemporaryDir> m_folder; // in the app's data folder, deleted with the rehearsal
    std::unique_ptr<Workspace> m_copy;
};

} // namespace bundle
} // namespace pdsa

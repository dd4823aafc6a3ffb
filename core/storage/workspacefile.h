// SPDX-License-Identifier: Apache-2.0
#pragma once
// Opening and creating workspace files, with every refusal a user can meet: a file that is not
// a workspace, a damaged one, one from a newer version of the app, one already open elsewhere.
// A refused file is never written to. An older file is copied to the backup folder and then
// migrated, one numbered migration per transaction.
//
// Connection settings (see docs/architecture.md): rollback journal (DELETE) with synchronous=FULL,
// foreign keys on, and exclusive locking for read-write connections, so a second instance of
// the app cannot open the same file behind the first one's back.

#include "storage/database.h"
#include "storage/schema.h"

#include <functional>
#include <vector>

namespace pdsa::storage {

struct OpenOptions {
    bool readOnly = false;       // inspect only: a shared lock (refused while the app has it), no migration
    QString backupFolder;        // where a copy goes before an upgrade; must be set to upgrade
    const char* vfs = nullptr;   // SQLite VFS (fault-injection tests)
    const std::vector<Migration>* migrations = nullptr; // the schema's own when null (tests replace it)
};

struct OpenedFile {
    Database database;
    int versionFound = 0;  // user_version before any migration
    int version = 0;       // user_version now
    QString backupPath;    // the copy made before an upgrade, if one ran
};

Result<OpenedFile> openWorkspaceFile(const QString& path, const OpenOptions& options = {});
// Creates a new, empty workspace file at the current schema version. Refuses an existing path.
Result<OpenedFile> createWorkspaceFile(const QString& path, const OpenOptions& options = {});

// Applies the migrations above `from`, each in its own transaction.
Status migrate(Database& db, int from, const std::vector<Migration>& list);

// The slow, thorough check for `pdsa check`: integrity_check and foreign_key_check.
// The error lists the first problems found.
Status fullCheck(Database& db, const QString& path);

// A full copy of an open database into `target` (which must not exist), via SQLite's backup API.
Status backupTo(Database& db, const QString& target);

// Replaces the whole content of `destination` with that of `source` (both open, same page size),
// via SQLite's backup API in one write transaction of `destination`: should it stop (an error,
// `progress` returning false, the process killed), `destination` is as it was. `progress` gets
// the pages copied and the pages in all after each `pagesPerStep`. Neither database may be in a
// transaction.
Status copyInto(Database& source, Database& destination,
                const std::function<bool(qint64 done, qint64 total)>& progress = {}, int pagesPerStep = 256);

} // namespace pdsa::storage

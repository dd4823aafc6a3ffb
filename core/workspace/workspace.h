// SPDX-License-Identifier: Apache-2.0
#pragma once
// An open workspace: one .pdsa file holding one collaborative, with a repository per aggregate.
// The Workspace owns the SQLite connection (and with it the file's exclusive lock) for as long as
// it lives. Every change the app makes goes through a repository, inside one transaction.
//
// Every row of a record written through this connection is checked against the workspace's
// edit rights (EditRights: whose workspace this is, whose work arrived from their bundle) by
// SQLite itself, so the app, the CLI and CSV import meet one rule with one message, whatever
// code does the writing. Imports write through transactImport(): a bundle merge applies its own
// owner rules, and the rights are read again after it.

#include "repositories/changepackagerepository.h"
#include "repositories/collaborativerepository.h"
#include "repositories/inventory.h"
#include "repositories/measurerepository.h"
#include "repositories/pdsarepository.h"
#include "repositories/teamrepository.h"
#include "repositories/teamworkrepository.h"
#include "storage/workspacefile.h"
#include "workspace/changes.h"
#include "workspace/editrights.h"

#include <functional>
#include <memory>
#include <utility>

namespace pdsa {

class Workspace {
public:
    using OpenOptions = storage::OpenOptions;

    // Opens an existing workspace (upgrading an older one after a backup copy).
    static Result<std::unique_ptr<Workspace>> open(const QString& path, const OpenOptions& options = {});
    // Creates a new workspace with an empty collaborative called `collaborativeName`.
    static Result<std::unique_ptr<Workspace>> create(const QString& path, const QString& collaborativeName,
                                                     const OpenOptions& options = {});
    // Creates a new workspace file with the schema only (the demo generator fills it).
    static Result<std::unique_ptr<Workspace>> createEmpty(const QString& path, const OpenOptions& options = {});

    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    QString path() const { return m_db.path(); }
    int schemaVersion() const { return m_version; }
    int schemaVersionFound() const { return m_versionFound; }
    QString backupPath() const { return m_backupPath; }
    storage::Database& database() { return m_db; }

    // The collaborative's name, for window titles; the file name if there is none.
    QString displayName();

    // The time stamped on changes; replaceable for tests and the deterministic demo.
    QDateTime now() const { return m_clock(); }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    const std::function<QDateTime()>& clock() const { return m_clock; }

    // Runs `work` in one transaction: all of it is written or none of it. A record it may not
    // write (edit rights) refuses the whole of it, with the message naming the record's owner.
    Status transact(const std::function<Status()>& work);
    // Runs `work` in one transaction for an import (a bundle merge, the choice between two versions
    // a bundle brought, a generated demo), without the edit-rights check, then reads the rights
    // again: an import may bring a team's own record.
    Status transactImport(const std::function<Status()>& work);

    // Writes a changeset recorded on this workspace (storage::ChangeRecorder; an import's), or with
    // `inverse` its inverse, in one transaction as an import: redo and undo of an import. Refused,
    // changing nothing, when a row is no longer as the changeset expects.
    Status replay(const QByteArray& changeset, bool inverse);

    // What the transactions committed since the last call changed (and forgets it): the app's
    // window updates only that. A transaction that was rolled back changed nothing.
    Changes takeChanges() { return std::exchange(m_changes, {}); }

    // Whose workspace this is and what may be written here; nothing for a read-only opening.
    const EditRights& rights() const { return m_rights; }
    // Records whose workspace this is (in its own transaction) and applies the new rights.
    Status setOwner(const WorkspaceOwner& owner);
    Status reloadRights();

    Result<std::vector<repo::RecordCount>> counts() { return repo::countRecords(m_db); }
    Result<QByteArray> contentHash() { return repo::contentHash(m_db); }

private:
    explicit Workspace(storage::OpenedFile file);
    // Installs the edit-rights check on the connection (not for a read-only opening).
    Status guardWrites(bool readOnly);

    storage::Database m_db;
    int m_version = 0;
    int m_versionFound = 0;
    QString m_backupPath;
    std::function<QDateTime()> m_clock;
    EditRights m_rights;
    Changes m_pending; // noted by the write check inside the open transaction
    Changes m_changes; // committed, not yet taken
    int m_importing = 0;    // transactImport() depth: no edit-rights check while above 0
    bool m_guarded = false; // the write guard's triggers are installed (not for a read-only opening)

public:
    repo::CollaborativeRepository collaborative;
    repo::ChangePackageRepository changePackage;
    repo::TeamRepository teams;
    repo::MeasureRepository measures;
    repo::PdsaRepository cycles;
    repo::TeamWorkRepository work;
};

} // namespace pdsa

// SPDX-License-Identifier: Apache-2.0
#include "workspace/workspace.h"

#include "repositories/workspaceownerrepository.h"
#include "storage/changeset.h"

#include <QFile>
#include <QFileInfo>

namespace pdsa {

Workspace::Workspace(storage::OpenedFile file)
    : m_db(std::move(file.database))
    , m_version(file.version)
    , m_versionFound(file.versionFound)
    , m_backupPath(std::move(file.backupPath))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , collaborative(m_db)
    , changePackage(m_db)
    , teams(m_db)
    , measures(m_db)
    , cycles(m_db)
    , work(m_db)
{
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path, const OpenOptions& options)
{
    auto file = storage::openWorkspaceFile(path, options);
    if (!file)
        return file.error();
    std::unique_ptr<Workspace> workspace(new Workspace(std::move(*file)));
    if (auto status = workspace->guardWrites(options.readOnly); !status)
        return Error{status.error().code, QStringLiteral("%1: %2").arg(path, status.error().message)};
    return workspace;
}

Result<std::unique_ptr<Workspace>> Workspace::createEmpty(const QString& path, const OpenOptions& options)
{
    auto file = storage::createWorkspaceFile(path, options);
    if (!file)
        return file.error();
    std::unique_ptr<Workspace> workspace(new Workspace(std::move(*file)));
    if (auto status = workspace->guardWrites(false); !status) {
        workspace.reset();
        QFile::remove(path);
        return Error{status.error().code, QStringLiteral("cannot create %1: %2").arg(path, status.error().message)};
    }
    return workspace;
}

Result<std::unique_ptr<Workspace>> Workspace::create(const QString& path, const QString& collaborativeName,
                                                     const OpenOptions& options)
{
    auto created = createEmpty(path, options);
    if (!created)
        return created;
    Workspace& workspace = **created;
    Collaborative collaborative;
    collaborative.meta.owner = Owner::organizer();
    collaborative.meta.updatedAt = workspace.now();
    collaborative.name = collaborativeName.trimmed().isEmpty() ? QStringLiteral("Untitled collaborative")
                                                               : collaborativeName.trimmed();
    collaborative.startDate = workspace.now().date();
    if (auto status = workspace.collaborative.collaboratives.put(collaborative); !status) {
        created->reset();
        QFile::remove(path);
        return Error{status.error().code, QStringLiteral("cannot create %1: %2").arg(path, status.error().message)};
    }
    return created;
}

QString Workspace::displayName()
{
    auto current = collaborative.current();
    return current ? current->name : QFileInfo(path()).completeBaseName();
}

Status Workspace::guardWrites(bool readOnly)
{
    if (readOnly)
        return {};
    PDSA_TRY(m_db.setWriteCheck(
        [this](QStringView table, QStringView role, const QUuid& team, QStringView coach, const QUuid& id) -> Status {
            if (m_importing > 0) {
                m_pending.everything = true;
                return {};
            }
            const OwnerRole ownerRole = fromText<OwnerRole>(role).value_or(OwnerRole::Organizer);
            const Owner owner{ownerRole, ownerRole == OwnerRole::Team ? team : QUuid(),
                              ownerRole == OwnerRole::Coach ? coach.toString() : QString()};
            Status allowed = m_rights.mayWrite(owner, table);
            if (allowed)
                m_pending.add(table.toString(), id, owner.team);
            return allowed;
        }));
    PDSA_TRY(repo::installWriteGuard(m_db));
    m_guarded = true;
    return reloadRights();
}

Status Workspace::reloadRights()
{
    auto rights = EditRights::load(m_db, m_version);
    if (!rights)
        return rights.error();
    // The team record a team's workspace just created (under another spelling of its name, say).
    QUuid own = m_rights.needsReload() ? m_rights.ownTeam() : QUuid();
    m_rights = std::move(*rights);
    const auto& owner = m_rights.owner();
    if (!owner || owner->role != OwnerRole::Team || !owner->teamId.isNull())
        return {};
    if (!m_rights.ownTeam().isNull())
        own = m_rights.ownTeam();
    else if (!own.isNull()) {
        auto created = teams.teams.find(own);
        if (!created)
            return created.error();
        if (!*created) // rolled back
            return {};
    }
    if (own.isNull())
        return {};
    // Kept with the owner from now on: renaming the team must not make its own work someone else's.
    WorkspaceOwner resolved = *owner;
    resolved.teamId = own;
    return setOwner(resolved);
}

Status Workspace::setOwner(const WorkspaceOwner& owner)
{
    PDSA_TRY(transact([&] {
        m_pending.everything = true; // what may be edited, and so what every page shows, changes
        return repo::WorkspaceOwnerRepository(m_db).save(owner, now());
    }));
    return reloadRights();
}

Status Workspace::transact(const std::function<Status()>& work)
{
    Status status;
    const bool outermost = !m_db.inTransaction();
    {
        auto transaction = storage::Transaction::begin(m_db);
        if (!transaction)
            return transaction.error();
        status = work();
        if (status)
            status = transaction->commit();
    } // rolled back here unless committed, before the rights are read again
    if (outermost) {
        if (status)
            m_changes.merge(m_pending);
        m_pending = {};
    }
    if (m_rights.needsReload() && !m_db.inTransaction()) {
        const Status reloaded = reloadRights();
        return status ? reloaded : status;
    }
    return status;
}

Status Workspace::replay(const QByteArray& changeset, bool inverse)
{
    QByteArray bytes = changeset;
    if (inverse) {
        auto inverted = storage::invertChangeset(changeset);
        if (!inverted)
            return inverted.error();
        bytes = std::move(*inverted);
    }
    return transactImport([&] { return storage::applyChangeset(m_db, bytes); });
}

Status Workspace::transactImport(const std::function<Status()>& work)
{
    // An import writes many rows: outside any transaction, the triggers go for its duration
    // rather than being asked and waved through for every row.
    const bool lifted = m_guarded && m_importing == 0 && !m_db.inTransaction();
    if (lifted)
        PDSA_TRY(repo::removeWriteGuard(m_db));
    ++m_importing;
    const Status status = transact([&] {
        m_pending.everything = true; // an import can touch anything, unchecked row by row
        return work();
    });
    --m_importing;
    if (lifted)
        PDSA_TRY(repo::installWriteGuard(m_db));
    if (m_db.inTransaction()) // an import inside the caller's transaction: the caller reloads
        return status;
    const Status reloaded = reloadRights();
    return status ? reloaded : status;
}

} // namespace pdsa

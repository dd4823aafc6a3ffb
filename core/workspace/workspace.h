#pragma once
// An open workspace: one .pdsa file holding one collaborative, with a repository per aggregate.
// The Workspace owns the SQLite connection (and with it the file's exclusive lock) for as long as
// it lives. Every change the app makes goes through a repository, inside one transaction.

#include "repositories/changepackagerepository.h"
#include "repositories/collaborativerepository.h"
#include "repositories/inventory.h"
#include "repositories/measurerepository.h"
#include "repositories/pdsarepository.h"
#include "repositories/teamrepository.h"
#include "repositories/teamworkrepository.h"
#include "storage/workspacefile.h"

#include <functional>
#include <memory>

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

    // Runs `work` in one transaction: all of it is written or none of it.
    Status transact(const std::function<Status()>& work);

    Result<std::vector<repo::RecordCount>> counts() { return repo::countRecords(m_db); }
    Result<QByteArray> contentHash() { return repo::contentHash(m_db); }

private:
    explicit Workspace(storage::OpenedFile file);

    storage::Database m_db;
    int m_version = 0;
    int m_versionFound = 0;
    QString m_backupPath;
    std::function<QDateTime()> m_clock;

public:
    repo::CollaborativeRepository collaborative;
    repo::ChangePackageRepository changePackage;
    repo::TeamRepository teams;
    repo::MeasureRepository measures;
    repo::PdsaRepository cycles;
    repo::TeamWorkRepository work;
};

} // namespace pdsa

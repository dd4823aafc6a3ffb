#include "workspace/workspace.h"

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
    return std::unique_ptr<Workspace>(new Workspace(std::move(*file)));
}

Result<std::unique_ptr<Workspace>> Workspace::createEmpty(const QString& path, const OpenOptions& options)
{
    auto file = storage::createWorkspaceFile(path, options);
    if (!file)
        return file.error();
    return std::unique_ptr<Workspace>(new Workspace(std::move(*file)));
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

Status Workspace::transact(const std::function<Status()>& work)
{
    auto transaction = storage::Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    PDSA_TRY(work());
    return transaction->commit();
}

} // namespace pdsa

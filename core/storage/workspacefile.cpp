// SPDX-License-Identifier: Apache-2.0
#include "storage/workspacefile.h"

#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace pdsa::storage {

namespace {

// What the first 100 bytes of an SQLite file say, read before SQLite touches the file.
struct Header {
    qint64 pageSize = 0;
    qint64 pageCount = 0; // 0 when the header's count is not trustworthy
    quint32 userVersion = 0;
    quint32 applicationId = 0;
};

Result<Header> readHeader(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{ErrorCode::Io, QStringLiteral("%1: no such file").arg(path)};
    if (info.isDir())
        return Error{ErrorCode::NotWorkspace, QStringLiteral("%1 is a folder, not a workspace file").arg(path)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, QStringLiteral("%1: cannot read: %2").arg(path, file.errorString())};
    const QByteArray bytes = file.read(100);
    if (bytes.isEmpty())
        return Error{ErrorCode::NotWorkspace, QStringLiteral("%1 is empty, not a PDSA Tracker workspace").arg(path)};
    if (bytes.size() < 100 || !bytes.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return Error{ErrorCode::NotWorkspace,
                     QStringLiteral("%1 is not a PDSA Tracker workspace (it is not an SQLite database)").arg(path)};
    const auto* raw = reinterpret_cast<const uchar*>(bytes.constData());
    Header header;
    const quint16 pageSizeField = qFromBigEndian<quint16>(raw + 16);
    header.pageSize = pageSizeField == 1 ? 65536 : pageSizeField;
    const quint32 changeCounter = qFromBigEndian<quint32>(raw + 24);
    const quint32 validFor = qFromBigEndian<quint32>(raw + 92);
    if (changeCounter == validFor)
        header.pageCount = qFromBigEndian<quint32>(raw + 28);
    header.userVersion = qFromBigEndian<quint32>(raw + 60);
    header.applicationId = qFromBigEndian<quint32>(raw + 68);
    if (header.pageSize < 512 || (header.pageSize & (header.pageSize - 1)) != 0)
        return Error{ErrorCode::Damaged, QStringLiteral("%1 is damaged: its header is not valid").arg(path)};
    if (header.pageCount > 0 && info.size() < header.pageCount * header.pageSize
        && !QFileInfo::exists(path + QStringLiteral("-journal")))
        return Error{ErrorCode::Damaged,
                     QStringLiteral("%1 is damaged: it is shorter than its header says (%2 of %3 bytes); "
                                    "it may have been cut off while copying")
                         .arg(path)
                         .arg(info.size())
                         .arg(header.pageCount * header.pageSize)};
    return header;
}

Error busy(const QString& path)
{
    return Error{ErrorCode::Busy,
                 QStringLiteral("%1 is open in another PDSA Tracker window or process; close it there first").arg(path)};
}

// The workspace's own lock, beside SQLite's. SQLite locks with POSIX record locks, which the
// kernel releases for the whole process as soon as the process closes *any* descriptor of the
// file: a file dialog that reads the workspace to guess its type, or a header check, was enough
// for a second window to open the same file and overwrite the first one's edits. An open file
// description lock (F_OFD_SETLK, Linux) belongs to one descriptor and is released only when that
// descriptor is closed. Writers hold it exclusively, readers shared, on one byte far past any
// byte SQLite locks. Returns the descriptor to keep open, -1 when no lock could be taken for a
// reason other than another holder (the file cannot be opened, or the file system has no such
// locks): SQLite's own lock and error then speak.
Result<int> lockWorkspace(const QString& path, bool exclusive)
{
#ifdef F_OFD_SETLK
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), (exclusive ? O_RDWR : O_RDONLY) | O_CLOEXEC);
    if (fd < 0)
        return -1;
    struct flock lock = {};
    lock.l_type = exclusive ? F_WRLCK : F_RDLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = off_t(1) << 40;
    lock.l_len = 1;
    if (::fcntl(fd, F_OFD_SETLK, &lock) == 0)
        return fd;
    const int error = errno;
    ::close(fd);
    if (error == EAGAIN || error == EACCES)
        return busy(path);
    return -1;
#else
    Q_UNUSED(path);
    Q_UNUSED(exclusive);
    return -1;
#endif
}

Error withPath(const QString& path, const Error& error)
{
    if (error.code == ErrorCode::Busy)
        return busy(path);
    if (error.code == ErrorCode::Damaged || error.code == ErrorCode::NotWorkspace)
        return Error{ErrorCode::Damaged, QStringLiteral("%1 is damaged: %2").arg(path, error.message)};
    return Error{error.code, QStringLiteral("%1: %2").arg(path, error.message)};
}

Status configure(Database& db, bool readOnly)
{
    // temp_store = MEMORY: SQLite's statement journals and sort files would otherwise be written
    // to the system's temporary folder, outside the files the user chose.
    QString pragmas = QStringLiteral("PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 0; PRAGMA temp_store = MEMORY;");
    if (!readOnly)
        pragmas += QStringLiteral("PRAGMA locking_mode = EXCLUSIVE; PRAGMA journal_mode = DELETE; "
                                  "PRAGMA synchronous = FULL;");
    return db.exec(pragmas);
}

Error tooNew(const QString& path, qint64 found, int supported)
{
    return Error{ErrorCode::TooNew, QStringLiteral("%1 was written by a newer version of PDSA Tracker (workspace "
                                                   "format %2; this version reads formats up to %3); "
                                                   "update PDSA Tracker to open it")
                                        .arg(path)
                                        .arg(found)
                                        .arg(supported)};
}

} // namespace

Status migrate(Database& db, int from, const std::vector<Migration>& list)
{
    for (const Migration& migration : list) {
        if (migration.version <= from)
            continue;
        auto transaction = Transaction::begin(db);
        if (!transaction)
            return transaction.error();
        if (auto status = db.exec(migration.sql); !status)
            return Error{status.error().code, QStringLiteral("upgrade to workspace format %1 failed: %2")
                                                  .arg(migration.version)
                                                  .arg(status.error().message)};
        QString pragmas = QStringLiteral("PRAGMA user_version = %1;").arg(migration.version);
        if (from == 0)
            pragmas += QStringLiteral("PRAGMA application_id = %1;").arg(kApplicationId);
        PDSA_TRY(db.exec(pragmas));
        PDSA_TRY(transaction->commit());
        from = migration.version;
    }
    return {};
}

Status fullCheck(Database& db, const QString& path)
{
    QStringList problems;
    {
        auto check = db.query("PRAGMA integrity_check(10)");
        if (!check)
            return withPath(path, check.error());
        PDSA_TRY(check->each([&](const Query& q) {
            if (q.text(0) != QLatin1String("ok"))
                problems << q.text(0);
        }));
    }
    {
        auto check = db.query("PRAGMA foreign_key_check");
        if (!check)
            return withPath(path, check.error());
        PDSA_TRY(check->each([&](const Query& q) {
            if (problems.size() < 10)
                problems << QStringLiteral("a %1 record refers to a missing %2 record").arg(q.text(0), q.text(2));
        }));
    }
    if (!problems.isEmpty())
        return Error{ErrorCode::Damaged,
                     QStringLiteral("%1 is damaged: %2").arg(path, problems.join(QStringLiteral("; ")))};
    return {};
}

Status backupTo(Database& db, const QString& target)
{
    if (QFileInfo::exists(target))
        return Error{ErrorCode::Io, QStringLiteral("%1 already exists").arg(target)};
    auto copy = Database::open(target, Database::Mode::Create);
    if (!copy)
        return copy.error();
    sqlite3_backup* backup = sqlite3_backup_init(copy->handle(), "main", db.handle(), "main");
    if (!backup)
        return copy->lastError(QStringLiteral("cannot back up to %1").arg(target));
    const int rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        copy->close();
        QFile::remove(target);
        return Error{ErrorCode::Io, QStringLiteral("cannot back up to %1: %2")
                                        .arg(target, QString::fromUtf8(sqlite3_errstr(rc)))};
    }
    return {};
}

Status copyInto(Database& source, Database& destination,
                const std::function<bool(qint64 done, qint64 total)>& progress, int pagesPerStep)
{
    if (source.inTransaction() || destination.inTransaction())
        return Error{ErrorCode::Storage, QStringLiteral("cannot copy a database while a transaction is open")};
    sqlite3_backup* backup = sqlite3_backup_init(destination.handle(), "main", source.handle(), "main");
    if (!backup)
        return destination.lastError(QStringLiteral("cannot copy %1 into %2").arg(source.path(), destination.path()));
    // In steps, so that a long copy reports its progress and can be cancelled; finishing the
    // backup before it is done rolls the destination's write transaction back.
    int rc = SQLITE_OK;
    while ((rc = sqlite3_backup_step(backup, pagesPerStep)) == SQLITE_OK) {
        const qint64 total = sqlite3_backup_pagecount(backup);
        if (progress && !progress(total - sqlite3_backup_remaining(backup), total)) {
            sqlite3_backup_finish(backup);
            return Error{ErrorCode::Cancelled, QStringLiteral("the copy was cancelled; nothing was changed")};
        }
    }
    const int finished = sqlite3_backup_finish(backup);
    if (rc == SQLITE_DONE && finished == SQLITE_OK)
        destination.noteReplaced();
    if (rc != SQLITE_DONE || finished != SQLITE_OK)
        return Error{ErrorCode::Io, QStringLiteral("cannot copy %1 into %2: %3")
                                        .arg(source.path(), destination.path(),
                                             QString::fromUtf8(sqlite3_errstr(rc != SQLITE_DONE ? rc : finished)))};
    return {};
}

Result<OpenedFile> openWorkspaceFile(const QString& path, const OpenOptions& options)
{
    const std::vector<Migration>& list = options.migrations ? *options.migrations : migrations();
    const int supported = list.empty() ? 0 : list.back().version;

    auto header = readHeader(path);
    if (!header)
        return header.error();
    if (header->applicationId != static_cast<quint32>(kApplicationId))
        return Error{ErrorCode::NotWorkspace,
                     QStringLiteral("%1 is not a PDSA Tracker workspace (it is an SQLite database of another "
                                    "application)")
                         .arg(path)};
    if (header->userVersion > static_cast<quint32>(supported))
        return tooNew(path, header->userVersion, supported);

    auto locked = lockWorkspace(path, !options.readOnly);
    if (!locked)
        return locked.error();
    auto opened = Database::open(path, options.readOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite,
                                 options.vfs);
    if (!opened) {
        if (*locked >= 0)
            ::close(*locked);
        return opened.error();
    }
    Database db = std::move(*opened);
    if (*locked >= 0)
        db.keepLock(*locked);
    if (auto status = configure(db, options.readOnly); !status)
        return withPath(path, status.error());

    if (!options.readOnly) {
        // Take the write lock now and keep it (locking_mode = EXCLUSIVE) for as long as we are open.
        if (auto status = db.exec(QStringLiteral("BEGIN EXCLUSIVE; COMMIT;")); !status)
            return withPath(path, status.error());
    }
    // Read again through SQLite: a hot journal may have been rolled back since the header was read.
    auto appId = db.scalar(QStringLiteral("PRAGMA application_id"));
    if (!appId)
        return withPath(path, appId.error());
    auto version = db.scalar(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return withPath(path, version.error());
    if (*appId != kApplicationId)
        return Error{ErrorCode::NotWorkspace, QStringLiteral("%1 is not a PDSA Tracker workspace").arg(path)};
    if (*version > supported)
        return tooNew(path, *version, supported);

    // quick_check: the structural checks of integrity_check without the slow index cross-checks.
    {
        auto check = db.query("PRAGMA quick_check(5)");
        if (!check)
            return withPath(path, check.error());
        QStringList problems;
        if (auto status = check->each([&](const Query& q) { problems << q.text(0); }); !status)
            return withPath(path, status.error());
        if (problems != QStringList{QStringLiteral("ok")})
            return Error{ErrorCode::Damaged, QStringLiteral("%1 is damaged (%2); it was left untouched")
                                                 .arg(path, problems.join(QStringLiteral("; ")))};
    }

    OpenedFile result{std::move(db), static_cast<int>(*version), static_cast<int>(*version), {}};
    if (result.version < supported && !options.readOnly) {
        if (options.backupFolder.isEmpty())
            return Error{ErrorCode::Io, QStringLiteral("%1 needs an upgrade but no backup folder is set").arg(path)};
        if (!QDir().mkpath(options.backupFolder))
            return Error{ErrorCode::Io, QStringLiteral("cannot create the backup folder %1").arg(options.backupFolder)};
        const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmsszzz"));
        result.backupPath = QDir(options.backupFolder)
                                .filePath(QStringLiteral("%1-format%2-%3.pdsa")
                                              .arg(QFileInfo(path).completeBaseName())
                                              .arg(result.version)
                                              .arg(stamp));
        PDSA_TRY(backupTo(result.database, result.backupPath));
        if (auto status = migrate(result.database, result.version, list); !status)
            return Error{status.error().code, QStringLiteral("%1: %2 (the file is unchanged; a copy is at %3)")
                                                  .arg(path, status.error().message, result.backupPath)};
        result.version = supported;
    }
    return result;
}

Result<OpenedFile> createWorkspaceFile(const QString& path, const OpenOptions& options)
{
    if (QFileInfo::exists(path))
        return Error{ErrorCode::Io, QStringLiteral("%1 already exists").arg(path)};
    const std::vector<Migration>& list = options.migrations ? *options.migrations : migrations();
    auto opened = Database::open(path, Database::Mode::Create, options.vfs);
    if (!opened)
        return opened.error();
    Database db = std::move(*opened);
    auto fail = [&](const Error& error) -> Error {
        db.close();
        QFile::remove(path);
        return Error{error.code, QStringLiteral("cannot create %1: %2").arg(path, error.message)};
    };
    if (auto status = configure(db, false); !status)
        return fail(status.error());
    if (auto status = migrate(db, 0, list); !status)
        return fail(status.error());
    if (auto locked = lockWorkspace(path, true); locked && *locked >= 0) // the file exists by now
        db.keepLock(*locked);
    const int version = list.empty() ? 0 : list.back().version;
    return OpenedFile{std::move(db), 0, version, {}};
}

} // namespace pdsa::storage

// SPDX-License-Identifier: Apache-2.0
#include "bundle/importsession.h"

#include "repositories/importledger.h"
#include "repositories/importlog.h"
#include "repositories/inventory.h"
#include "storage/changeset.h"
#include "storage/workspacefile.h"
#include "workspace/workspace.h"

#include <QFileInfo>

#include <algorithm>
#include <optional>

namespace pdsa::bundle {

namespace {

// An import of more records is not recorded for undo: its record would take hundreds of
// megabytes (a whole large collaborative), and recording slows the merge.
constexpr qint64 kMostRecordsRecorded = 200'000;

int rank(const FileReview& file) {
    if (!file.manifest)
        return 0;
    switch (file.manifest->kind) {
    case BundleKind::Template:
        return 0;
    case BundleKind::Team:
        return 1;
    case BundleKind::Feedback:
        return 2;
    }
    return 2;
}

qint64 recordsIn(const Manifest& manifest) {
    qint64 records = 0;
    for (const BundleFile& file : manifest.files)
        records += file.records;
    return records;
}

// The total of the records in the files that have a manifest and no refusal yet.
qint64 recordsToDo(const std::vector<FileReview>& files, bool acceptedOnly) {
    qint64 total = 0;
    for (const FileReview& file : files)
        if (file.manifest && (acceptedOnly ? file.accepted() : !file.refusal))
            total += recordsIn(*file.manifest);
    return total;
}

Error cancelled() {
    return makeError(ErrorCode::Cancelled, QStringLiteral("the import was cancelled; nothing was imported"));
}

// Imports `file` into `workspace`, reporting records done as `before` + the records merged so far;
// in a transaction of its own, or as part of the caller's (which must then roll back on failure).
Result<ImportPlan> importOne(Workspace& workspace, const FileReview& file,
                             const ImportSession::Progress& progress, qint64 before, qint64 total,
                             bool inCallerTransaction) {
    auto read = openBundleFile(file.path); // its records are checked as they are merged
    if (!read)
        return read.error();
    if (file.manifest && read->manifest.contentSha256 != file.manifest->contentSha256)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("%1: the file changed after it was checked; nothing was imported, "
                                        "import it again to see what it holds now")
                             .arg(file.name));
    ImportOptions options;
    options.inCallerTransaction = inCallerTransaction;
    if (progress)
        options.progress = [&](qint64 merged) { return progress(file.name, before + merged, total); };
    return importBundle(workspace, *read, file.name, options);
}

} // namespace

std::vector<FileReview> importOrder(const QStringList& paths) {
    std::vector<FileReview> files;
    files.reserve(paths.size());
    for (const QString& path : paths) {
        FileReview file;
        file.path = path;
        const QFileInfo info(path);
        file.name = info.fileName();
        file.size = info.size();
        file.modified = info.lastModified();
        // The manifest is enough to order the files; each is read whole when it is imported.
        auto manifest = readBundleManifest(path);
        if (manifest)
            file.manifest = std::move(*manifest);
        else
            file.refusal = manifest.error();
        files.push_back(std::move(file));
    }
    std::stable_sort(files.begin(), files.end(),
                     [](const FileReview& a, const FileReview& b) { return rank(a) < rank(b); });
    return files;
}

Result<ImportSession> ImportSession::review(Workspace& workspace, const QStringList& paths,
                                            const Progress& progress) {
    ImportSession session;
    session.m_files = importOrder(paths);
    storage::Database& db = workspace.database();
    auto lastLogId = repo::ImportLog(db).lastId();
    auto lastConflictId = repo::ImportLedger(db).lastConflictId();
    if (!lastLogId || !lastConflictId)
        return !lastLogId ? lastLogId.error() : lastConflictId.error();
    session.m_reviewed = {db.handle(), db.path(), db.totalChanges(), db.replacements(), *lastLogId,
                          *lastConflictId};
    auto rehearsal = Rehearsal::of(workspace);
    if (!rehearsal)
        return rehearsal.error();
    const qint64 total = recordsToDo(session.m_files, false);
    qint64 done = 0;
    for (FileReview& file : session.m_files) {
        if (file.refusal)
            continue;
        if (progress && !progress(file.name, done, total))
            return cancelled();
        auto plan = importOne((*rehearsal)->workspace(), file, progress, done, total, false);
        done += recordsIn(*file.manifest);
        if (plan)
            file.plan = std::move(*plan);
        else if (plan.error().code == ErrorCode::Cancelled)
            return cancelled();
        else
            file.refusal = plan.error();
    }
    session.m_rehearsal = std::move(*rehearsal);
    return session;
}

std::vector<TablePlan> ImportSession::totals() const {
    std::vector<TablePlan> sums;
    for (const repo::RecordKind& kind : repo::recordKinds())
        sums.push_back(TablePlan{QString::fromLatin1(kind.table)});
    for (const FileReview& file : m_files) {
        if (!file.plan)
            continue;
        for (const TablePlan& t : file.plan->tables) {
            auto sum = std::find_if(sums.begin(), sums.end(),
                                    [&](const TablePlan& s) { return s.table == t.table; });
            if (sum != sums.end())
                sum->add(t);
        }
    }
    return sums;
}

qint64 ImportSession::acceptedFiles() const {
    return std::count_if(m_files.begin(), m_files.end(), [](const FileReview& f) { return f.accepted(); });
}

bool ImportSession::changesAnything() const {
    return std::any_of(m_files.begin(), m_files.end(), [](const FileReview& f) {
        if (!f.plan)
            return false;
        const TablePlan sum = f.plan->totals();
        return sum.added > 0 || sum.updated > 0 || f.plan->newConflicts > 0;
    });
}

bool ImportSession::rehearsalStillHolds(Workspace& workspace) const {
    storage::Database& db = workspace.database();
    if (!m_rehearsal || m_reviewed.connection != db.handle() || m_reviewed.path != db.path() ||
        m_reviewed.changes != db.totalChanges() || m_reviewed.replacements != db.replacements() ||
        db.inTransaction())
        return false;
    return std::all_of(m_files.begin(), m_files.end(), [](const FileReview& file) {
        if (!file.accepted())
            return true;
        const QFileInfo info(file.path);
        return info.size() == file.size && info.lastModified() == file.modified;
    });
}

bool ImportSession::copyIsCheaper(qint64 records) const {
    // Measured (docs/performance.md): about 35 µs of merging per record against about 15 µs of
    // copying per 4 kB page, its journal included.
    auto pages = m_rehearsal->workspace().database().scalar(QStringLiteral("PRAGMA page_count"));
    return pages && *pages <= 2 * records;
}

Result<QByteArray> ImportSession::undoOfCopy(Workspace& workspace) const {
    storage::Database& db = workspace.database();
    // The rehearsal is private to this session: it lets go of its exclusive lock so that the
    // workspace's connection can read it (the next statement drops the lock).
    PDSA_TRY(m_rehearsal->workspace().database().exec(
        QStringLiteral("PRAGMA locking_mode = NORMAL; SELECT count(*) FROM sqlite_schema;")));
    QString path = m_rehearsal->workspace().path();
    PDSA_TRY(db.exec(QStringLiteral("ATTACH DATABASE '%1' AS rehearsal")
                         .arg(path.replace(QLatin1Char('\''), QStringLiteral("''")))));
    Result<QByteArray> undo = [&]() -> Result<QByteArray> {
        auto recorder = storage::ChangeRecorder::start(db);
        if (!recorder)
            return recorder.error();
        PDSA_TRY(recorder->differenceFrom(QStringLiteral("rehearsal")));
        return recorder->changeset();
    }();
    PDSA_TRY(db.exec(QStringLiteral("DETACH DATABASE rehearsal")));
    return undo;
}

Result<std::vector<ImportPlan>> ImportSession::applyRehearsal(Workspace& workspace, QByteArray* record) const {
    std::vector<ImportPlan> plans;
    for (const FileReview& file : m_files)
        if (file.accepted())
            plans.push_back(*file.plan);
    std::optional<QByteArray> undo;
    if (record) { // not undoable when it cannot be recorded, but imported all the same
        if (auto recorded = undoOfCopy(workspace))
            undo = std::move(*recorded);
    }
    // No progress is reported during the copy: the app would process events while SQLite must
    // have the workspace's connection to itself.
    PDSA_TRY(storage::copyInto(m_rehearsal->workspace().database(), workspace.database()));
    // The rehearsal logged the imports, and kept conflicts, at the time of the review; they
    // happened now. Should this fail, the import stands with the review's times.
    const QDateTime now = workspace.now();
    auto restamp = storage::ChangeRecorder::start(workspace.database());
    (void)workspace.transactImport([&]() -> Status {
        PDSA_TRY(repo::ImportLog(workspace.database()).restamp(m_reviewed.lastLogId, now));
        return repo::ImportLedger(workspace.database()).restampConflicts(m_reviewed.lastConflictId, now);
    });
    if (undo && restamp) {
        // The import as it happened: the copy (the inverse of its undo), then the new times.
        auto copied = storage::invertChangeset(*undo);
        auto restamped = restamp->changeset();
        if (copied && restamped)
            if (auto whole = storage::concatChangesets(*copied, *restamped))
                *record = std::move(*whole);
    }
    // The copy brought the imported owners' records: whose work is theirs changed.
    PDSA_TRY(workspace.reloadRights());
    return plans;
}

Result<std::vector<ImportPlan>> ImportSession::apply(Workspace& workspace, const Progress& progress,
                                                     QByteArray* record) const {
    if (record)
        record->clear();
    if (recordsToDo(m_files, true) > kMostRecordsRecorded)
        record = nullptr; // imported all the same, but not undoable
    if (!changesAnything()) {
        // Nothing new: the workspace is not written at all, its bytes and time stay as they are
        // (the agreed states of unchanged records are recorded by the next import that writes).
        std::vector<ImportPlan> plans;
        for (const FileReview& file : m_files)
            if (file.accepted())
                plans.push_back(*file.plan);
        return plans;
    }
    if (changesAnything() && m_rehearsal) {
        const qint64 accepted = acceptedFiles();
        QString label = QStringLiteral("%1 bundles").arg(accepted);
        if (accepted == 1)
            label = std::find_if(m_files.begin(), m_files.end(), [](const FileReview& f) { return f.accepted(); })->name;
        const qint64 total = recordsToDo(m_files, true);
        // Asked before the check below, so that nothing done while the question is on screen
        // (the app processes events) can slip between the check and the copy.
        if (progress && !progress(label, 0, total))
            return cancelled();
        if (rehearsalStillHolds(workspace) && copyIsCheaper(total)) {
            auto plans = applyRehearsal(workspace, record);
            if (plans && progress)
                (void)progress(label, total, total); // done: too late to cancel
            return plans;
        }
    }
    std::vector<ImportPlan> plans;
    const qint64 total = recordsToDo(m_files, true);
    qint64 done = 0;
    std::optional<storage::ChangeRecorder> recorder;
    if (record)
        if (auto started = storage::ChangeRecorder::start(workspace.database()))
            recorder = std::move(*started);
    const Status applied = withImportCache(workspace, [&] {
      return workspace.transactImport([&]() -> Status {
        for (const FileReview& file : m_files) {
            if (!file.accepted())
                continue;
            if (progress && !progress(file.name, done, total))
                return cancelled();
            auto plan = importOne(workspace, file, progress, done, total, true);
            if (!plan)
                return plan.error().code == ErrorCode::Cancelled ? cancelled() : plan.error();
            done += recordsIn(*file.manifest);
            plans.push_back(std::move(*plan));
        }
        return {};
      });
    });
    if (!applied)
        return applied.error();
    if (recorder)
        if (auto changes = recorder->changeset())
            *record = std::move(*changes);
    return plans;
}

} // namespace pdsa::bundle

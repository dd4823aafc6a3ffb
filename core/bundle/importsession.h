// SPDX-License-Identifier: Apache-2.0
#pragma once
// Importing several bundle files as one session, the way the app's import dialog does it:
//   review()  reads and checks every file, puts them in the order their kinds need (templates,
//             then team bundles, then feedback), and rehearses the whole run on a private copy
//             of the workspace, giving per file either its plan (per kind of record: new,
//             updated, unchanged, conflicts) or why it is refused;
//   apply()   imports the accepted files into the workspace in ONE transaction. When neither the
//             workspace nor any accepted file changed since the review, the rehearsal already
//             holds the result, and when the files bring many records compared with the size
//             of the workspace it is copied into the workspace (SQLite's backup API, one write
//             transaction) instead of merging every file a second time; otherwise each file is
//             read and merged again, and one that changed since the review is refused.
//             Cancelling (the progress callback returns false) or any refusal rolls everything
//             back.
// Memory stays bounded by one bundle: only manifests and plans are kept between the steps (and the
// rehearsal, a file in a temporary folder, deleted with the session).
//
// Part of the bundles work; `pdsa bundle import` uses importOrder() too.

#include "bundle/merge.h"

#include <QDateTime>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace pdsa::bundle {

// One file of a session, as the review found it.
struct FileReview {
    QString path;
    QString name;                     // the file name, as messages give it
    std::optional<Manifest> manifest; // when the file could be read and checked
    std::optional<ImportPlan> plan;   // when the rehearsal accepted it
    std::optional<Error> refusal;     // why it will not be imported
    qint64 size = -1;                 // the file as the review read it, to see whether it changed
    QDateTime modified;

    bool accepted() const { return plan.has_value(); }
};

// `paths` in the order their kinds need: templates, team bundles, then feedback (files whose
// manifest cannot be read first, where they are refused at once), otherwise as given. Only each
// file's manifest is read here; its records are read and checked when it is imported.
std::vector<FileReview> importOrder(const QStringList& paths);

class ImportSession {
public:
    // What is being done: the file, and records done out of the total for the whole step.
    // Returning false cancels.
    using Progress = std::function<bool(const QString& file, qint64 done, qint64 total)>;

    // Reads, orders and rehearses `paths` against `workspace`, which is only read. Fails only
    // when the rehearsal copy cannot be made or the review is cancelled; a bad file is refused
    // in its FileReview.
    static Result<ImportSession> review(Workspace& workspace, const QStringList& paths,
                                        const Progress& progress = {});

    const std::vector<FileReview>& files() const { return m_files; }
    // The plans of the accepted files added up per kind of record, in repo::recordKinds() order.
    std::vector<TablePlan> totals() const;
    qint64 acceptedFiles() const;
    // Whether applying would change anything (a new or updated record, or a new conflict).
    bool changesAnything() const;

    // Imports the accepted files into `workspace` in one transaction; returns their plans in the
    // order applied. When the review found nothing new, nothing is written at all. A file that changed since the review is refused, and then nothing is
    // imported. With `record`, also returns there every row the import changed, as a changeset
    // (Workspace::replay() undoes the import with it, and redoes it); left empty when it could not
    // be recorded or the import brings over 200,000 records.
    Result<std::vector<ImportPlan>> apply(Workspace& workspace, const Progress& progress = {},
                                          QByteArray* record = nullptr) const;

private:
    // Whether apply() may copy the rehearsal's result into `workspace`: it is the workspace
    // reviewed, nothing was written to it since, and no accepted file changed.
    bool rehearsalStillHolds(Workspace& workspace) const;
    // Whether copying the rehearsal costs less than merging again: the copy rewrites every page
    // of the workspace, the merge what the records touch.
    bool copyIsCheaper(qint64 records) const;
    Result<std::vector<ImportPlan>> applyRehearsal(Workspace& workspace, QByteArray* record) const;
    // The changes that would turn the rehearsal back into `workspace` as it is now: the undo of
    // copying the rehearsal in, recorded before the copy.
    Result<QByteArray> undoOfCopy(Workspace& workspace) const;

    std::vector<FileReview> m_files;
    // The review's rehearsal, holding the workspace as it will be after the import; the
    // workspace's connection and its count of changed rows when the rehearsal was made.
    std::shared_ptr<Rehearsal> m_rehearsal;
    struct Stamp {
        const void* connection = nullptr;
        QString path;
        qint64 changes = -1;      // storage::Database::totalChanges()
        qint64 replacements = -1; // storage::Database::replacements()
        qint64 lastLogId = 0;     // the import history and the conflicts before the review
        qint64 lastConflictId = 0;
    } m_reviewed;
};

} // namespace pdsa::bundle

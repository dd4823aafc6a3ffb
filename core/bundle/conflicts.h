// SPDX-License-Identifier: Apache-2.0
#pragma once
// Reviewing and resolving the conflicts a bundle import kept (docs/bundle-format.md, "Resolving
// conflicts"). An import keeps the local record and stores the bundle's version in
// import_conflict when both sides changed a record since they last agreed; this is where a person
// sees both versions side by side and chooses: keep mine, take theirs, or (for free-standing
// notes) keep both. Each choice is one workspace transaction and returns what is needed to undo
// it exactly, so that the app can make it one step of its undo stack.
//
// Part of the bundles work. The app's conflicts dialog (ui/dialogs/conflictsdialog)
// and its undo commands (ui/undo/conflictcommands) call these; the SQL is in repo::ImportLedger.

#include "repositories/importledger.h"
#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

#include <optional>
#include <vector>

namespace pdsa {
class Workspace;

namespace bundle {

enum class Resolution {
    KeepMine,   // this workspace's version stays and wins when it next travels
    TakeTheirs, // the bundle's version replaces this workspace's
    KeepBoth,   // both stay: the bundle's version as a new record of its own
};

// One field of the record as both sides have it, in words.
struct FieldComparison {
    QString key;    // the record's key in a bundle: "learned"
    QString label;  // "What was learned"
    QString mine;   // this workspace's value as text ("" when empty or when there is no record)
    QString theirs; // the bundle's value as text
    bool differs = false;
    bool operator==(const FieldComparison&) const = default;
};

// A kept conflict, ready to show.
struct Conflict {
    qint64 id = 0;
    QString table; // "pdsa_cycle"
    QString kind;  // "PDSA cycle" (translated)
    QUuid recordId;
    QString source;     // as the import kept it: `file (team of "name", created time)`
    QString sourceFile; // the file name alone
    QDateTime detectedAt;
    QJsonObject incoming;             // the bundle's record as the import would store it
    std::optional<QJsonObject> local; // this workspace's record; none when it is gone
    bool localDeleted = false;        // this workspace deleted it (a tombstone)
    bool incomingDeleted = false;     // the bundle deleted it
    QString title;                    // what the record is, at most 80 characters
    // Every field a person can tell apart, in the table's order: never id, revision, updated_at;
    // the owner only when it differs; "deleted" only when either side deleted the record.
    std::vector<FieldComparison> fields;
    bool canKeepBoth = false;
    QString keepBothRefusal; // why not, when it cannot (translated)

    std::vector<FieldComparison> differences() const;
};

Result<qint64> conflictCount(Workspace& workspace);
// Every kept conflict, oldest first.
Result<std::vector<Conflict>> listConflicts(Workspace& workspace);
Result<Conflict> findConflict(Workspace& workspace, qint64 conflictId);

// Why "keep both" makes no sense for records of `table`, or nothing when it does: only for
// free-standing notes that nothing refers to and that no key besides their id makes unique
// (chart annotations and coach comments).
std::optional<QString> keepBothRefusal(const QString& table);

// What a resolution changed, to put it back exactly.
struct ResolutionUndo {
    Resolution resolution = Resolution::KeepMine;
    repo::ConflictRow conflict;                 // the row it removed
    std::optional<QJsonObject> localBefore;     // the local record, free text of a tombstone too;
                                                // none when there was no row
    std::optional<repo::ImportBase> baseBefore; // the agreed state before
    QUuid created;                              // the record "keep both" added, else null
};

// Resolves one conflict in one transaction; the other conflicts of the same record stay listed,
// each compared with the record as it is afterwards. `newRecordId` is the id "keep both" gives
// the bundle's version (a new UUID when null; redo passes the first one again).
//   keep mine:   the local record stays, its revision raised above both; the base becomes the
//                bundle's version (unless the base is already newer);
//   take theirs: the bundle's version is stored at revision max(mine + 1, theirs); the base is
//                what was stored, at the bundle's revision;
//   keep both:   as keep mine, and the bundle's version is added under a new id, owned like
//                mine, at revision 1. Refused, changing nothing, where it makes no sense.
Result<ResolutionUndo> resolveConflict(Workspace& workspace, qint64 conflictId, Resolution resolution,
                                       const QUuid& newRecordId = {});
// Puts back what `undo` describes, in one transaction: the conflict row with its id, the local
// record, the base, and removes a record "keep both" added.
Status undoResolution(Workspace& workspace, const ResolutionUndo& undo);

} // namespace bundle
} // namespace pdsa

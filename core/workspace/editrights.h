// SPDX-License-Identifier: Apache-2.0
#pragma once
// What the person at this workspace may change: the ownership rule of the collaborative, kept in
// core so that the app, the CLI, CSV import and every later way of writing meet the same rule and
// the same message. The workspace's connection asks it before every row of a record is written
// (repo::installWriteGuard), so no path can go around it.
//
// The rule follows from whose workspace this is (WorkspaceOwner) and from whose work arrived here
// from their own bundle (the import history):
// - the organizer's workspace writes the collaborative's shared records and the teams' work made
//   here; a team whose own record came from its bundle is read-only (its next bundle changes it);
//   coaches' comments and scores come only from the coach's feedback bundle;
// - a team's workspace writes that team's records only (and may create its own team record);
// - a coach's workspace writes that coach's comments and scores only (never another coach's, nor
//   a coach's record from before coaches were named);
// - a workspace made before owners were recorded (format 4 and older) keeps the rule it had: a
//   team whose work arrived from its bundle is read-only, everything else may be written.
// Imports are not checked here: a bundle merge applies its own owner rules (core/bundle/merge.h).

#include "domain/workspaceowner.h"
#include "repositories/importlog.h"
#include "storage/database.h"

#include <map>
#include <optional>
#include <vector>

namespace pdsa {

class EditRights {
public:
    // Reads whose workspace this is, whose work arrived, and the teams' names. `format` is the
    // workspace format: before 5 there is no owner to read.
    static Result<EditRights> load(storage::Database& db, int format);

    const std::optional<WorkspaceOwner>& owner() const { return m_owner; }
    // The team record of a team's workspace, once it is here (null otherwise).
    QUuid ownTeam() const { return m_ownTeam; }

    // Whether the person at this workspace may write a record owned by `recordOwner` (in `table`,
    // for the one case where the table matters: a team's workspace creating its own team record).
    // The refusal names the record's owner, says why and says that nothing was changed.
    Status mayWrite(const Owner& recordOwner, QStringView table = {}) const;
    // Whether mayWrite() let a team's workspace create its team record before it was known: the
    // rights must be read again once that write is committed or rolled back. The team created
    // is the workspace's own from then on (the rest of that write included).
    bool needsReload() const { return m_needsReload; }

    // The import that brought `owner`'s own record here (the newest import of that owner's
    // bundle), or nothing when the owner's work was made here.
    std::optional<repo::ImportLogEntry> arrivedFrom(const Owner& owner) const;
    // Whether the team's work arrived from its own bundle and is someone else's here.
    bool isTheirs(const QUuid& teamId) const;
    // Why the team's work cannot be edited here (empty when it can), for disabled controls.
    QString readOnlyReason(const QUuid& teamId) const;

private:
    QString teamName(const QUuid& teamId) const;
    QString ownerText(const Owner& owner) const;

    std::optional<WorkspaceOwner> m_owner;
    mutable QUuid m_ownTeam; // set by mayWrite() when a team's workspace creates its team record
    std::map<std::pair<int, QUuid>, repo::ImportLogEntry> m_arrivals;
    std::map<QUuid, QString> m_teamNames;
    mutable bool m_needsReload = false;
};

} // namespace pdsa

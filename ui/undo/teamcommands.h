// SPDX-License-Identifier: Apache-2.0
#pragma once
// The undo facade for setting up a team (the "New team…" action, the team page's "Edit team…",
// its members and its aim). Like commands.h: each function validates, writes through
// TeamRepository in one transaction and pushes one undoable command; it returns an Error and
// pushes nothing when the edit is refused, and pushes nothing when nothing changed.
//
// Everything a team writes is owned by that team (Owner::ofTeam(team id)), the team record
// itself included, so the team's bundle carries it. Members are the adults on the team (staff,
// parent partners, court and community partners): never child-level data.

#include "domain/team.h"
#include "util/result.h"

#include <QDate>
#include <QString>
#include <QUuid>

namespace pdsa::ui {

class WorkspaceDocument;

struct TeamDetails {
    QString name;
    QString agency;
    AgencyKind agencyKind = AgencyKind::County;
    QString site;
    QString courtPartner;
    QString description;
    bool operator==(const TeamDetails&) const = default;
};

struct MemberDetails {
    QString name;
    QString role;
    QString organization;
    bool operator==(const MemberDetails&) const = default;
};

struct AimDetails {
    QString statement;
    QString what;
    QString howMuch;
    QDate byWhen; // invalid: no date yet
    bool operator==(const AimDetails&) const = default;
};

namespace command {

// Creates a team of the workspace's collaborative ("New team <name>") and returns its id.
// Refused: an empty name, or the name (case aside) of another team of the workspace.
Result<QUuid> newTeam(WorkspaceDocument& document, const TeamDetails& details);

// Sets every detail of `teamId` as one undo step ("Edit team <name>"), with the same refusals
// as newTeam(); nothing is pushed when nothing changed.
Status editTeam(WorkspaceDocument& document, const QUuid& teamId, const TeamDetails& details);

// The team's current details, as the edit dialog starts from them.
Result<TeamDetails> teamDetails(WorkspaceDocument& document, const QUuid& teamId);

// Adds a member at the end of the team's list and returns its id. Refused: an empty name.
Result<QUuid> addMember(WorkspaceDocument& document, const QUuid& teamId, const MemberDetails& details);

// Changes a member's name, role and organization. Refused: an empty name.
Status editMember(WorkspaceDocument& document, const QUuid& memberId, const MemberDetails& details);

// Takes a member off the team (a tombstone; undo brings the member back).
Status removeMember(WorkspaceDocument& document, const QUuid& memberId);

// Moves a member `delta` places up (negative) or down the team's list; the list is numbered
// again from 0 in one step. Nothing is pushed at either end of the list.
Status moveMember(WorkspaceDocument& document, const QUuid& memberId, int delta);

// Sets the team's current aim (the latest by date), creating it when the team has none.
// Refused: an empty statement.
Status setAim(WorkspaceDocument& document, const QUuid& teamId, const AimDetails& details);

// The team's current aim (empty details when it has none yet).
Result<AimDetails> aimDetails(WorkspaceDocument& document, const QUuid& teamId);

} // namespace command
} // namespace pdsa::ui

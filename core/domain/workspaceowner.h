// SPDX-License-Identifier: Apache-2.0
#pragma once
// Whose workspace this is: the collaborative's organizer, one pilot team, or one faculty coach.
// What a workspace may change follows from it (core/workspace/editrights.h). A team is named, not
// referred to by id, because a team's workspace is made before its team record exists there.
// Written on the command line as "organizer", "team:NAME" or "coach:NAME".

#include "domain/record.h"
#include "util/result.h"

#include <QString>

namespace pdsa {

struct WorkspaceOwner {
    OwnerRole role = OwnerRole::Organizer;
    QString name; // the team's or the coach's name; empty for the organizer
    QUuid teamId; // the team's record, once it is in the workspace (null until then)

    static WorkspaceOwner organizer() { return {OwnerRole::Organizer, {}, {}}; }
    static WorkspaceOwner team(const QString& name) { return {OwnerRole::Team, name.trimmed(), {}}; }
    static WorkspaceOwner coach(const QString& name) { return {OwnerRole::Coach, name.trimmed(), {}}; }

    // Reads "organizer", "team:NAME" or "coach:NAME" (spaces around the name are dropped); the
    // error says what was expected.
    static Result<WorkspaceOwner> parse(const QString& text);
    // The form parse() reads.
    QString toText() const;
    // For people: "the organizer", "team Alder County", "coach Maria Lopez".
    QString describe() const;

    bool operator==(const WorkspaceOwner&) const = default;
};

} // namespace pdsa

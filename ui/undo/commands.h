// SPDX-License-Identifier: Apache-2.0
#pragma once
// The undo facade: the only way widgets change a workspace. Each function validates the edit,
// writes it through the repositories (one transaction), and pushes an undoable command on the
// document's undo stack, so that widgets never build QUndoCommands themselves (the layering
// Subsurface uses: views call Command::editX(), the command classes stay private to undo/).
//
// A function returns an Error, and pushes nothing, when the edit is refused or cannot be
// written; it pushes nothing either when the value is unchanged. Consecutive edits of the same
// field merge into one undo step (typing a name letter by letter is undone in one go).

#include "util/result.h"

#include <QString>

namespace pdsa::ui {

class WorkspaceDocument;

enum class CollaborativeField { Name, Topic, Aim, Description };

struct CollaborativeDetails {
    QString name;
    QString topic;
    QString aim;
    QString description;
};

namespace command {

// Sets one field of the workspace's collaborative. The name must not be empty.
Status editCollaborativeField(WorkspaceDocument& document, CollaborativeField field, const QString& value);

// Sets every field that differs from the collaborative's current details: one undo step when
// one field changed ("Rename collaborative"), one macro when several did ("Edit collaborative
// details").
Status editCollaborativeDetails(WorkspaceDocument& document, const CollaborativeDetails& details);

// The collaborative's current details, as the edit dialog starts from them.
Result<CollaborativeDetails> collaborativeDetails(WorkspaceDocument& document);

} // namespace command
} // namespace pdsa::ui

// The chart view's edits (chart settings, point marks, annotations).
#include "undo/chartcommands.h"

// Measure data edits (the data grid, its paste, the CSV import).
#include "undo/measurecommands.h"

// PDSA cycle edits (the worksheet editor, next cycle, delete).
#include "undo/cyclecommands.h"

// Change package edits (drivers and change ideas: add, edit, reorder, move, delete).
#include "undo/changepackagecommands.h"

// Team set-up edits (new team, team details, members, aim).
#include "undo/teamcommands.h"

// The collaborative's calendar (sessions, action periods, dates) and strata.
#include "undo/calendarcommands.h"

// The spread ledger (record, edit, remove a practice's spread).
#include "undo/spreadcommands.h"

// Resolving import conflicts (keep mine, take theirs, keep both).
#include "undo/conflictcommands.h"

// A bundle import, already applied, as one undo step.
#include "undo/importcommands.h"

// The faculty's monthly rhythm: reports, comments, replies, scores.
#include "undo/coachingcommands.h"

// SPDX-License-Identifier: Apache-2.0
#pragma once
// The undo facade for the spread ledger (the Spread page, a cycle's "Record spread…"). Like
// commands.h: each function checks the record against core's rule (rules::checkSpreadRecord),
// writes in one transaction and pushes one undoable command; it returns an Error and pushes
// nothing when refused or unchanged. A spread record is its team's (Owner::ofTeam): it travels in
// the team's bundle, and a workspace that may not write that team's records refuses it.

#include "domain/spreadrecord.h"
#include "util/result.h"

#include <QUuid>

namespace pdsa::ui {

class WorkspaceDocument;

namespace command {

// Records a spread (`record.meta.id` new) and returns its id.
Result<QUuid> addSpread(WorkspaceDocument& document, SpreadRecord record);
// Changes a spread record (the same id); its team stays.
Status editSpread(WorkspaceDocument& document, SpreadRecord record);
Status removeSpread(WorkspaceDocument& document, const QUuid& spreadId);

} // namespace command
} // namespace pdsa::ui

// SPDX-License-Identifier: Apache-2.0
#pragma once
// The undo facade for resolving import conflicts (the "Import conflicts" dialog). Like
// commands.h: the function resolves through core/bundle/conflicts in one transaction and pushes
// one undoable command; it returns an Error and pushes nothing when the choice is refused (keep
// both where it makes no sense, a conflict already resolved). Undo puts the conflict back, with
// the record and the agreed state exactly as they were; redo resolves it again the same way
// (keep both gives the added record the same id again).

#include "bundle/conflicts.h"
#include "util/result.h"

namespace pdsa::ui {

class WorkspaceDocument;

namespace command {

// Resolves the kept conflict `conflictId` ("Keep this workspace's version of <title>", "Take the
// bundle's version of <title>", "Keep both versions of <title>").
Status resolveImportConflict(WorkspaceDocument& document, qint64 conflictId, bundle::Resolution resolution);

} // namespace command
} // namespace pdsa::ui

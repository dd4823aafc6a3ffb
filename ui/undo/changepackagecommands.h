// SPDX-License-Identifier: Apache-2.0
#pragma once
// The undo facade for the change package (the driver diagram editor on the collaborative page):
// drivers and change ideas are added, renamed, described, reordered, moved and deleted here, each
// edit as one transaction and one undo step. Like commands.h: a function returns an Error and
// pushes nothing when the edit is refused, and pushes nothing when nothing changed.
//
// Positions are dense (0, 1, 2 … within one parent) after every edit: siblings are renumbered in
// the same step, in the order (position, name, id), so the result never depends on chance.
// Deleting leaves tombstones (a driver takes the drivers and ideas under it along, in one step);
// a change idea that PDSA cycles tested is never deleted, so no cycle loses the idea it tested.

#include "util/result.h"

#include <QString>
#include <QUuid>

namespace pdsa::ui {

class WorkspaceDocument;

enum class ChangePackageField { Name, Description };

namespace command {

// Adds a primary driver (under the aim) or a secondary driver (under `primaryId`) at `position`
// among its siblings (-1: last). Returns the new driver's id. Refused: an empty name; a parent
// that is not a live primary driver.
Result<QUuid> addPrimaryDriver(WorkspaceDocument& document, const QString& name,
                               const QString& description = {}, int position = -1);
Result<QUuid> addSecondaryDriver(WorkspaceDocument& document, const QUuid& primaryId, const QString& name,
                                 const QString& description = {}, int position = -1);

// Adds a change idea under the secondary driver `driverId`, owned by the organizer, or by the
// team `teamId` when it is set (a team's own idea under a shared driver). Returns its id.
// Refused: an empty name; a driver that is not a live secondary driver; an unknown team.
Result<QUuid> addChangeIdea(WorkspaceDocument& document, const QUuid& driverId, const QString& name,
                            const QString& description = {}, const QUuid& teamId = {}, int position = -1);

// Sets the name or description of the driver or change idea `id`. Consecutive edits of the same
// field of the same item merge into one undo step. Refused: an empty name.
Status editChangePackageText(WorkspaceDocument& document, const QUuid& id, ChangePackageField field,
                             const QString& value);

// Moves the driver or change idea `id` to `position` among its siblings (clamped to the first
// and last place; nothing is pushed when it is already there).
Status reorderChangePackageItem(WorkspaceDocument& document, const QUuid& id, int position);

// Moves a secondary driver under another primary driver, or a change idea under another
// secondary driver, at `position` there (-1: last). Refused: a primary driver (it has no parent);
// a new parent of the wrong kind or that no longer exists.
Status moveChangePackageItem(WorkspaceDocument& document, const QUuid& id, const QUuid& newParentId,
                             int position = -1);

// Deletes the driver or change idea `id`, with everything under it, as one undo step.
// Refused when a change idea concerned was tested in a PDSA cycle.
Status deleteChangePackageItem(WorkspaceDocument& document, const QUuid& id);

} // namespace command
} // namespace pdsa::ui

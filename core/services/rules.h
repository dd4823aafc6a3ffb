// SPDX-License-Identifier: Apache-2.0
#pragma once
// The collaborative's rules for the change package, measure definitions and teams, in core so
// that every way of writing (the app's undo commands today; the CLI, imports and sync as they
// come to need them) meets the same rule and the same message. The undo commands in ui/undo
// only record before and after and call these first. Ownership is not here: the workspace
// checks it on every row written (core/workspace/editrights.h).

#include "domain/changepackage.h"
#include "domain/measure.h"
#include "domain/record.h"
#include "domain/spreadrecord.h"
#include "util/result.h"

#include <QJsonObject>
#include <QString>
#include <QUuid>

#include <map>
#include <vector>

namespace pdsa {
class Workspace;
}

namespace pdsa::rules {

// A measure's definition: a name (trimmed), a positive "per" for a rate (dropped for any other
// kind), a baseline whose first month is no later than its last. Normalises `measure` in place.
Status checkMeasureDefinition(Measure& measure);

// A team's name: not empty, and no other live team's (case-insensitive). `teamId` is the team
// being edited (null for a new one).
Status checkTeamName(Workspace& workspace, const QString& name, const QUuid& teamId);

// Where a driver or change idea may sit in the driver diagram: a secondary driver under a
// primary driver, a change idea under a secondary driver (`parent` null: not found).
Status checkDriverParent(DriverKind kind, const Driver* parent);
Status checkIdeaParent(const Driver* parent);

// How many live PDSA cycles tested each change idea.
Result<std::map<QUuid, int>> testedIdeas(Workspace& workspace);

// A change idea that a PDSA cycle tested is never deleted, nor is a driver above one: the cycles
// would lose what they tested. `ideas` are the ideas that would go (id and name) when the item
// `itemId` called `itemName` is deleted.
Status checkIdeasDeletable(const std::vector<std::pair<QUuid, QString>>& ideas, const std::map<QUuid, int>& tested,
                           const QUuid& itemId, const QString& itemName);

// A spread record: a live team it spreads from, a practice and the site or unit it spread to, a
// date once it is under way (a planned spread may have none yet), a change idea of the package
// when it names one. Trims `record`'s text in place.
Status checkSpreadRecord(Workspace& workspace, SpreadRecord& record);

// What a record that arrives from elsewhere (a bundle) may say, given its owner (which the
// bundle reader has matched with the bundle's owner): the kinds of record that owner keeps (the
// organizer the collaborative's shared records, a team its own work, a coach comments and
// scores), the collaborative it names (`collaborativeId`, this workspace's), and the team it
// names (a team's records name that team and no other; the organizer's measures name none).
// The collaborative's own record is never deleted, nor replaced by another, by a bundle.
// `fields` is the record as the bundle holds it.
Status checkRecordBelongs(const QString& table, const Owner& owner, const QJsonObject& fields,
                          const QUuid& collaborativeId);

} // namespace pdsa::rules

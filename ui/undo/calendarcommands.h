// SPDX-License-Identifier: Apache-2.0
#pragma once
// The undo facade for the collaborative's calendar and strata (the collaborative page's Calendar
// and Strata sections). Like commands.h: each function checks the edit against core's rules
// (services/calendar.h) on the whole calendar or set of strata as it would be, writes in one
// transaction and pushes one undoable command; it returns an Error and pushes nothing when the
// edit is refused, and pushes nothing when nothing changed. Every record here is the organizer's:
// a team's or a coach's workspace refuses the write (EditRights) with its own words.

#include "domain/collaborative.h"
#include "util/result.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace pdsa::ui {

class WorkspaceDocument;

struct SessionDetails {
    QString name;
    SessionKind kind = SessionKind::LearningSession;
    QDate start;
    QDate end; // invalid: the day it starts (a one-day session)
    QString location;
    bool operator==(const SessionDetails&) const = default;
};

struct PeriodDetails {
    QString name;
    QDate start;
    QDate end;
    bool operator==(const PeriodDetails&) const = default;
};

namespace command {

Result<QUuid> addSession(WorkspaceDocument& document, const SessionDetails& details);
Status editSession(WorkspaceDocument& document, const QUuid& sessionId, const SessionDetails& details);
Status removeSession(WorkspaceDocument& document, const QUuid& sessionId);

Result<QUuid> addActionPeriod(WorkspaceDocument& document, const PeriodDetails& details);
Status editActionPeriod(WorkspaceDocument& document, const QUuid& periodId, const PeriodDetails& details);
Status removeActionPeriod(WorkspaceDocument& document, const QUuid& periodId);

// Adds the action periods the calendar lacks between its sessions (rules::missingActionPeriods)
// as one step; returns how many. Nothing is pushed when none is missing.
Result<int> fillActionPeriods(WorkspaceDocument& document);

// Sets the collaborative's start and end dates (invalid: none). Refused when a session or period
// would fall outside them, or the end is before the start.
Status setCollaborativeDates(WorkspaceDocument& document, const QDate& start, const QDate& end);

// Defines one dimension: `dimension` (empty for a new one) becomes `name` with `categories` in
// that order, as one step: categories kept by name (case aside) keep their id and data, new ones
// are added, dropped ones removed. Refused: an empty name or category, a name another dimension
// has, a category twice, and dropping a category that holds data (its values would lose their
// group).
Status defineDimension(WorkspaceDocument& document, const QString& dimension, const QString& name,
                       const QStringList& categories);

// Removes a dimension and its categories (refused while any category holds data).
Status removeDimension(WorkspaceDocument& document, const QString& dimension);

} // namespace command
} // namespace pdsa::ui

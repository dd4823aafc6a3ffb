// SPDX-License-Identifier: Apache-2.0
#pragma once
// Undoable edits of the faculty's monthly rhythm: a team's monthly report (typing in its sections,
// submitting, reopening), its self-score, its replies; a coach's comments (and resolving them) and
// faculty scores. Each meets core's rules first (core/coaching/edits.h) and whose record it is
// (the workspace's rights); a refused edit changes nothing and is never pushed.

#include "domain/assessmentscore.h"
#include "domain/coachcomment.h"
#include "domain/teamreport.h"
#include "util/result.h"

#include <QDate>
#include <QUuid>

namespace pdsa::ui {

class WorkspaceDocument;

namespace command {

enum class ReportSection { Progress, Successes, Challenges, NextSteps, HelpNeeded };
// A report's section, to read or to set.
QString& sectionOf(TeamReport& report, ReportSection section);

// Types into one section of `teamId`'s report for `month`, creating the draft on the first letter.
// Consecutive typing in one section is one undo step.
Status editReportSection(WorkspaceDocument& document, const QUuid& teamId, const QDate& month,
                         ReportSection section, const QString& text);
// Submitting stamps `on`; reopening makes the report a draft again. Each is one undo step.
Status submitReport(WorkspaceDocument& document, const QUuid& reportId, const QDate& on);
Status reopenReport(WorkspaceDocument& document, const QUuid& reportId);

// Sets (or with no value, clears) the score of `teamId` for `month` owned by `owner`: the team's
// self-score, or a coach's faculty score.
Status setScore(WorkspaceDocument& document, const Owner& owner, const QUuid& teamId, const QDate& month,
                std::optional<double> score, const QString& rationale, const QString& assessor);

// The organizer's reporting calendar: the day of the following month each month is due.
Status setReportDueDay(WorkspaceDocument& document, int day);
// The collaborative's minimum cell size (0 to 100; docs/equity-methods.md §5), one undo step.
Status setMinCellSize(WorkspaceDocument& document, int size);

Status addComment(WorkspaceDocument& document, const CoachComment& comment);
// The comment of this workspace's coach, written `on`, about `subject` of `teamId` (its id; a
// month for a measure at a month, else invalid). Refused in a workspace that is not a coach's.
Status addCoachComment(WorkspaceDocument& document, const QUuid& teamId, SubjectKind subject, const QUuid& subjectId,
                       const QDate& month, const QDate& on, const QString& text);
Status setCommentResolved(WorkspaceDocument& document, const QUuid& commentId, const QDate& on);
Status addReply(WorkspaceDocument& document, const CommentReply& reply);

} // namespace command
} // namespace pdsa::ui

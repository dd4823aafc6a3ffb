// SPDX-License-Identifier: Apache-2.0
#pragma once
// The rules of the faculty's monthly rhythm for every write made in this workspace (the app's
// pages and dialogs, tests and scripts): what a monthly report, a coach comment, a team's reply and
// an assessment score may say, checked before it is saved, in one transaction, with the message
// the person at the keyboard reads. Whose record it is, is the workspace's rule (EditRights):
// a team writes its reports, replies and self-scores, a coach their own comments and scores.
// A bundle's records meet the same rules on import (core/bundle/merge.cpp).

#include "domain/assessmentscore.h"
#include "domain/coachcomment.h"
#include "domain/teamreport.h"
#include "util/result.h"

namespace pdsa {
class Workspace;
}

namespace pdsa::coaching {

// A report is for one of the collaborative's months (its first day), one per team and month.
Status checkReport(Workspace& workspace, const TeamReport& report);
// A comment says something, about the team it is filed under or one of its cycles, reports or
// measures (its own or a shared one); a month, when given, is a first day.
Status checkComment(Workspace& workspace, const CoachComment& comment);
// A reply says something and answers a comment filed under the replying team.
Status checkReply(Workspace& workspace, const CommentReply& reply);
// A score is on the scale (1.0 to 5.0 in half points), for one of the collaborative's months,
// one faculty score and one self-score per team and month.
Status checkScore(Workspace& workspace, const AssessmentScore& score);

// The reporting calendar's due day: 1 to 28 (a day every month has).
Status checkReportDueDay(int day);
// The collaborative's minimum cell size: 0 to Collaborative::kMaxMinCellSize.
Status checkMinCellSize(int size);

// Checks, then saves (a new record at revision 1, a changed one at the next): one transaction.
// Returns whether anything was written.
Result<bool> saveReport(Workspace& workspace, const TeamReport& report);
Result<bool> saveComment(Workspace& workspace, const CoachComment& comment);
Result<bool> saveReply(Workspace& workspace, const CommentReply& reply);
Result<bool> saveScore(Workspace& workspace, const AssessmentScore& score);

// Submitting stamps the day (`on`); reopening makes the report a draft again.
Result<bool> submitReport(Workspace& workspace, const QUuid& reportId, const QDate& on);
Result<bool> reopenReport(Workspace& workspace, const QUuid& reportId);
// Marking a comment resolved (on `on`), or open again (`on` invalid).
Result<bool> resolveComment(Workspace& workspace, const QUuid& commentId, const QDate& on);

} // namespace pdsa::coaching

// SPDX-License-Identifier: Apache-2.0
#pragma once
// The faculty's monthly rhythm, as facts: the reporting calendar (what each team owes each month
// and by when), every coach comment, reply and score as one list, and which coach a feedback
// bundle is for. The app's reporting grid and Feedback page and `pdsa reporting` / `pdsa feedback`
// all read these, so that they say the same.
//
// The calendar: each month's data for every shared measure and the monthly report are due on the
// collaborative's report due day of the following month (the 10th unless the organizer changed
// it). A team-month is then
//   not_due    the month is not over yet;
//   due        the month is over, the due date not passed, nothing submitted;
//   submitted  submitted on or before the due date;
//   late       submitted after the due date;
//   missing    the due date passed with nothing submitted.

#include "domain/coachcomment.h"
#include "domain/collaborative.h"
#include "domain/enumtext.h"
#include "util/result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QUuid>

#include <optional>
#include <vector>

namespace pdsa {
class Workspace;
}

namespace pdsa::coaching {

enum class ReportStatus { NotDue, Due, Submitted, Late, Missing };

// The due date of `month`'s report (any day of the month names it).
QDate dueDate(const Collaborative& collaborative, const QDate& month);
// Where a team-month stands on `today`, given when its report was submitted (invalid: not yet).
ReportStatus reportStatus(const QDate& month, const QDate& due, const QDate& submittedOn, const QDate& today);

// The collaborative's months: from its start to `upTo` (both as first days), at most its end.
// Empty when the collaborative has no start date or `upTo` is before it.
std::vector<QDate> collaborativeMonths(const Collaborative& collaborative, const QDate& upTo);

struct ReportingRow {
    QUuid teamId;
    QString team;
    QDate month; // first day
    QDate due;
    int measuresExpected = 0;
    int measuresEntered = 0;
    ReportStatus report = ReportStatus::NotDue;
    QDate submittedOn; // invalid unless submitted or late
    std::optional<double> facultyScore;
    std::optional<double> selfScore;
};

// One row per live team and month of the collaborative up to `upTo` (its first day; at most the
// collaborative's last month), ordered by team name (as people sort: case-insensitive) then month.
// `today` decides what is due. Refused when `upTo` is before the collaborative's first month.
// With `teamId`, that team's rows only (read from that team's records only).
Result<std::vector<ReportingRow>> reportingGrid(Workspace& workspace, const QDate& upTo, const QDate& today,
                                                const QUuid& teamId = {});

enum class FeedbackKind { Comment, Reply, Score, SelfScore };

struct FeedbackRow {
    FeedbackKind kind = FeedbackKind::Comment;
    QUuid id;
    QUuid teamId;
    QString team;
    QString author;
    std::optional<SubjectKind> subjectKind; // comments only
    QUuid subjectId;                        // a comment's subject; a reply's comment
    QDate month;                            // scores, and comments about a month
    QDate writtenOn;
    QString text;                           // comments and replies
    std::optional<double> score;            // scores
    QString rationale;                      // scores
    std::optional<CommentState> state;      // comments
};

// Every live coach comment (with its state), reply, faculty score and self-score, of one team or
// (`teamId` null) of all, ordered by team name, then date written, comments before their replies.
Result<std::vector<FeedbackRow>> feedbackRows(Workspace& workspace, const QUuid& teamId = {});

// The state of a comment given the live replies to it.
CommentState commentState(const CoachComment& comment, bool answered);

// The names of the coaches whose comments or scores this workspace holds.
Result<QStringList> coachNames(Workspace& workspace);
// The coach whose feedback bundle to write from this workspace: `asked` when given (one of its
// coaches, or this coach's own workspace's name), else the coach whose workspace this is, else the
// only coach here. The refusal says which coaches there are.
Result<QString> feedbackCoach(Workspace& workspace, const QString& asked);

// The newest feedback bundle imported into this workspace, and what it brought that the team has
// not seen: the comments its coach wrote or changed since that coach's feedback bundle before it
// (all of them at the first) that are still new (neither answered nor resolved), and the faculty
// scores given or changed since.
struct FeedbackArrival {
    QString coach;        // the bundle's coach ("" for the unnamed coach of bundle format 1)
    QDateTime madeAt;     // when the coach made the bundle
    QDateTime importedAt; // when it was imported here
    int newComments = 0;
    int newScores = 0;
};
// Nothing when no feedback bundle was ever imported here.
Result<std::optional<FeedbackArrival>> latestFeedback(Workspace& workspace);

} // namespace pdsa::coaching

namespace pdsa {
PDSA_ENUM_NAMES(coaching::ReportStatus, {coaching::ReportStatus::NotDue, "not_due"},
                {coaching::ReportStatus::Due, "due"}, {coaching::ReportStatus::Submitted, "submitted"},
                {coaching::ReportStatus::Late, "late"}, {coaching::ReportStatus::Missing, "missing"});
PDSA_ENUM_NAMES(coaching::FeedbackKind, {coaching::FeedbackKind::Comment, "comment"},
                {coaching::FeedbackKind::Reply, "reply"}, {coaching::FeedbackKind::Score, "score"},
                {coaching::FeedbackKind::SelfScore, "self_score"});
} // namespace pdsa

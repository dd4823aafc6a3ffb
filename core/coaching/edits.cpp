// SPDX-License-Identifier: Apache-2.0
#include "coaching/edits.h"

#include "coaching/reporting.h"
#include "workspace/workspace.h"

namespace pdsa::coaching {

namespace {

Error invalid(const QString& why) {
    return Error{ErrorCode::Invalid, why + QStringLiteral(" Nothing was changed.")};
}

// `month` is the first day of one of the collaborative's months.
Status checkMonth(Workspace& workspace, const QDate& month, const QString& what) {
    if (!month.isValid() || month.day() != 1)
        return invalid(QStringLiteral("%1 is for a whole month, given as its first day.").arg(what));
    auto collaborative = workspace.collaborative.current();
    if (!collaborative)
        return collaborative.error();
    const std::vector<QDate> months = collaborativeMonths(*collaborative, month);
    if (months.empty() || months.back() != month)
        return invalid(QStringLiteral("%1 is for one of the collaborative's months; %2 is not one.")
                           .arg(what, month.toString(QStringLiteral("yyyy-MM"))));
    return {};
}

template <typename T>
Status oncePerMonth(repo::RecordTable<T>& table, const T& record, const QString& what, const QString& which) {
    auto others = table.where("team_id = ?1 AND month = ?2 AND id <> ?3", [&](storage::Query& q) {
        q.bind(1, record.teamId).bind(2, record.month).bind(3, record.meta.id);
    });
    if (!others)
        return others.error();
    for (const T& other : *others)
        if (other.meta.owner.role == record.meta.owner.role || which.isEmpty())
            return invalid(QStringLiteral("The team has %1 for %2 already: there is one per team and month.")
                               .arg(what, record.month.toString(QStringLiteral("yyyy-MM"))));
    return {};
}

template <typename T>
Result<bool> checkedSave(Workspace& workspace, repo::RecordTable<T>& table, const T& record,
                         Status (*check)(Workspace&, const T&)) {
    bool written = false;
    PDSA_TRY(workspace.transact([&]() -> Status {
        PDSA_TRY(check(workspace, record));
        auto saved = table.save(record, workspace.now());
        if (!saved)
            return saved.error();
        written = *saved;
        return {};
    }));
    return written;
}

// Changes one record in place: `change` edits it, then it is checked and saved.
template <typename T, typename F>
Result<bool> changeRecord(Workspace& workspace, repo::RecordTable<T>& table, const QUuid& id, const QString& what,
                          Status (*check)(Workspace&, const T&), F&& change) {
    auto found = table.find(id);
    if (!found)
        return found.error();
    if (!*found)
        return Error{ErrorCode::NotFound, QStringLiteral("The %1 is no longer in this workspace.").arg(what)};
    T record = **found;
    change(record);
    return checkedSave(workspace, table, record, check);
}

} // namespace

Status checkReportDueDay(int day) {
    if (day < 1 || day > Collaborative::kLastReportDueDay)
        return invalid(QStringLiteral("Reports are due on a day of the month from 1 to %1 (a day every month has), "
                                      "not %2.")
                           .arg(Collaborative::kLastReportDueDay)
                           .arg(day));
    return {};
}

Status checkMinCellSize(int size) {
    if (size < 0 || size > Collaborative::kMaxMinCellSize)
        return invalid(QStringLiteral("The minimum cell size is a number of children from 0 (suppress nothing) to %1, "
                                      "not %2.")
                           .arg(Collaborative::kMaxMinCellSize)
                           .arg(size));
    return {};
}

Status checkReport(Workspace& workspace, const TeamReport& report) {
    PDSA_TRY(checkMonth(workspace, report.month, QStringLiteral("A monthly report")));
    return oncePerMonth(workspace.work.reports, report, QStringLiteral("a report"), {});
}

Status checkComment(Workspace& workspace, const CoachComment& comment) {
    if (comment.text.trimmed().isEmpty())
        return invalid(QStringLiteral("A comment needs its text."));
    if (comment.month.isValid())
        PDSA_TRY(checkMonth(workspace, comment.month, QStringLiteral("A comment about a month")));
    auto team = workspace.teams.teams.find(comment.teamId);
    if (!team)
        return team.error();
    if (!*team)
        return invalid(QStringLiteral("A comment is filed under a team of this collaborative."));
    const auto ownedBy = [&](const Owner& owner) {
        return owner.role != OwnerRole::Team || owner.team == comment.teamId;
    };
    bool found = false, theirs = false;
    switch (comment.subjectKind) {
    case SubjectKind::Team:
        found = comment.subjectId.isNull() || comment.subjectId == comment.teamId;
        theirs = found;
        break;
    case SubjectKind::Cycle:
        if (auto cycle = workspace.cycles.cycles.find(comment.subjectId); !cycle)
            return cycle.error();
        else if ((found = cycle->has_value()))
            theirs = (**cycle).teamId == comment.teamId;
        break;
    case SubjectKind::Report:
        if (auto report = workspace.work.reports.find(comment.subjectId); !report)
            return report.error();
        else if ((found = report->has_value()))
            theirs = (**report).teamId == comment.teamId;
        break;
    case SubjectKind::Measure:
        if (auto measure = workspace.measures.measures.find(comment.subjectId); !measure)
            return measure.error();
        else if ((found = measure->has_value()))
            theirs = ownedBy((**measure).meta.owner);
        break;
    }
    if (!found)
        return invalid(QStringLiteral("The %1 the comment is about is not in this workspace.")
                           .arg(toText(comment.subjectKind)));
    if (!theirs)
        return invalid(QStringLiteral("A comment is about the work of the team it is filed under."));
    return {};
}

Status checkReply(Workspace& workspace, const CommentReply& reply) {
    if (reply.text.trimmed().isEmpty())
        return invalid(QStringLiteral("A reply needs its text."));
    auto comment = workspace.work.comments.find(reply.commentId);
    if (!comment)
        return comment.error();
    if (!*comment)
        return invalid(QStringLiteral("The comment this replies to is not in this workspace."));
    if ((**comment).teamId != reply.teamId)
        return invalid(QStringLiteral("A team replies only to the comments on its own work."));
    return {};
}

Status checkScore(Workspace& workspace, const AssessmentScore& score) {
    if (auto valid = score.validate(); !valid)
        return invalid(valid.error().message.left(1).toUpper() + valid.error().message.mid(1) + QLatin1Char('.'));
    PDSA_TRY(checkMonth(workspace, score.month, QStringLiteral("An assessment score")));
    return oncePerMonth(workspace.work.scores, score,
                        score.isSelfScore() ? QStringLiteral("a self-score") : QStringLiteral("a faculty score"),
                        QStringLiteral("role"));
}

Result<bool> saveReport(Workspace& workspace, const TeamReport& report) {
    return checkedSave(workspace, workspace.work.reports, report, &checkReport);
}

Result<bool> saveComment(Workspace& workspace, const CoachComment& comment) {
    return checkedSave(workspace, workspace.work.comments, comment, &checkComment);
}

Result<bool> saveReply(Workspace& workspace, const CommentReply& reply) {
    return checkedSave(workspace, workspace.work.replies, reply, &checkReply);
}

Result<bool> saveScore(Workspace& workspace, const AssessmentScore& score) {
    return checkedSave(workspace, workspace.work.scores, score, &checkScore);
}

Result<bool> submitReport(Workspace& workspace, const QUuid& reportId, const QDate& on) {
    return changeRecord(workspace, workspace.work.reports, reportId, QStringLiteral("report"), &checkReport,
                        [&](TeamReport& report) { report.submittedOn = on; });
}

Result<bool> reopenReport(Workspace& workspace, const QUuid& reportId) {
    return changeRecord(workspace, workspace.work.reports, reportId, QStringLiteral("report"), &checkReport,
                        [](TeamReport& report) { report.submittedOn = QDate(); });
}

Result<bool> resolveComment(Workspace& workspace, const QUuid& commentId, const QDate& on) {
    return changeRecord(workspace, workspace.work.comments, commentId, QStringLiteral("comment"), &checkComment,
                        [&](CoachComment& comment) { comment.resolvedOn = on; });
}

} // namespace pdsa::coaching

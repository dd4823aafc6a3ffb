// SPDX-License-Identifier: Apache-2.0
#include "undo/coachingcommands.h"

#include "coaching/edits.h"
#include "undo/commandids.h"
#include "undo/recordedit.h"
#include "workspacedocument.h"

#include <QCoreApplication>

namespace pdsa::ui::command {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(pdsa::ui::Command)
};

template <typename T>
Status push(WorkspaceDocument& document, const QString& text, RecordState<T> state, MergeKey key = {}) {
    return pushApplied(document,
                       std::make_unique<RecordEdit<T>>(document, text, std::vector<RecordState<T>>{std::move(state)},
                                                       std::move(key)));
}

Result<std::optional<TeamReport>> reportOf(Workspace& workspace, const QUuid& teamId, const QDate& month) {
    auto found = workspace.work.reports.where("team_id = ?1 AND month = ?2", [&](storage::Query& q) {
        q.bind(1, teamId).bind(2, month);
    });
    if (!found)
        return found.error();
    return found->empty() ? std::optional<TeamReport>() : std::optional<TeamReport>(found->front());
}

template <typename T> Result<T> live(repo::RecordTable<T>& table, const QUuid& id, const QString& what) {
    auto found = table.find(id);
    if (!found)
        return found.error();
    if (!*found)
        return Error{ErrorCode::NotFound, Text::tr("The %1 is no longer in this workspace.").arg(what)};
    return **found;
}

} // namespace

QString& sectionOf(TeamReport& report, ReportSection section) {
    switch (section) {
    case ReportSection::Progress:
        return report.progress;
    case ReportSection::Successes:
        return report.successes;
    case ReportSection::Challenges:
        return report.challenges;
    case ReportSection::NextSteps:
        return report.nextSteps;
    case ReportSection::HelpNeeded:
        return report.helpNeeded;
    }
    return report.progress;
}

Status editReportSection(WorkspaceDocument& document, const QUuid& teamId, const QDate& month,
                         ReportSection section, const QString& text) {
    Workspace& workspace = document.workspace();
    auto existing = reportOf(workspace, teamId, month);
    if (!existing)
        return existing.error();
    TeamReport after;
    if (*existing) {
        after = **existing;
    } else {
        after.meta.owner = Owner::ofTeam(teamId);
        after.teamId = teamId;
        after.month = month;
    }
    sectionOf(after, section) = text;
    if (*existing && after == **existing)
        return {};
    PDSA_TRY(coaching::checkReport(workspace, after));
    return push(document, Text::tr("Type in the monthly report"), RecordState<TeamReport>{after.meta.id, *existing, after},
                MergeKey{EditReportTextId, after.meta.id, QString::number(int(section))});
}

Status submitReport(WorkspaceDocument& document, const QUuid& reportId, const QDate& on) {
    auto before = live(document.workspace().work.reports, reportId, Text::tr("report"));
    if (!before)
        return before.error();
    TeamReport after = *before;
    after.submittedOn = on;
    if (after == *before)
        return {};
    PDSA_TRY(coaching::checkReport(document.workspace(), after));
    return push(document, on.isValid() ? Text::tr("Submit the monthly report") : Text::tr("Reopen the monthly report"),
                RecordState<TeamReport>{reportId, *before, after});
}

Status reopenReport(WorkspaceDocument& document, const QUuid& reportId) {
    return submitReport(document, reportId, QDate());
}

Status setScore(WorkspaceDocument& document, const Owner& owner, const QUuid& teamId, const QDate& month,
                std::optional<double> score, const QString& rationale, const QString& assessor) {
    Workspace& workspace = document.workspace();
    auto found = workspace.work.scores.where("team_id = ?1 AND month = ?2", [&](storage::Query& q) {
        q.bind(1, teamId).bind(2, month);
    });
    if (!found)
        return found.error();
    std::optional<AssessmentScore> before;
    for (const AssessmentScore& s : *found)
        if (s.meta.owner.role == owner.role)
            before = s;
    if (!score) {
        if (!before)
            return {};
        return push(document, Text::tr("Clear the score"), RecordState<AssessmentScore>{before->meta.id, before, std::nullopt});
    }
    AssessmentScore after = before.value_or(AssessmentScore{});
    if (!before) {
        after.meta.owner = owner;
        after.teamId = teamId;
        after.month = month;
    }
    after.score = *score;
    after.rationale = rationale;
    after.assessor = assessor;
    if (before && after == *before)
        return {};
    PDSA_TRY(coaching::checkScore(workspace, after));
    return push(document, Text::tr("Give the score"), RecordState<AssessmentScore>{after.meta.id, before, after});
}

Status setReportDueDay(WorkspaceDocument& document, int day) {
    PDSA_TRY(coaching::checkReportDueDay(day));
    auto before = document.workspace().collaborative.current();
    if (!before)
        return before.error();
    Collaborative after = *before;
    after.reportDueDay = day;
    if (after == *before)
        return {};
    return push(document, Text::tr("Change the reports' due day"),
                RecordState<Collaborative>{after.meta.id, *before, after});
}

Status setMinCellSize(WorkspaceDocument& document, int size) {
    PDSA_TRY(coaching::checkMinCellSize(size));
    auto before = document.workspace().collaborative.current();
    if (!before)
        return before.error();
    Collaborative after = *before;
    after.minCellSize = size;
    if (after == *before)
        return {};
    return push(document, Text::tr("Change the minimum cell size"),
                RecordState<Collaborative>{after.meta.id, *before, after});
}

Status addComment(WorkspaceDocument& document, const CoachComment& comment) {
    PDSA_TRY(coaching::checkComment(document.workspace(), comment));
    return push(document, Text::tr("Comment"), RecordState<CoachComment>{comment.meta.id, std::nullopt, comment});
}

Status addCoachComment(WorkspaceDocument& document, const QUuid& teamId, SubjectKind subject, const QUuid& subjectId,
                       const QDate& month, const QDate& on, const QString& text) {
    const auto& owner = document.workspace().rights().owner();
    if (!owner || owner->role != OwnerRole::Coach)
        return Error{ErrorCode::NotYours, Text::tr("Comments are written in a coach's own workspace.")};
    CoachComment comment;
    comment.meta.owner = Owner::ofCoach(owner->name);
    comment.teamId = teamId;
    comment.author = owner->name;
    comment.subjectKind = subject;
    comment.subjectId = subjectId;
    comment.month = month;
    comment.writtenOn = on;
    comment.text = text.trimmed();
    return addComment(document, comment);
}

Status setCommentResolved(WorkspaceDocument& document, const QUuid& commentId, const QDate& on) {
    auto before = live(document.workspace().work.comments, commentId, Text::tr("comment"));
    if (!before)
        return before.error();
    CoachComment after = *before;
    after.resolvedOn = on;
    if (after == *before)
        return {};
    return push(document, on.isValid() ? Text::tr("Mark the comment resolved") : Text::tr("Reopen the comment"),
                RecordState<CoachComment>{commentId, *before, after});
}

Status addReply(WorkspaceDocument& document, const CommentReply& reply) {
    PDSA_TRY(coaching::checkReply(document.workspace(), reply));
    return push(document, Text::tr("Reply"), RecordState<CommentReply>{reply.meta.id, std::nullopt, reply});
}

} // namespace pdsa::ui::command

// SPDX-License-Identifier: Apache-2.0
#include "coaching/reporting.h"

#include "repositories/importlog.h"
#include "repositories/reportingqueries.h"
#include "repositories/workspaceownerrepository.h"
#include "workspace/workspace.h"

#include <algorithm>
#include <map>
#include <set>

namespace pdsa::coaching {

namespace {

QDate firstOf(const QDate& date) { return QDate(date.year(), date.month(), 1); }

// People's order for names: case-insensitive, then as written (so that the order is total).
bool nameBefore(const QString& a, const QString& b) {
    const int folded = a.compare(b, Qt::CaseInsensitive);
    return folded != 0 ? folded < 0 : a < b;
}

} // namespace

QDate dueDate(const Collaborative& collaborative, const QDate& month) {
    const QDate next = firstOf(month).addMonths(1);
    const int day = std::clamp(collaborative.reportDueDay, 1, Collaborative::kLastReportDueDay);
    return QDate(next.year(), next.month(), day);
}

ReportStatus reportStatus(const QDate& month, const QDate& due, const QDate& submittedOn, const QDate& today) {
    if (submittedOn.isValid())
        return submittedOn > due ? ReportStatus::Late : ReportStatus::Submitted;
    if (today < firstOf(month).addMonths(1))
        return ReportStatus::NotDue;
    return today <= due ? ReportStatus::Due : ReportStatus::Missing;
}

std::vector<QDate> collaborativeMonths(const Collaborative& collaborative, const QDate& upTo) {
    std::vector<QDate> months;
    if (!collaborative.startDate.isValid() || !upTo.isValid())
        return months;
    QDate last = firstOf(upTo);
    if (collaborative.endDate.isValid() && firstOf(collaborative.endDate) < last)
        last = firstOf(collaborative.endDate);
    for (QDate m = firstOf(collaborative.startDate); m <= last; m = m.addMonths(1))
        months.push_back(m);
    return months;
}

Result<std::vector<ReportingRow>> reportingGrid(Workspace& workspace, const QDate& upTo, const QDate& today,
                                                const QUuid& teamId) {
    auto collaborative = workspace.collaborative.current();
    if (!collaborative)
        return collaborative.error();
    const std::vector<QDate> months = collaborativeMonths(*collaborative, upTo);
    if (months.empty())
        return Error{ErrorCode::Invalid,
                     QStringLiteral("%1 is before the collaborative's first month (%2)")
                         .arg(upTo.toString(QStringLiteral("yyyy-MM")),
                              collaborative->startDate.isValid()
                                  ? collaborative->startDate.toString(QStringLiteral("yyyy-MM"))
                                  : QStringLiteral("not set"))};
    auto teams = workspace.teams.teams.all();
    if (!teams)
        return teams.error();
    if (!teamId.isNull())
        std::erase_if(*teams, [&](const Team& team) { return team.meta.id != teamId; });
    std::sort(teams->begin(), teams->end(), [](const Team& a, const Team& b) { return nameBefore(a.name, b.name); });
    repo::ReportingQueries queries(workspace.database());
    auto expected = queries.sharedMeasureCount();
    if (!expected)
        return expected.error();
    auto facts = queries.monthFacts(teamId);
    if (!facts)
        return facts.error();

    std::vector<ReportingRow> rows;
    rows.reserve(teams->size() * months.size());
    std::vector<QDate> dues;
    for (const QDate& month : months)
        dues.push_back(dueDate(*collaborative, month));
    const repo::MonthFacts none;
    for (const Team& team : *teams) {
        auto known = facts->lower_bound({team.meta.id, QDate()});
        for (size_t i = 0; i < months.size(); ++i) {
            // Both in order: walk the team's facts alongside its months.
            while (known != facts->end() && known->first.first == team.meta.id && known->first.second < months[i])
                ++known;
            const bool here = known != facts->end() && known->first.first == team.meta.id &&
                              known->first.second == months[i];
            const repo::MonthFacts& f = here ? known->second : none;
            ReportingRow row;
            row.teamId = team.meta.id;
            row.team = team.name;
            row.month = months[i];
            row.due = dues[i];
            row.measuresExpected = *expected;
            row.measuresEntered = std::min(f.measuresEntered, *expected);
            row.report = reportStatus(months[i], dues[i], f.submittedOn, today);
            row.submittedOn = f.submittedOn;
            row.facultyScore = f.facultyScore;
            row.selfScore = f.selfScore;
            rows.push_back(std::move(row));
        }
    }
    return rows;
}

CommentState commentState(const CoachComment& comment, bool answered) {
    if (comment.resolvedOn.isValid())
        return CommentState::Resolved;
    return answered ? CommentState::Answered : CommentState::New;
}

Result<std::vector<FeedbackRow>> feedbackRows(Workspace& workspace, const QUuid& teamId) {
    auto teams = workspace.teams.teams.all();
    if (!teams)
        return teams.error();
    std::map<QUuid, QString> names;
    for (const Team& team : *teams)
        names.emplace(team.meta.id, team.name);
    const auto of = [&](auto& table) { return teamId.isNull() ? table.all() : table.forTeam(teamId); };
    auto comments = of(workspace.work.comments);
    if (!comments)
        return comments.error();
    auto replies = of(workspace.work.replies);
    if (!replies)
        return replies.error();
    auto scores = of(workspace.work.scores);
    if (!scores)
        return scores.error();
    auto reports = of(workspace.work.reports);
    if (!reports)
        return reports.error();
    std::map<QUuid, QDate> reportMonths;
    for (const TeamReport& report : *reports)
        reportMonths.emplace(report.meta.id, report.month);

    std::map<QUuid, int> repliesTo;
    for (const CommentReply& reply : *replies)
        ++repliesTo[reply.commentId];

    std::vector<FeedbackRow> rows;
    std::map<QUuid, QDate> commentWritten; // to keep a reply after its comment
    for (const CoachComment& c : *comments) {
        if (!names.count(c.teamId))
            continue;
        FeedbackRow row;
        row.kind = FeedbackKind::Comment;
        row.id = c.meta.id;
        row.teamId = c.teamId;
        row.author = c.author;
        row.subjectKind = c.subjectKind;
        row.subjectId = c.subjectKind == SubjectKind::Team ? c.teamId : c.subjectId;
        row.month = c.month.isValid() || c.subjectKind != SubjectKind::Report ? c.month
                                                                                : reportMonths[c.subjectId];
        row.writtenOn = c.writtenOn;
        row.text = c.text;
        row.state = commentState(c, repliesTo.count(c.meta.id) > 0);
        commentWritten.emplace(c.meta.id, c.writtenOn);
        rows.push_back(std::move(row));
    }
    for (const CommentReply& r : *replies) {
        if (!names.count(r.teamId))
            continue;
        FeedbackRow row;
        row.kind = FeedbackKind::Reply;
        row.id = r.meta.id;
        row.teamId = r.teamId;
        row.author = r.author;
        row.subjectId = r.commentId;
        row.writtenOn = r.writtenOn;
        row.text = r.text;
        rows.push_back(std::move(row));
    }
    for (const AssessmentScore& s : *scores) {
        if (!names.count(s.teamId))
            continue;
        FeedbackRow row;
        row.kind = s.isSelfScore() ? FeedbackKind::SelfScore : FeedbackKind::Score;
        row.id = s.meta.id;
        row.teamId = s.teamId;
        row.author = s.assessor.isEmpty() ? s.meta.owner.coach : s.assessor;
        row.month = s.month;
        row.writtenOn = s.meta.updatedAt.date();
        row.score = s.score;
        row.rationale = s.rationale;
        rows.push_back(std::move(row));
    }
    for (FeedbackRow& row : rows)
        row.team = names[row.teamId];
    // A reply sorts with the date of its comment, right after it.
    const auto sortDate = [&](const FeedbackRow& row) {
        if (row.kind == FeedbackKind::Reply) {
            const auto found = commentWritten.find(row.subjectId);
            if (found != commentWritten.end())
                return found->second;
        }
        return row.writtenOn;
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const FeedbackRow& a, const FeedbackRow& b) {
        if (a.team != b.team)
            return nameBefore(a.team, b.team);
        const QDate da = sortDate(a), db = sortDate(b);
        if (da != db)
            return da < db;
        if (a.kind != b.kind)
            return int(a.kind) < int(b.kind);
        if (a.writtenOn != b.writtenOn)
            return a.writtenOn < b.writtenOn;
        return a.id.toString() < b.id.toString();
    });
    return rows;
}

Result<QStringList> coachNames(Workspace& workspace) {
    return repo::ReportingQueries(workspace.database()).coachNames();
}

Result<QString> feedbackCoach(Workspace& workspace, const QString& asked) {
    auto names = coachNames(workspace);
    if (!names)
        return names.error();
    auto owner = repo::WorkspaceOwnerRepository(workspace.database()).load();
    if (!owner)
        return owner.error();
    const bool coachWorkspace = *owner && (*owner)->role == OwnerRole::Coach;
    const QString wanted = asked.trimmed();
    if (!wanted.isEmpty()) {
        for (const QString& name : *names)
            if (name.compare(wanted, Qt::CaseInsensitive) == 0)
                return name;
        if (coachWorkspace && (*owner)->name.compare(wanted, Qt::CaseInsensitive) == 0)
            return (*owner)->name;
        return Error{ErrorCode::NotFound,
                     names->isEmpty()
                         ? QStringLiteral("no coach named \"%1\" has comments or scores in this workspace (none has)")
                               .arg(wanted)
                         : QStringLiteral("no coach named \"%1\" has comments or scores in this workspace; its "
                                          "coaches are: %2")
                               .arg(wanted, names->join(QStringLiteral("; ")))};
    }
    if (coachWorkspace)
        return (*owner)->name;
    if (names->size() == 1)
        return names->front();
    if (names->isEmpty())
        return Error{ErrorCode::NotFound, QStringLiteral("this workspace holds no coach's comments or scores")};
    return Error{ErrorCode::Usage, QStringLiteral("this workspace holds the feedback of %1 coaches (%2): name one")
                                       .arg(names->size())
                                       .arg(names->join(QStringLiteral("; ")))};
}

Result<std::optional<FeedbackArrival>> latestFeedback(Workspace& workspace) {
    auto entries = repo::ImportLog(workspace.database()).entries(); // newest first
    if (!entries)
        return entries.error();
    const auto isFeedback = [](const repo::ImportLogEntry& e) { return e.kind == QLatin1String("feedback"); };
    const auto latest = std::find_if(entries->begin(), entries->end(), isFeedback);
    if (latest == entries->end())
        return std::optional<FeedbackArrival>();
    FeedbackArrival arrival;
    arrival.coach = latest->ownerName;
    arrival.madeAt = latest->createdAt;
    arrival.importedAt = latest->importedAt;
    // What the team saw before: the same coach's feedback bundle before this one.
    QDateTime seen;
    // (the newest made before it, whatever order the files were imported in).
    for (auto it = std::next(latest); it != entries->end(); ++it)
        if (isFeedback(*it) && it->ownerName == arrival.coach && it->createdAt < arrival.madeAt &&
            (!seen.isValid() || it->createdAt > seen))
            seen = it->createdAt;
    const auto since = [&](const RecordMeta& meta) { return !seen.isValid() || meta.updatedAt > seen; };
    // Counts what `coach` wrote since; false when the workspace holds nothing of that coach's.
    const auto count = [&](const QString& coach) -> Result<bool> {
        const auto byCoach = [&](storage::Query& q) { q.bind(1, coach); };
        auto comments = workspace.work.comments.where("owner_coach = ?1", byCoach);
        if (!comments)
            return comments.error();
        auto replies = workspace.work.replies.all();
        if (!replies)
            return replies.error();
        std::set<QUuid> answered;
        for (const CommentReply& reply : *replies)
            answered.insert(reply.commentId);
        auto scores = workspace.work.scores.where("owner_coach = ?1 AND owner_role = 'coach'", byCoach);
        if (!scores)
            return scores.error();
        for (const CoachComment& c : *comments)
            arrival.newComments += commentState(c, answered.count(c.meta.id) > 0) == CommentState::New && since(c.meta);
        for (const AssessmentScore& score : *scores)
            arrival.newScores += since(score.meta);
        return !comments->empty() || !scores->empty();
    };
    auto found = count(arrival.coach);
    if (!found)
        return found.error();
    // A format 1 bundle's records are the unnamed coach's, whatever name its manifest gives.
    if (!*found && !arrival.coach.isEmpty())
        if (auto unnamed = count(QString()); !unnamed)
            return unnamed.error();
    return std::optional(arrival);
}

} // namespace pdsa::coaching

// SPDX-License-Identifier: Apache-2.0
// The faculty's monthly rhythm (core/coaching): the reporting calendar, the feedback listing, the
// rules every write meets, whose record each is, and the feedback round trip between a team's
// workspace and its coach's, as files on disk through the CLI's import and export.
#include "bundle/bundle.h"
#include "bundle/merge.h"
#include "coaching/edits.h"
#include "coaching/reporting.h"
#include "report/storyboard.h"
#include "support/bundlefiles.h"
#include "support/testsupport.h"
#include "workspace/measurechartloader.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

#include <cmath>

using namespace pdsa;
using coaching::ReportStatus;

namespace {

const QDateTime kStamp(QDate(2026, 7, 20), QTime(9, 0), Qt::UTC);
const QString kTeam = QStringLiteral("Alder County (demo)"); // coached by test::kDemoCoach

// test::kDemoCoach's comment on `teamId`'s work as a whole, saved in `coach`'s workspace.
QUuid commentOnTeam(Workspace& coach, const QUuid& teamId, const QDate& on, const QString& text) {
    CoachComment c;
    c.meta.owner = Owner::ofCoach(test::kDemoCoach);
    c.teamId = teamId;
    c.author = test::kDemoCoach;
    c.subjectKind = SubjectKind::Team;
    c.subjectId = teamId;
    c.writtenOn = on;
    c.text = text;
    EXPECT_TRUE(coaching::saveComment(coach, c).value());
    return c.meta.id;
}

TEST(ReportingCalendar, a_month_is_due_on_the_collaboratives_day_of_the_next_month) {
    Collaborative c;
    EXPECT_EQ(coaching::dueDate(c, QDate(2025, 3, 17)), QDate(2025, 4, 10)) << "the 10th by default";
    EXPECT_EQ(coaching::dueDate(c, QDate(2025, 12, 1)), QDate(2026, 1, 10)) << "December's is due in January";
    c.reportDueDay = 25;
    EXPECT_EQ(coaching::dueDate(c, QDate(2025, 3, 1)), QDate(2025, 4, 25));
}

TEST(ReportingCalendar, each_team_month_is_not_due_due_submitted_late_or_missing) {
    const QDate march(2025, 3, 1), due(2025, 4, 10);
    EXPECT_EQ(coaching::reportStatus(march, due, {}, QDate(2025, 3, 31)), ReportStatus::NotDue) << "the month runs";
    EXPECT_EQ(coaching::reportStatus(march, due, {}, QDate(2025, 4, 1)), ReportStatus::Due);
    EXPECT_EQ(coaching::reportStatus(march, due, {}, QDate(2025, 4, 10)), ReportStatus::Due) << "due day included";
    EXPECT_EQ(coaching::reportStatus(march, due, {}, QDate(2025, 4, 11)), ReportStatus::Missing);
    EXPECT_EQ(coaching::reportStatus(march, due, QDate(2025, 4, 10), QDate(2025, 9, 1)), ReportStatus::Submitted);
    EXPECT_EQ(coaching::reportStatus(march, due, QDate(2025, 4, 11), QDate(2025, 9, 1)), ReportStatus::Late);
    EXPECT_EQ(coaching::reportStatus(march, due, QDate(2025, 3, 30), QDate(2025, 3, 30)), ReportStatus::Submitted)
        << "sent early, before the month is over";
}

class Coaching : public ::testing::Test {
protected:
    void SetUp() override {
        source = dir.path(QStringLiteral("source.pdsa"));
        test::writeDemo(source);
        ws = test::openOrFail(source);
        ASSERT_TRUE(ws);
    }
    test::TempDir dir;
    QString source;
    std::unique_ptr<Workspace> ws;
};

TEST_F(Coaching, the_grid_has_every_team_and_month_in_order_with_the_scores_given) {
    const auto collaborative = ws->collaborative.current().value();
    const QDate last(collaborative.endDate.year(), collaborative.endDate.month(), 1);
    const auto rows = coaching::reportingGrid(*ws, last, QDate(2030, 1, 1)).value();
    const auto teams = ws->teams.teams.all().value();
    ASSERT_EQ(rows.size(), teams.size() * 12u);
    int late = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        const auto& r = rows[i];
        if (i > 0) {
            EXPECT_TRUE(rows[i - 1].team < r.team || (rows[i - 1].team == r.team && rows[i - 1].month < r.month));
        }
        EXPECT_EQ(r.due, QDate(r.month.addMonths(1).year(), r.month.addMonths(1).month(), 10));
        EXPECT_NE(r.report, ReportStatus::NotDue) << "every month is long past";
        EXPECT_EQ(r.report == ReportStatus::Late, r.submittedOn.isValid() && r.submittedOn > r.due);
        late += r.report == ReportStatus::Late;
        auto scores = ws->work.scores.where("team_id = ?1 AND month = ?2", [&](storage::Query& q) {
            q.bind(1, r.teamId).bind(2, r.month);
        });
        std::optional<double> faculty, self;
        for (const AssessmentScore& s : scores.value())
            (s.isSelfScore() ? self : faculty) = s.score;
        EXPECT_EQ(r.facultyScore, faculty);
        EXPECT_EQ(r.selfScore, self);
        EXPECT_EQ(r.measuresExpected, 6);
    }
    EXPECT_GT(late, 0);
    // One team's rows alone (the team page's): the same as its rows in the whole grid.
    const QUuid second = rows[12].teamId;
    const auto one = coaching::reportingGrid(*ws, last, QDate(2030, 1, 1), second).value();
    ASSERT_EQ(one.size(), 12u);
    for (size_t i = 0; i < one.size(); ++i) {
        const auto& whole = rows[12 + i];
        EXPECT_EQ(one[i].teamId, second);
        EXPECT_EQ(one[i].month, whole.month);
        EXPECT_EQ(one[i].report, whole.report);
        EXPECT_EQ(one[i].submittedOn, whole.submittedOn);
        EXPECT_EQ(one[i].measuresEntered, whole.measuresEntered);
        EXPECT_EQ(one[i].facultyScore, whole.facultyScore);
        EXPECT_EQ(one[i].selfScore, whole.selfScore);
    }
    const auto early = coaching::reportingGrid(*ws, collaborative.startDate.addMonths(2), QDate(2030, 1, 1)).value();
    EXPECT_EQ(early.size(), teams.size() * 3u) << "up to the month asked";
    const auto before = coaching::reportingGrid(*ws, collaborative.startDate.addMonths(-1), QDate(2030, 1, 1));
    ASSERT_FALSE(before.ok());
    EXPECT_TRUE(before.error().message.contains(QStringLiteral("before the collaborative's first month")));
}

TEST_F(Coaching, feedback_lists_each_reply_right_after_its_comment_and_the_comment_as_answered) {
    const auto rows = coaching::feedbackRows(*ws).value();
    int replies = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].kind != coaching::FeedbackKind::Reply)
            continue;
        ++replies;
        size_t j = i;
        while (j > 0 && rows[j - 1].kind == coaching::FeedbackKind::Reply)
            --j;
        ASSERT_GT(j, 0u);
        const auto& comment = rows[j - 1];
        EXPECT_EQ(comment.kind, coaching::FeedbackKind::Comment);
        EXPECT_EQ(comment.id, rows[i].subjectId) << "a reply follows the comment it answers";
        EXPECT_NE(comment.state, CommentState::New);
    }
    EXPECT_GT(replies, 0);
}

TEST_F(Coaching, the_rules_refuse_a_score_off_the_scale_a_month_outside_and_a_second_report) {
    const Team team = ws->teams.lookup(kTeam).value();
    AssessmentScore score;
    score.meta.owner = Owner::ofTeam(team.meta.id);
    score.teamId = team.meta.id;
    score.month = QDate(2031, 1, 1);
    score.score = 3.25;
    auto refused = coaching::checkScore(*ws, score);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message, QStringLiteral("Assessment score 3.25 is not on the scale: expected 1.0 to 5.0 "
                                                      "in half points. Nothing was changed."));
    score.score = 3.5;
    refused = coaching::checkScore(*ws, score);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message, QStringLiteral("An assessment score is for one of the collaborative's months; "
                                                      "2031-01 is not one. Nothing was changed."));
    const TeamReport existing = ws->work.reports.forTeam(team.meta.id).value().front();
    TeamReport second;
    second.meta.owner = existing.meta.owner;
    second.teamId = team.meta.id;
    second.month = existing.month;
    refused = coaching::checkReport(*ws, second);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.startsWith(QStringLiteral("The team has a report for ")));
}

TEST_F(Coaching, the_storyboard_holds_the_narrative_the_months_cycles_and_the_engines_signals) {
    const Team team = ws->teams.lookup(kTeam).value();
    const auto reports = ws->work.reports.forTeam(team.meta.id).value();
    const auto cycles = ws->cycles.cycles.forTeam(team.meta.id).value();
    // A month in which a cycle started, with its report.
    const TeamReport* report = nullptr;
    for (const TeamReport& r : reports)
        for (const PdsaCycle& c : cycles)
            if (!report && c.startDate.isValid() && c.startDate.year() == r.month.year() &&
                c.startDate.month() == r.month.month())
                report = &r;
    ASSERT_NE(report, nullptr);
    const auto board = report::storyboard(*ws, team.meta.id, report->month).value();
    for (const QString& text : {report->progress, report->successes, report->challenges, report->nextSteps})
        EXPECT_TRUE(board.html.contains(text.toHtmlEscaped())) << text.toStdString();
    for (const PdsaCycle& c : cycles)
        if (c.startDate.year() == report->month.year() && c.startDate.month() == report->month.month()) {
            EXPECT_TRUE(board.html.contains(c.title.toHtmlEscaped())) << c.title.toStdString();
        }
    // Each small chart is the engine's chart of the values up to the month: the same points and signals.
    const auto measures = ws->measures.forTeam(team.meta.id).value();
    ASSERT_EQ(board.charts.size(), measures.size());
    for (size_t m = 0; m < measures.size(); ++m) {
        const auto chart =
            loadMeasureChart(*ws, team.meta.id, measures[m].meta.id, report->month.addMonths(1).addDays(-1)).value();
        const auto& points = chart.total.points;
        const auto& sketch = board.charts[m];
        ASSERT_LE(sketch.y.size(), points.size());
        const size_t offset = points.size() - sketch.y.size();
        for (size_t i = 0; i < sketch.y.size(); ++i) {
            EXPECT_EQ(sketch.signal[i], points[offset + i].signal());
            EXPECT_TRUE(sketch.y[i] == points[offset + i].value || (std::isnan(sketch.y[i]) && std::isnan(points[offset + i].value)));
        }
    }
    const QString file = report::storyboardHtmlFile(board);
    EXPECT_TRUE(file.startsWith(QStringLiteral("<!DOCTYPE html>")));
    EXPECT_FALSE(file.contains(QStringLiteral("pdsa-chart:"))) << "every chart drawn inline";
    EXPECT_EQ(file.count(QStringLiteral("<svg ")), int(board.charts.size()));
    const auto outside = report::storyboard(*ws, team.meta.id, QDate(2031, 1, 1));
    ASSERT_FALSE(outside.ok());
    EXPECT_TRUE(outside.error().message.contains(QStringLiteral("is not a month of the collaborative")));
}

TEST_F(Coaching, a_feedback_bundle_is_one_named_coachs_and_the_cli_asks_which_when_there_are_two) {
    EXPECT_EQ(coaching::coachNames(*ws).value(), (QStringList{test::kDemoCoach, test::kDemoCoach2}));
    const auto ambiguous = coaching::feedbackCoach(*ws, {});
    ASSERT_FALSE(ambiguous.ok());
    EXPECT_EQ(ambiguous.error().message,
              QStringLiteral("this workspace holds the feedback of 2 coaches (%1; %2): name one")
                  .arg(test::kDemoCoach, test::kDemoCoach2));
    EXPECT_EQ(coaching::feedbackCoach(*ws, test::kDemoCoach2.toUpper()).value(), test::kDemoCoach2);
    ws.reset();
    const QString out = dir.path(QStringLiteral("f.pdsabundle"));
    const auto run = test::runPdsa({QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--workspace"),
                                    source, QStringLiteral("--feedback"), QStringLiteral("--out"), out});
    EXPECT_EQ(run.code, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("name one"))) << run.err.toStdString();
    const auto one = test::runPdsa({QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--workspace"),
                                    source, QStringLiteral("--feedback"), QStringLiteral("--coach"), test::kDemoCoach,
                                    QStringLiteral("--teams"), kTeam, QStringLiteral("--out"), out});
    ASSERT_EQ(one.code, 0) << one.err.toStdString();
    auto read = bundle::readBundleFile(out);
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    EXPECT_EQ(read->manifest.formatVersion, 2);
    EXPECT_EQ(read->manifest.owner, Owner::ofCoach(test::kDemoCoach));
    EXPECT_TRUE(one.out.contains(QStringLiteral("feedback bundle of coach \"%1\"").arg(test::kDemoCoach)));
    auto source2 = test::openOrFail(source);
    const QUuid team = source2->teams.lookup(kTeam).value().meta.id;
    for (const QJsonObject& score : read->records(QStringLiteral("assessment_score")).value())
        EXPECT_EQ(score.value(QStringLiteral("team_id")).toString(), team.toString(QUuid::WithoutBraces))
            << "only the team chosen";
}

TEST_F(Coaching, the_due_day_travels_in_the_template_and_only_when_it_is_not_the_default) {
    const QString plain = dir.path(QStringLiteral("plain.pdsabundle"));
    ASSERT_TRUE(bundle::exportBundleFile(*ws, {bundle::BundleKind::Template, {}, false, kStamp}, plain).ok());
    const auto before = bundle::readBundleFile(plain).value().records(QStringLiteral("collaborative")).value();
    ASSERT_EQ(before.size(), 1u);
    EXPECT_FALSE(before.front().contains(QStringLiteral("report_due_day"))) << "the default is left out";
    EXPECT_FALSE(coaching::checkReportDueDay(29).ok());
    ASSERT_TRUE(ws->transactImport([&]() -> Status {
        Collaborative c = ws->collaborative.current().value();
        c.reportDueDay = 15;
        auto saved = ws->collaborative.collaboratives.save(c, kStamp);
        return saved ? Status{} : Status{saved.error()};
    }).ok());
    const QString later = dir.path(QStringLiteral("later.pdsabundle"));
    ASSERT_TRUE(bundle::exportBundleFile(*ws, {bundle::BundleKind::Template, {}, false, kStamp}, later).ok());
    const auto after = bundle::readBundleFile(later).value().records(QStringLiteral("collaborative")).value();
    EXPECT_EQ(after.front().value(QStringLiteral("report_due_day")).toInt(), 15);
    ws.reset();
    const QString team = dir.path(QStringLiteral("team.pdsa"));
    ASSERT_EQ(test::runPdsa({QStringLiteral("init"), QStringLiteral("--out"), team}).code, 0);
    ASSERT_EQ(test::runPdsa({QStringLiteral("bundle"), QStringLiteral("import"), QStringLiteral("--workspace"), team, later}).code, 0);
    auto imported = test::openOrFail(team);
    const Collaborative arrived = imported->collaborative.current().value();
    EXPECT_EQ(arrived.reportDueDay, 15);
    EXPECT_EQ(coaching::dueDate(arrived, arrived.startDate), arrived.startDate.addMonths(1).addDays(15 - arrived.startDate.day()));
}

TEST_F(Coaching, a_format_1_feedback_bundle_is_still_read_as_the_unnamed_coachs) {
    auto read = bundle::readBundleFile(test::dataPath(QStringLiteral("bundles/format-1-feedback.pdsabundle")));
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    EXPECT_EQ(read->manifest.formatVersion, 1);
    const Owner unnamed{OwnerRole::Coach, {}, {}};
    EXPECT_EQ(read->manifest.owner, unnamed);
    const auto comments = read->records(QStringLiteral("coach_comment")).value();
    ASSERT_FALSE(comments.empty());
    EXPECT_FALSE(comments.front().contains(QStringLiteral("owner_coach")));
    EXPECT_FALSE(comments.front().contains(QStringLiteral("resolved_on")));
}

// The month's whole round: a team submits its report; its coach imports the team's bundle,
// comments and scores; the team imports the feedback and replies; the coach sees the reply after
// the team's next bundle. Every step is a file on disk, through the CLI's import and export.
class RoundTrip : public Coaching {
protected:
    void SetUp() override {
        Coaching::SetUp();
        const QUuid teamId = ws->teams.lookup(kTeam).value().meta.id;
        templateFile = dir.path(QStringLiteral("template.pdsabundle"));
        ASSERT_TRUE(bundle::exportBundleFile(*ws, {bundle::BundleKind::Template, {}, false, kStamp}, templateFile).ok());
        teamFile = dir.path(QStringLiteral("team.pdsabundle"));
        ASSERT_TRUE(bundle::exportBundleFile(*ws, {bundle::BundleKind::Team, teamId, false, kStamp}, teamFile).ok());
        ws.reset();
        teamWs = make(QStringLiteral("team.pdsa"), QStringLiteral("team:") + kTeam, {templateFile, teamFile});
        coachWs = make(QStringLiteral("coach.pdsa"), QStringLiteral("coach:") + test::kDemoCoach, {templateFile});
    }

    QString make(const QString& name, const QString& as, const QStringList& files) {
        const QString path = dir.path(name);
        EXPECT_EQ(test::runPdsa({QStringLiteral("init"), QStringLiteral("--out"), path, QStringLiteral("--as"), as}).code, 0);
        importInto(path, files);
        return path;
    }
    void importInto(const QString& path, const QStringList& files) {
        const auto run = test::runPdsa(QStringList{QStringLiteral("bundle"), QStringLiteral("import"),
                                                   QStringLiteral("--workspace"), path} + files);
        EXPECT_EQ(run.code, 0) << run.err.toStdString();
    }
    QString exportFrom(const QString& path, const QStringList& kind, const QString& name) {
        const QString out = dir.path(name);
        const auto run = test::runPdsa(QStringList{QStringLiteral("bundle"), QStringLiteral("export"),
                                                   QStringLiteral("--workspace"), path} + kind +
                                       QStringList{QStringLiteral("--out"), out});
        EXPECT_EQ(run.code, 0) << run.err.toStdString();
        return out;
    }

    QString templateFile, teamFile, teamWs, coachWs;
};

TEST_F(RoundTrip, report_comment_score_reply_travel_and_each_side_sees_the_others) {
    QUuid reportId, commentId;
    QDate month;
    {   // The team rewrites its last report and submits it.
        auto team = test::openOrFail(teamWs);
        const Team t = team->teams.lookup(kTeam).value();
        TeamReport report = team->work.reports.forTeam(t.meta.id).value().back();
        month = report.month;
        reportId = report.meta.id;
        report.progress = QStringLiteral("We tested the parent-led orientation with four families.");
        report.submittedOn = QDate();
        ASSERT_TRUE(coaching::saveReport(*team, report).value());
        ASSERT_TRUE(coaching::submitReport(*team, reportId, month.addMonths(1).addDays(6)).value());
    }
    const QString teamBundle = exportFrom(teamWs, {QStringLiteral("--team"), kTeam}, QStringLiteral("team-1.pdsabundle"));
    importInto(coachWs, {teamBundle});
    {   // The coach reads it, comments on it and scores the month.
        auto coach = test::openOrFail(coachWs);
        const TeamReport arrived = coach->work.reports.find(reportId).value().value();
        EXPECT_EQ(arrived.progress, QStringLiteral("We tested the parent-led orientation with four families."));
        EXPECT_EQ(arrived.submittedOn, month.addMonths(1).addDays(6));
        CoachComment comment;
        comment.meta.owner = Owner::ofCoach(test::kDemoCoach);
        comment.teamId = arrived.teamId;
        comment.author = test::kDemoCoach;
        comment.subjectKind = SubjectKind::Report;
        comment.subjectId = reportId;
        comment.month = month;
        comment.writtenOn = month.addMonths(1).addDays(8);
        comment.text = QStringLiteral("Which family found the orientation most useful, and why?");
        commentId = comment.meta.id;
        ASSERT_TRUE(coaching::saveComment(*coach, comment).value());
        auto scores = coach->work.scores.where("team_id = ?1 AND month = ?2", [&](storage::Query& q) {
            q.bind(1, arrived.teamId).bind(2, month);
        });
        for (const AssessmentScore& s : scores.value())
            ASSERT_TRUE(s.isSelfScore()) << "the coach's workspace holds no faculty score for the month yet";
        AssessmentScore score;
        score.meta.owner = Owner::ofCoach(test::kDemoCoach);
        score.teamId = arrived.teamId;
        score.month = month;
        score.score = 4.0;
        score.rationale = QStringLiteral("Half the goal reached.");
        score.assessor = test::kDemoCoach;
        ASSERT_TRUE(coaching::saveScore(*coach, score).value());
    }
    const QString feedback = exportFrom(coachWs, {QStringLiteral("--feedback")}, QStringLiteral("feedback.pdsabundle"));
    importInto(teamWs, {feedback});
    {   // The team sees the comment, new, and the score; it replies.
        auto team = test::openOrFail(teamWs);
        const auto rows = coaching::feedbackRows(*team).value();
        const auto comment = std::find_if(rows.begin(), rows.end(), [&](const auto& r) { return r.id == commentId; });
        ASSERT_NE(comment, rows.end());
        EXPECT_EQ(comment->state, CommentState::New);
        const auto grid = coaching::reportingGrid(*team, month, QDate(2030, 1, 1)).value();
        EXPECT_EQ(grid.back().facultyScore, 4.0);
        EXPECT_EQ(grid.back().report, ReportStatus::Submitted);
        CommentReply reply;
        reply.meta.owner = Owner::ofTeam(comment->teamId);
        reply.teamId = comment->teamId;
        reply.commentId = commentId;
        reply.author = QStringLiteral("The team lead");
        reply.writtenOn = month.addMonths(1).addDays(12);
        reply.text = QStringLiteral("The father who works nights: the evening session fit his shifts.");
        ASSERT_TRUE(coaching::saveReply(*team, reply).value());
    }
    const QString nextBundle = exportFrom(teamWs, {QStringLiteral("--team"), kTeam}, QStringLiteral("team-2.pdsabundle"));
    importInto(coachWs, {nextBundle});
    auto coach = test::openOrFail(coachWs);
    const auto rows = coaching::feedbackRows(*coach).value();
    const auto comment = std::find_if(rows.begin(), rows.end(), [&](const auto& r) { return r.id == commentId; });
    ASSERT_NE(comment, rows.end());
    EXPECT_EQ(comment->state, CommentState::Answered);
    ASSERT_NE(comment + 1, rows.end());
    EXPECT_EQ((comment + 1)->kind, coaching::FeedbackKind::Reply);
    EXPECT_EQ((comment + 1)->text, QStringLiteral("The father who works nights: the evening session fit his shifts."));
    ASSERT_TRUE(coaching::resolveComment(*coach, commentId, month.addMonths(1).addDays(14)).value());
    EXPECT_EQ(coaching::feedbackRows(*coach).value().size(), rows.size());
}

TEST_F(RoundTrip, a_team_cannot_write_a_faculty_score_nor_a_coach_a_cycle_nor_one_coach_anothers_comment) {
    auto team = test::openOrFail(teamWs);
    const Team t = team->teams.lookup(kTeam).value();
    AssessmentScore score;
    score.meta.owner = Owner::ofCoach(test::kDemoCoach);
    score.teamId = t.meta.id;
    score.month = team->work.reports.forTeam(t.meta.id).value().back().month;
    score.score = 5.0;
    auto refused = coaching::saveScore(*team, score);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::NotYours);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("the comments and faculty scores of coach %1 arrive "
                                                                "with the coach's feedback bundle")
                                                     .arg(test::kDemoCoach)))
        << refused.error().message.toStdString();
    team.reset();

    importInto(coachWs, {teamFile});
    auto coach = test::openOrFail(coachWs);
    PdsaCycle cycle = coach->cycles.cycles.forTeam(t.meta.id).value().front();
    cycle.title = QStringLiteral("A coach's idea of a better title");
    auto cycleRefused = coach->transact([&]() -> Status {
        auto saved = coach->cycles.cycles.save(cycle, kStamp);
        return saved ? Status{} : Status{saved.error()};
    });
    ASSERT_FALSE(cycleRefused.ok());
    EXPECT_TRUE(cycleRefused.error().message.contains(QStringLiteral("a coach comments on and scores")))
        << cycleRefused.error().message.toStdString();

    CoachComment theirs;
    theirs.meta.owner = Owner::ofCoach(test::kDemoCoach2);
    theirs.teamId = t.meta.id;
    theirs.author = test::kDemoCoach2;
    theirs.writtenOn = QDate(2026, 6, 2);
    theirs.text = QStringLiteral("Another coach's word");
    auto otherCoach = coaching::saveComment(*coach, theirs);
    ASSERT_FALSE(otherCoach.ok());
    EXPECT_TRUE(otherCoach.error().message.contains(
        QStringLiteral("the comments and scores of coach %1 change only in that coach's own workspace")
            .arg(test::kDemoCoach2)))
        << otherCoach.error().message.toStdString();
}

TEST_F(RoundTrip, a_bundle_cannot_carry_a_faculty_score_as_the_teams_nor_overwrite_another_coachs_comment) {
    // A team bundle holding a score owned by a coach.
    const QString forged = dir.path(QStringLiteral("forged-team.pdsabundle"));
    const QString scoreId = test::alterFirstRecord(
        teamFile, QStringLiteral("records/assessment_score.jsonl"),
        [](QJsonObject& score) {
            score.insert(QStringLiteral("owner_role"), QStringLiteral("coach"));
            score.insert(QStringLiteral("owner_team"), QJsonValue::Null);
            score.insert(QStringLiteral("owner_coach"), test::kDemoCoach);
        },
        forged);
    ASSERT_FALSE(scoreId.isEmpty());
    const auto run = test::runPdsa({QStringLiteral("bundle"), QStringLiteral("import"), QStringLiteral("--workspace"),
                                    coachWs, forged});
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("records/assessment_score.jsonl, line 1: the record is owned by someone "
                                                "other than the bundle's owner")))
        << run.err.toStdString();

    // Coach 2's feedback bundle claiming coach 1's comment.
    auto source2 = test::openOrFail(source);
    const QString first = dir.path(QStringLiteral("coach1.pdsabundle"));
    ASSERT_TRUE(bundle::exportBundleFile(*source2, {bundle::BundleKind::Feedback, {}, false, kStamp, test::kDemoCoach}, first).ok());
    const QString second = dir.path(QStringLiteral("coach2.pdsabundle"));
    ASSERT_TRUE(bundle::exportBundleFile(*source2, {bundle::BundleKind::Feedback, {}, false, kStamp, test::kDemoCoach2}, second).ok());
    source2.reset();
    const QString organizer = make(QStringLiteral("organizer.pdsa"), QStringLiteral("organizer"), {templateFile});
    const QStringList teams = [&] {
        auto s = test::openOrFail(source);
        QStringList files;
        for (const Team& t : s->teams.teams.all().value()) {
            const QString f = dir.path(QStringLiteral("t-%1.pdsabundle").arg(t.name));
            EXPECT_TRUE(bundle::exportBundleFile(*s, {bundle::BundleKind::Team, t.meta.id, false, kStamp}, f).ok());
            files << f;
        }
        return files;
    }();
    importInto(organizer, teams + QStringList{first});
    const QString claim = dir.path(QStringLiteral("claim.pdsabundle"));
    const QString firstComment = test::bundleEntries(first).size() > 0 ? [&] {
        for (const auto& e : test::bundleEntries(first))
            if (e.name == QStringLiteral("records/coach_comment.jsonl"))
                return QJsonDocument::fromJson(test::firstLine(e)).object().value(QStringLiteral("id")).toString();
        return QString();
    }() : QString();
    ASSERT_FALSE(firstComment.isEmpty());
    test::alterFirstRecord(second, QStringLiteral("records/coach_comment.jsonl"),
                           [&](QJsonObject& comment) { comment.insert(QStringLiteral("id"), firstComment); }, claim);
    const QByteArray before = test::fileBytes(organizer);
    const auto claimed = test::runPdsa({QStringLiteral("bundle"), QStringLiteral("import"), QStringLiteral("--workspace"),
                                        organizer, claim});
    EXPECT_EQ(claimed.code, 1);
    EXPECT_TRUE(claimed.err.contains(QStringLiteral("the id is already that of a record of")))
        << claimed.err.toStdString();
    EXPECT_EQ(test::fileBytes(organizer), before);
}

} // namespace

TEST_F(RoundTrip, the_team_learns_what_its_coachs_latest_feedback_brought_that_it_has_not_seen) {
    importInto(coachWs, {teamFile});
    auto team = test::openOrFail(teamWs);
    ASSERT_FALSE(coaching::latestFeedback(*team).value().has_value()) << "no feedback arrived yet";
    const QUuid teamId = team->teams.lookup(kTeam).value().meta.id;
    const QDate month = team->work.reports.forTeam(teamId).value().back().month;
    auto coach = test::openOrFail(coachWs);
    QDateTime clock(QDate(2026, 8, 3), QTime(10, 0), Qt::UTC);
    coach->setClock([&] { return clock; });
    const auto comment = [&](const QString& text) { return commentOnTeam(*coach, teamId, clock.date(), text); };
    const auto feedback = [&](const QString& name) {
        const QString path = dir.path(name);
        const auto exported = bundle::exportBundleFile(*coach, {bundle::BundleKind::Feedback, {}, false, clock, test::kDemoCoach}, path);
        EXPECT_TRUE(exported.ok()) << exported.error().message.toStdString();
        const auto imported = bundle::importBundleFile(*team, path);
        EXPECT_TRUE(imported.ok()) << imported.error().message.toStdString();
        return coaching::latestFeedback(*team).value().value();
    };

    const QUuid first = comment(QStringLiteral("Strong start on the huddles."));
    comment(QStringLiteral("Who else could join the court huddle?"));
    AssessmentScore score;
    score.meta.owner = Owner::ofCoach(test::kDemoCoach);
    score.teamId = teamId;
    score.month = month;
    score.score = 3.5;
    score.assessor = test::kDemoCoach;
    ASSERT_TRUE(coaching::saveScore(*coach, score).value());
    clock = clock.addSecs(3600);
    coaching::FeedbackArrival arrival = feedback(QStringLiteral("feedback-1.pdsabundle"));
    EXPECT_EQ(arrival.coach, test::kDemoCoach);
    EXPECT_EQ(arrival.madeAt, clock);
    EXPECT_EQ(arrival.newComments, 2);
    EXPECT_EQ(arrival.newScores, 1);

    // A month on: one more comment and the first one resolved; the score stays as it was.
    clock = clock.addDays(30);
    comment(QStringLiteral("The June data shows a shift: well done."));
    ASSERT_TRUE(coaching::resolveComment(*coach, first, clock.date()).value());
    clock = clock.addSecs(3600);
    arrival = feedback(QStringLiteral("feedback-2.pdsabundle"));
    EXPECT_EQ(arrival.newComments, 1) << "only what the coach wrote since the last feedback, resolved ones left out";
    EXPECT_EQ(arrival.newScores, 0);

    // The team answers it: nothing new is left to read.
    CommentReply reply;
    reply.meta.owner = Owner::ofTeam(teamId);
    reply.teamId = teamId;
    for (const CoachComment& c : team->work.comments.forTeam(teamId).value())
        if (c.text == QStringLiteral("The June data shows a shift: well done."))
            reply.commentId = c.meta.id;
    reply.author = QStringLiteral("The team lead");
    reply.writtenOn = clock.date();
    reply.text = QStringLiteral("Thank you: we will keep the huddles weekly.");
    ASSERT_TRUE(coaching::saveReply(*team, reply).value());
    EXPECT_EQ(coaching::latestFeedback(*team).value()->newComments, 0);
}

// The team deleted a month's report and wrote it anew: its bundle holds the old one's tombstone and
// the new one, which the coach's workspace takes whichever of the two the merge meets first.
class ReportRewritten : public RoundTrip, public ::testing::WithParamInterface<const char*> {};

TEST_P(ReportRewritten, a_months_report_deleted_and_written_anew_imports_in_either_order) {
    importInto(coachWs, {teamFile});
    QDate month;
    {
        auto team = test::openOrFail(teamWs);
        const QUuid teamId = team->teams.lookup(kTeam).value().meta.id;
        const TeamReport old = team->work.reports.forTeam(teamId).value().back();
        month = old.month;
        ASSERT_TRUE(team->transact([&]() -> Status {
                            auto removed = team->work.reports.remove(old.meta.id, team->now());
                            return removed ? Status{} : Status{removed.error()};
                        }).ok());
        TeamReport fresh;
        fresh.meta.id = QUuid(QString::fromLatin1(GetParam())); // before or after the old one's id
        fresh.meta.owner = Owner::ofTeam(teamId);
        fresh.teamId = teamId;
        fresh.month = month;
        fresh.progress = QStringLiteral("Written again from the huddle notes.");
        ASSERT_TRUE(coaching::saveReport(*team, fresh).value());
    }
    importInto(coachWs, {exportFrom(teamWs, {QStringLiteral("--team"), kTeam}, QStringLiteral("team-again.pdsabundle"))});
    auto coach = test::openOrFail(coachWs);
    const QUuid teamId = coach->teams.lookup(kTeam).value().meta.id;
    int live = 0;
    for (const TeamReport& r : coach->work.reports.forTeam(teamId).value())
        if (r.month == month) {
            ++live;
            EXPECT_EQ(r.progress, QStringLiteral("Written again from the huddle notes."));
        }
    EXPECT_EQ(live, 1);
}

INSTANTIATE_TEST_SUITE_P(IdOrder, ReportRewritten,
                         ::testing::Values("{00000000-0000-4000-8000-000000000001}",
                                           "{ffffffff-ffff-4fff-bfff-fffffffffffe}"));

TEST_F(RoundTrip, a_coachs_feedback_bundle_that_edits_a_teams_cycle_is_refused_by_the_cli_and_changes_nothing) {
    importInto(coachWs, {teamFile});
    const QString feedback = dir.path(QStringLiteral("feedback.pdsabundle"));
    {
        auto coach = test::openOrFail(coachWs);
        const QUuid teamId = coach->teams.lookup(kTeam).value().meta.id;
        commentOnTeam(*coach, teamId, QDate(2026, 7, 21), QStringLiteral("Keep going."));
        ASSERT_TRUE(bundle::exportBundleFile(*coach, {bundle::BundleKind::Feedback, {}, false, kStamp, test::kDemoCoach},
                                             feedback)
                        .ok());
    }
    // The team's first cycle, retitled, slipped into the coach's bundle.
    QByteArray cycleLine;
    for (const auto& entry : test::bundleEntries(teamFile))
        if (entry.name == QStringLiteral("records/pdsa_cycle.jsonl")) {
            QJsonObject cycle = QJsonDocument::fromJson(test::firstLine(entry)).object();
            cycle.insert(QStringLiteral("title"), QStringLiteral("A coach's idea of a better title"));
            cycle.insert(QStringLiteral("revision"), cycle.value(QStringLiteral("revision")).toInt() + 1);
            cycleLine = QJsonDocument(cycle).toJson(QJsonDocument::Compact) + '\n';
        }
    ASSERT_FALSE(cycleLine.isEmpty());
    const QString forged = dir.path(QStringLiteral("forged-feedback.pdsabundle"));
    test::rewriteBundle(
        feedback, [&](std::vector<bundle::ZipEntry>& entries) { entries.push_back({QStringLiteral("records/pdsa_cycle.jsonl"), cycleLine}); },
        forged);
    const QByteArray before = test::fileBytes(teamWs);
    const auto run = test::runPdsa({QStringLiteral("bundle"), QStringLiteral("import"), QStringLiteral("--workspace"),
                                    teamWs, forged});
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("records/pdsa_cycle.jsonl, line 1: the record is owned by someone other "
                                                "than the bundle's owner")))
        << run.err.toStdString();
    EXPECT_EQ(test::fileBytes(teamWs), before) << "nothing of the bundle was written";
    importInto(teamWs, {feedback}); // the same feedback, honest, is taken
}

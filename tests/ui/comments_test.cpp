// SPDX-License-Identifier: Apache-2.0
// Coach comments beside what they are about: on a PDSA cycle's page, a measure's page, under a
// month's report and on the team's page; the team replies there, a coach comments there, and the
// navigation tree counts what is not resolved yet.

#include "coaching/edits.h"
#include "mainwindow.h"
#include "models/navigationmodel.h"
#include "pages/cyclepage.h"
#include "pages/feedbackpage.h"
#include "pages/measurepage.h"
#include "pages/teampage.h"
#include "uitestsupport.h"
#include "widgets/commentspanel.h"
#include "widgets/commentthread.h"
#include "widgets/growingtextedit.h"
#include "widgets/monthlyreportpanel.h"
#include "widgets/section.h"
#include "workspacedocument.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace pdsa;
using namespace pdsa::ui;

namespace {

class CommentsTest : public test::UiTest {
protected:
    void open(const QString& path) {
        window = test::openMainWindow(path, QDate(2026, 7, 20));
    }
    Workspace& ws() { return window->document()->workspace(); }
    void go(const NavigationTarget& target) {
        window->navigateTo(target);
        QApplication::processEvents();
    }
    static Section* sectionOf(const CommentsPanel* panel) { return panel->section(); }
    // The first live comment about a thing of `kind` in `state`.
    std::optional<CoachComment> firstComment(const char* kind) {
        auto found = ws().work.comments.where("subject_kind = ?1 AND resolved_on IS NULL",
                                              [&](storage::Query& q) { q.bind(1, QString::fromLatin1(kind)); });
        return found && !found->empty() ? std::optional(found->front()) : std::nullopt;
    }

    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(CommentsTest, a_cycles_comments_show_on_its_page_and_the_team_replies_there) {
    open(demoPath());
    const auto first = firstComment("cycle");
    ASSERT_TRUE(first) << "the demo comments on cycles";
    const CoachComment comment = *first;
    go(NavigationTarget::cycle(comment.teamId, comment.subjectId));
    ASSERT_EQ(window->currentPage(), window->cyclePage());
    CommentsPanel* panel = window->cyclePage()->commentsPanel();
    ASSERT_TRUE(sectionOf(panel)->isVisible());
    EXPECT_TRUE(sectionOf(panel)->title().startsWith(QStringLiteral("Coach comments ("))) << sectionOf(panel)->title().toStdString();
    CommentThread* thread = nullptr;
    for (CommentThread* t : panel->threads())
        if (t->commentId() == comment.meta.id)
            thread = t;
    ASSERT_NE(thread, nullptr);
    EXPECT_TRUE(thread->textLabel()->text().contains(comment.text.toHtmlEscaped().left(40)));
    EXPECT_TRUE(thread->textLabel()->text().contains(comment.author.toHtmlEscaped()));
    EXPECT_FALSE(panel->newCommentBox()->isVisible()) << "only a coach writes comments";

    const int replies = int(ws().work.replies.all()->size());
    QTest::keyClicks(thread->replyEdit(), QStringLiteral("Tried it at Tuesday's huddle."));
    QTest::mouseClick(thread->replyButton(), Qt::LeftButton);
    QApplication::processEvents();
    EXPECT_TRUE(panel->messageLabel()->isHidden()) << panel->messageLabel()->text().toStdString();
    ASSERT_EQ(int(ws().work.replies.all()->size()), replies + 1);
    EXPECT_TRUE(thread->textLabel()->text().contains(QStringLiteral("Tried it at Tuesday&#x27;s huddle.")) ||
                thread->textLabel()->text().contains(QStringLiteral("Tried it at Tuesday's huddle.")))
        << thread->textLabel()->text().toStdString();
    EXPECT_TRUE(thread->replyEdit()->text().isEmpty());
    window->document()->undoStack()->undo();
    QApplication::processEvents();
    EXPECT_EQ(int(ws().work.replies.all()->size()), replies);
    EXPECT_FALSE(thread->textLabel()->text().contains(QStringLiteral("Tuesday")));
}

TEST_F(CommentsTest, a_cycle_without_comments_shows_no_comment_section_to_the_team) {
    open(demoPath());
    auto cycles = ws().cycles.cycles.all();
    ASSERT_TRUE(cycles.ok());
    const PdsaCycle* bare = nullptr;
    for (const PdsaCycle& cycle : *cycles)
        if (!bare && ws().work.comments.where("subject_id = ?1", [&](storage::Query& q) { q.bind(1, cycle.meta.id); })->empty())
            bare = &cycle;
    ASSERT_NE(bare, nullptr);
    go(NavigationTarget::cycle(bare->teamId, bare->meta.id));
    EXPECT_FALSE(sectionOf(window->cyclePage()->commentsPanel())->isVisible());
}

TEST_F(CommentsTest, a_coach_comments_on_a_measure_at_a_month_from_its_page_and_the_tree_counts_it) {
    open(coachWorkspace(test::kDemoCoach2));
    const Team team = ws().teams.teams.all()->front();
    const Measure measure = ws().measures.forTeam(team.meta.id)->front();
    go(NavigationTarget::measure(team.meta.id, measure.meta.id));
    ASSERT_EQ(window->currentPage(), window->measurePage());
    CommentsPanel* panel = window->measurePage()->commentsPanel();
    ASSERT_TRUE(sectionOf(panel)->isVisible()) << "a coach's workspace offers a comment";
    ASSERT_TRUE(panel->newCommentBox()->isVisible());
    ASSERT_TRUE(panel->monthBox()->isVisible());
    const QModelIndex node = window->navigationModel()->indexOf(NavigationTarget::measure(team.meta.id, measure.meta.id));
    const int before = node.data(NavigationModel::CommentsRole).toInt();

    panel->monthBox()->setCurrentIndex(panel->monthBox()->findData(QDate(2026, 5, 1)));
    ASSERT_GT(panel->monthBox()->currentIndex(), 0);
    QTest::keyClicks(panel->commentEdit(), QStringLiteral("May's dip follows the court's closure; annotate it."));
    QTest::mouseClick(panel->commentButton(), Qt::LeftButton);
    QApplication::processEvents();
    EXPECT_TRUE(panel->messageLabel()->isHidden()) << panel->messageLabel()->text().toStdString();
    auto mine = ws().work.comments.where("subject_id = ?1 AND month = '2026-05-01'",
                                         [&](storage::Query& q) { q.bind(1, measure.meta.id); });
    ASSERT_EQ(mine->size(), 1u);
    EXPECT_EQ(mine->front().meta.owner, Owner::ofCoach(test::kDemoCoach2));
    EXPECT_EQ(mine->front().subjectKind, SubjectKind::Measure);
    EXPECT_EQ(mine->front().writtenOn, QDate(2026, 7, 20));
    EXPECT_EQ(panel->count(), 1 + before);
    EXPECT_TRUE(panel->commentEdit()->text().isEmpty());
    for (const CommentThread* t : panel->threads())
        EXPECT_FALSE(t->replyEdit()->isVisible()) << "the reply is the team's to write, not the coach's";
    const QModelIndex after = window->navigationModel()->indexOf(NavigationTarget::measure(team.meta.id, measure.meta.id));
    EXPECT_EQ(after.data(NavigationModel::CommentsRole).toInt(), before + 1);
    EXPECT_TRUE(after.data().toString().endsWith(before == 0 ? QStringLiteral("(1 comment)")
                                                            : QStringLiteral("(%1 comments)").arg(before + 1)))
        << after.data().toString().toStdString();

    window->document()->undoStack()->undo();
    QApplication::processEvents();
    EXPECT_EQ(panel->count(), before);
}

TEST_F(CommentsTest, a_coachs_comment_on_a_report_shows_under_that_months_report) {
    open(demoPath());
    const auto first = firstComment("report");
    ASSERT_TRUE(first) << "the demo comments on reports";
    const CoachComment comment = *first;
    auto report = ws().work.reports.find(comment.subjectId);
    ASSERT_TRUE(report.ok() && report->has_value());
    go(NavigationTarget::team(comment.teamId));
    MonthlyReportPanel* reports = window->teamPage()->reportPanel();
    reports->setMonth((**report).month);
    ASSERT_EQ(reports->month(), (**report).month);
    bool shown = false;
    for (const CommentThread* t : reports->commentsPanel()->threads())
        shown |= t->commentId() == comment.meta.id;
    EXPECT_TRUE(shown);
    EXPECT_TRUE(sectionOf(reports->commentsPanel())->isVisibleTo(reports));
}

TEST_F(CommentsTest, a_comment_on_the_team_as_a_whole_shows_on_the_team_page) {
    CoachComment comment;
    {
        auto workspace = test::openOrFail(demoPath());
        comment.meta.owner = Owner::ofCoach(test::kDemoCoach);
        comment.teamId = workspace->teams.teams.all()->back().meta.id;
        comment.author = test::kDemoCoach;
        comment.subjectKind = SubjectKind::Team;
        comment.subjectId = comment.teamId;
        comment.writtenOn = QDate(2026, 7, 2);
        comment.text = QStringLiteral("Your court partner joined every huddle in June: keep that going.");
        ASSERT_TRUE(coaching::saveComment(*workspace, comment).ok());
    }
    open(demoPath());
    go(NavigationTarget::team(comment.teamId));
    ASSERT_EQ(window->currentPage(), window->teamPage());
    CommentsPanel* panel = window->teamPage()->commentsPanel();
    ASSERT_EQ(panel->count(), 1);
    EXPECT_EQ(panel->threads().front()->commentId(), comment.meta.id);
    EXPECT_TRUE(panel->threads().front()->textLabel()->text().contains(QStringLiteral("every huddle in June")));
    EXPECT_TRUE(sectionOf(panel)->isVisible());
    EXPECT_EQ(sectionOf(panel)->title(), QStringLiteral("Coach comments (1, 1 new)"));
}

TEST_F(CommentsTest, a_reply_made_on_the_feedback_page_shows_on_the_cycles_page_when_the_team_comes_back) {
    open(demoPath());
    const auto first = firstComment("cycle");
    ASSERT_TRUE(first);
    go(NavigationTarget::cycle(first->teamId, first->subjectId));
    go(NavigationTarget::feedback());
    FeedbackPage* feedback = window->feedbackPage();
    feedback->selectComment(first->meta.id);
    ASSERT_EQ(feedback->thread()->commentId(), first->meta.id);
    QTest::keyClicks(feedback->thread()->replyEdit(), QStringLiteral("Answered from the Feedback page."));
    QTest::mouseClick(feedback->thread()->replyButton(), Qt::LeftButton);
    go(NavigationTarget::cycle(first->teamId, first->subjectId));
    bool shown = false;
    for (const CommentThread* t : window->cyclePage()->commentsPanel()->threads())
        shown |= t->commentId() == first->meta.id && t->textLabel()->text().contains(QStringLiteral("Answered from the Feedback page."));
    EXPECT_TRUE(shown);
}

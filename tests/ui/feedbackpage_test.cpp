// SPDX-License-Identifier: Apache-2.0
// The Feedback page, driven as its people would: the navigation tree's Feedback node counts the
// new comments; the list filters by team and state; the team replies (the comment becomes
// answered, undo takes it back); only the coach who wrote a comment resolves it, and the control
// says why elsewhere; a coach adds a comment on a team's work in the coach's own workspace.
#include "bundle/bundle.h"
#include "mainwindow.h"
#include "models/feedbacklistmodel.h"
#include "models/navigationmodel.h"
#include "pages/feedbackpage.h"
#include "uitestsupport.h"
#include "widgets/commentthread.h"
#include "widgets/fittedtableview.h"
#include "widgets/growingtextedit.h"
#include "workspacedocument.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QUndoStack>

using namespace pdsa;
using namespace pdsa::ui;

namespace {

class FeedbackPageTest : public test::UiTest {
protected:
    void open(const QString& path) {
        window = test::openMainWindow(path, QDate(2026, 7, 20));
        window->navigateTo(NavigationTarget::feedback());
        QApplication::processEvents();
    }
    FeedbackPage* page() { return window->feedbackPage(); }
    Workspace& ws() { return window->document()->workspace(); }
    int newComments() { return page()->model()->count(CommentState::New); }
    // Selects the first comment shown in `state`.
    QUuid selectFirst(CommentState state) {
        page()->stateFilter()->setCurrentIndex(page()->stateFilter()->findData(int(state)));
        const QModelIndex first = page()->proxy()->index(0, 0);
        if (!first.isValid())
            return {};
        page()->view()->setCurrentIndex(first);
        return first.data(FeedbackListModel::IdRole).toUuid();
    }

    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(FeedbackPageTest, the_tree_counts_the_new_comments_and_the_list_filters_by_state) {
    open(demoPath());
    EXPECT_EQ(window->currentPage(), page());
    const int fresh = newComments();
    ASSERT_GT(fresh, 0);
    const QModelIndex node = window->navigationModel()->indexOf(NavigationTarget::feedback());
    ASSERT_TRUE(node.isValid());
    EXPECT_EQ(node.data().toString(), QStringLiteral("Feedback (%1 new)").arg(fresh));
    EXPECT_EQ(page()->model()->rowCount(), int(ws().work.comments.all()->size()));
    page()->stateFilter()->setCurrentIndex(page()->stateFilter()->findData(int(CommentState::Resolved)));
    ASSERT_GT(page()->proxy()->rowCount(), 0);
    for (int r = 0; r < page()->proxy()->rowCount(); ++r)
        EXPECT_EQ(page()->proxy()->index(r, FeedbackListModel::StateColumn).data().toString(),
                  FeedbackListModel::stateText(CommentState::Resolved));
}

TEST_F(FeedbackPageTest, a_reply_answers_the_comment_and_undo_takes_it_back) {
    open(demoPath());
    const int fresh = newComments();
    const QUuid id = selectFirst(CommentState::New);
    ASSERT_FALSE(id.isNull());
    ASSERT_TRUE(page()->thread()->replyButton()->isEnabled()) << "the teams' work made here is the organizer's to write";
    QTest::keyClicks(page()->thread()->replyEdit(), QStringLiteral("We will bring it to the next huddle."));
    QTest::mouseClick(page()->thread()->replyButton(), Qt::LeftButton);
    QApplication::processEvents();
    EXPECT_TRUE(page()->messageLabel()->isHidden()) << page()->messageLabel()->text().toStdString();
    bool replied = false;
    for (const CommentReply& reply : ws().work.replies.all().value())
        replied |= reply.commentId == id && reply.text == QStringLiteral("We will bring it to the next huddle.") &&
                   reply.writtenOn == QDate(2026, 7, 20);
    EXPECT_TRUE(replied);
    EXPECT_EQ(newComments(), fresh - 1);
    EXPECT_EQ(window->navigationModel()->indexOf(NavigationTarget::feedback()).data().toString(),
              fresh - 1 > 0 ? QStringLiteral("Feedback (%1 new)").arg(fresh - 1) : QStringLiteral("Feedback"));
    window->document()->undoStack()->undo();
    QApplication::processEvents();
    EXPECT_EQ(newComments(), fresh);
}

TEST_F(FeedbackPageTest, only_the_coach_resolves_and_elsewhere_the_button_says_why) {
    {   // The organizer's workspace (the demo says nobody's, and so keeps the rule from before owners).
        auto claimed = test::openOrFail(demoPath());
        ASSERT_TRUE(claimed->setOwner(WorkspaceOwner::organizer()).ok());
    }
    open(demoPath());
    ASSERT_FALSE(selectFirst(CommentState::Answered).isNull());
    EXPECT_FALSE(page()->thread()->resolveButton()->isEnabled());
    EXPECT_TRUE(page()->thread()->resolveButton()->toolTip().contains(QStringLiteral("coach")))
        << page()->thread()->resolveButton()->toolTip().toStdString();
    EXPECT_FALSE(page()->commentButton()->isVisible()) << "only a coach writes comments";
}

TEST_F(FeedbackPageTest, in_the_coachs_workspace_the_coach_comments_and_resolves) {
    // The coach's workspace: the template, the teams' bundles and this coach's earlier feedback.
    const QString coach = coachWorkspace(test::kDemoCoach);
    open(coach);
    ASSERT_TRUE(page()->commentButton()->isVisible());
    const int before = page()->model()->rowCount();
    QTest::keyClicks(page()->commentEdit(), QStringLiteral("Lovely storyboard this month."));
    QTest::mouseClick(page()->commentButton(), Qt::LeftButton);
    QApplication::processEvents();
    EXPECT_TRUE(page()->messageLabel()->isHidden()) << page()->messageLabel()->text().toStdString();
    EXPECT_EQ(page()->model()->rowCount(), before + 1);
    bool mine = false;
    for (const CoachComment& c : ws().work.comments.all().value())
        mine |= c.text == QStringLiteral("Lovely storyboard this month.") && c.meta.owner == Owner::ofCoach(test::kDemoCoach);
    EXPECT_TRUE(mine);

    const QUuid answered = selectFirst(CommentState::Answered);
    ASSERT_FALSE(answered.isNull());
    ASSERT_TRUE(page()->thread()->resolveButton()->isEnabled()) << page()->thread()->resolveButton()->toolTip().toStdString();
    QTest::mouseClick(page()->thread()->resolveButton(), Qt::LeftButton);
    QApplication::processEvents();
    EXPECT_EQ(ws().work.comments.find(answered).value()->resolvedOn, QDate(2026, 7, 20));
}

TEST_F(FeedbackPageTest, a_coach_gives_a_faculty_score_with_its_rationale_and_a_second_one_replaces_it) {
    const QString coach = dir.path(QStringLiteral("coach.pdsa"));
    {
        auto source = test::openOrFail(demoPath());
        const QString templ = dir.path(QStringLiteral("template.pdsabundle"));
        const QString team = dir.path(QStringLiteral("team.pdsabundle"));
        const QDateTime made(QDate(2026, 7, 1), QTime(9, 0), Qt::UTC);
        ASSERT_TRUE(bundle::exportBundleFile(*source, {bundle::BundleKind::Template, {}, false, made}, templ).ok());
        ASSERT_TRUE(bundle::exportBundleFile(*source, {bundle::BundleKind::Team, source->teams.teams.all()->front().meta.id,
                                                       false, made},
                                             team)
                        .ok());
        source.reset();
        ASSERT_EQ(test::runPdsa({QStringLiteral("init"), QStringLiteral("--out"), coach, QStringLiteral("--as"),
                                 QStringLiteral("coach:Sam Okafor")})
                      .code,
                  0);
        ASSERT_EQ(test::runPdsa({QStringLiteral("bundle"), QStringLiteral("import"), QStringLiteral("--workspace"), coach,
                                 templ, team})
                      .code,
                  0);
    }
    open(coach);
    ASSERT_TRUE(page()->scoreButton()->isVisible());
    const QDate month = page()->scoreMonth()->currentData().toDate();
    ASSERT_TRUE(month.isValid());
    EXPECT_EQ(page()->scoreBox()->currentIndex(), -1) << "no score is chosen for the coach";
    EXPECT_FALSE(page()->scoreButton()->isEnabled());
    page()->scoreBox()->setCurrentIndex(page()->scoreBox()->findData(4.0));
    EXPECT_TRUE(page()->scoreButton()->isEnabled());
    QTest::keyClicks(page()->rationaleEdit(), QStringLiteral("Half the goal reached and held."));
    // A comment written meanwhile reloads the page: the score being given stays.
    QTest::keyClicks(page()->commentEdit(), QStringLiteral("Good month."));
    QTest::mouseClick(page()->commentButton(), Qt::LeftButton);
    QApplication::processEvents();
    EXPECT_EQ(page()->scoreBox()->currentData().toDouble(), 4.0);
    EXPECT_EQ(page()->rationaleEdit()->text(), QStringLiteral("Half the goal reached and held."));
    QTest::mouseClick(page()->scoreButton(), Qt::LeftButton);
    QApplication::processEvents();
    EXPECT_TRUE(page()->messageLabel()->isHidden()) << page()->messageLabel()->text().toStdString();
    const QUuid team = page()->scoreTeam()->currentData().toUuid();
    const auto faculty = [&] {
        std::vector<AssessmentScore> found;
        for (const AssessmentScore& s : ws().work.scores.forTeam(team).value())
            if (s.month == month && !s.isSelfScore())
                found.push_back(s);
        return found;
    };
    ASSERT_EQ(faculty().size(), 1u);
    EXPECT_EQ(faculty().front().score, 4.0);
    EXPECT_EQ(faculty().front().rationale, QStringLiteral("Half the goal reached and held."));
    EXPECT_EQ(faculty().front().meta.owner, Owner::ofCoach(QStringLiteral("Sam Okafor")));
    EXPECT_EQ(page()->scoreButton()->text(), QStringLiteral("Chan&ge score")) << "the month's score is there to change";
    EXPECT_EQ(page()->scoreBox()->currentData().toDouble(), 4.0);
    EXPECT_EQ(page()->rationaleEdit()->text(), QStringLiteral("Half the goal reached and held."));
    page()->scoreBox()->setCurrentIndex(page()->scoreBox()->findData(4.5));
    QTest::mouseClick(page()->scoreButton(), Qt::LeftButton);
    QApplication::processEvents();
    ASSERT_EQ(faculty().size(), 1u) << "one faculty score per team and month";
    EXPECT_EQ(faculty().front().score, 4.5);
    window->document()->undoStack()->undo();
    EXPECT_EQ(faculty().front().score, 4.0);
}

TEST_F(FeedbackPageTest, a_narrow_window_drops_columns_rather_than_scrolling_the_list_sideways) {
    open(demoPath());
    const auto fits = [&] {
        QApplication::processEvents();
        return page()->view()->horizontalHeader()->length() <= page()->view()->viewport()->width() + 1;
    };
    EXPECT_FALSE(page()->view()->isColumnHidden(FeedbackListModel::CoachColumn)) << "wide: every column";
    EXPECT_TRUE(fits());
    window->resize(820, 700);
    QApplication::processEvents();
    EXPECT_TRUE(page()->view()->isColumnHidden(FeedbackListModel::CoachColumn));
    EXPECT_FALSE(page()->view()->isColumnHidden(FeedbackListModel::StateColumn)) << "the state stays";
    EXPECT_TRUE(fits()) << page()->view()->horizontalHeader()->length() << " > " << page()->view()->viewport()->width();
    page()->teamFilter()->setCurrentIndex(1);
    EXPECT_TRUE(page()->view()->isColumnHidden(FeedbackListModel::TeamColumn)) << "one team chosen: no team column";
}

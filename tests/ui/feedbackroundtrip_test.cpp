// SPDX-License-Identifier: Apache-2.0
// A whole month of the faculty's rhythm in the app, each side in its own workspace and window,
// the bundles passing as files on disk through the dialogs File ▸ Export bundle and File ▸ Import
// bundles open: the team writes and submits its report; its coach imports the team's bundle,
// comments on the report and gives the month's score, and sends feedback for that team only; the
// team imports it, is told what is new, and replies; the coach sees the reply after the team's
// next bundle.

#include "dialogs/exportbundledialog.h"
#include "dialogs/importbundlesdialog.h"
#include "mainwindow.h"
#include "models/feedbacklistmodel.h"
#include "pages/collaborativepage.h"
#include "pages/feedbackpage.h"
#include "pages/teampage.h"
#include "uitestsupport.h"
#include "widgets/commentspanel.h"
#include "widgets/commentthread.h"
#include "widgets/feedbacknotice.h"
#include "widgets/growingtextedit.h"
#include "widgets/monthlyreportpanel.h"
#include "workspace/workspace.h"
#include "workspacedocument.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace pdsa;
using namespace pdsa::ui;

namespace {

class FeedbackRoundTrip : public test::UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        coachWs = coachWorkspace(test::kDemoCoach);
        // The team's workspace: the template, its own bundle, and its coach's feedback of 1 July.
        QStringList files;
        {
            auto demo = test::openOrFail(demoPath());
            const Team team = demo->teams.teams.all().value().front();
            teamId = team.meta.id;
            teamName = team.name;
            const Collaborative c = demo->collaborative.current().value();
            month = QDate(c.endDate.year(), c.endDate.month(), 1);
            // The month's report not written yet.
            ASSERT_TRUE(demo->transactImport([&]() -> Status {
                for (const TeamReport& r : demo->work.reports.forTeam(teamId).value())
                    if (r.month == month)
                        if (auto removed = demo->work.reports.remove(r.meta.id, demo->now()); !removed)
                            return removed.error();
                return {};
            }).ok());
            const QDateTime made(QDate(2026, 7, 1), QTime(9, 0), Qt::UTC);
            for (const auto& [request, name] :
                 {std::pair{bundle::ExportRequest{bundle::BundleKind::Template, {}, false, made}, "t-template"},
                  std::pair{bundle::ExportRequest{bundle::BundleKind::Team, teamId, false, made}, "t-team"},
                  std::pair{bundle::ExportRequest{bundle::BundleKind::Feedback, {}, false, made, test::kDemoCoach}, "t-feedback"}}) {
                const QString path = dir.path(QString::fromLatin1(name) + QStringLiteral(".pdsabundle"));
                ASSERT_TRUE(bundle::exportBundleFile(*demo, request, path).ok());
                files << path;
            }
        }
        teamWs = dir.path(QStringLiteral("team.pdsa"));
        ASSERT_EQ(test::runPdsa({QStringLiteral("init"), QStringLiteral("--out"), teamWs, QStringLiteral("--as"),
                                 QStringLiteral("team:") + teamName})
                      .code,
                  0);
        ASSERT_EQ(test::runPdsa(QStringList{QStringLiteral("bundle"), QStringLiteral("import"),
                                            QStringLiteral("--workspace"), teamWs} + files)
                      .code,
                  0);
    }

    std::unique_ptr<MainWindow> open(const QString& path) { return test::openMainWindow(path, month.addMonths(1).addDays(3)); }
    // File ▸ Export bundle…, as the dialog writes it.
    QString exportFrom(MainWindow& window, const QString& name, const std::function<void(ExportBundleDialog&)>& choose) {
        ExportBundleDialog dialog(*window.document(), teamId, &window);
        choose(dialog);
        const QString path = dir.path(name);
        const Status written = dialog.exportTo(path);
        EXPECT_TRUE(written.ok()) << written.error().message.toStdString();
        return path;
    }
    // File ▸ Import bundles…, as the dialog applies it.
    void importInto(MainWindow& window, const QString& file) {
        ImportBundlesDialog dialog(*window.document(), {file}, &window);
        const Status imported = dialog.importFiles();
        ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString() << "\n"
                                   << dialog.fileView()->item(0)->text().toStdString();
        QApplication::processEvents();
    }

    QString coachWs, teamWs, teamName;
    QUuid teamId;
    QDate month;
};

} // namespace

TEST_F(FeedbackRoundTrip, a_report_a_comment_a_score_and_a_reply_travel_between_the_team_and_its_coach) {
    const QString progress = QStringLiteral("Four families tried the evening family-time slot.");
    QString teamBundle;
    {   // The team writes the month's report and submits it.
        auto team = open(teamWs);
        team->navigateTo(NavigationTarget::team(teamId));
        MonthlyReportPanel* report = team->teamPage()->reportPanel();
        ASSERT_EQ(report->month(), month) << "the month due next is offered";
        report->section(0)->setFocus();
        QTest::keyClicks(report->section(0), progress);
        ASSERT_TRUE(report->submitButton()->isEnabled());
        QTest::mouseClick(report->submitButton(), Qt::LeftButton);
        EXPECT_TRUE(report->stateLabel()->text().startsWith(QStringLiteral("✓ Submitted"))) << report->stateLabel()->text().toStdString();
        teamBundle = exportFrom(*team, QStringLiteral("team-1.pdsabundle"), [](ExportBundleDialog&) {});
    }
    const QString comment = QStringLiteral("Which family found the evening slot most useful, and why?");
    QString feedback;
    {   // The coach reads it, comments on the report, scores the month and sends feedback to that team.
        auto coach = open(coachWs);
        importInto(*coach, teamBundle);
        coach->navigateTo(NavigationTarget::team(teamId));
        MonthlyReportPanel* report = coach->teamPage()->reportPanel();
        report->setMonth(month);
        EXPECT_EQ(report->section(0)->text(), progress);
        EXPECT_TRUE(report->section(0)->isReadOnly()) << "the team's report is theirs";
        CommentsPanel* comments = report->commentsPanel();
        ASSERT_TRUE(comments->newCommentBox()->isVisibleTo(coach.get()));
        QTest::keyClicks(comments->commentEdit(), comment);
        QTest::mouseClick(comments->commentButton(), Qt::LeftButton);
        EXPECT_TRUE(comments->messageLabel()->isHidden()) << comments->messageLabel()->text().toStdString();
        ASSERT_EQ(comments->count(), 1);

        coach->navigateTo(NavigationTarget::feedback());
        FeedbackPage* page = coach->feedbackPage();
        page->scoreTeam()->setCurrentIndex(page->scoreTeam()->findData(teamId));
        page->scoreMonth()->setCurrentIndex(page->scoreMonth()->findData(month));
        page->scoreBox()->setCurrentIndex(page->scoreBox()->findData(4.0));
        QTest::keyClicks(page->rationaleEdit(), QStringLiteral("Half the goal reached and held three months."));
        QTest::mouseClick(page->scoreButton(), Qt::LeftButton);
        EXPECT_TRUE(page->messageLabel()->isHidden()) << page->messageLabel()->text().toStdString();

        feedback = exportFrom(*coach, QStringLiteral("feedback.pdsabundle"), [&](ExportBundleDialog& dialog) {
            dialog.setKind(bundle::BundleKind::Feedback);
            QListWidget* teams = dialog.feedbackTeamsView();
            for (int row = 0; row < teams->count(); ++row) // this team's feedback only
                if (teams->item(row)->data(Qt::UserRole).toUuid() != teamId)
                    teams->item(row)->setCheckState(Qt::Unchecked);
            EXPECT_EQ(dialog.request().feedbackTeams, std::vector<QUuid>{teamId});
        });
    }
    QUuid commentId;
    {   // The team imports it: told what is new; it reads the comment under its report and replies.
        auto team = open(teamWs);
        importInto(*team, feedback);
        team->navigateTo(NavigationTarget::collaborative());
        FeedbackNotice* notice = team->collaborativePage()->feedbackNotice();
        ASSERT_TRUE(notice->isVisible());
        EXPECT_TRUE(notice->text().contains(QStringLiteral("a new comment and a new score"))) << notice->text().toStdString();
        EXPECT_TRUE(notice->text().contains(test::kDemoCoach.toHtmlEscaped()));
        QTest::mouseClick(notice->openButton(), Qt::LeftButton);
        EXPECT_EQ(team->currentPage(), team->feedbackPage());

        team->navigateTo(NavigationTarget::team(teamId));
        MonthlyReportPanel* report = team->teamPage()->reportPanel();
        report->setMonth(month);
        ASSERT_EQ(report->commentsPanel()->count(), 1);
        CommentThread* thread = report->commentsPanel()->threads().front();
        commentId = thread->commentId();
        EXPECT_TRUE(thread->textLabel()->text().contains(QStringLiteral("evening slot most useful")));
        EXPECT_TRUE(report->findChild<QLabel*>(QStringLiteral("facultyScoreLabel"))->text().startsWith(QStringLiteral("4.0")));
        QTest::keyClicks(thread->replyEdit(), QStringLiteral("The father who works nights: it fit his shifts."));
        QTest::mouseClick(thread->replyButton(), Qt::LeftButton);
        team->navigateTo(NavigationTarget::collaborative());
        EXPECT_TRUE(notice->isVisible());
        EXPECT_FALSE(notice->text().contains(QStringLiteral("comment"))) << "answered: no comment is new any more";
        EXPECT_TRUE(notice->text().contains(QStringLiteral("a new score"))) << notice->text().toStdString();
        teamBundle = exportFrom(*team, QStringLiteral("team-2.pdsabundle"), [](ExportBundleDialog&) {});
    }
    {   // The coach sees the reply.
        auto coach = open(coachWs);
        importInto(*coach, teamBundle);
        coach->navigateTo(NavigationTarget::feedback());
        FeedbackPage* page = coach->feedbackPage();
        page->selectComment(commentId);
        ASSERT_EQ(page->thread()->commentId(), commentId);
        EXPECT_TRUE(page->thread()->textLabel()->text().contains(QStringLiteral("it fit his shifts")));
        const int row = page->model()->rowOf(commentId);
        EXPECT_EQ(page->model()->row(row).comment.state, CommentState::Answered);
    }
}

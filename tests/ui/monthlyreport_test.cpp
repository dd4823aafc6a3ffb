// SPDX-License-Identifier: Apache-2.0
// A team's monthly report on its team page, driven as a team lead would: type into a section
// (the draft is made on the first letter, typing in one section is one undo step), submit
// (stamped with today), reopen, give the self-score; what is due next; another team's imported
// report is read-only. And the reporting grid on the collaborative page follows.
#include "format.h"
#include "charts/scorehistorychart.h"
#include "coaching/edits.h"
#include "mainwindow.h"
#include "report/storyboard.h"
#include "undo/commands.h"
#include "pages/collaborativepage.h"
#include "models/reportinggridmodel.h"
#include "pages/teampage.h"
#include "uitestsupport.h"
#include "widgets/growingtextedit.h"
#include "widgets/monthlyreportpanel.h"
#include "workspacedocument.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

using namespace pdsa;
using namespace pdsa::ui;

namespace {

class MonthlyReport : public test::UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        window = std::make_unique<MainWindow>();
        window->resize(1280, 900);
        window->show();
        ASSERT_TRUE(window->openWorkspace(demoPath()).ok());
        const Team team = ws().teams.teams.all().value().front();
        teamId = team.meta.id;
        // The demo's last month, a week before its report is due, with no report written yet.
        const Collaborative c = ws().collaborative.current().value();
        month = QDate(c.endDate.year(), c.endDate.month(), 1);
        window->setToday(month.addMonths(1).addDays(2));
        ASSERT_TRUE(ws().transactImport([&]() -> Status {
            for (const TeamReport& r : ws().work.reports.forTeam(teamId).value())
                if (r.month == month) {
                    auto removed = ws().work.reports.remove(r.meta.id, ws().now());
                    if (!removed)
                        return removed.error();
                }
            return {};
        }).ok());
        window->navigateTo(NavigationTarget::team(teamId));
        QApplication::processEvents();
    }
    Workspace& ws() { return window->document()->workspace(); }
    MonthlyReportPanel* panel() { return window->teamPage()->reportPanel(); }
    std::optional<TeamReport> report() {
        for (const TeamReport& r : ws().work.reports.forTeam(teamId).value())
            if (r.month == month)
                return r;
        return std::nullopt;
    }

    std::unique_ptr<MainWindow> window;
    QUuid teamId;
    QDate month;
};

} // namespace

TEST_F(MonthlyReport, the_month_due_next_is_shown_with_its_due_date) {
    EXPECT_EQ(panel()->month(), month);
    EXPECT_TRUE(panel()->dueLabel()->text().contains(QStringLiteral("Due next")));
    EXPECT_TRUE(panel()->dueLabel()->text().contains(Format::date(month.addMonths(1).addDays(9))));
    EXPECT_TRUE(panel()->stateLabel()->text().startsWith(QStringLiteral("Not started")));
    EXPECT_FALSE(panel()->submitButton()->isEnabled()) << "nothing to submit before a word is written";
}

TEST_F(MonthlyReport, typing_makes_the_draft_submit_stamps_today_and_undo_takes_each_step_back) {
    GrowingTextEdit* progress = panel()->section(0);
    progress->setFocus();
    QTest::keyClicks(progress, QStringLiteral("Four families"));
    ASSERT_TRUE(report());
    EXPECT_EQ(report()->progress, QStringLiteral("Four families"));
    EXPECT_FALSE(report()->submittedOn.isValid());
    EXPECT_EQ(report()->meta.owner, Owner::ofTeam(teamId));
    QApplication::processEvents();
    EXPECT_TRUE(panel()->stateLabel()->text().startsWith(QStringLiteral("Draft")));
    ASSERT_TRUE(panel()->submitButton()->isEnabled());
    QTest::mouseClick(panel()->submitButton(), Qt::LeftButton);
    QApplication::processEvents();
    ASSERT_TRUE(report());
    EXPECT_EQ(report()->submittedOn, month.addMonths(1).addDays(2));
    EXPECT_TRUE(panel()->stateLabel()->text().contains(QStringLiteral("on time")));
    EXPECT_TRUE(panel()->section(0)->isReadOnly()) << "a submitted report is reopened to be changed";
    EXPECT_EQ(panel()->submitButton()->text(), QStringLiteral("&Reopen as a draft"));

    QUndoStack* stack = window->document()->undoStack();
    stack->undo(); // the submission
    ASSERT_TRUE(report());
    EXPECT_FALSE(report()->submittedOn.isValid());
    stack->undo(); // the typing after the first letter, one step
    stack->undo(); // the first letter, which made the draft
    EXPECT_FALSE(report()) << "undo takes the draft back";
}

TEST_F(MonthlyReport, the_self_score_is_the_teams_and_shows_its_level) {
    QComboBox* box = panel()->selfScoreBox();
    const int index = box->findData(3.5);
    ASSERT_GE(index, 0);
    box->setCurrentIndex(index);
    emit box->activated(index);
    QApplication::processEvents();
    bool found = false;
    for (const AssessmentScore& s : ws().work.scores.forTeam(teamId).value())
        if (s.month == month && s.isSelfScore()) {
            found = true;
            EXPECT_EQ(s.score, 3.5);
            EXPECT_EQ(s.rationale, assessmentLevel(3.5).meaning);
        }
    EXPECT_TRUE(found);
    EXPECT_EQ(panel()->selfScoreBox()->currentData().toDouble(), 3.5);
}

TEST_F(MonthlyReport, the_panel_shows_what_the_storyboard_assembles_the_months_cycles_and_measures) {
    const QString glance = panel()->glanceLabel()->text();
    EXPECT_TRUE(glance.contains(QStringLiteral("<b>PDSA cycles:</b>"))) << glance.toStdString();
    const auto board = report::storyboard(ws(), teamId, month);
    ASSERT_TRUE(board.ok());
    ASSERT_FALSE(board->charts.empty());
    for (const report::ChartSketch& chart : board->charts)
        EXPECT_TRUE(glance.contains(chart.measure.toHtmlEscaped() + QStringLiteral(": ") + chart.latest.toHtmlEscaped()))
            << chart.measure.toStdString();
    // A cycle started in the month shows once the team page reads its cycles again.
    const auto made = command::newCycle(*window->document(), teamId, month.addDays(4));
    ASSERT_TRUE(made.ok());
    const QString title = ws().cycles.cycles.find(*made).value()->title;
    window->navigateTo(NavigationTarget::team(teamId));
    EXPECT_TRUE(panel()->glanceLabel()->text().contains(QStringLiteral("started ") + title.toHtmlEscaped()))
        << panel()->glanceLabel()->text().toStdString();
}

TEST_F(MonthlyReport, the_score_history_charts_both_scores_and_flags_a_gap_of_one_point) {
    // The faculty's 2.0 for the month (the demo's score changed, or a new one), then the team's own
    // 3.5: 1.5 apart.
    AssessmentScore faculty;
    faculty.meta.owner = Owner::ofCoach(test::kDemoCoach);
    for (const AssessmentScore& s : ws().work.scores.forTeam(teamId).value())
        if (s.month == month && !s.isSelfScore())
            faculty = s;
    faculty.teamId = teamId;
    faculty.month = month;
    faculty.score = 2.0;
    faculty.rationale = QStringLiteral("Little data entered this month.");
    faculty.assessor = test::kDemoCoach;
    const auto saved = coaching::saveScore(ws(), faculty);
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    window->navigateTo(NavigationTarget::collaborative());
    window->navigateTo(NavigationTarget::team(teamId));
    ScoreHistoryChart* chart = window->teamPage()->scoreChart();
    const auto flagged = [&] {
        const std::vector<QDate> gaps = chart->gapMonths();
        return std::find(gaps.begin(), gaps.end(), month) != gaps.end();
    };
    EXPECT_FALSE(flagged()) << "no self-score yet";
    QComboBox* box = panel()->selfScoreBox();
    const int index = box->findData(3.5);
    box->setCurrentIndex(index);
    emit box->activated(index);
    QApplication::processEvents();
    EXPECT_TRUE(flagged());
    EXPECT_TRUE(window->teamPage()->scoreSummary()->text().contains(QStringLiteral("⚑"))) << window->teamPage()->scoreSummary()->text().toStdString();
    EXPECT_TRUE(panel()->findChild<QLabel*>(QStringLiteral("facultyScoreLabel"))->text().contains(QStringLiteral("⚑ 1.5 apart")));
    // 3.0: exactly 1.0 apart is still flagged; 2.5 is not.
    box->setCurrentIndex(box->findData(3.0));
    emit box->activated(box->findData(3.0));
    QApplication::processEvents();
    EXPECT_TRUE(flagged()) << "a gap of exactly 1.0 is flagged";
    box->setCurrentIndex(box->findData(2.5));
    emit box->activated(box->findData(2.5));
    QApplication::processEvents();
    EXPECT_FALSE(flagged());
}

TEST_F(MonthlyReport, the_collaborative_pages_grid_shows_the_report_once_submitted) {
    QTest::keyClicks(panel()->section(0), QStringLiteral("Done"));
    QTest::mouseClick(panel()->submitButton(), Qt::LeftButton);
    window->navigateTo(NavigationTarget::collaborative());
    QApplication::processEvents();
    ReportingGridModel* grid = window->collaborativePage()->reportingModel();
    int team = -1;
    for (int t = 0; t < grid->teamCount(); ++t)
        if (grid->cell(t, 0).teamId == teamId)
            team = t;
    ASSERT_GE(team, 0);
    EXPECT_EQ(grid->cell(team, grid->monthCount() - 1).report, coaching::ReportStatus::Submitted);
}

TEST_F(MonthlyReport, the_organizer_sets_the_due_day_and_every_due_date_follows) {
    window->navigateTo(NavigationTarget::collaborative());
    QApplication::processEvents();
    QSpinBox* day = window->collaborativePage()->reportDueDayBox();
    ASSERT_TRUE(day->isEnabled()) << day->toolTip().toStdString();
    EXPECT_EQ(day->value(), 10);
    day->setValue(15);
    emit day->editingFinished();
    QApplication::processEvents();
    EXPECT_EQ(ws().collaborative.current()->reportDueDay, 15);
    const ReportingGridModel* grid = window->collaborativePage()->reportingModel();
    EXPECT_EQ(grid->cell(0, 0).due.day(), 15);
    window->document()->undoStack()->undo();
    QApplication::processEvents();
    EXPECT_EQ(ws().collaborative.current()->reportDueDay, 10);
    EXPECT_EQ(window->collaborativePage()->reportDueDayBox()->value(), 10);
}

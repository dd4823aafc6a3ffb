// SPDX-License-Identifier: Apache-2.0
// Screenshots of the faculty's rhythm: the collaborative page's reporting grid, a team's monthly
// report and the Feedback page in the demo; then a coach's own workspace (the demo's template,
// every team's bundle and this coach's feedback imported): the Feedback page's new comment and
// faculty score, and a cycle's page with its comments, the team's replies and the coach's box.

#include "bundle/bundle.h"
#include "bundle/merge.h"
#include "demo/demogenerator.h"
#include "models/feedbacklistmodel.h"
#include "pages/cyclepage.h"
#include "charts/scorehistorychart.h"
#include "widgets/commentspanel.h"
#include "workspace/workspace.h"
#include "pages/collaborativepage.h"
#include "pages/feedbackpage.h"
#include "pages/teampage.h"
#include "widgets/monthlyreportpanel.h"
#include "workspacedocument.h"
#include "screenshotsupport.h"
#include "widgets/fittedtableview.h"
#include "widgets/growingtextedit.h"

#include <QDir>
#include <QScrollArea>
#include <QScrollBar>
#include <QSortFilterProxyModel>

#include <algorithm>
#include <cstdio>
#include <map>

namespace pdsa::shots {

namespace {

// Writes coach.pdsa in `work`, `coach`'s workspace: the template of `demoPath`, every team's
// bundle and this coach's feedback bundle imported. Returns its path (empty on failure).
QString coachWorkspace(const QString& demoPath, const QString& work, const QString& coach) {
    const QDateTime made(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
    QStringList files;
    {
        auto demo = Workspace::open(demoPath);
        if (!demo)
            return {};
        const auto write = [&](const bundle::ExportRequest& request, const QString& name) {
            const QString file = QDir(work).filePath(name);
            files << file;
            return bundle::exportBundleFile(**demo, request, file).ok();
        };
        bool written = write({bundle::BundleKind::Template, {}, false, made}, QStringLiteral("template.pdsabundle"));
        auto teams = (*demo)->teams.teams.all();
        if (!teams)
            return {};
        for (const Team& team : *teams)
            written = written && write({bundle::BundleKind::Team, team.meta.id, false, made},
                                       QStringLiteral("team-%1.pdsabundle").arg(files.size()));
        if (!written || !write({bundle::BundleKind::Feedback, {}, false, made, coach}, QStringLiteral("feedback.pdsabundle")))
            return {};
    }
    const QString path = QDir(work).filePath(QStringLiteral("coach.pdsa"));
    auto created = Workspace::createEmpty(path);
    if (!created || !(*created)->setOwner(WorkspaceOwner::coach(coach)))
        return {};
    for (const QString& file : files)
        if (!bundle::importBundleFile(**created, file))
            return {};
    return path;
}

} // namespace

// The main window on the collaborative page, scrolled so that the reporting grid is at the top.
bool shootReporting(ui::MainWindow& window, const QString& folder, const QString& name) {
    window.navigateTo(ui::NavigationTarget::collaborative());
    settle();
    auto* page = window.collaborativePage();
    return scrollToSection(page, page->reportingView()) && save(window, folder, name);
}

// The first team's page scrolled to its monthly report, at `month`.
bool shootMonthlyReport(ui::MainWindow& window, const QString& folder, const QString& name, const QDate& month) {
    auto teams = window.document()->workspace().teams.teams.all();
    if (!teams || teams->empty())
        return false;
    window.navigateTo(ui::NavigationTarget::team(teams->front().meta.id));
    settle();
    ui::TeamPage* page = window.teamPage();
    page->reportPanel()->setMonth(month);
    return scrollToSection(page, page->reportPanel()) && save(window, folder, name);
}

// The team with the most months scored 1.0 or more apart, its page scrolled to the score history.
bool shootScores(ui::MainWindow& window, const QString& folder, const QString& name) {
    auto teams = window.document()->workspace().teams.teams.all();
    if (!teams || teams->empty())
        return false;
    QUuid chosen = teams->front().meta.id;
    size_t most = 0;
    for (const Team& team : *teams) {
        window.navigateTo(ui::NavigationTarget::team(team.meta.id));
        if (const size_t gaps = window.teamPage()->scoreChart()->gapMonths().size(); gaps > most) {
            most = gaps;
            chosen = team.meta.id;
        }
    }
    window.navigateTo(ui::NavigationTarget::team(chosen));
    settle();
    ui::TeamPage* page = window.teamPage();
    return scrollToSection(page, page->scoreChart()) && save(window, folder, name);
}

// The Feedback page with an answered comment selected, its replies below.
bool shootFeedback(ui::MainWindow& window, const QString& folder, const QString& name) {
    window.navigateTo(ui::NavigationTarget::feedback());
    settle();
    ui::FeedbackPage* page = window.feedbackPage();
    for (int r = 0; r < page->proxy()->rowCount(); ++r)
        if (page->proxy()->index(r, 0).data(ui::FeedbackListModel::StateRole).toInt() == int(CommentState::Answered)) {
            page->view()->setCurrentIndex(page->proxy()->index(r, 0));
            break;
        }
    return save(window, folder, name);
}

// In a coach's workspace: the Feedback page scrolled to the coach's new comment and faculty
// score, and a cycle the coach commented on, scrolled to its comments. `suffix` ends the names
// ("-200" at 200 % text).
bool shootCoach(const QString& demoPath, const QString& work, const QString& folder, const QString& suffix) {
    const QString path = coachWorkspace(demoPath, work, QStringLiteral("Dr. Evelyn Marsh (faculty, demo)"));
    if (path.isEmpty()) {
        std::fprintf(stderr, "cannot build the coach's workspace\n");
        return false;
    }
    auto window = makeWindow();
    if (!window->openWorkspace(path).ok())
        return false;
    window->setToday(demo::demoLastMonth().addDays(12));
    window->navigateTo(ui::NavigationTarget::feedback());
    settle();
    ui::FeedbackPage* feedback = window->feedbackPage();
    bool ok = scrollToSection(feedback, feedback->commentEdit()) &&
              save(*window, folder, QStringLiteral("coach-feedback%1.png").arg(suffix));

    Workspace& ws = window->document()->workspace();
    auto comments = ws.work.comments.where("subject_kind = 'cycle' AND resolved_on IS NULL");
    if (!comments || comments->empty())
        return false;
    // The cycle with the most comments, the team's replies among them.
    std::map<QUuid, int> perCycle;
    for (const CoachComment& c : *comments)
        ++perCycle[c.subjectId];
    const auto most = std::max_element(perCycle.begin(), perCycle.end(),
                                       [](const auto& a, const auto& b) { return a.second < b.second; });
    const CoachComment* chosen = nullptr;
    for (const CoachComment& c : *comments)
        if (c.subjectId == most->first)
            chosen = &c;
    window->navigateTo(ui::NavigationTarget::cycle(chosen->teamId, chosen->subjectId));
    settle();
    ui::CyclePage* cycle = window->cyclePage();
    return ok && scrollToSection(cycle, cycle->commentsPanel()) &&
           save(*window, folder, QStringLiteral("coach-cycle-comments%1.png").arg(suffix));
}

} // namespace pdsa::shots

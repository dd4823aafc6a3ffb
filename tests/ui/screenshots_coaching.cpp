// SPDX-License-Identifier: Apache-2.0
// Screenshots of the faculty's rhythm: the collaborative page's reporting grid, the window
// scrolled to it.

#include "models/feedbacklistmodel.h"
#include "pages/collaborativepage.h"
#include "pages/feedbackpage.h"
#include "pages/teampage.h"
#include "widgets/monthlyreportpanel.h"
#include "workspacedocument.h"
#include "screenshotsupport.h"
#include "widgets/fittedtableview.h"

#include <QScrollArea>
#include <QScrollBar>
#include <QSortFilterProxyModel>

namespace pdsa::shots {

namespace {

// Scrolls `page` so that the section holding `widget` is at the top.
bool scrollToSection(QWidget* page, QWidget* widget) {
    auto* scroll = page ? page->findChild<QScrollArea*>() : nullptr;
    if (!scroll || !widget)
        return false;
    QWidget* section = widget;
    while (section->parentWidget() && !section->inherits("pdsa::ui::Section"))
        section = section->parentWidget();
    settle();
    scroll->verticalScrollBar()->setValue(section->mapTo(scroll->widget(), QPoint(0, 0)).y() - 8);
    return true;
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

} // namespace pdsa::shots

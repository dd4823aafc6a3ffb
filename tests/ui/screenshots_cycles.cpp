// SPDX-License-Identifier: Apache-2.0
// The PDSA cycle screens: the worksheet editor (a rich demo cycle, top and bottom), the ramp view,
// the cycle list with a filter applied, and the editor at 200 % text.
#include "cycles/ramp.h"
#include "models/navigationmodel.h"
#include "pages/cyclelistpage.h"
#include "pages/cyclepage.h"
#include "screenshotsupport.h"
#include "widgets/growingtextedit.h"
#include "widgets/rampview.h"
#include "workspacedocument.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTemporaryDir>

namespace pdsa::shots {

namespace {

// The middle cycle of the longest ramp of the first team: it has a past and a future.
ui::NavigationTarget richCycle(ui::MainWindow& window) {
    Workspace& workspace = window.document()->workspace();
    auto teams = workspace.teams.teams.all();
    if (!teams || teams->empty())
        return {};
    const QUuid team = teams->front().meta.id;
    auto all = workspace.cycles.cycles.forTeam(team);
    if (!all || all->empty())
        return {};
    std::vector<PdsaCycle> best;
    for (const cycles::RampChain& chain : cycles::rampChains(*all))
        if (chain.cycles.size() > best.size())
            best = chain.cycles;
    return ui::NavigationTarget::cycle(team, best[best.size() / 2].meta.id);
}

void scrollTo(QWidget* page, QWidget* widget) {
    if (auto* scroll = page->findChild<QScrollArea*>())
        scroll->ensureWidgetVisible(widget, 0, 400);
}

} // namespace

bool shootCycles(ui::MainWindow& window, const QString& folder) {
    bool ok = true;
    const ui::NavigationTarget cycle = richCycle(window);
    if (!window.navigateTo(cycle))
        return false;
    ok &= save(window, folder, QStringLiteral("cycle-editor.png"));
    ui::CyclePage* page = window.cyclePage();
    scrollTo(page, page->textEdit(ui::CycleTextField::NextStep));
    ok &= save(window, folder, QStringLiteral("cycle-editor-act.png"));
    scrollTo(page, page->rampView());
    ok &= save(window, folder, QStringLiteral("cycle-ramp.png"));

    window.navigateTo({ui::NodeKind::CyclesFolder, {}, cycle.teamId});
    ui::CycleListPage* list = window.cycleListPage();
    list->teamCombo()->setCurrentIndex(0); // all teams
    list->decisionCombo()->setCurrentIndex(
        list->decisionCombo()->findData(static_cast<int>(Decision::Adopt)));
    list->searchEdit()->setText(QStringLiteral("parent partner"));
    ok &= save(window, folder, QStringLiteral("cycle-list.png"));
    list->searchEdit()->setText(QStringLiteral("no such words"));
    ok &= save(window, folder, QStringLiteral("cycle-list-empty.png"));
    list->clearButton()->click();

    // 200 % text: a copy of the workspace in a second window (the first holds the file's lock).
    QTemporaryDir dir;
    const QString copy = QDir(dir.path()).filePath(QStringLiteral("copy.pdsa"));
    if (!QFile::copy(window.document()->path(), copy))
        return false;
    const QFont normal = QApplication::font();
    QFont doubled = normal;
    doubled.setPointSizeF(normal.pointSizeF() * 2);
    QApplication::setFont(doubled);
    {
        auto large = makeWindow();
        if (large->openWorkspace(copy).ok() && large->navigateTo(cycle)) {
            ok &= save(*large, folder, QStringLiteral("cycle-editor-200.png"));
            scrollTo(large->cyclePage(), large->cyclePage()->rampView());
            ok &= save(*large, folder, QStringLiteral("cycle-ramp-200.png"));
        } else {
            ok = false;
        }
    }
    QApplication::setFont(normal);
    return ok;
}

} // namespace pdsa::shots

// SPDX-License-Identifier: Apache-2.0
// The change package screens: the driver diagram editor (outline with the details panel) and the
// drawn driver diagram of the demo, on the collaborative page, then both at 200 % text.
#include "models/changepackagemodel.h"
#include "navigationtarget.h"
#include "pages/collaborativepage.h"
#include "screenshotsupport.h"
#include "undo/commands.h"
#include "widgets/driverdiagramview.h"
#include "widgets/fittedtreeview.h"
#include "workspacedocument.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUndoStack>

namespace pdsa::shots {

namespace {

// Scrolls the page so that the change package section is at the top of the window.
void showChangePackage(ui::CollaborativePage& page) {
    settle();
    QWidget* tabs = page.changePackageTabs();
    if (auto* scroll = page.findChild<QScrollArea*>()) {
        const QPoint at = tabs->mapTo(scroll->widget(), QPoint(0, 0));
        scroll->verticalScrollBar()->setValue(at.y() - 4 * tabs->fontMetrics().height());
    }
    settle();
}

bool shootBoth(ui::MainWindow& window, const QString& folder, const QString& suffix) {
    window.navigateTo(ui::NavigationTarget::collaborative());
    ui::CollaborativePage& page = *window.collaborativePage();
    ui::ChangePackageModel& model = *page.changePackageModel();
    // An idea with cycles selected, so the details panel shows it.
    const QModelIndex idea = model.index(1, 0, model.index(0, 0, model.index(0, 0)));
    page.selectItem(idea.data(ui::ChangePackageModel::IdRole).toUuid());
    page.changePackageTabs()->setCurrentIndex(0);
    showChangePackage(page);
    bool ok = save(window, folder, QStringLiteral("change-package-outline%1.png").arg(suffix));

    page.changePackageTabs()->setCurrentIndex(1);
    page.diagramView()->setZoom(1.0);
    showChangePackage(page);
    ok &= save(window, folder, QStringLiteral("change-package-diagram%1.png").arg(suffix));
    page.changePackageTabs()->setCurrentIndex(0);
    return ok;
}

// 45 change ideas with names of every length.
ui::ChangePackageData largePackage() {
    ui::ChangePackageData large;
    large.aim =
        QStringLiteral("By June 2027, 60 % of the children who enter care return home within 12 months.");
    for (int p = 0; p < 3; ++p) {
        ui::ChangePackageData::Primary primary{
            QUuid::createUuid(), QStringLiteral("Primary driver %1").arg(p + 1), {}, {}};
        for (int s = 0; s < 3; ++s) {
            ui::ChangePackageData::Secondary secondary{
                QUuid::createUuid(), QStringLiteral("Secondary driver %1.%2").arg(p + 1).arg(s + 1), {}, {}};
            for (int i = 0; i < 5; ++i) {
                const int n = (p * 3 + s) * 5 + i;
                ui::ChangePackageData::Idea idea;
                idea.id = QUuid::createUuid();
                idea.name = n % 3 == 0
                                ? QStringLiteral("Change idea %1 with a name long enough to need three lines "
                                                 "in its box")
                                      .arg(n + 1)
                                : QStringLiteral("Change idea %1").arg(n + 1);
                idea.cycles = n % 5;
                idea.latestDecision = static_cast<Decision>(n % 4);
                secondary.ideas.push_back(idea);
            }
            primary.secondaries.push_back(secondary);
        }
        large.primaries.push_back(primary);
    }
    return large;
}

} // namespace

bool shootChangePackage(ui::MainWindow& window, const QString& folder) {
    // A team's own idea beside the shared ones (the demo has none), taken back at the end so the
    // screenshots after these show the demo as it is.
    ui::WorkspaceDocument& document = *window.document();
    window.navigateTo(ui::NavigationTarget::collaborative());
    ui::ChangePackageModel& model = *window.collaborativePage()->changePackageModel();
    const QUuid secondary =
        model.index(0, 0, model.index(0, 0)).data(ui::ChangePackageModel::IdRole).toUuid();
    auto teams = document.workspace().teams.teams.all();
    if (!teams || teams->empty())
        return false;
    const int undoTo = document.undoStack()->index();
    if (!ui::command::addChangeIdea(
             document, secondary, QStringLiteral("Family story shared at the first staffing"),
             QStringLiteral("The parents tell the team, in their own words, what happened."),
             teams->back().meta.id)
             .ok())
        return false;
    bool ok = shootBoth(window, folder, QString());

    // The whole diagram as the PNG export writes it.
    const ui::DriverDiagramLayout& layout = window.collaborativePage()->diagramView()->diagramLayout();
    ok &= ui::exportDriverDiagram(layout, QDir(folder).filePath(QStringLiteral("driver-diagram-export.png")),
                                  ui::DiagramFormat::Png, QStringLiteral("Driver diagram"))
              .ok();
    // The SVG and PDF exports are written too (into a temporary folder: they are checked by the
    // tests, and the PNG shows the same drawing).
    QTemporaryDir scratch;
    ok &= ui::exportDriverDiagram(layout, scratch.filePath(QStringLiteral("driver-diagram.svg")), ui::DiagramFormat::Svg,
                                  QStringLiteral("Driver diagram"))
              .ok();
    ok &= ui::exportDriverDiagram(layout, scratch.filePath(QStringLiteral("driver-diagram.pdf")), ui::DiagramFormat::Pdf,
                                  QStringLiteral("Driver diagram"))
              .ok();

    // 45 change ideas with names of every length, to judge that a large package stays readable.
    ok &= ui::exportDriverDiagram(ui::DriverDiagramLayout::compute(largePackage(), QApplication::font()),
                                  QDir(folder).filePath(QStringLiteral("driver-diagram-45-ideas.png")),
                                  ui::DiagramFormat::Png, QStringLiteral("Driver diagram"))
              .ok();

    // 200 % text in a window of its own, as a user with large text starts the app. The open
    // workspace is locked by `window`, so the second window opens a copy of it.
    QTemporaryDir dir;
    const QString copy = QDir(dir.path()).filePath(QStringLiteral("demo.pdsa"));
    if (!QFile::copy(window.document()->path(), copy))
        return false;
    const QFont font = QApplication::font();
    QFont doubled = font;
    doubled.setPointSizeF(font.pointSizeF() * 2);
    QApplication::setFont(doubled);
    {
        auto large = makeWindow();
        ok &= large->openWorkspace(copy).ok() && shootBoth(*large, folder, QStringLiteral("-200"));
    }
    QApplication::setFont(font);
    document.undoStack()->setIndex(undoTo);
    settle();
    return ok;
}

} // namespace pdsa::shots

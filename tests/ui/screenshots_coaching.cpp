// SPDX-License-Identifier: Apache-2.0
// Screenshots of the faculty's rhythm: the collaborative page's reporting grid, the window
// scrolled to it.

#include "pages/collaborativepage.h"
#include "screenshotsupport.h"
#include "widgets/fittedtableview.h"

#include <QScrollArea>
#include <QScrollBar>

namespace pdsa::shots {

// The main window on the collaborative page, scrolled so that the reporting grid is at the top.
bool shootReporting(ui::MainWindow& window, const QString& folder, const QString& name) {
    window.navigateTo(ui::NavigationTarget::collaborative());
    settle();
    auto* page = window.findChild<ui::CollaborativePage*>(QStringLiteral("collaborativePage"));
    auto* scroll = page ? page->findChild<QScrollArea*>() : nullptr;
    if (!scroll || !page->reportingView())
        return false;
    QWidget* section = page->reportingView();
    while (section->parentWidget() && !section->inherits("pdsa::ui::Section"))
        section = section->parentWidget();
    scroll->verticalScrollBar()->setValue(section->mapTo(scroll->widget(), QPoint(0, 0)).y() - 8);
    return save(window, folder, name);
}

} // namespace pdsa::shots

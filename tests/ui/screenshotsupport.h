// SPDX-License-Identifier: Apache-2.0
#pragma once
// What the screenshot program's parts share: the window size, letting events settle, saving a
// widget's picture, and a main window to draw. Each feature's screenshots live in a file of
// their own (screenshots_<feature>.cpp) that main() in screenshots.cpp calls with the demo open.

#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QScrollArea>
#include <QScrollBar>

#include <cstdio>
#include <memory>

namespace pdsa::shots {

inline const QSize kWindowSize(1280, 800);

inline void settle() {
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

inline bool save(QWidget& window, const QString& folder, const QString& name) {
    settle();
    if (qEnvironmentVariableIsSet("PDSA_SCREENSHOT_TALL")) { // whole pages, for review only
        window.resize(kWindowSize.width(), 2400);
        settle();
    }
    const QString path = QDir(folder).filePath(name);
    const bool ok = window.grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

// Scrolls `page` so that the section holding `widget` is at the top.
inline bool scrollToSection(QWidget* page, QWidget* widget) {
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

inline std::unique_ptr<ui::MainWindow> makeWindow() {
    auto window = std::make_unique<ui::MainWindow>();
    window->resize(kWindowSize);
    window->show();
    settle();
    return window;
}

// The equity screens of the open demo in `window`: a measure's disparity view, the team's and the
// collaborative's equity summaries (screenshots_equity.cpp); `suffix` marks the 200 % set.
bool shootEquity(ui::MainWindow& window, const QString& folder, const QString& suffix);

// The organizer's screens of the open demo in `window`: Reports ▸ Spread report… with its preview
// (screenshots_organizer.cpp); `suffix` marks the 200 % set.
bool shootOrganizer(ui::MainWindow& window, const QString& folder, const QString& suffix);

// The PDSA cycle screens (editor, ramp view, cycle list) of the open demo in `window`.
bool shootCycles(ui::MainWindow& window, const QString& folder);
// The change package screens (editor, drawn driver diagram) of the open demo in `window`.
bool shootChangePackage(ui::MainWindow& window, const QString& folder);
// The team set-up screens (team dialog, the team page's edit controls) of the open demo.
bool shootTeam(ui::MainWindow& window, const QString& folder);
// The import conflicts dialog, with conflicts made between two copies of the open demo.
bool shootConflicts(ui::MainWindow& window, const QString& folder);
// The bundle export and import dialogs, with bundles of the open demo.
bool shootBundles(ui::MainWindow& window, const QString& folder);

} // namespace pdsa::shots

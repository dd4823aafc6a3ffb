// SPDX-License-Identifier: Apache-2.0
#pragma once
// What the window opens at start: the file named on the command line, or nothing when it does not
// open (never another file in its place); otherwise the workspace that was open when the app last
// quit, or the start page with the reason when it no longer opens (gone, or open in another
// window); otherwise, on a first start, the demo collaborative, written to the data folder on
// first use, so that a new user sees a living collaborative at once. A user who closed their
// workspace before quitting starts on the start page instead.
// Lives in ui/ (not in main()) so that tests can drive it.

#include <QString>

namespace pdsa::ui {

class MainWindow;

class Startup {
public:
    enum class Opened { Argument, LastWorkspace, Demo, Nothing };

    // A failing command-line file is reported in a message box; a last workspace that no longer
    // opens, in the window's status bar.
    static Opened openInitialWorkspace(MainWindow& window, const QString& fileArgument);
};

} // namespace pdsa::ui

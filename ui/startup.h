#pragma once
// What the window opens at start: the file named on the command line; otherwise the workspace
// that was open when the app last quit (if it still opens); otherwise the demo collaborative,
// written to the data folder on first use, so that a new user sees a living collaborative at
// once. A user who closed their workspace before quitting starts on the start page instead.
// Lives in ui/ (not in main()) so that tests can drive it.

#include <QString>

namespace pdsa::ui {

class MainWindow;

class Startup {
public:
    enum class Opened { Argument, LastWorkspace, Demo, Nothing };

    // Opens the first workspace that works; only a failing command-line file is reported in a
    // message box (the fallbacks fail silently to the start page).
    static Opened openInitialWorkspace(MainWindow& window, const QString& fileArgument);
};

} // namespace pdsa::ui

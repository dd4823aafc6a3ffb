// SPDX-License-Identifier: Apache-2.0
#include "startup.h"

#include "mainwindow.h"

#include <QCoreApplication>
#include <QSettings>

namespace pdsa::ui {

Startup::Opened Startup::openInitialWorkspace(MainWindow& window, const QString& fileArgument) {
    if (!fileArgument.isEmpty()) // asked for by name: that file or nothing, never another one
        return window.openWorkspaceWithMessage(fileArgument) ? Opened::Argument : Opened::Nothing;

    const QVariant last = QSettings().value(QStringLiteral("session/lastWorkspace"));
    if (last.isValid() && last.toString().isEmpty())
        return Opened::Nothing; // the user closed the workspace before quitting
    if (const QString path = last.toString(); !path.isEmpty()) {
        const Status opened = window.openWorkspace(path);
        if (opened)
            return Opened::LastWorkspace;
        window.showNotice(QCoreApplication::translate("pdsa::ui::Startup",
                                                      "The workspace open when PDSA Tracker last quit did not "
                                                      "open: %1")
                              .arg(opened.error().message));
        return Opened::Nothing;
    }
    if (window.openDemo().ok())
        return Opened::Demo;
    return Opened::Nothing;
}

} // namespace pdsa::ui

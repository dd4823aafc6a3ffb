#include "startup.h"

#include "mainwindow.h"

#include <QFileInfo>
#include <QSettings>

namespace pdsa::ui {

Startup::Opened Startup::openInitialWorkspace(MainWindow& window, const QString& fileArgument) {
    if (!fileArgument.isEmpty() && window.openWorkspaceWithMessage(fileArgument))
        return Opened::Argument;

    const QVariant last = QSettings().value(QStringLiteral("session/lastWorkspace"));
    if (last.isValid() && last.toString().isEmpty())
        return Opened::Nothing; // the user closed the workspace before quitting
    if (const QString path = last.toString();
        !path.isEmpty() && QFileInfo::exists(path) && window.openWorkspace(path).ok())
        return Opened::LastWorkspace;
    if (window.openDemo().ok())
        return Opened::Demo;
    return Opened::Nothing;
}

} // namespace pdsa::ui

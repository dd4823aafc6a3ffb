// SPDX-License-Identifier: Apache-2.0
#include "apppaths.h"

#include "workspace/datafolder.h"

#include <QDir>

namespace pdsa::ui {

QString AppPaths::dataFolder() {
    return appDataFolder();
}

QString AppPaths::backupFolder() {
    return pdsa::backupFolder();
}

QString AppPaths::demoWorkspace() {
    return QDir(dataFolder()).filePath(QStringLiteral("demo.pdsa"));
}

Workspace::OpenOptions AppPaths::openOptions() {
    return writeOptions();
}

} // namespace pdsa::ui

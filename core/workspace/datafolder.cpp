// SPDX-License-Identifier: Apache-2.0
#include "workspace/datafolder.h"

#include <QDir>
#include <QStandardPaths>

namespace pdsa {

QString appDataFolder() {
    // Not AppDataLocation: with organization and application both "PDSA Tracker" that nests the
    // name twice (~/.local/share/PDSA Tracker/PDSA Tracker).
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("PDSA Tracker"));
}

QString backupFolder() {
    return QDir(appDataFolder()).filePath(QStringLiteral("backups"));
}

storage::OpenOptions writeOptions() {
    storage::OpenOptions options;
    options.backupFolder = backupFolder();
    return options;
}

} // namespace pdsa

#include "apppaths.h"

#include <QDir>
#include <QStandardPaths>

namespace pdsa::ui {

QString AppPaths::dataFolder() {
    // Not AppDataLocation: with organization and application both "PDSA Tracker" that nests the
    // name twice (~/.local/share/PDSA Tracker/PDSA Tracker).
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("PDSA Tracker"));
}

QString AppPaths::backupFolder() {
    return QDir(dataFolder()).filePath(QStringLiteral("backups"));
}

QString AppPaths::demoWorkspace() {
    return QDir(dataFolder()).filePath(QStringLiteral("demo.pdsa"));
}

storage::OpenOptions AppPaths::openOptions() {
    storage::OpenOptions options;
    options.backupFolder = backupFolder();
    return options;
}

} // namespace pdsa::ui

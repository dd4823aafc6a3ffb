// SPDX-License-Identifier: Apache-2.0
#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace pdsa::ui {

namespace {

const QString kKey = QStringLiteral("recentFiles");

void store(const QStringList& files) {
    QSettings settings;
    settings.setValue(kKey, files);
}

} // namespace

QStringList RecentFiles::list() {
    QSettings settings;
    QStringList files = settings.value(kKey).toStringList();
    files.removeAll(QString());
    files.removeDuplicates();
    while (files.size() > kMaximum)
        files.removeLast();
    return files;
}

void RecentFiles::add(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = list();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaximum)
        files.removeLast();
    store(files);
}

void RecentFiles::remove(const QString& path) {
    QStringList files = list();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    files.removeAll(path);
    store(files);
}

void RecentFiles::clear() {
    store({});
}

} // namespace pdsa::ui

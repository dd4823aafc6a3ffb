// SPDX-License-Identifier: Apache-2.0
#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>
#include <QVariantMap>

#include <iterator>

namespace pdsa::ui {

namespace {

const QString kKey = QStringLiteral("recentFiles");
const QString kWhoseKey = QStringLiteral("recentFilesWhose");

void store(const QStringList& files) {
    QSettings settings;
    settings.setValue(kKey, files);
    // Forget whose were the files no longer listed.
    QVariantMap whose = settings.value(kWhoseKey).toMap();
    for (auto it = whose.begin(); it != whose.end();)
        it = files.contains(it.key()) ? std::next(it) : whose.erase(it);
    settings.setValue(kWhoseKey, whose);
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

void RecentFiles::add(const QString& path, const QString& whose) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    {
        QSettings settings;
        QVariantMap owners = settings.value(kWhoseKey).toMap();
        if (whose.isEmpty())
            owners.remove(absolute);
        else
            owners.insert(absolute, whose);
        settings.setValue(kWhoseKey, owners);
    }
    QStringList files = list();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaximum)
        files.removeLast();
    store(files);
}

QString RecentFiles::whose(const QString& path) {
    return QSettings().value(kWhoseKey).toMap().value(QFileInfo(path).absoluteFilePath()).toString();
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

// SPDX-License-Identifier: Apache-2.0
#include "models/recentfilesmodel.h"

#include "recentfiles.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPalette>

namespace pdsa::ui {

RecentFilesModel::RecentFilesModel(QObject* parent)
    : QAbstractListModel(parent) {}

void RecentFilesModel::setFiles(const QStringList& paths) {
    beginResetModel();
    m_paths = paths;
    m_exists.clear();
    m_whose.clear();
    for (const QString& path : m_paths) {
        m_exists.append(QFileInfo::exists(path)); // checked once here, never inside data()
        m_whose.append(RecentFiles::whose(path));
    }
    endResetModel();
}

int RecentFilesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_paths.size());
}

QVariant RecentFilesModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString& path = m_paths[index.row()];
    const bool exists = m_exists[index.row()];
    const QFileInfo info(path);
    switch (role) {
    case Qt::DisplayRole: {
        QString folder = QDir::toNativeSeparators(info.absolutePath());
        const QString home = QDir::toNativeSeparators(QDir::homePath());
        if (folder.startsWith(home))
            folder = QStringLiteral("~") + folder.mid(home.size());
        QString text = exists ? tr("%1   —   %2").arg(info.fileName(), folder)
                              : tr("%1   —   %2 (not found)").arg(info.fileName(), folder);
        if (const QString& whose = m_whose[index.row()]; !whose.isEmpty())
            //: A recent workspace on the start page: the file and folder, then whose it is
            text = tr("%1   —   %2").arg(text, whose);
        return text;
    }
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return QDir::toNativeSeparators(path);
    case Qt::AccessibleTextRole:
        return info.fileName();
    case Qt::ForegroundRole:
        if (!exists)
            return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        break;
    case PathRole:
        return path;
    case ExistsRole:
        return exists;
    default:
        break;
    }
    return {};
}

} // namespace pdsa::ui

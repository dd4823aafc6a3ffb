// SPDX-License-Identifier: Apache-2.0
#pragma once
// The recent workspaces listed on the start page: the file name, with the folder and whose
// workspace it is beside it, and the full path as tooltip. Missing files stay listed (greyed) until the user tries them, when
// the main window removes them with a message.

#include <QAbstractListModel>
#include <QStringList>

namespace pdsa::ui {

class RecentFilesModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Column { FileColumn, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, ExistsRole };

    explicit RecentFilesModel(QObject* parent = nullptr);

    void setFiles(const QStringList& paths);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QStringList m_paths;
    QList<bool> m_exists;
    QStringList m_whose;
};

} // namespace pdsa::ui

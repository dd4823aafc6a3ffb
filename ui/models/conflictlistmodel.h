// SPDX-License-Identifier: Apache-2.0
#pragma once
// The list of kept import conflicts in the "Import conflicts" dialog: what the record is, its
// kind, the bundle it came from and when the import found it. Served from the conflicts the
// dialog listed (core/bundle/conflicts.h); part of the bundles work.

#include "bundle/conflicts.h"

#include <QAbstractTableModel>

#include <vector>

namespace pdsa::ui {

class ConflictListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { RecordColumn, KindColumn, BundleColumn, FoundColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit ConflictListModel(QObject* parent = nullptr);

    void setConflicts(std::vector<bundle::Conflict> conflicts);
    const std::vector<bundle::Conflict>& conflicts() const { return m_conflicts; }
    // The row of the conflict `id`, or -1.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<bundle::Conflict> m_conflicts;
};

} // namespace pdsa::ui

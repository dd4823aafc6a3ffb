// SPDX-License-Identifier: Apache-2.0
#include "models/conflictlistmodel.h"

#include "format.h"

namespace pdsa::ui {

ConflictListModel::ConflictListModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ConflictListModel::setConflicts(std::vector<bundle::Conflict> conflicts) {
    beginResetModel();
    m_conflicts = std::move(conflicts);
    endResetModel();
}

int ConflictListModel::rowOf(qint64 id) const {
    for (int row = 0; row < int(m_conflicts.size()); ++row)
        if (m_conflicts[size_t(row)].id == id)
            return row;
    return -1;
}

int ConflictListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_conflicts.size());
}

int ConflictListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const bundle::Conflict& c = m_conflicts[size_t(index.row())];
    if (role == IdRole)
        return c.id;
    const QDateTime found = c.detectedAt.toLocalTime();
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case RecordColumn:
            return c.title;
        case KindColumn: {
            QString kind = c.kind;
            if (!kind.isEmpty())
                kind[0] = kind[0].toUpper();
            return kind;
        }
        case BundleColumn:
            return c.sourceFile;
        case FoundColumn:
            return tr("%1, %2").arg(Format::date(found.date()),
                                    Format::locale().toString(found.time(), QLocale::ShortFormat));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return index.column() == BundleColumn ? c.source : c.title;
    return {};
}

QVariant ConflictListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RecordColumn:
        return tr("Record");
    case KindColumn:
        return tr("Kind");
    case BundleColumn:
        return tr("Bundle");
    case FoundColumn:
        return tr("Found");
    default:
        return {};
    }
}

} // namespace pdsa::ui

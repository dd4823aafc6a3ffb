// SPDX-License-Identifier: Apache-2.0
#include "models/sharedmeasuresmodel.h"

#include "format.h"

namespace pdsa::ui {

SharedMeasuresModel::SharedMeasuresModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void SharedMeasuresModel::setMeasures(const std::vector<Measure>& measures) {
    beginResetModel();
    m_measures.clear();
    for (const Measure& measure : measures)
        if (measure.isShared() && !measure.meta.deleted)
            m_measures.push_back(measure);
    endResetModel();
}

int SharedMeasuresModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_measures.size());
}

int SharedMeasuresModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SharedMeasuresModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Measure& m = m_measures[static_cast<size_t>(index.row())];
    if (role == IdRole)
        return m.meta.id;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NameColumn:
            return role == Qt::ToolTipRole && !m.operationalDefinition.isEmpty() ? m.operationalDefinition
                                                                                 : m.name;
        case TypeColumn:
            return Format::measureType(m.type);
        case KindColumn:
            return Format::dataKind(m);
        case GoalColumn:
            return Format::goal(m);
        default:
            return {};
        }
    }
    return {};
}

QVariant SharedMeasuresModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Measure");
    case TypeColumn:
        return tr("Type");
    case KindColumn:
        return tr("Kind of data");
    case GoalColumn:
        return tr("Goal");
    default:
        return {};
    }
}

} // namespace pdsa::ui

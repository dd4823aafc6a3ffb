// SPDX-License-Identifier: Apache-2.0
#include "models/cyclestablemodel.h"

#include "models/cyclecells.h"

namespace pdsa::ui {

CyclesTableModel::CyclesTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void CyclesTableModel::setCycles(std::vector<PdsaCycle> cycles) {
    beginResetModel();
    m_cycles = std::move(cycles);
    endResetModel();
}

int CyclesTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_cycles.size());
}

int CyclesTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

CycleCell cellOf(CyclesTableModel::Column column) {
    switch (column) {
    case CyclesTableModel::StatusColumn:
        return CycleCell::Status;
    case CyclesTableModel::DecisionColumn:
        return CycleCell::Decision;
    case CyclesTableModel::DatesColumn:
        return CycleCell::Dates;
    case CyclesTableModel::ScaleColumn:
        return CycleCell::Scale;
    default:
        return CycleCell::Title;
    }
}

} // namespace

QVariant CyclesTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PdsaCycle& c = m_cycles[static_cast<size_t>(index.row())];
    if (role == IdRole)
        return c.meta.id;
    if (role == TeamIdRole)
        return c.teamId;
    return cycleCellData(c, cellOf(static_cast<Column>(index.column())), role, SortRole);
}

QVariant CyclesTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    return cycleCellHeader(cellOf(static_cast<Column>(section)), role);
}

} // namespace pdsa::ui

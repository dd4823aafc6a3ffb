#include "models/cyclestablemodel.h"

#include "format.h"
#include "theme.h"

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

QVariant CyclesTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PdsaCycle& c = m_cycles[static_cast<size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TitleColumn:
            return c.title;
        case StatusColumn:
            return Format::status(c.status);
        case DecisionColumn:
            return Format::decision(c.decision);
        case DatesColumn:
            return Format::dateRange(c.startDate, c.endDate);
        case ScaleColumn:
            return Format::scale(c.scaleCount, c.scaleUnit);
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case TitleColumn:
            return c.objective.isEmpty() ? c.title : tr("%1\n\n%2").arg(c.title, c.objective);
        case DecisionColumn:
            return c.nextStep.isEmpty() ? QVariant() : QVariant(c.nextStep);
        case DatesColumn:
            return Format::dateRange(c.startDate, c.endDate);
        default:
            break;
        }
        break;
    case Qt::ForegroundRole:
        if (column == DecisionColumn && c.decision != Decision::None)
            return Theme::decisionColor(c.decision);
        if (column == StatusColumn)
            return Theme::statusColor(c.status);
        break;
    case Qt::TextAlignmentRole:
        if (column == ScaleColumn)
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole:
        return c.meta.id;
    case TeamIdRole:
        return c.teamId;
    case SortRole:
        switch (column) {
        case TitleColumn:
            return c.title.toLower();
        case StatusColumn:
            return static_cast<int>(c.status);
        case DecisionColumn:
            return static_cast<int>(c.decision);
        case DatesColumn:
            return c.startDate;
        case ScaleColumn:
            return c.scaleCount.value_or(0);
        case ColumnCount:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant CyclesTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (static_cast<Column>(section)) {
        case TitleColumn:
            return tr("PDSA cycle");
        case StatusColumn:
            return tr("Status");
        case DecisionColumn:
            return tr("Decision");
        case DatesColumn:
            return tr("Dates");
        case ScaleColumn:
            return tr("Scale");
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole && section == ScaleColumn)
        return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace pdsa::ui

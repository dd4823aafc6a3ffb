// SPDX-License-Identifier: Apache-2.0
#include "models/measurestablemodel.h"

#include "format.h"
#include "theme.h"
#include "workspace/workspace.h"

#include <cmath>
#include <limits>

namespace pdsa::ui {

namespace {

bool meetsGoal(const Measure& measure, double value) {
    if (!measure.goal)
        return false;
    return measure.improvement == Improvement::Up ? value >= *measure.goal : value <= *measure.goal;
}

} // namespace

Result<std::vector<MeasuresTableModel::Row>> MeasuresTableModel::load(Workspace& workspace,
                                                                      const QUuid& teamId) {
    auto measures = workspace.measures.forTeam(teamId);
    if (!measures)
        return measures.error();
    std::vector<Row> rows;
    for (const Measure& measure : *measures) {
        Row row;
        row.measure = measure;
        auto series = workspace.measures.series(teamId, measure.meta.id); // totals, oldest first
        if (!series)
            return series.error();
        for (auto it = series->rbegin(); it != series->rend(); ++it) {
            if (auto plotted = it->plotted(measure)) {
                row.latestPeriod = it->period;
                row.latestValue = plotted;
                break;
            }
        }
        const size_t first = series->size() > kSparklinePeriods ? series->size() - kSparklinePeriods : 0;
        for (size_t i = first; i < series->size(); ++i)
            row.sparkline.values.append(
                (*series)[i].plotted(measure).value_or(std::numeric_limits<double>::quiet_NaN()));
        row.sparkline.goal = measure.goal;
        row.sparkline.higherIsBetter = measure.improvement == Improvement::Up;
        rows.push_back(std::move(row));
    }
    return rows;
}

MeasuresTableModel::MeasuresTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void MeasuresTableModel::setRows(std::vector<Row> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int MeasuresTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MeasuresTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeasuresTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows[static_cast<size_t>(index.row())];
    const Measure& m = r.measure;
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return m.name;
        case TypeColumn:
            return Format::measureType(m.type);
        case PeriodColumn:
            return Format::period(r.latestPeriod, m.frequency);
        case ValueColumn:
            return Format::measureValue(m, r.latestValue);
        case GoalColumn:
            return Format::goal(m);
        case TrendColumn:
            return QString();
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case NameColumn:
            return m.operationalDefinition.isEmpty() ? m.name
                                                     : tr("%1\n\n%2").arg(m.name, m.operationalDefinition);
        case TypeColumn:
            return Format::measureTypeLong(m.type);
        case ValueColumn:
            if (r.latestValue && m.goal)
                return meetsGoal(m, *r.latestValue) ? tr("Meets the goal (%1)").arg(Format::goal(m))
                                                    : tr("Not yet at the goal (%1)").arg(Format::goal(m));
            break;
        case GoalColumn:
            return m.goal ? Format::improvement(m.improvement) : tr("No goal set");
        case TrendColumn:
            return tr("The last %1 periods; %2")
                .arg(r.sparkline.values.size())
                .arg(Format::improvement(m.improvement).toLower());
        default:
            break;
        }
        break;
    case Qt::AccessibleTextRole:
        if (column == TrendColumn) {
            QStringList values;
            for (double v : r.sparkline.values)
                values << (std::isnan(v) ? tr("no value") : Format::measureValue(m, v));
            return tr("Last %1 periods: %2")
                .arg(r.sparkline.values.size())
                .arg(values.join(QStringLiteral(", ")));
        }
        break;
    case Qt::ForegroundRole:
        if (column == ValueColumn && r.latestValue && meetsGoal(m, *r.latestValue))
            return Theme::decisionColor(Decision::Adopt);
        break;
    case Qt::TextAlignmentRole:
        if (column == ValueColumn || column == GoalColumn)
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole:
        return m.meta.id;
    case SortRole:
        switch (column) {
        case NameColumn:
            return m.position;
        case TypeColumn:
            return static_cast<int>(m.type);
        case PeriodColumn:
            return r.latestPeriod;
        case ValueColumn:
            return r.latestValue.value_or(-std::numeric_limits<double>::infinity());
        case GoalColumn:
            return m.goal.value_or(-std::numeric_limits<double>::infinity());
        default:
            return {};
        }
    case SparklineRole:
        if (column == TrendColumn)
            return QVariant::fromValue(r.sparkline);
        break;
    default:
        break;
    }
    return {};
}

QVariant MeasuresTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (static_cast<Column>(section)) {
        case NameColumn:
            return tr("Measure");
        case TypeColumn:
            return tr("Type");
        case PeriodColumn:
            return tr("Period");
        case ValueColumn:
            return tr("Latest value");
        case GoalColumn:
            return tr("Goal");
        case TrendColumn:
            return tr("Last 12 months");
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole && (section == ValueColumn || section == GoalColumn))
        return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace pdsa::ui

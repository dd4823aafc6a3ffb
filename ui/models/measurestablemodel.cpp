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

namespace {

using Row = MeasuresTableModel::Row;
using Column = MeasuresTableModel::Column;

QVariant displayText(const Row& r, Column column) {
    const Measure& m = r.measure;
    switch (column) {
    case MeasuresTableModel::NameColumn:
        return m.name;
    case MeasuresTableModel::TypeColumn:
        return Format::measureType(m.type);
    case MeasuresTableModel::PeriodColumn:
        return Format::period(r.latestPeriod, m.frequency);
    case MeasuresTableModel::ValueColumn:
        return Format::measureValue(m, r.latestValue);
    case MeasuresTableModel::GoalColumn:
        return Format::goal(m);
    case MeasuresTableModel::TrendColumn:
        return QString();
    case MeasuresTableModel::ColumnCount:
        break;
    }
    return {};
}

QVariant toolTip(const Row& r, Column column) {
    const Measure& m = r.measure;
    switch (column) {
    case MeasuresTableModel::NameColumn:
        return m.operationalDefinition.isEmpty()
                   ? m.name
                   : MeasuresTableModel::tr("%1\n\n%2").arg(m.name, m.operationalDefinition);
    case MeasuresTableModel::TypeColumn:
        return Format::measureTypeLong(m.type);
    case MeasuresTableModel::ValueColumn:
        if (r.latestValue && m.goal)
            return meetsGoal(m, *r.latestValue)
                       ? MeasuresTableModel::tr("Meets the goal (%1)").arg(Format::goal(m))
                       : MeasuresTableModel::tr("Not yet at the goal (%1)").arg(Format::goal(m));
        break;
    case MeasuresTableModel::GoalColumn:
        return m.goal ? Format::improvement(m.improvement) : MeasuresTableModel::tr("No goal set");
    case MeasuresTableModel::TrendColumn:
        return MeasuresTableModel::tr("The last %1 periods; %2")
            .arg(r.sparkline.values.size())
            .arg(Format::improvement(m.improvement).toLower());
    default:
        break;
    }
    return {};
}

// The sparkline's values in words, for screen readers.
QString trendInWords(const Row& r) {
    QStringList values;
    for (double v : r.sparkline.values)
        values << (std::isnan(v) ? MeasuresTableModel::tr("no value") : Format::measureValue(r.measure, v));
    return MeasuresTableModel::tr("Last %1 periods: %2")
        .arg(r.sparkline.values.size())
        .arg(values.join(QStringLiteral(", ")));
}

QVariant sortKey(const Row& r, Column column) {
    const Measure& m = r.measure;
    switch (column) {
    case MeasuresTableModel::NameColumn:
        return m.position;
    case MeasuresTableModel::TypeColumn:
        return static_cast<int>(m.type);
    case MeasuresTableModel::PeriodColumn:
        return r.latestPeriod;
    case MeasuresTableModel::ValueColumn:
        return r.latestValue.value_or(-std::numeric_limits<double>::infinity());
    case MeasuresTableModel::GoalColumn:
        return m.goal.value_or(-std::numeric_limits<double>::infinity());
    default:
        return {};
    }
}

} // namespace

QVariant MeasuresTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows[static_cast<size_t>(index.row())];
    const Measure& m = r.measure;
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(r, column);
    case Qt::ToolTipRole:
        return toolTip(r, column);
    case Qt::AccessibleTextRole:
        if (column == TrendColumn)
            return trendInWords(r);
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
        return sortKey(r, column);
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

#include "models/measurevaluesmodel.h"

#include "format.h"

#include <algorithm>
#include <limits>

namespace pdsa::ui {

MeasureValuesModel::MeasureValuesModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void MeasureValuesModel::setValues(const Measure& measure, std::vector<MeasureValue> values) {
    beginResetModel();
    m_measure = measure;
    m_values = std::move(values);
    std::stable_sort(m_values.begin(), m_values.end(),
                     [](const MeasureValue& a, const MeasureValue& b) { return a.period > b.period; });
    endResetModel();
}

int MeasureValuesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_values.size());
}

int MeasureValuesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeasureValuesModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MeasureValue& v = m_values[static_cast<size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());
    const auto count = [](const std::optional<double>& n) {
        return n ? Format::number(*n, 2) : Format::dash();
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case PeriodColumn:
            return Format::period(v.period, m_measure.frequency);
        case NumeratorColumn:
            return m_measure.hasDenominator() ? count(v.numerator) : Format::dash();
        case DenominatorColumn:
            return m_measure.hasDenominator() ? count(v.denominator) : Format::dash();
        case ValueColumn:
            if (!v.plotted(m_measure))
                return v.numerator || v.value ? Format::dash() : tr("Not reported");
            return Format::measureValue(m_measure, v.plotted(m_measure));
        case NoteColumn:
            return v.note;
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (column == NoteColumn && !v.note.isEmpty())
            return v.note;
        break;
    case Qt::TextAlignmentRole:
        if (column == NumeratorColumn || column == DenominatorColumn || column == ValueColumn)
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole:
        return v.meta.id;
    case SortRole:
        switch (column) {
        case PeriodColumn:
            return v.period;
        case NumeratorColumn:
            return v.numerator.value_or(-1);
        case DenominatorColumn:
            return v.denominator.value_or(-1);
        case ValueColumn:
            return v.plotted(m_measure).value_or(-std::numeric_limits<double>::infinity());
        case NoteColumn:
            return v.note.toLower();
        case ColumnCount:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant MeasureValuesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (static_cast<Column>(section)) {
        case PeriodColumn:
            return tr("Period");
        case NumeratorColumn:
            return tr("Numerator");
        case DenominatorColumn:
            return tr("Denominator");
        case ValueColumn:
            return tr("Value");
        case NoteColumn:
            return tr("Note");
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole && section >= NumeratorColumn && section <= ValueColumn)
        return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace pdsa::ui

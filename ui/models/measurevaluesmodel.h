#pragma once
// The values table on the measure page: one row per period of one team's measure (the totals,
// not the strata), newest first, with numerator, denominator, the plotted value and the note.
// Numerator and denominator read "—" for measures entered as a single value.

#include "domain/measure.h"

#include <QAbstractTableModel>

#include <vector>

namespace pdsa::ui {

class MeasureValuesModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { PeriodColumn, NumeratorColumn, DenominatorColumn, ValueColumn, NoteColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    explicit MeasureValuesModel(QObject* parent = nullptr);

    // `values` in any order; the model keeps them newest first.
    void setValues(const Measure& measure, std::vector<MeasureValue> values);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Measure m_measure;
    std::vector<MeasureValue> m_values;
};

} // namespace pdsa::ui

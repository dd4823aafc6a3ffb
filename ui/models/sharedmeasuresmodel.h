// SPDX-License-Identifier: Apache-2.0
#pragma once
// The collaborative's shared measure set on the collaborative page: the measures every team
// reports with one operational definition (Measure::teamId null), which only the organizer edits.
// Served from the measures the page loaded.

#include "domain/measure.h"

#include <QAbstractTableModel>

#include <vector>

namespace pdsa::ui {

class SharedMeasuresModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, KindColumn, GoalColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit SharedMeasuresModel(QObject* parent = nullptr);

    // Keeps the shared ones of `measures`, in their order.
    void setMeasures(const std::vector<Measure>& measures);
    const Measure& measure(int row) const { return m_measures[static_cast<size_t>(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Measure> m_measures;
};

} // namespace pdsa::ui

// SPDX-License-Identifier: Apache-2.0
#pragma once
// The measures table on the team page: each measure the team reports (the shared set, then its
// own) with its type, latest period and value, goal, and a sparkline of the last 12 periods
// (SparklineRole, drawn by SparklineDelegate). load() reads each measure's series once; data()
// serves the copy in memory.

#include "domain/measure.h"
#include "models/sparkline.h"
#include "util/result.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace pdsa {
class Workspace;
}

namespace pdsa::ui {

class MeasuresTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, PeriodColumn, ValueColumn, GoalColumn, TrendColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole, SparklineRole };

    static constexpr int kSparklinePeriods = 12;

    struct Row {
        Measure measure;
        QDate latestPeriod;
        std::optional<double> latestValue;
        Sparkline sparkline;
    };
    static Result<std::vector<Row>> load(Workspace& workspace, const QUuid& teamId);

    explicit MeasuresTableModel(QObject* parent = nullptr);

    void setRows(std::vector<Row> rows);
    const Row& row(int index) const { return m_rows[static_cast<size_t>(index)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Row> m_rows;
};

} // namespace pdsa::ui

// SPDX-License-Identifier: Apache-2.0
#pragma once
// The PDSA cycles table on the team page: title, status, decision, start–end and scale of each
// of the team's cycles. Served from the cycles the page loaded; a sort proxy orders them (the
// page shows the most recent first, SortRole gives the start date).

#include "domain/pdsacycle.h"

#include <QAbstractTableModel>

#include <vector>

namespace pdsa::ui {

class CyclesTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TitleColumn, StatusColumn, DecisionColumn, DatesColumn, ScaleColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, TeamIdRole, SortRole };

    explicit CyclesTableModel(QObject* parent = nullptr);

    void setCycles(std::vector<PdsaCycle> cycles);
    const PdsaCycle& cycle(int row) const { return m_cycles[static_cast<size_t>(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<PdsaCycle> m_cycles;
};

} // namespace pdsa::ui

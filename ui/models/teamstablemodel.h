// SPDX-License-Identifier: Apache-2.0
#pragma once
// The teams table on the collaborative page: one row per team with its agency, court partner,
// site, how many measures it reports, how many PDSA cycles it has run and its latest assessment
// score. Rows are loaded once by load() and served from memory; sorting is a proxy's job
// (SortRole gives raw numbers and text).

#include "domain/assessmentscore.h"
#include "domain/team.h"
#include "util/result.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace pdsa {
class Workspace;
}

namespace pdsa::ui {

class TeamsTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        TeamColumn,
        AgencyColumn,
        CourtPartnerColumn,
        SiteColumn,
        MeasuresColumn,
        CyclesColumn,
        AssessmentColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    struct Row {
        Team team;
        int measures = 0;
        int cycles = 0;
        std::optional<AssessmentScore> latestScore;
    };
    static Result<std::vector<Row>> load(Workspace& workspace);

    explicit TeamsTableModel(QObject* parent = nullptr);

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

// SPDX-License-Identifier: Apache-2.0
#pragma once
// The reporting calendar as a team × month grid (the collaborative page's "Reporting" section):
// a row per team, a column per month of the collaborative up to today's, each cell the month's
// report in a symbol and a word (✓ sent, ✓ late, ✗ missing, due, blank while the month runs), never
// colour alone; the tooltip says when it was due and sent, how many shared measures were entered
// and the month's scores. A last row counts the teams the faculty scored 4.0 or above that month:
// the collaborative's own measure of success. Filled by setRows() from coaching::reportingGrid().

#include "coaching/reporting.h"

#include <QAbstractTableModel>
#include <QDate>

#include <vector>

namespace pdsa::ui {

class ReportingGridModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role { StatusRole = Qt::UserRole + 1, TeamIdRole };

    explicit ReportingGridModel(QObject* parent = nullptr);

    // `rows` in reportingGrid()'s order (by team, then month).
    void setRows(const std::vector<coaching::ReportingRow>& rows);

    int teamCount() const { return int(m_teams.size()); }
    int monthCount() const { return int(m_months.size()); }
    // The row of teams at 4.0 or above (after the teams).
    int successRow() const { return teamCount(); }
    // The cell of one team and month (column 0 is the team's name).
    const coaching::ReportingRow& cell(int team, int month) const;

    // The short text of a status, as the cells show it ("✓ late").
    static QString cellText(coaching::ReportStatus status);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString tooltip(const coaching::ReportingRow& row) const;

    std::vector<coaching::ReportingRow> m_cells; // team-major
    std::vector<QString> m_teams;
    std::vector<QDate> m_months;
    std::vector<int> m_atFour; // per month
    std::vector<bool> m_anyScore; // per month: did the faculty score anyone
};

} // namespace pdsa::ui

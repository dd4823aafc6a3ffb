// SPDX-License-Identifier: Apache-2.0
#pragma once
// The cycle list's table: every cycle of the chosen teams with title, team, change ideas, status,
// decision, dates and scale. It keeps, per cycle, the folded search text (cycles::searchHaystack)
// computed once when the cycles are set, so that CycleFilterProxyModel can filter a thousand
// cycles on every keystroke. Served from memory: data() never touches the workspace.

#include "cycles/cyclefilter.h"
#include "domain/pdsacycle.h"
#include "models/cyclecells.h"
#include "util/result.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace pdsa {
class Workspace;
}

namespace pdsa::ui {

class CycleListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        TeamColumn,
        IdeasColumn,
        StatusColumn,
        DecisionColumn,
        DatesColumn,
        ScaleColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, TeamIdRole, SortRole };

    explicit CycleListModel(QObject* parent = nullptr);

    // The names of teams, change ideas (with their drivers) and measures of the workspace.
    static Result<cycles::CycleNames> loadNames(Workspace& workspace);

    void setCycles(std::vector<PdsaCycle> cycles, cycles::CycleNames names);
    const PdsaCycle& cycle(int row) const { return m_cycles[static_cast<size_t>(row)]; }
    const std::vector<PdsaCycle>& cycles() const { return m_cycles; }
    const QString& haystack(int row) const { return m_haystacks[static_cast<size_t>(row)]; }
    const cycles::CycleNames& names() const { return m_names; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString ideasOf(const PdsaCycle& cycle) const;
    // The shared cycle cell a column shows (ui/models/cyclecells.h), if it is one.
    static std::optional<CycleCell> cellOf(Column column);

    std::vector<PdsaCycle> m_cycles;
    std::vector<QString> m_haystacks;
    cycles::CycleNames m_names;
};

} // namespace pdsa::ui

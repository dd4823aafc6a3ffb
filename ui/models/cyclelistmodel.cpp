// SPDX-License-Identifier: Apache-2.0
#include "models/cyclelistmodel.h"

#include "models/cyclecells.h"

#include "workspace/workspace.h"

namespace pdsa::ui {

CycleListModel::CycleListModel(QObject* parent)
    : QAbstractTableModel(parent) {}

Result<cycles::CycleNames> CycleListModel::loadNames(Workspace& workspace) {
    cycles::CycleNames names;
    auto teams = workspace.teams.teams.all();
    if (!teams)
        return teams.error();
    for (const Team& team : *teams)
        names.teams.insert(team.meta.id, team.name);
    auto drivers = workspace.changePackage.drivers.all();
    if (!drivers)
        return drivers.error();
    for (const Driver& driver : *drivers)
        if (!driver.parentId.isNull())
            names.driverParent.insert(driver.meta.id, driver.parentId);
    auto ideas = workspace.changePackage.ideas.all();
    if (!ideas)
        return ideas.error();
    for (const ChangeIdea& idea : *ideas) {
        names.changeIdeas.insert(idea.meta.id, idea.name);
        names.ideaDriver.insert(idea.meta.id, idea.driverId);
    }
    auto measures = workspace.measures.measures.all();
    if (!measures)
        return measures.error();
    for (const Measure& measure : *measures)
        names.measures.insert(measure.meta.id, measure.name);
    return names;
}

void CycleListModel::setCycles(std::vector<PdsaCycle> cycles, cycles::CycleNames names) {
    beginResetModel();
    m_cycles = std::move(cycles);
    m_names = std::move(names);
    m_haystacks.clear();
    m_haystacks.reserve(m_cycles.size());
    for (const PdsaCycle& cycle : m_cycles)
        m_haystacks.push_back(cycles::searchHaystack(cycle, m_names));
    endResetModel();
}

int CycleListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_cycles.size());
}

int CycleListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString CycleListModel::ideasOf(const PdsaCycle& cycle) const {
    QStringList names;
    for (const QUuid& id : cycle.changeIdeaIds)
        if (const QString name = m_names.changeIdeas.value(id); !name.isEmpty())
            names << name;
    return names.join(QStringLiteral("; "));
}

std::optional<CycleCell> CycleListModel::cellOf(Column column) {
    switch (column) {
    case TitleColumn:
        return CycleCell::Title;
    case StatusColumn:
        return CycleCell::Status;
    case DecisionColumn:
        return CycleCell::Decision;
    case DatesColumn:
        return CycleCell::Dates;
    case ScaleColumn:
        return CycleCell::Scale;
    default:
        return std::nullopt; // team and change ideas: this model's own
    }
}

QVariant CycleListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PdsaCycle& c = m_cycles[static_cast<size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());
    if (role == IdRole)
        return c.meta.id;
    if (role == TeamIdRole)
        return c.teamId;
    if (const auto cell = cellOf(column))
        return cycleCellData(c, *cell, role, SortRole);
    const QString text = column == TeamColumn ? m_names.teams.value(c.teamId) : ideasOf(c);
    if (role == Qt::DisplayRole || (role == Qt::ToolTipRole && column == IdeasColumn))
        return text;
    if (role == SortRole)
        return text.toLower();
    return {};
}

QVariant CycleListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (const auto cell = cellOf(static_cast<Column>(section)))
        return cycleCellHeader(*cell, role);
    if (role != Qt::DisplayRole)
        return {};
    return section == TeamColumn ? tr("Team") : tr("Change ideas");
}

} // namespace pdsa::ui

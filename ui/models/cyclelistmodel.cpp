#include "models/cyclelistmodel.h"

#include "format.h"
#include "theme.h"
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

QVariant CycleListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PdsaCycle& c = m_cycles[static_cast<size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TitleColumn:
            return c.title;
        case TeamColumn:
            return m_names.teams.value(c.teamId);
        case IdeasColumn:
            return ideasOf(c);
        case StatusColumn:
            return Format::status(c.status);
        case DecisionColumn:
            return Format::decision(c.decision);
        case DatesColumn:
            return Format::dateRange(c.startDate, c.endDate);
        case ScaleColumn:
            return Format::scale(c.scaleCount, c.scaleUnit);
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case TitleColumn:
            return c.objective.isEmpty() ? c.title : tr("%1\n\n%2").arg(c.title, c.objective);
        case IdeasColumn:
            return ideasOf(c);
        case DecisionColumn:
            return c.nextStep.isEmpty() ? QVariant() : QVariant(c.nextStep);
        default:
            break;
        }
        break;
    case Qt::ForegroundRole:
        if (column == DecisionColumn && c.decision != Decision::None)
            return Theme::decisionColor(c.decision);
        if (column == StatusColumn)
            return Theme::statusColor(c.status);
        break;
    case Qt::TextAlignmentRole:
        if (column == ScaleColumn)
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole:
        return c.meta.id;
    case TeamIdRole:
        return c.teamId;
    case SortRole:
        switch (column) {
        case TitleColumn:
            return c.title.toLower();
        case TeamColumn:
            return m_names.teams.value(c.teamId).toLower();
        case IdeasColumn:
            return ideasOf(c).toLower();
        case StatusColumn:
            return static_cast<int>(c.status);
        case DecisionColumn:
            return static_cast<int>(c.decision);
        case DatesColumn:
            return c.startDate;
        case ScaleColumn:
            return c.scaleCount.value_or(-1);
        case ColumnCount:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant CycleListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (static_cast<Column>(section)) {
        case TitleColumn:
            return tr("PDSA cycle");
        case TeamColumn:
            return tr("Team");
        case IdeasColumn:
            return tr("Change ideas");
        case StatusColumn:
            return tr("Status");
        case DecisionColumn:
            return tr("Decision");
        case DatesColumn:
            return tr("Dates");
        case ScaleColumn:
            return tr("Scale");
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole && section == ScaleColumn)
        return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace pdsa::ui

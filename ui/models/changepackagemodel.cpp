// SPDX-License-Identifier: Apache-2.0
#include "models/changepackagemodel.h"

#include "format.h"
#include "theme.h"
#include "undo/commands.h"
#include "workspace/workspace.h"
#include "workspacedocument.h"

#include <QFont>
#include <QMimeData>

#include <map>

namespace pdsa::ui {

int ChangePackageData::ideaCount() const {
    int count = 0;
    for (const Primary& primary : primaries)
        for (const Secondary& secondary : primary.secondaries)
            count += static_cast<int>(secondary.ideas.size());
    return count;
}

bool ChangePackageData::hasTeamIdeas() const {
    for (const Primary& primary : primaries)
        for (const Secondary& secondary : primary.secondaries)
            for (const Idea& idea : secondary.ideas)
                if (!idea.teamId.isNull())
                    return true;
    return false;
}

Result<ChangePackageData> ChangePackageData::load(Workspace& workspace) {
    auto drivers = workspace.changePackage.drivers.all(); // primaries first, by position
    if (!drivers)
        return drivers.error();
    auto ideas = workspace.changePackage.ideas.all();
    if (!ideas)
        return ideas.error();
    auto cycles = workspace.cycles.cycles.all();
    if (!cycles)
        return cycles.error();
    auto teams = workspace.teams.teams.all();
    if (!teams)
        return teams.error();
    std::map<QUuid, QString> teamNames;
    for (const Team& team : *teams)
        teamNames[team.meta.id] = team.name;
    auto collaborative = workspace.collaborative.current();
    if (!collaborative)
        return collaborative.error();

    struct Tested {
        int cycles = 0;
        Decision decision = Decision::None;
        QDate decidedOn;
    };
    std::map<QUuid, Tested> tested;
    for (const PdsaCycle& cycle : *cycles) {
        for (const QUuid& ideaId : cycle.changeIdeaIds) {
            Tested& t = tested[ideaId];
            ++t.cycles;
            const QDate when = cycle.endDate.isValid() ? cycle.endDate : cycle.startDate;
            if (cycle.decision != Decision::None && (!t.decidedOn.isValid() || when >= t.decidedOn)) {
                t.decision = cycle.decision;
                t.decidedOn = when;
            }
        }
    }

    ChangePackageData data;
    data.aim = collaborative->aim;
    for (const Driver& driver : *drivers)
        if (driver.kind == DriverKind::Primary)
            data.primaries.push_back({driver.meta.id, driver.name, driver.description, {}});
    for (const Driver& driver : *drivers) {
        if (driver.kind != DriverKind::Secondary)
            continue;
        for (Primary& primary : data.primaries)
            if (primary.id == driver.parentId)
                primary.secondaries.push_back({driver.meta.id, driver.name, driver.description, {}});
    }
    for (const ChangeIdea& idea : *ideas) {
        const Tested t = tested.count(idea.meta.id) ? tested[idea.meta.id] : Tested{};
        for (Primary& primary : data.primaries)
            for (Secondary& secondary : primary.secondaries)
                if (secondary.id == idea.driverId) {
                    const bool team = idea.meta.owner.role == OwnerRole::Team;
                    secondary.ideas.push_back({idea.meta.id, idea.name, idea.description, t.cycles,
                                               t.decision, t.decidedOn, team ? idea.meta.owner.team : QUuid(),
                                               team ? teamNames[idea.meta.owner.team] : QString()});
                }
    }
    return data;
}

struct ChangePackageModel::Node {
    Kind kind = Kind::PrimaryDriver;
    QUuid id;
    QString name;
    QString description;
    int cycles = 0;
    Decision decision = Decision::None;
    QDate decidedOn;
    QUuid teamId;
    QString teamName;
    Node* parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    Node* add(std::unique_ptr<Node> child) {
        child->parent = this;
        child->row = static_cast<int>(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

ChangePackageModel::ChangePackageModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>()) {}

ChangePackageModel::~ChangePackageModel() = default;

namespace {

// The tree's shape: every node's id and depth, in pre-order.
template <typename NodeT>
void shapeOf(const NodeT& node, int depth, std::vector<std::pair<QUuid, int>>& shape) {
    for (const auto& child : node.children) {
        shape.emplace_back(child->id, depth);
        shapeOf(*child, depth + 1, shape);
    }
}

} // namespace

void ChangePackageModel::setChangePackage(ChangePackageData data) {
    auto root = std::make_unique<Node>();
    for (const auto& primary : data.primaries) {
        auto p = std::make_unique<Node>();
        p->kind = Kind::PrimaryDriver;
        p->id = primary.id;
        p->name = primary.name;
        p->description = primary.description;
        Node* primaryNode = root->add(std::move(p));
        for (const auto& secondary : primary.secondaries) {
            auto s = std::make_unique<Node>();
            s->kind = Kind::SecondaryDriver;
            s->id = secondary.id;
            s->name = secondary.name;
            s->description = secondary.description;
            Node* secondaryNode = primaryNode->add(std::move(s));
            for (const auto& idea : secondary.ideas) {
                auto i = std::make_unique<Node>();
                i->kind = Kind::ChangeIdea;
                i->id = idea.id;
                i->name = idea.name;
                i->description = idea.description;
                i->cycles = idea.cycles;
                i->decision = idea.latestDecision;
                i->decidedOn = idea.latestDecisionDate;
                i->teamId = idea.teamId;
                i->teamName = idea.teamName;
                secondaryNode->add(std::move(i));
                secondaryNode->cycles += idea.cycles;
            }
            primaryNode->cycles += secondaryNode->cycles;
        }
    }

    std::vector<std::pair<QUuid, int>> oldShape;
    std::vector<std::pair<QUuid, int>> newShape;
    shapeOf(*m_root, 0, oldShape);
    shapeOf(*root, 0, newShape);
    if (oldShape != newShape || oldShape.empty()) {
        beginResetModel();
        m_root = std::move(root);
        endResetModel();
        return;
    }
    // Same items in the same places: copy the values over and announce the rows that changed.
    std::vector<std::pair<Node*, const Node*>> pending{{m_root.get(), root.get()}};
    while (!pending.empty()) {
        auto [target, source] = pending.back();
        pending.pop_back();
        for (size_t i = 0; i < target->children.size(); ++i) {
            Node& t = *target->children[i];
            const Node& n = *source->children[i];
            const bool changed = t.name != n.name || t.description != n.description || t.cycles != n.cycles ||
                                 t.decision != n.decision || t.decidedOn != n.decidedOn ||
                                 t.teamId != n.teamId || t.teamName != n.teamName;
            if (changed) {
                t.name = n.name;
                t.description = n.description;
                t.cycles = n.cycles;
                t.decision = n.decision;
                t.decidedOn = n.decidedOn;
                t.teamId = n.teamId;
                t.teamName = n.teamName;
                const QModelIndex first = createIndex(t.row, 0, &t);
                emit dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
            }
            pending.emplace_back(&t, &n);
        }
    }
}

void ChangePackageModel::setDocument(WorkspaceDocument* document) {
    m_document = document;
}

QString ChangePackageModel::mimeType() {
    return QStringLiteral("application/x-pdsa-change-package-item");
}

ChangePackageModel::Node* ChangePackageModel::find(Node* node, const QUuid& id) const {
    for (const auto& child : node->children) {
        if (child->id == id)
            return child.get();
        if (Node* found = find(child.get(), id))
            return found;
    }
    return nullptr;
}

QModelIndex ChangePackageModel::indexOf(const QUuid& id, int column) const {
    Node* node = id.isNull() ? nullptr : find(m_root.get(), id);
    return node ? createIndex(node->row, column, node) : QModelIndex();
}

ChangePackageModel::Node* ChangePackageModel::nodeAt(const QModelIndex& index) const {
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex ChangePackageModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeAt(parent)->children[static_cast<size_t>(row)].get());
}

QModelIndex ChangePackageModel::parent(const QModelIndex& child) const {
    if (!child.isValid())
        return {};
    Node* parentNode = nodeAt(child)->parent;
    if (!parentNode || parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row, NameColumn, parentNode);
}

int ChangePackageModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() && parent.column() != NameColumn)
        return 0;
    return static_cast<int>(nodeAt(parent)->children.size());
}

int ChangePackageModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant ChangePackageModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node* node = nodeAt(index);
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return node->name;
        case TeamColumn:
            return node->teamName;
        case CyclesColumn:
            return node->cycles;
        case DecisionColumn:
            return node->kind == Kind::ChangeIdea ? Format::decision(node->decision) : QString();
        case ColumnCount:
            break;
        }
        break;
    case Qt::EditRole:
        if (column == NameColumn)
            return node->name;
        break;
    case Qt::ToolTipRole:
        if (column == NameColumn) {
            QString tip =
                node->description.isEmpty() ? node->name : tr("%1\n\n%2").arg(node->name, node->description);
            if (!node->teamName.isEmpty())
                tip += QLatin1Char('\n') + tr("Added by %1 as the team's own idea.").arg(node->teamName);
            return tip;
        }
        if (column == TeamColumn && !node->teamName.isEmpty())
            return tr("Added by %1 as the team's own idea.").arg(node->teamName);
        if (column == CyclesColumn)
            return node->kind == Kind::ChangeIdea
                       ? (node->cycles == 1 ? tr("1 PDSA cycle tested this change idea")
                                            : tr("%1 PDSA cycles tested this change idea").arg(node->cycles))
                       : (node->cycles == 1 ? tr("1 PDSA cycle tested the change ideas under this driver")
                                            : tr("%1 PDSA cycles tested the change ideas under this driver")
                                                  .arg(node->cycles));
        if (column == DecisionColumn && node->kind == Kind::ChangeIdea && node->decision != Decision::None)
            return tr("%1, %2").arg(Format::decision(node->decision), Format::date(node->decidedOn));
        break;
    case Qt::FontRole:
        if (column == NameColumn && node->kind != Kind::ChangeIdea) {
            QFont font;
            font.setBold(node->kind == Kind::PrimaryDriver);
            font.setItalic(node->kind == Kind::SecondaryDriver);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (column == DecisionColumn && node->decision != Decision::None)
            return Theme::decisionColor(node->decision);
        break;
    case Qt::TextAlignmentRole:
        if (column == CyclesColumn)
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case KindRole:
        return static_cast<int>(node->kind);
    case IdRole:
        return node->id;
    case DescriptionRole:
        return node->description;
    case TeamNameRole:
        return node->teamName;
    default:
        break;
    }
    return {};
}

QVariant ChangePackageModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (static_cast<Column>(section)) {
        case NameColumn:
            return tr("Driver or change idea");
        case TeamColumn:
            return tr("Team");
        case CyclesColumn:
            return tr("Cycles");
        case DecisionColumn:
            return tr("Decision");
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (static_cast<Column>(section)) {
        case TeamColumn:
            return tr("The team whose own idea it is; empty for the collaborative's shared ideas");
        case CyclesColumn:
            return tr(
                "PDSA cycles, across all teams, that tested the change idea (or the ideas under a driver)");
        case DecisionColumn:
            return tr("The latest decision taken on the change idea: adopt, adapt or abandon");
        default:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole && section == CyclesColumn)
        return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace pdsa::ui

namespace pdsa::ui {

Qt::ItemFlags ChangePackageModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    if (!m_document)
        return flags;
    if (!index.isValid())
        return flags | Qt::ItemIsDropEnabled; // primary drivers are dropped on the root
    flags |= Qt::ItemIsDragEnabled;
    if (index.column() == NameColumn)
        flags |= Qt::ItemIsEditable;
    if (nodeAt(index)->kind != Kind::ChangeIdea)
        flags |= Qt::ItemIsDropEnabled;
    return flags;
}

bool ChangePackageModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!m_document || role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        index.column() != NameColumn)
        return false;
    const QUuid id = nodeAt(index)->id;
    const Status status =
        command::editChangePackageText(*m_document, id, ChangePackageField::Name, value.toString());
    if (!status) {
        emit editRefused(status.error().message);
        return false;
    }
    return true;
}

Qt::DropActions ChangePackageModel::supportedDragActions() const {
    return Qt::MoveAction;
}

Qt::DropActions ChangePackageModel::supportedDropActions() const {
    return Qt::MoveAction;
}

QStringList ChangePackageModel::mimeTypes() const {
    return {mimeType()};
}

QMimeData* ChangePackageModel::mimeData(const QModelIndexList& indexes) const {
    // One item at a time: the view selects single rows; the first name-column index counts.
    for (const QModelIndex& index : indexes) {
        if (!index.isValid() || index.column() != NameColumn)
            continue;
        auto* data = new QMimeData;
        data->setData(mimeType(), nodeAt(index)->id.toByteArray(QUuid::WithoutBraces));
        return data;
    }
    return nullptr;
}

const ChangePackageModel::Node* ChangePackageModel::draggedNode(const QMimeData* data) const {
    if (!data || !data->hasFormat(mimeType()))
        return nullptr;
    const QUuid id = QUuid::fromString(QString::fromLatin1(data->data(mimeType())));
    return id.isNull() ? nullptr : find(m_root.get(), id);
}

// Where a dragged item may go: a primary driver under the aim (the root), a secondary driver
// under a primary one, a change idea under a secondary one.
bool ChangePackageModel::accepts(const Node* parent, const Node* dragged) const {
    switch (dragged->kind) {
    case Kind::PrimaryDriver:
        return parent == m_root.get();
    case Kind::SecondaryDriver:
        return parent->kind == Kind::PrimaryDriver && parent != m_root.get();
    case Kind::ChangeIdea:
        return parent->kind == Kind::SecondaryDriver && parent != m_root.get();
    }
    return false;
}

bool ChangePackageModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int,
                                         const QModelIndex& parent) const {
    const Node* dragged = draggedNode(data);
    return m_document && action == Qt::MoveAction && dragged && accepts(nodeAt(parent), dragged);
}

bool ChangePackageModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                      const QModelIndex& parent) {
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const Node* dragged = draggedNode(data);
    const Node* target = nodeAt(parent);
    const QUuid id = dragged->id;
    Status status;
    if (dragged->parent == target) {
        // Dropping below itself in the same list: the rows above it shift up by one.
        int position = row < 0 ? static_cast<int>(target->children.size()) - 1 : row;
        if (row > dragged->row)
            --position;
        status = command::reorderChangePackageItem(*m_document, id, position);
    } else {
        status = command::moveChangePackageItem(*m_document, id, target->id, row);
    }
    if (!status)
        emit editRefused(status.error().message);
    else
        emit itemMoved(id);
    return false;
}

} // namespace pdsa::ui

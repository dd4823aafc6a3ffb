#include "models/changepackagemodel.h"

#include "format.h"
#include "theme.h"
#include "workspace/workspace.h"

#include <QFont>

#include <map>

namespace pdsa::ui {

int ChangePackageData::ideaCount() const {
    int count = 0;
    for (const Primary& primary : primaries)
        for (const Secondary& secondary : primary.secondaries)
            count += static_cast<int>(secondary.ideas.size());
    return count;
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
                if (secondary.id == idea.driverId)
                    secondary.ideas.push_back(
                        {idea.meta.id, idea.name, idea.description, t.cycles, t.decision, t.decidedOn});
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

void ChangePackageModel::setChangePackage(ChangePackageData data) {
    beginResetModel();
    m_root = std::make_unique<Node>();
    for (const auto& primary : data.primaries) {
        auto p = std::make_unique<Node>();
        p->kind = Kind::PrimaryDriver;
        p->id = primary.id;
        p->name = primary.name;
        p->description = primary.description;
        Node* primaryNode = m_root->add(std::move(p));
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
                secondaryNode->add(std::move(i));
                secondaryNode->cycles += idea.cycles;
            }
            primaryNode->cycles += secondaryNode->cycles;
        }
    }
    endResetModel();
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
        case CyclesColumn:
            return node->cycles;
        case DecisionColumn:
            return node->kind == Kind::ChangeIdea ? Format::decision(node->decision) : QString();
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (column == NameColumn)
            return node->description.isEmpty() ? node->name
                                               : tr("%1\n\n%2").arg(node->name, node->description);
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
        case CyclesColumn:
            return tr("PDSA cycles");
        case DecisionColumn:
            return tr("Latest decision");
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole && section == CyclesColumn)
        return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace pdsa::ui

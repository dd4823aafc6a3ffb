// SPDX-License-Identifier: Apache-2.0
#include "models/navigationmodel.h"

#include "format.h"
#include "repositories/importlog.h"
#include "repositories/reportingqueries.h"
#include "workspace/changes.h"
#include "workspace/workspace.h"

#include <algorithm>
#include <functional>
#include <map>

namespace pdsa::ui {

Result<NavigationData> NavigationData::load(Workspace& workspace) {
    NavigationData data;
    auto collaborative = workspace.collaborative.current();
    if (!collaborative)
        return collaborative.error();
    data.collaborativeId = collaborative->meta.id;
    data.collaborativeName = collaborative->name;

    auto arrived = repo::ImportLog(workspace.database()).arrivedOwners();
    if (!arrived)
        return arrived.error();
    std::map<QUuid, QDateTime> importedAt;
    for (const repo::ImportLogEntry& entry : *arrived)
        if (entry.owner.role == OwnerRole::Team)
            importedAt[entry.owner.team] = entry.importedAt;

    auto teams = workspace.teams.teams.all();
    if (!teams)
        return teams.error();
    for (const Team& team : *teams) {
        TeamItem item;
        item.id = team.meta.id;
        item.name = team.name;
        item.toolTip =
            team.site.isEmpty() ? team.agency : NavigationModel::tr("%1\n%2").arg(team.agency, team.site);
        if (const auto found = importedAt.find(team.meta.id); found != importedAt.end()) {
            item.imported = true;
            item.toolTip =
                NavigationModel::tr("%1's work, from their bundle imported %2 (read-only here)\n%3")
                    .arg(team.name, Format::date(found->second.toLocalTime().date()), item.toolTip);
        }
        PDSA_TRY(loadWork(workspace, item));
        data.teams.push_back(std::move(item));
    }
    auto comments = repo::ReportingQueries(workspace.database()).newCommentCount();
    if (!comments)
        return comments.error();
    data.newComments = *comments;
    PDSA_TRY(data.countComments(workspace));
    return data;
}

Status NavigationData::countComments(Workspace& workspace) {
    auto counts = repo::ReportingQueries(workspace.database()).openCommentCounts();
    if (!counts)
        return counts.error();
    openComments = std::move(*counts);
    applyCounts();
    return {};
}

void NavigationData::applyCounts() {
    for (TeamItem& team : teams) {
        team.comments = 0;
        for (auto it = openComments.lower_bound({team.id, QUuid()}); it != openComments.end() && it->first.first == team.id;
             ++it)
            team.comments += it->second;
        for (std::vector<Item>* items : {&team.measures, &team.cycles})
            for (Item& item : *items) {
                const auto found = openComments.find({team.id, item.id});
                item.comments = found == openComments.end() ? 0 : found->second;
            }
    }
}

Status NavigationData::loadWork(Workspace& workspace, TeamItem& item) {
    item.measures.clear();
    item.cycles.clear();
    auto measures = workspace.measures.forTeam(item.id);
    if (!measures)
        return measures.error();
    for (const Measure& measure : *measures)
        item.measures.push_back(
            {measure.meta.id, measure.name,
             NavigationModel::tr("%1\n%2").arg(measure.name, Format::measureTypeLong(measure.type))});
    auto cycles = workspace.cycles.cycles.forTeam(item.id);
    if (!cycles)
        return cycles.error();
    for (const PdsaCycle& cycle : *cycles) {
        QString detail = Format::status(cycle.status);
        if (cycle.decision != Decision::None)
            detail = NavigationModel::tr("%1 · %2").arg(detail, Format::decision(cycle.decision));
        item.cycles.push_back({cycle.meta.id, cycle.title,
                               NavigationModel::tr("%1\n%2, %3")
                                   .arg(cycle.title, Format::dateRange(cycle.startDate, cycle.endDate), detail)});
    }
    return {};
}

bool NavigationData::shows(const Changes& changes) {
    for (const char* table : {"collaborative", "team", "measure", "pdsa_cycle", "coach_comment", "comment_reply"})
        if (changes.touches(QString::fromLatin1(table)))
            return true;
    return false;
}

Result<NavigationData> NavigationData::update(Workspace& workspace, const Changes& changes) const {
    const QString measure = QStringLiteral("measure");
    if (!shows(changes))
        return *this;
    const bool names = changes.touches(QStringLiteral("collaborative")) || changes.touches(QStringLiteral("team"));
    // A shared measure is listed under every team; a team's name is on its folders.
    if (names || changes.everything || (changes.touches(measure) && changes.shared))
        return load(workspace);
    NavigationData data = *this;
    const bool commented = changes.touches(QStringLiteral("coach_comment"));
    if (commented || changes.touches(QStringLiteral("comment_reply"))) {
        auto comments = repo::ReportingQueries(workspace.database()).newCommentCount();
        if (!comments)
            return comments.error();
        data.newComments = *comments;
    }
    for (const QUuid& teamId : changes.teams) {
        const auto team = std::find_if(data.teams.begin(), data.teams.end(),
                                       [&](const TeamItem& item) { return item.id == teamId; });
        if (team == data.teams.end())
            return load(workspace);
        PDSA_TRY(loadWork(workspace, *team));
    }
    if (commented)
        PDSA_TRY(data.countComments(workspace));
    else if (!changes.teams.empty())
        data.applyCounts(); // the teams' nodes read again: their counts from the ones kept
    return data;
}

struct NavigationModel::Node {
    NodeKind kind = NodeKind::Collaborative;
    QUuid id;
    QUuid teamId;
    QString name;
    QString toolTip;
    bool imported = false;
    int comments = 0;
    Node* parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    Node* add(NodeKind childKind, const QUuid& childId, const QUuid& childTeam, const QString& childName,
              const QString& childToolTip) {
        auto child = std::make_unique<Node>();
        child->kind = childKind;
        child->id = childId;
        child->teamId = childTeam;
        child->name = childName;
        child->toolTip = childToolTip;
        child->parent = this;
        child->row = static_cast<int>(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

NavigationModel::NavigationModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>()) {}

NavigationModel::~NavigationModel() = default;

bool NavigationModel::setNavigationData(NavigationData data) {
    std::unique_ptr<Node> root = buildTree(data);
    m_data = std::move(data);
    const std::function<bool(const Node&, const Node&)> sameShape = [&](const Node& a, const Node& b) {
        if (a.kind != b.kind || a.id != b.id || a.teamId != b.teamId || a.children.size() != b.children.size())
            return false;
        for (size_t i = 0; i < a.children.size(); ++i)
            if (!sameShape(*a.children[i], *b.children[i]))
                return false;
        return true;
    };
    if (sameShape(*m_root, *root)) {
        renameNodes(*m_root, *root);
        return false;
    }
    beginResetModel();
    m_root = std::move(root);
    endResetModel();
    return true;
}

void NavigationModel::renameNodes(Node& into, const Node& from) {
    if (&into != m_root.get() &&
        (into.name != from.name || into.toolTip != from.toolTip || into.imported != from.imported ||
         into.comments != from.comments)) {
        into.name = from.name;
        into.toolTip = from.toolTip;
        into.imported = from.imported;
        into.comments = from.comments;
        const QModelIndex index = indexOfNode(&into);
        emit dataChanged(index, index);
    }
    for (size_t i = 0; i < into.children.size(); ++i)
        renameNodes(*into.children[i], *from.children[i]);
}

namespace {

QString commentCount(int comments) {
    return comments == 1 ? NavigationModel::tr("1 comment") : NavigationModel::tr("%1 comments").arg(comments);
}

// "Huddle sheet (2 comments)": the coach comments on it not resolved yet.
QString withComments(const NavigationData::Item& item) {
    return item.comments > 0 ? NavigationModel::tr("%1 (%2)").arg(item.name, commentCount(item.comments)) : item.name;
}

} // namespace

std::unique_ptr<NavigationModel::Node> NavigationModel::buildTree(const NavigationData& data) {
    auto root = std::make_unique<Node>();
    Node* collaborative = root->add(NodeKind::Collaborative, data.collaborativeId, {},
                                      data.collaborativeName, data.collaborativeName);
    Node* teams = collaborative->add(NodeKind::TeamsFolder, {}, {}, tr("Teams (%1)").arg(data.teams.size()),
                                     tr("The pilot teams of the collaborative"));
    for (const NavigationData::TeamItem& teamItem : data.teams) {
        QStringList marks;
        if (teamItem.imported)
            marks << tr("imported");
        if (teamItem.comments > 0)
            marks << commentCount(teamItem.comments);
        Node* team = teams->add(NodeKind::Team, teamItem.id, teamItem.id,
                                marks.isEmpty() ? teamItem.name
                                                : tr("%1 (%2)").arg(teamItem.name, marks.join(tr(", "))),
                                teamItem.imported ? teamItem.toolTip
                                                  : tr("%1\n%2").arg(teamItem.name, teamItem.toolTip));
        team->imported = teamItem.imported;
        team->comments = teamItem.comments;
        Node* measures = team->add(NodeKind::MeasuresFolder, {}, teamItem.id,
                                   tr("Measures (%1)").arg(teamItem.measures.size()),
                                   tr("The measures %1 reports").arg(teamItem.name));
        for (const NavigationData::Item& item : teamItem.measures)
            measures->add(NodeKind::Measure, item.id, teamItem.id, withComments(item), item.toolTip)->comments =
                item.comments;
        Node* cycles = team->add(NodeKind::CyclesFolder, {}, teamItem.id,
                                 tr("PDSA cycles (%1)").arg(teamItem.cycles.size()),
                                 tr("The PDSA cycles of %1, oldest first").arg(teamItem.name));
        for (const NavigationData::Item& item : teamItem.cycles)
            cycles->add(NodeKind::Cycle, item.id, teamItem.id, withComments(item), item.toolTip)->comments = item.comments;
    }
    collaborative->add(NodeKind::Feedback, {}, {},
                       data.newComments > 0 ? tr("Feedback (%1 new)").arg(data.newComments) : tr("Feedback"),
                       tr("Every coach comment by team and state: new, answered, resolved"));
    collaborative->add(NodeKind::Spread, {}, {}, tr("Spread"),
                       tr("The practices the teams spread beyond their pilot sites"));
    collaborative->add(NodeKind::Dashboard, {}, {}, tr("Dashboard"),
                       tr("Every team's shared measures side by side, and the collaborative aggregate"));
    return root;
}

void NavigationModel::clear() {
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_data = {};
    endResetModel();
}

bool NavigationModel::isEmpty() const {
    return m_root->children.empty();
}

NavigationModel::Node* NavigationModel::nodeAt(const QModelIndex& index) const {
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex NavigationModel::indexOfNode(const Node* node) const {
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, NameColumn, const_cast<Node*>(node));
}

QModelIndex NavigationModel::indexOf(const NavigationTarget& target) const {
    // Depth-first search: the tree holds a few hundred nodes at most.
    std::vector<const Node*> pending{m_root.get()};
    while (!pending.empty()) {
        const Node* node = pending.back();
        pending.pop_back();
        if (node != m_root.get() && node->kind == target.kind) {
            const bool isFolder = node->kind == NodeKind::TeamsFolder ||
                                  node->kind == NodeKind::MeasuresFolder ||
                                  node->kind == NodeKind::CyclesFolder;
            const bool matches = isFolder ? node->teamId == target.teamId
                                          : (target.id.isNull() && node->kind == NodeKind::Collaborative) ||
                                                (node->id == target.id && (node->kind != NodeKind::Measure ||
                                                                           node->teamId == target.teamId));
            if (matches)
                return indexOfNode(node);
        }
        for (auto it = node->children.rbegin(); it != node->children.rend(); ++it)
            pending.push_back(it->get());
    }
    return {};
}

NavigationTarget NavigationModel::targetAt(const QModelIndex& index) const {
    const Node* node = nodeAt(index);
    if (!index.isValid() || !node)
        return {};
    return {node->kind, node->id, node->teamId};
}

QModelIndex NavigationModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    const Node* node = nodeAt(parent);
    return createIndex(row, column, node->children[static_cast<size_t>(row)].get());
}

QModelIndex NavigationModel::parent(const QModelIndex& child) const {
    if (!child.isValid())
        return {};
    return indexOfNode(nodeAt(child)->parent);
}

int NavigationModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() && parent.column() != NameColumn)
        return 0;
    return static_cast<int>(nodeAt(parent)->children.size());
}

int NavigationModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant NavigationModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node* node = nodeAt(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return node->name;
    case Qt::ToolTipRole:
        return node->toolTip;
    case Qt::DecorationRole:
        return iconFor(node->kind);
    case KindRole:
        return static_cast<int>(node->kind);
    case IdRole:
        return node->id;
    case TeamIdRole:
        return node->teamId;
    case ImportedRole:
        return node->imported;
    case CommentsRole:
        return node->comments;
    default:
        return {};
    }
}

QVariant NavigationModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == NameColumn)
        return tr("Workspace");
    return {};
}

Qt::ItemFlags NavigationModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QIcon NavigationModel::iconFor(NodeKind kind) const {
    if (m_icons.empty()) {
        const char* names[] = {"collaborative", "folder-teams",  "team", "folder-measures",
                               "measure",       "folder-cycles", "cycle", "feedback", "spread", "dashboard"};
        for (const char* name : names)
            m_icons.emplace_back(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
    }
    return m_icons[static_cast<size_t>(kind)];
}

} // namespace pdsa::ui

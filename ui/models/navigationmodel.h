// SPDX-License-Identifier: Apache-2.0
#pragma once
// The navigation tree's model: Collaborative → Teams → each team → "Measures" → measures and
// "PDSA cycles" → cycles. It holds an in-memory copy of the names it shows (NavigationData,
// loaded from the repositories by load()); data() never touches the workspace. After a change the
// main window asks NavigationData::update() for what the change touched (one team's measures and
// cycles, when that is all it touched) and hands the result to setNavigationData(), which renames
// nodes in place when the tree keeps its shape and rebuilds it only when nodes came or went.
//
// A team whose work came from its own bundle (ImportLog::arrivedOwners) is marked in words: its
// node reads "Riverside County (imported)" and its tooltip names the bundle's import date;
// ImportedRole answers true for it. A node with coach comments not resolved yet says how many:
// "Huddle sheet (2 comments)"; a team's node counts those on all of its work.

#include "navigationtarget.h"
#include "util/result.h"

#include <QAbstractItemModel>
#include <QIcon>

#include <map>
#include <memory>
#include <vector>

namespace pdsa {
class Workspace;
struct Changes;
}

namespace pdsa::ui {

struct NavigationData {
    struct Item {
        QUuid id;
        QString name;
        QString toolTip;
        int comments = 0; // coach comments about it not resolved yet
    };
    struct TeamItem {
        QUuid id;
        QString name;
        QString toolTip;
        bool imported = false; // the team's work came from its bundle: it is theirs
        int comments = 0;      // coach comments on any of the team's work not resolved yet
        std::vector<Item> measures;
        std::vector<Item> cycles; // in date order, so that ramps read top to bottom
    };
    QUuid collaborativeId;
    QString collaborativeName;
    std::vector<TeamItem> teams;
    int newComments = 0; // coach comments neither answered nor resolved (the Feedback node)
    // Coach comments not resolved, per team and subject (ReportingQueries::openCommentCounts).
    std::map<std::pair<QUuid, QUuid>, int> openComments;

    static Result<NavigationData> load(Workspace& workspace);
    // This data after `changes`: the same when they touched nothing the tree shows, these teams'
    // measures and cycles read again when only their rows changed, else everything read again.
    Result<NavigationData> update(Workspace& workspace, const Changes& changes) const;
    // Whether `changes` touched anything the tree shows (names of the collaborative, teams,
    // measures and cycles).
    static bool shows(const Changes& changes);

private:
    static Status loadWork(Workspace& workspace, TeamItem& item);
    // Reads the open comments' counts, then sets each node's from them (applyCounts).
    Status countComments(Workspace& workspace);
    void applyCounts();
};

class NavigationModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { NameColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // NodeKind as int
        IdRole,                      // QUuid of the record (null for folders)
        TeamIdRole,                  // QUuid of the team the node belongs to
        ImportedRole,                // bool: a team node whose work came from its bundle
        CommentsRole,                // int: coach comments on it (a team: on its work) not resolved
    };

    explicit NavigationModel(QObject* parent = nullptr);
    ~NavigationModel() override;

    // Shows `data`. Returns true when the tree was rebuilt (a model reset: selection and expanded
    // branches are gone), false when it kept its shape and only names and tooltips changed.
    bool setNavigationData(NavigationData data);
    const NavigationData& navigationData() const { return m_data; }
    void clear();
    bool isEmpty() const;

    QModelIndex indexOf(const NavigationTarget& target) const;
    NavigationTarget targetAt(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Node;
    Node* nodeAt(const QModelIndex& index) const;
    QModelIndex indexOfNode(const Node* node) const;
    QIcon iconFor(NodeKind kind) const;

    static std::unique_ptr<Node> buildTree(const NavigationData& data);
    // Copies the names and tooltips of `from` into `into` (both of the same shape), announcing each
    // node that changed.
    void renameNodes(Node& into, const Node& from);

    std::unique_ptr<Node> m_root;
    NavigationData m_data;
    mutable std::vector<QIcon> m_icons;
};

} // namespace pdsa::ui

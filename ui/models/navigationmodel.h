// SPDX-License-Identifier: Apache-2.0
#pragma once
// The navigation tree's model: Collaborative → Teams → each team → "Measures" → measures and
// "PDSA cycles" → cycles. It holds an in-memory copy of the names it shows (NavigationData,
// loaded from the repositories by load()); data() never touches the workspace. The main window
// reloads it after every change and restores the selection through indexOf(target).
//
// A team whose work came from its own bundle (ImportLog::arrivedOwners) is marked in words: its
// node reads "Riverside County (imported)" and its tooltip names the bundle's import date;
// ImportedRole answers true for it.

#include "navigationtarget.h"
#include "util/result.h"

#include <QAbstractItemModel>
#include <QIcon>

#include <memory>
#include <vector>

namespace pdsa {
class Workspace;
}

namespace pdsa::ui {

struct NavigationData {
    struct Item {
        QUuid id;
        QString name;
        QString toolTip;
    };
    struct TeamItem {
        QUuid id;
        QString name;
        QString toolTip;
        bool imported = false; // the team's work came from its bundle: it is theirs
        std::vector<Item> measures;
        std::vector<Item> cycles; // in date order, so that ramps read top to bottom
    };
    QUuid collaborativeId;
    QString collaborativeName;
    std::vector<TeamItem> teams;

    static Result<NavigationData> load(Workspace& workspace);
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
    };

    explicit NavigationModel(QObject* parent = nullptr);
    ~NavigationModel() override;

    void setNavigationData(NavigationData data);
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

    std::unique_ptr<Node> m_root;
    mutable std::vector<QIcon> m_icons;
};

} // namespace pdsa::ui

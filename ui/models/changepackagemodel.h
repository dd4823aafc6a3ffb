// SPDX-License-Identifier: Apache-2.0
#pragma once
// The change package as a tree for the collaborative page: primary driver → secondary driver →
// change idea, with how many PDSA cycles (across all teams) tested each idea and the latest
// decision taken on it. Drivers show the totals of the ideas under them; a team's own idea shows
// the team's name in the team column (empty for shared ideas, so the page hides it when no team
// has added an idea of its own). Loaded once by ChangePackageData::load(); data() serves the copy in memory.
//
// With a document set (setDocument), the tree is the editor's: names are editable in place and
// items can be dragged to another place; both go through the undo facade (changepackagecommands.h),
// and a refused edit is announced by editRefused(). The page reloads the model after every change;
// when only names, descriptions or counts changed, setChangePackage() updates the rows in place,
// so an open editor, the selection and the expanded branches survive typing.

#include "domain/changepackage.h"
#include "domain/pdsacycle.h"
#include "util/result.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QPointer>

#include <memory>
#include <vector>

namespace pdsa {
class Workspace;
}

class QMimeData;

namespace pdsa::ui {

class WorkspaceDocument;

struct ChangePackageData {
    struct Idea {
        QUuid id;
        QString name;
        QString description;
        int cycles = 0;
        Decision latestDecision = Decision::None;
        QDate latestDecisionDate;
        QUuid teamId;     // set for a team's own idea
        QString teamName; // that team's name
    };
    struct Secondary {
        QUuid id;
        QString name;
        QString description;
        std::vector<Idea> ideas;
    };
    struct Primary {
        QUuid id;
        QString name;
        QString description;
        std::vector<Secondary> secondaries;
    };
    QString aim; // the collaborative's aim, the root of the driver diagram
    std::vector<Primary> primaries;

    int ideaCount() const;
    // Whether any team has added an idea of its own (the outline shows the team column then).
    bool hasTeamIdeas() const;
    static Result<ChangePackageData> load(Workspace& workspace);
};

class ChangePackageModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { NameColumn, TeamColumn, CyclesColumn, DecisionColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1, IdRole, DescriptionRole, TeamNameRole };
    enum class Kind { PrimaryDriver, SecondaryDriver, ChangeIdea };

    explicit ChangePackageModel(QObject* parent = nullptr);
    ~ChangePackageModel() override;

    void setChangePackage(ChangePackageData data);
    // Makes the tree editable: edits are written to `document` through the undo facade.
    void setDocument(WorkspaceDocument* document);

    QModelIndex indexOf(const QUuid& id, int column = NameColumn) const;
    // The MIME type of dragged items: their ids, one per line.
    static QString mimeType();

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    // Moves the dragged item through the facade and returns false, so that the view does not also
    // remove the dragged rows: the reload after the change shows the moved item.
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

signals:
    void editRefused(const QString& message);
    // An item was moved by drag and drop (the page selects it after the reload).
    void itemMoved(const QUuid& id);

private:
    struct Node;
    Node* nodeAt(const QModelIndex& index) const;
    Node* find(Node* node, const QUuid& id) const;
    const Node* draggedNode(const QMimeData* data) const;
    bool accepts(const Node* parent, const Node* dragged) const;

    std::unique_ptr<Node> m_root;
    // Guarded: closing the workspace destroys the document while an in-place editor may still
    // commit a rename into this model.
    QPointer<WorkspaceDocument> m_document;
};

} // namespace pdsa::ui

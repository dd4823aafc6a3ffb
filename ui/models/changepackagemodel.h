#pragma once
// The change package as a tree for the collaborative page: primary driver → secondary driver →
// change idea, with how many PDSA cycles (across all teams) tested each idea and the latest
// decision taken on it. Drivers show the totals of the ideas under them. Loaded once by
// ChangePackageData::load(); data() serves the copy in memory.

#include "domain/changepackage.h"
#include "domain/pdsacycle.h"
#include "util/result.h"

#include <QAbstractItemModel>
#include <QDate>

#include <memory>
#include <vector>

namespace pdsa {
class Workspace;
}

namespace pdsa::ui {

struct ChangePackageData {
    struct Idea {
        QUuid id;
        QString name;
        QString description;
        int cycles = 0;
        Decision latestDecision = Decision::None;
        QDate latestDecisionDate;
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
    std::vector<Primary> primaries;

    int ideaCount() const;
    static Result<ChangePackageData> load(Workspace& workspace);
};

class ChangePackageModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { NameColumn, CyclesColumn, DecisionColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1, IdRole };
    enum class Kind { PrimaryDriver, SecondaryDriver, ChangeIdea };

    explicit ChangePackageModel(QObject* parent = nullptr);
    ~ChangePackageModel() override;

    void setChangePackage(ChangePackageData data);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node;
    Node* nodeAt(const QModelIndex& index) const;

    std::unique_ptr<Node> m_root;
};

} // namespace pdsa::ui

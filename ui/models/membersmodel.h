// SPDX-License-Identifier: Apache-2.0
#pragma once
// The members table on the team page: name, role and organization of each adult on the team
// (never child-level data). Served from the rows the page loaded.

#include "domain/team.h"

#include <QAbstractTableModel>

#include <vector>

namespace pdsa::ui {

class MembersModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn, RoleColumn, OrganizationColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    explicit MembersModel(QObject* parent = nullptr);

    void setMembers(std::vector<TeamMember> members);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<TeamMember> m_members;
};

} // namespace pdsa::ui

// SPDX-License-Identifier: Apache-2.0
#include "models/membersmodel.h"

namespace pdsa::ui {

MembersModel::MembersModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void MembersModel::setMembers(std::vector<TeamMember> members) {
    beginResetModel();
    m_members = std::move(members);
    endResetModel();
}

int MembersModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_members.size());
}

int MembersModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MembersModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TeamMember& member = m_members[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (static_cast<Column>(index.column())) {
        case NameColumn:
            return member.name;
        case RoleColumn:
            return member.role;
        case OrganizationColumn:
            return member.organization;
        case ColumnCount:
            break;
        }
        break;
    case IdRole:
        return member.meta.id;
    case SortRole:
        return data(index, Qt::DisplayRole).toString().toLower();
    default:
        break;
    }
    return {};
}

QVariant MembersModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case OrganizationColumn:
        return tr("Organization");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace pdsa::ui

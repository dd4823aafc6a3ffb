// SPDX-License-Identifier: Apache-2.0
#include "repositories/workspaceownerrepository.h"

namespace pdsa::repo {

Result<std::optional<WorkspaceOwner>> WorkspaceOwnerRepository::load() {
    auto query = m_db.query("SELECT role, name, team_id FROM workspace_owner WHERE id = 1");
    if (!query)
        return query.error();
    auto row = query->next();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<WorkspaceOwner>();
    const auto role = fromText<OwnerRole>(query->text(0));
    if (!role)
        return Error{ErrorCode::Damaged,
                     QStringLiteral("the workspace's owner has an unknown role \"%1\"").arg(query->text(0))};
    return std::optional<WorkspaceOwner>(WorkspaceOwner{*role, query->text(1), query->uuid(2)});
}

Status WorkspaceOwnerRepository::save(const WorkspaceOwner& owner, const QDateTime& at) {
    auto query = m_db.query("INSERT INTO workspace_owner (id, role, name, team_id, set_at) VALUES (1, ?1, ?2, ?3, ?4) "
                            "ON CONFLICT (id) DO UPDATE SET role = excluded.role, name = excluded.name, "
                            "team_id = excluded.team_id, set_at = excluded.set_at");
    if (!query)
        return query.error();
    const bool team = owner.role == OwnerRole::Team;
    query->bind(1, owner.role)
        .bind(2, owner.role == OwnerRole::Organizer ? QString() : owner.name)
        .bind(3, team ? owner.teamId : QUuid())
        .bind(4, at);
    return query->run();
}

Result<std::map<QUuid, QString>> WorkspaceOwnerRepository::teamNames() {
    std::map<QUuid, QString> names;
    auto query = m_db.query("SELECT id, name FROM team WHERE deleted = 0");
    if (!query)
        return query.error();
    PDSA_TRY(query->each([&](const storage::Query& q) { names.emplace(q.uuid(0), q.text(1)); }));
    return names;
}

} // namespace pdsa::repo

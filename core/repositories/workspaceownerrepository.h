// SPDX-License-Identifier: Apache-2.0
#pragma once
// Storage of whose workspace this is (workspace format 5, one row at most). Not a record table:
// it never travels in a bundle, and no write check guards it.

#include "domain/workspaceowner.h"
#include "storage/database.h"

#include <map>
#include <optional>

namespace pdsa::repo {

class WorkspaceOwnerRepository {
public:
    explicit WorkspaceOwnerRepository(storage::Database& db)
        : m_db(db) {}

    // Nothing for a workspace made before format 5 that no one has claimed since.
    Result<std::optional<WorkspaceOwner>> load();
    Status save(const WorkspaceOwner& owner, const QDateTime& at);
    // Every live team's name by id, for messages that name a record's owner.
    Result<std::map<QUuid, QString>> teamNames();

private:
    storage::Database& m_db;
};

} // namespace pdsa::repo

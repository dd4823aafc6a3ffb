// SPDX-License-Identifier: Apache-2.0
#pragma once
// Storage of the team aggregate: teams, their members and their aims.

#include "domain/team.h"
#include "repositories/recordtable.h"

namespace pdsa::repo {

class TeamRepository {
public:
    explicit TeamRepository(storage::Database& db);

    // The team whose name (case-insensitive) or UUID text is `nameOrId`.
    Result<Team> lookup(const QString& nameOrId);

    RecordTable<Team> teams;
    RecordTable<TeamMember> members;
    RecordTable<Aim> aims;
};

} // namespace pdsa::repo

// SPDX-License-Identifier: Apache-2.0
#pragma once
// Storage of the collaborative aggregate: the collaborative, its calendar and its strata.

#include "domain/collaborative.h"
#include "repositories/recordtable.h"

namespace pdsa::repo {

class CollaborativeRepository {
public:
    explicit CollaborativeRepository(storage::Database& db);

    // The workspace's one live collaborative.
    Result<Collaborative> current();

    RecordTable<Collaborative> collaboratives;
    RecordTable<LearningSession> sessions;
    RecordTable<ActionPeriod> actionPeriods;
    RecordTable<Stratum> strata;
};

} // namespace pdsa::repo

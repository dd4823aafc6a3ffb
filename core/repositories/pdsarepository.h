// SPDX-License-Identifier: Apache-2.0
#pragma once
// Storage of PDSA cycles with their parts: questions with predictions, and the links to the
// change ideas tested and the measures informed. A cycle and its parts are written in one
// transaction and versioned together.

#include "domain/pdsacycle.h"
#include "repositories/recordtable.h"

namespace pdsa::repo {

class PdsaRepository {
public:
    explicit PdsaRepository(storage::Database& db);

    // The cycles that grew directly from `cycleId` (the next steps of its ramp).
    Result<std::vector<PdsaCycle>> children(const QUuid& cycleId);

    RecordTable<PdsaCycle> cycles;

private:
    Status loadParts(PdsaCycle& cycle);
    Status storeParts(const PdsaCycle& cycle);
    storage::Database& m_db;
};

} // namespace pdsa::repo

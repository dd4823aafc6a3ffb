// SPDX-License-Identifier: Apache-2.0
#pragma once
// Storage of the change package: drivers (primary and secondary) and change ideas.

#include "domain/changepackage.h"
#include "repositories/recordtable.h"

namespace pdsa::repo {

class ChangePackageRepository {
public:
    explicit ChangePackageRepository(storage::Database& db);

    Result<std::vector<ChangeIdea>> ideasUnder(const QUuid& driverId);

    RecordTable<Driver> drivers;
    RecordTable<ChangeIdea> ideas;
};

} // namespace pdsa::repo

// SPDX-License-Identifier: Apache-2.0
#pragma once
// The workspace file's schema: its application id, and the numbered migrations that build it.
// Migration N turns a file at user_version N-1 into one at N. Migrations are append-only:
// once released, a migration's SQL never changes (a fixture of every released version in
// tests/data/schema/ is opened and migrated by the test suite).

#include <QString>

#include <vector>

namespace pdsa::storage {

// PRAGMA application_id of every workspace: "PDSA" in ASCII.
inline constexpr int kApplicationId = 0x50445341;

struct Migration {
    int version;         // user_version after it ran
    QString description; // for the log and docs/database-schema.md
    QString sql;
};

const std::vector<Migration>& migrations();
int currentSchemaVersion();

} // namespace pdsa::storage

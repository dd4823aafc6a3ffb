// SPDX-License-Identifier: Apache-2.0
#pragma once
// Whole-file questions asked of a workspace: how many records of each kind it holds, and a hash
// of its entire content (the same content gives the same hash whatever order it was written in).

#include "storage/database.h"

#include <vector>

namespace pdsa::repo {

struct RecordCount {
    QString table; // "pdsa_cycle"
    QString label; // "PDSA cycles"
    qint64 live = 0;
    qint64 deleted = 0; // tombstones
};

// The record tables in the order people think of them: collaborative, calendar, change package,
// teams, measures and data, cycles, and the records around them.
struct RecordKind {
    const char* table;
    const char* label;
};
const std::vector<RecordKind>& recordKinds();

Result<std::vector<RecordCount>> countRecords(storage::Database& db);
// SHA-256 (hex) over every row of every table, in primary-key order, and the schema version. The
// import history (import_log) is left out: it records when bundles came in, not what the
// workspace holds, so importing a bundle that changes nothing keeps the hash.
Result<QByteArray> contentHash(storage::Database& db);
// Makes every write of a record, and of a part of a PDSA cycle, call the connection's write check
// (storage::Database::setWriteCheck) with the owner of the row as it was and as it becomes,
// through TEMP triggers: they live only as long as this connection and never change the file.
// Every way a row can be written (a repository, an import, a statement no one wrote yet) meets it.
Status installWriteGuard(storage::Database& db);
// Removes those triggers (an import, which applies its own rules, writes faster without them).
Status removeWriteGuard(storage::Database& db);

} // namespace pdsa::repo

// SPDX-License-Identifier: Apache-2.0
#pragma once
// `pdsa data import FILE.csv --workspace W --team T --measure M [--dry-run]`: imports one team's
// data for one measure from a CSV file (docs/csv-import.md). Prints the plan (new, changed and
// unchanged cells) and then writes it in one transaction, or with --dry-run writes nothing.
//
// Exit codes as every pdsa command: 0 success; 1 bad input (every problem listed on stderr, one
// line each naming the file, row and column, and nothing written); 2 wrong usage.

#include <QStringList>
#include <QTextStream>

namespace pdsa::cli {

int dataCommand(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace pdsa::cli

// SPDX-License-Identifier: Apache-2.0
#pragma once
// `pdsa cycles --workspace W [--team T] [--format json|csv]`: lists the PDSA cycles of a
// workspace (or of one team) with every field, their team's name and the names of what they
// refer to, ordered by team name, start date and title. JSON is {"cycles": [...]} with snake_case
// keys and null for missing values; CSV is one row per cycle (RFC 4180, UTF-8).
//
// Exit codes as every pdsa command: 0 success; 1 bad input or data; 2 wrong usage.

#include <QStringList>
#include <QTextStream>

namespace pdsa::cli {

int cyclesCommand(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace pdsa::cli

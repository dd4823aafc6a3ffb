// SPDX-License-Identifier: Apache-2.0
#pragma once
// `pdsa chart`: the chart engine (core/analysis) from the command line. Reads a CSV file of x, y
// and optional n (analysis/chartinput.h), computes the chart (analysis/spc.h) and prints one JSON
// object: "points" (one per distinct x) and "parts" (one per phase, with both the Anhøj and the
// IHI runs analyses), plus "type" and "rules" saying what was computed.
//
// Defaults (see analysis/spc.h for the reasons): --rules ihi for run charts and anhoej for
// control charts; --mr-screening on; --agg mean; --improvement up.
//
// Exit codes as every pdsa command: 0 success; 1 bad input (one line on stderr naming the file,
// row and column); 2 wrong usage.

#include <QStringList>
#include <QTextStream>

namespace pdsa::cli {

int chartCommand(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace pdsa::cli

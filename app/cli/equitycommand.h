// SPDX-License-Identifier: Apache-2.0
#pragma once
// `pdsa disparity`: the disparity view of one measure and one dimension, for one team or the whole
// collaborative, as JSON or CSV (core/equity/disparity.h computes it; docs/equity-methods.md
// gives the methods). Small numbers are suppressed, as in every export.
// Exit codes as every pdsa command: 0 success; 1 bad input or data; 2 wrong usage.

#include <QStringList>
#include <QTextStream>

namespace pdsa::cli {

int disparityCommand(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace pdsa::cli

// SPDX-License-Identifier: Apache-2.0
#pragma once
// The faculty's monthly rhythm from the command line, for organizers' scripts:
//   pdsa reporting --workspace W [--month YYYY-MM] [--format json|csv]
//       the reporting calendar, one row per team and month (core/coaching/reporting.h);
//   pdsa feedback --workspace W [--team T] [--format json|csv]
//       every coach comment, team reply, faculty score and self-score;
//   pdsa report team --workspace W --team T --month YYYY-MM --out F.pdf|F.html
//       a team's monthly report as its storyboard (the PDF is painted: see commandPaints()).
// Exit codes as every pdsa command: 0 success; 1 bad input or data; 2 wrong usage.

#include <QStringList>
#include <QTextStream>

namespace pdsa::cli {

int reportingCommand(const QStringList& args, QTextStream& out, QTextStream& err);
int feedbackCommand(const QStringList& args, QTextStream& out, QTextStream& err);
int reportCommand(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace pdsa::cli

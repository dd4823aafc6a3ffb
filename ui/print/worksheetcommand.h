#pragma once
// `pdsa worksheet --workspace W --cycle ID --out FILE.pdf [--ramp]`: prints one PDSA cycle's
// worksheet (or, with --ramp, its whole ramp from the first cycle on, each starting on a new page)
// to a PDF file. It paints, so it lives here rather than in core/cli: app/cli/main.cpp passes
// worksheetCliCommand() to runCli() and creates a QGuiApplication when it runs.
//
// Exit codes as every pdsa command: 0 success; 1 bad input or data (nothing written); 2 wrong usage.

#include "cli/cli.h"

#include <QStringList>
#include <QTextStream>

namespace pdsa::print {

int worksheetCommand(const QStringList& args, QTextStream& out, QTextStream& err);

// The command with its lines for `pdsa --help`.
cli::ExtraCommand worksheetCliCommand();

} // namespace pdsa::print

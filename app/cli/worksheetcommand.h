// SPDX-License-Identifier: Apache-2.0
#pragma once
// `pdsa worksheet --workspace W --cycle ID --out FILE.pdf [--ramp]`: prints one PDSA cycle's
// worksheet (or, with --ramp, its whole ramp from the first cycle on, each starting on a new page)
// to a PDF file. It paints (ui/print), so it needs a QGuiApplication: main() creates one for the
// commands that paint (cli.h: commandPaints).
//
// Exit codes as every pdsa command: 0 success; 1 bad input or data (nothing written); 2 wrong usage.

#include <QStringList>
#include <QTextStream>

namespace pdsa::cli {

int worksheetCommand(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace pdsa::cli

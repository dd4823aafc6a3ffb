// SPDX-License-Identifier: Apache-2.0
#pragma once
// The `pdsa` command-line tool's commands, over the same core as the app: the pdsa_cli library,
// one file per command. app/cli/main.cpp only calls runCli(); tests call it in-process with
// string streams.
//
// Commands that paint (`pdsa worksheet` prints a PDF, which needs Qt Gui and a QGuiApplication)
// are commands like the others; main() creates the QGuiApplication only when the command it runs
// paints (commandPaints), a QCoreApplication otherwise.
//
// Exit codes: 0 success; 1 bad input or data (one line on stderr naming the file and the
// problem); 2 wrong usage.

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace pdsa::cli {

inline constexpr int kOk = 0;
inline constexpr int kBadInput = 1;
inline constexpr int kUsage = 2;

// `args` excludes the program name.
int runCli(const QStringList& args, QTextStream& out, QTextStream& err);

// Whether `pdsa COMMAND …` paints and so needs a QGuiApplication (`worksheet`).
bool commandPaints(const QString& command);

} // namespace pdsa::cli

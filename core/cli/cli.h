#pragma once
// The `pdsa` command-line tool's commands, over the same core as the app. app/cli/main.cpp only
// calls runCli(); tests call it in-process with string streams.
//
// Exit codes: 0 success; 1 bad input or data (one line on stderr naming the file and the
// problem); 2 wrong usage.

#include <QStringList>
#include <QTextStream>

namespace pdsa::cli {

inline constexpr int kOk = 0;
inline constexpr int kBadInput = 1;
inline constexpr int kUsage = 2;

// `args` excludes the program name.
int runCli(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace pdsa::cli

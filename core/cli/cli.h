#pragma once
// The `pdsa` command-line tool's commands, over the same core as the app. app/cli/main.cpp only
// calls runCli(); tests call it in-process with string streams.
//
// Commands that paint (`pdsa worksheet` prints a PDF, which needs Qt Gui and a QGuiApplication)
// cannot live in core: the executable passes them in as extra commands, and creates the
// QGuiApplication only when the command it runs paints.
//
// Exit codes: 0 success; 1 bad input or data (one line on stderr naming the file and the
// problem); 2 wrong usage.

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <vector>

namespace pdsa::cli {

inline constexpr int kOk = 0;
inline constexpr int kBadInput = 1;
inline constexpr int kUsage = 2;

// A command added by the executable, with its entry in `pdsa --help`.
struct ExtraCommand {
    QString name;        // "worksheet"
    QString usage;       // its lines in `pdsa --help`, indented like the built-in commands, ending in "\n"
    bool paints = false; // needs a QGuiApplication (main() creates one only then)
    std::function<int(const QStringList& args, QTextStream& out, QTextStream& err)> run;
};

// `args` excludes the program name.
int runCli(const QStringList& args, QTextStream& out, QTextStream& err,
           const std::vector<ExtraCommand>& extra = {});

} // namespace pdsa::cli

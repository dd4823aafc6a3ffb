// SPDX-License-Identifier: Apache-2.0
#pragma once
// How every `pdsa` command reports, so they all read alike: results on `out`; bad input or data
// as one line on `err` naming the file and the problem (exit 1); wrong usage as a line and a hint
// to the command's help (exit 2).

#include "cli/cli.h"
#include "util/displaytext.h"
#include "util/result.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QDate>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace pdsa::cli {

// A month as the commands take it, YYYY-MM (its first day); nothing for any other text.
inline std::optional<QDate> parseMonth(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto match = shape.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate month(match.captured(1).toInt(), match.captured(2).toInt(), 1);
    return month.isValid() ? std::optional<QDate>(month) : std::nullopt;
}

struct CommandIo {
    QTextStream& out;
    QTextStream& err;
    QString command; // "chart" for `pdsa chart`; empty for pdsa's own options and demo/check

    int usage(const QString& message)
    {
        const QString prefix = command.isEmpty() ? QString() : command + QStringLiteral(": ");
        const QString help = command.isEmpty() ? QString() : command + QLatin1Char(' ');
        err << "pdsa: " << prefix << forTerminal(message) << "\n" << "Try 'pdsa " << help << "--help'.\n";
        err.flush();
        return kUsage;
    }
    // Messages may quote what a file holds: shown escaped (util/displaytext.h), never raw.
    int badInput(const QString& message)
    {
        err << "pdsa: " << forTerminal(message) << "\n";
        err.flush();
        return kBadInput;
    }
    int fail(const Error& error)
    {
        badInput(error.message);
        return error.code == ErrorCode::Usage ? kUsage : kBadInput;
    }
    // The workspace at `path`, opened to read; nothing after reporting why it cannot be (`code`).
    std::unique_ptr<Workspace> openToRead(const QString& path, int& code)
    {
        Workspace::OpenOptions options;
        options.readOnly = true;
        auto opened = Workspace::open(path, options);
        if (!opened) {
            code = badInput(opened.error().message);
            return nullptr;
        }
        return std::move(*opened);
    }
    // Parses a command's options (`valued` take a value, `flags` do not; -h/--help always): false
    // when the command is done, `code` then its exit status (the help printed, or a usage error
    // for a bad option or a positional argument).
    bool parseOptions(QCommandLineParser& parser, const QStringList& args, const QStringList& valued,
                      const QStringList& flags, const char* help, int& code)
    {
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}));
        for (const QString& name : flags)
            parser.addOption(QCommandLineOption(name));
        for (const QString& name : valued)
            parser.addOption(QCommandLineOption(name, QString(), QStringLiteral("value")));
        if (!parser.parse(QStringList{QStringLiteral("pdsa")} + args)) {
            code = usage(parser.errorText());
            return false;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            out << help;
            code = kOk;
            return false;
        }
        if (!parser.positionalArguments().isEmpty()) {
            code = usage(QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
            return false;
        }
        return true;
    }
};

} // namespace pdsa::cli

// SPDX-License-Identifier: Apache-2.0
#pragma once
// How every `pdsa` command reports, so they all read alike: results on `out`; bad input or data
// as one line on `err` naming the file and the problem (exit 1); wrong usage as a line and a hint
// to the command's help (exit 2).

#include "cli/cli.h"
#include "util/displaytext.h"
#include "util/result.h"

#include <QString>
#include <QTextStream>

namespace pdsa::cli {

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
};

} // namespace pdsa::cli

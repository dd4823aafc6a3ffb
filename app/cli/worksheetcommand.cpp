// SPDX-License-Identifier: Apache-2.0
#include "cli/worksheetcommand.h"

#include "cli/commandio.h"
#include "cycles/cycleindex.h"
#include "print/worksheetpdf.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>

namespace pdsa::cli {

namespace {

const char* const kWorksheetUsage = R"(usage: pdsa worksheet --workspace W --cycle ID --out FILE.pdf [--ramp]

Prints the PDSA worksheet of one cycle to a PDF file (US Letter), laid out like the paper
worksheet: the cycle's header, then Plan, Do, Study and Act. Empty fields print as space to
write in.

  --workspace W   The workspace file (.pdsa).
  --cycle ID      The cycle's id, as `pdsa cycles` prints it (with or without braces).
  --out FILE.pdf  The PDF file to write (replaced if it exists; left alone on any problem).
  --ramp          Print the whole ramp the cycle belongs to, from its first cycle on, each
                  cycle starting on a new page.

Exit status: 0 success; 1 bad input or data; 2 wrong usage.
)";

} // namespace

int worksheetCommand(const QStringList& args, QTextStream& out, QTextStream& err) {
    CommandIo io{out, err, QStringLiteral("worksheet")};
    QCommandLineParser parser;
    int code = kOk;
    if (!io.parseOptions(parser, args, {QStringLiteral("workspace"), QStringLiteral("cycle"), QStringLiteral("out")},
                         {QStringLiteral("ramp")}, kWorksheetUsage, code))
        return code;
    for (const char* name : {"workspace", "cycle", "out"})
        if (parser.value(QString::fromLatin1(name)).isEmpty())
            return io.usage(QStringLiteral("--%1 is required").arg(QString::fromLatin1(name)));
    const QString path = parser.value(QStringLiteral("workspace"));
    const QString cycleText = parser.value(QStringLiteral("cycle"));
    const QString pdf = parser.value(QStringLiteral("out"));

    const auto opened = io.openToRead(path, code);
    if (!opened)
        return code;
    Workspace& workspace = *opened;
    auto index = cycles::CycleIndex::load(workspace);
    if (!index)
        return io.badInput(QStringLiteral("worksheet: %1: %2").arg(path, index.error().message));
    const PdsaCycle* cycle = index->find(cycles::CycleIndex::parseId(cycleText));
    if (!cycle)
        return io.badInput(QStringLiteral("worksheet: no PDSA cycle \"%1\" in %2").arg(cycleText, path));
    const bool ramp = parser.isSet(QStringLiteral("ramp"));
    const std::vector<QUuid> ids = ramp ? index->ramp(cycle->meta.id) : std::vector<QUuid>{cycle->meta.id};

    if (auto written = print::writeWorksheetPdf(workspace, ids, pdf); !written)
        return io.badInput(QStringLiteral("worksheet: %1").arg(written.error().message));
    if (ramp)
        out << QStringLiteral("Wrote the worksheets of the %1 cycles of the ramp of \"%2\" to %3.\n")
                   .arg(ids.size())
                   .arg(cycle->title, pdf);
    else
        out << QStringLiteral("Wrote the worksheet of \"%1\" to %2.\n").arg(cycle->title, pdf);
    return kOk;
}

} // namespace pdsa::cli

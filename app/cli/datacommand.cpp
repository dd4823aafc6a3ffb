// SPDX-License-Identifier: Apache-2.0
#include "cli/datacommand.h"

#include "cli/cli.h"
#include "cli/commandio.h"
#include "import/measurecsv.h"
#include "workspace/datafolder.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QFile>

namespace pdsa::cli {

namespace {

const char* const kDataUsage = R"(usage: pdsa data import FILE.csv --workspace W --team T --measure M [--dry-run]

Imports one team's data for one measure from a CSV file (see docs/csv-import.md): a header row
with the columns period, numerator and denominator (proportions and rates) or value (counts,
continuous values, days between), and optionally note and stratum. UTF-8 or Windows-1252,
comma- or semicolon-separated, decimal commas accepted. An empty cell leaves what is stored.

  --workspace W   The workspace file (.pdsa).
  --team T        The team, by name or id.
  --measure M     The measure, by name or id (one the team reports).
  --dry-run       Print the plan and write nothing.

Prints every cell that is new or changed and a summary line. On any problem, lists every problem
(file, row, column, what was expected) and writes nothing.

Exit status: 0 success; 1 bad input or data; 2 wrong usage.
)";


QString number(const std::optional<double>& value)
{
    return value ? QString::number(*value) : QStringLiteral("-");
}

QString describe(const import::PlannedCell& cell, const Measure& measure)
{
    const QString period = cell.value.period.toString(measure.frequency == Frequency::Weekly
                                                          ? QStringLiteral("yyyy-MM-dd")
                                                          : QStringLiteral("yyyy-MM"));
    const QString stratum = cell.stratumName.isEmpty() ? QStringLiteral("total") : cell.stratumName;
    auto fields = [&](const MeasureValue& v) {
        QString text = measure.hasDenominator()
                           ? QStringLiteral("%1/%2").arg(number(v.numerator), number(v.denominator))
                           : number(v.value);
        if (!v.note.isEmpty())
            text += QStringLiteral(" \"%1\"").arg(v.note);
        return text;
    };
    const QString change = cell.change == import::CellChange::New ? QStringLiteral("new")
                           : cell.change == import::CellChange::Changed ? QStringLiteral("changed")
                                                                        : QStringLiteral("unchanged");
    QString line = QStringLiteral("  %1 %2 %3 %4").arg(change, -9).arg(period, -10).arg(stratum, -12).arg(fields(cell.value));
    if (cell.change == import::CellChange::Changed && cell.old)
        line += QStringLiteral(" (was %1)").arg(fields(*cell.old));
    return line;
}

} // namespace

int dataCommand(const QStringList& args, QTextStream& out, QTextStream& err)
{
    CommandIo io{out, err, QStringLiteral("data")};
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}));
    for (const char* name : {"workspace", "team", "measure"})
        parser.addOption(QCommandLineOption(QString::fromLatin1(name), QString(), QStringLiteral("value")));
    parser.addOption(QCommandLineOption(QStringLiteral("dry-run")));
    if (!parser.parse(QStringList{QStringLiteral("pdsa")} + args))
        return io.usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << kDataUsage;
        return kOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || positional.first() != QLatin1String("import"))
        return io.usage(positional.isEmpty() ? QStringLiteral("expected a subcommand (import)")
                                             : QStringLiteral("unknown subcommand \"%1\"").arg(positional.first()));
    if (positional.size() != 2)
        return io.usage(QStringLiteral("import: expected one CSV file"));
    for (const char* name : {"workspace", "team", "measure"})
        if (parser.value(QString::fromLatin1(name)).isEmpty())
            return io.usage(QStringLiteral("import: --%1 is required").arg(QString::fromLatin1(name)));
    const QString path = positional[1];
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return io.badInput(QStringLiteral("%1: cannot read it (%2)").arg(path, file.errorString()));

    Workspace::OpenOptions options = writeOptions(); // an upgrade backs up first
    options.readOnly = dryRun;
    auto opened = Workspace::open(parser.value(QStringLiteral("workspace")), options);
    if (!opened)
        return io.badInput(opened.error().message);
    Workspace& workspace = **opened;
    auto team = workspace.teams.lookup(parser.value(QStringLiteral("team")));
    if (!team)
        return io.badInput(team.error().message);
    auto measure = workspace.measures.lookup(team->meta.id, parser.value(QStringLiteral("measure")));
    if (!measure)
        return io.badInput(measure.error().message);

    auto plan = import::planMeasureImport(file, path, workspace, *measure, team->meta.id);
    if (!plan)
        return io.badInput(plan.error().message);
    if (!plan->ok()) {
        for (const QString& problem : plan->problems)
            err << "pdsa: " << problem << "\n";
        err << QStringLiteral("pdsa: %1: nothing was imported (%2 problem%3)\n")
                   .arg(path)
                   .arg(plan->problems.size())
                   .arg(plan->problems.size() == 1 ? QString() : QStringLiteral("s"));
        err.flush();
        return kBadInput;
    }
    out << QStringLiteral("%1 (%2, \"%3\"-separated): \"%4\" for %5\n")
               .arg(path, plan->encoding, QString(plan->separator), measure->name, team->name);
    for (const import::PlannedCell& cell : plan->cells)
        if (cell.change != import::CellChange::Unchanged)
            out << describe(cell, *measure) << "\n";
    const QString summary = QStringLiteral("%1 new, %2 changed, %3 unchanged")
                                .arg(plan->count(import::CellChange::New))
                                .arg(plan->count(import::CellChange::Changed))
                                .arg(plan->count(import::CellChange::Unchanged));
    if (dryRun) {
        out << QStringLiteral("Dry run: %1; nothing written.\n").arg(summary);
        return kOk;
    }
    auto written = import::applyMeasureImport(workspace, *plan);
    if (!written)
        return io.badInput(written.error().message);
    out << QStringLiteral("Imported: %1; %2 cells written.\n").arg(summary).arg(*written);
    return kOk;
}

} // namespace pdsa::cli

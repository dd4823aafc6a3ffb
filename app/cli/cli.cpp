// SPDX-License-Identifier: Apache-2.0
#include "cli/cli.h"

#include "cli/bundlecommand.h"
#include "cli/chartcommand.h"
#include "cli/coachingcommands.h"
#include "cli/commandio.h"
#include "cli/cyclescommand.h"
#include "cli/datacommand.h"
#include "cli/equitycommand.h"
#include "cli/worksheetcommand.h"
#include "demo/demogenerator.h"
#include "repositories/workspaceownerrepository.h"
#include "storage/schema.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pdsa::cli {

namespace {

const char* const kUsageHead = R"(usage: pdsa <command> [options]

Commands:
  demo --out FILE [--teams N] [--months N] [--measures N] [--cycles N] [--seed N] [--force]
        Write the demo collaborative to a new workspace file.
  check FILE [--json]
        Check a workspace: integrity, workspace format, and how many records of each kind it holds.
  chart --type run|i|mr|xbar|s|p|pp|u|up|c|g|t --input FILE.csv [--rules ihi|anhoej|nhs]
        [--freeze N] [--part N,M,...] [--exclude N,M,...] [--cl VALUE] [--multiply K]
        [--agg mean|median] [--mr-screening on|off] [--improvement up|down]
        Compute a run or control chart from a CSV file (columns x, y, optional n) and print
        it as JSON (see pdsa chart --help for the defaults).
  data import FILE.csv --workspace W --team T --measure M [--dry-run]
        Import a team's data for one measure from a CSV file: lists the new and changed
        cells, then writes them in one transaction (nothing on any problem).
  cycles --workspace W [--team T] [--format json|csv]
        List the PDSA cycles with every field, their team and what they link to.
  bundle export --workspace W (--team T | --template | --feedback [--coach NAME] [--teams T,...])
        --out FILE [--without-notes]
  bundle verify FILE
  bundle import --workspace W [--dry-run] FILE...
        Write a team bundle, the collaborative template or a feedback bundle; check a bundle
        and print its manifest and content hash; merge bundles into a workspace (each file
        whole or not at all; conflicts are kept for review, never dropped).
  reporting --workspace W [--month YYYY-MM] [--format json|csv]
        The reporting calendar: per team and month, what was due and when, the shared measures
        entered, the monthly report's state, the faculty score and the self-score.
  feedback --workspace W [--team T] [--format json|csv]
        Every coach comment (with its state), team reply, faculty score and self-score.
  disparity --workspace W (--team T | --all) --measure M --dimension D [--reference R]
        [--window month|quarter|half|year] [--min-cell N] [--format json|csv]
        The gap between groups of children on one measure, with intervals and whether it is
        narrowing; small numbers suppressed.
  init --out W [--as organizer|team:NAME|coach:NAME]
        Create an empty workspace to import a collaborative's template and bundles into;
        --as says whose it is, and with that what may be changed in it.
)";

const char* const kUsageWorksheet = R"(  worksheet --workspace W --cycle ID --out FILE.pdf [--ramp]
        Print a PDSA cycle's worksheet (or its whole ramp) to a PDF file.
  report team --workspace W --team T --month YYYY-MM --out FILE.pdf|FILE.html
        Write a team's monthly report as its storyboard (PDF or HTML).
  report spread --workspace W --out FILE [--format pdf|html|csv] [--from M] [--to M] [--min-cell N]
        Write the collaborative's spread report: pooled outcomes, the change package as tested,
        spread, a page per team, the outcome by stratum; small numbers suppressed.
)";

const char* const kUsageTail = R"(
Options:
  -h, --help     Show this help (also: pdsa <command> --help).
  -v, --version  Show the version.

Exit status: 0 success; 1 bad input or data; 2 wrong usage.
)";

// pdsa's help. `pdsa demo --help` and `pdsa check --help` print it without the worksheet's lines,
// as they did when the executable added the worksheet to pdsa's own help only.
QString usageText(bool withWorksheet) {
    QString text = QString::fromUtf8(kUsageHead);
    if (withWorksheet)
        text += QString::fromUtf8(kUsageWorksheet);
    return text + QString::fromUtf8(kUsageTail);
}

// Parses a subcommand's options; returns the positional arguments, or nothing after reporting.
std::optional<QStringList> parse(QCommandLineParser& parser, const QStringList& args, CommandIo& io,
                                 int& exitCode) {
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}));
    if (!parser.parse(QStringList{QStringLiteral("pdsa")} + args)) {
        exitCode = io.usage(parser.errorText());
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << usageText(false);
        exitCode = kOk;
        return std::nullopt;
    }
    return parser.positionalArguments();
}

std::optional<int> intOption(const QCommandLineParser& parser, const QString& name, int fallback,
                             CommandIo& io, int& exitCode) {
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok) {
        exitCode =
            io.usage(QStringLiteral("--%1 expects a whole number, not \"%2\"").arg(name, parser.value(name)));
        return std::nullopt;
    }
    return value;
}

int demoCommand(const QStringList& args, CommandIo& io) {
    QCommandLineParser parser;
    const QStringList sizes = {QStringLiteral("teams"), QStringLiteral("months"), QStringLiteral("measures"),
                               QStringLiteral("cycles"), QStringLiteral("seed")};
    parser.addOption(QCommandLineOption(QStringLiteral("out"), QString(), QStringLiteral("file")));
    for (const QString& size : sizes)
        parser.addOption(QCommandLineOption(size, QString(), QStringLiteral("n")));
    parser.addOption(QCommandLineOption(QStringLiteral("force")));
    int exitCode = kOk;
    const auto positional = parse(parser, args, io, exitCode);
    if (!positional)
        return exitCode;
    if (!positional->isEmpty())
        return io.usage(QStringLiteral("demo: unexpected argument \"%1\"").arg(positional->first()));
    if (!parser.isSet(QStringLiteral("out")) || parser.value(QStringLiteral("out")).isEmpty())
        return io.usage(QStringLiteral("demo: --out FILE is required"));

    demo::DemoOptions options;
    int* targets[] = {&options.teams, &options.months, &options.measures, &options.cycles};
    for (int i = 0; i < 4; ++i) {
        const auto value = intOption(parser, sizes[i], *targets[i], io, exitCode);
        if (!value)
            return exitCode;
        *targets[i] = *value;
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return io.usage(QStringLiteral("--seed expects a whole number of 0 or more, not \"%1\"")
                                .arg(parser.value(QStringLiteral("seed"))));
    }
    if (auto valid = options.validate(); !valid)
        return io.usage(valid.error().message);

    const QString out = parser.value(QStringLiteral("out"));
    QElapsedTimer timer;
    timer.start();
    if (auto status = demo::writeDemoFile(out, options, parser.isSet(QStringLiteral("force"))); !status)
        return io.fail(status.error());
    io.out << QStringLiteral(
                  "Wrote the demo collaborative to %1 (%2 teams, %3 months, %4 measures and %5 PDSA "
                  "cycles per team) in %6 s.\n")
                  .arg(out)
                  .arg(options.teams)
                  .arg(options.months)
                  .arg(options.measures)
                  .arg(options.cycles)
                  .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 2);
    return kOk;
}

int checkCommand(const QStringList& args, CommandIo& io) {
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("json")));
    int exitCode = kOk;
    const auto positional = parse(parser, args, io, exitCode);
    if (!positional)
        return exitCode;
    if (positional->size() != 1)
        return io.usage(QStringLiteral("check: expected one workspace file"));
    const QString path = positional->first();

    storage::OpenOptions options;
    options.readOnly = true;
    auto opened = Workspace::open(path, options);
    if (!opened)
        return io.fail(opened.error());
    Workspace& workspace = **opened;
    if (auto status = storage::fullCheck(workspace.database(), path); !status)
        return io.fail(status.error());
    auto counts = workspace.counts();
    if (!counts)
        return io.fail({counts.error().code, QStringLiteral("%1: %2").arg(path, counts.error().message)});
    const QString name = workspace.displayName();
    const int current = storage::currentSchemaVersion();
    const int version = workspace.schemaVersion();
    std::optional<WorkspaceOwner> owner; // recorded from workspace format 5 on
    if (version >= 5) {
        auto loaded = repo::WorkspaceOwnerRepository(workspace.database()).load();
        if (!loaded)
            return io.fail({loaded.error().code, QStringLiteral("%1: %2").arg(path, loaded.error().message)});
        owner = *loaded;
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject records;
        for (const auto& count : *counts)
            records.insert(count.table, QJsonObject{{QStringLiteral("live"), count.live},
                                                    {QStringLiteral("deleted"), count.deleted}});
        const QJsonObject report{{QStringLiteral("file"), path},
                                 {QStringLiteral("ok"), true},
                                 {QStringLiteral("integrity"), QStringLiteral("ok")},
                                 {QStringLiteral("collaborative"), name},
                                 {QStringLiteral("owner"), owner ? QJsonValue(owner->toText()) : QJsonValue()},
                                 {QStringLiteral("schema_version"), version},
                                 {QStringLiteral("current_schema_version"), current},
                                 {QStringLiteral("needs_upgrade"), version < current},
                                 {QStringLiteral("records"), records}};
        io.out << QJsonDocument(report).toJson(QJsonDocument::Indented);
        return kOk;
    }
    io.out << QStringLiteral("%1: ok\n").arg(path);
    io.out << QStringLiteral("  collaborative     %1\n").arg(name);
    io.out << QStringLiteral("  whose             %1\n")
                  .arg(owner ? owner->describe()
                             : QStringLiteral("not recorded (every team's work made here may be edited here)"));
    io.out << QStringLiteral("  workspace format  %1%2\n")
                  .arg(version)
                  .arg(version < current
                           ? QStringLiteral(" (this version upgrades it to %1 when it opens it)").arg(current)
                           : QStringLiteral(" (current)"));
    io.out << QStringLiteral("  integrity         ok (integrity_check, foreign_key_check)\n");
    io.out << QStringLiteral("  records\n    %1 %2  %3\n")
                  .arg(QString(), -20)
                  .arg(QStringLiteral("live"), 10)
                  .arg(QStringLiteral("deleted"), 8);
    for (const auto& count : *counts)
        io.out << QStringLiteral("    %1 %2  %3\n")
                      .arg(count.label, -20)
                      .arg(count.live, 10)
                      .arg(count.deleted, 8);
    return kOk;
}

} // namespace

int runCli(const QStringList& args, QTextStream& out, QTextStream& err) {
    CommandIo io{out, err, {}};
    if (args.isEmpty())
        return io.usage(QStringLiteral("no command given"));
    const QString command = args.first();
    const QStringList rest = args.mid(1);
    int code = kOk;
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        out << usageText(true);
    } else if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out << QStringLiteral("pdsa %1 (workspace format %2)\n")
                   .arg(QStringLiteral(PDSA_VERSION))
                   .arg(storage::currentSchemaVersion());
    } else if (command == QLatin1String("demo")) {
        code = demoCommand(rest, io);
    } else if (command == QLatin1String("check")) {
        code = checkCommand(rest, io);
    } else if (command == QLatin1String("chart")) {
        code = chartCommand(rest, out, err);
    } else if (command == QLatin1String("data")) {
        code = dataCommand(rest, out, err);
    } else if (command == QLatin1String("bundle")) {
        code = bundleCommand(rest, out, err);
    } else if (command == QLatin1String("init")) {
        code = initCommand(rest, out, err);
    } else if (command == QLatin1String("cycles")) {
        code = cyclesCommand(rest, out, err);
    } else if (command == QLatin1String("worksheet")) {
        code = worksheetCommand(rest, out, err);
    } else if (command == QLatin1String("reporting")) {
        code = reportingCommand(rest, out, err);
    } else if (command == QLatin1String("disparity")) {
        code = disparityCommand(rest, out, err);
    } else if (command == QLatin1String("feedback")) {
        code = feedbackCommand(rest, out, err);
    } else if (command == QLatin1String("report")) {
        code = reportCommand(rest, out, err);
    } else {
        code = io.usage(QStringLiteral("unknown command \"%1\"").arg(command));
    }
    out.flush();
    err.flush();
    return code;
}

bool commandPaints(const QString& command) {
    return command == QLatin1String("worksheet") || command == QLatin1String("report");
}

} // namespace pdsa::cli

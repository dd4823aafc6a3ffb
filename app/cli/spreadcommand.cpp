// SPDX-License-Identifier: Apache-2.0
#include "cli/spreadcommand.h"

#include "cli/cli.h"
#include "cli/commandio.h"
#include "print/documentpdf.h"
#include "report/spreadreport.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace pdsa::cli {

namespace {

const char* const kSpreadUsage =
    R"(usage: pdsa report spread --workspace W --out FILE [--format pdf|html|csv] [--from YYYY-MM]
                          [--to YYYY-MM] [--min-cell N]

Writes the collaborative's spread report, in this order: the collaborative (topic, dates, learning
sessions, teams and sites); the outcome and balancing measures pooled across teams (baseline
against the latest six months, the aggregate P or U chart with its signals, each team's change);
the change package as tested (cycles, teams and decisions per change idea); spread beyond the
pilot sites; a page per team (aim, progress, faculty scores, its key chart, its adopted changes);
the outcome by stratum with the widest gap named; and the methods.

  --workspace W   The workspace file (.pdsa).
  --out F         The file to write: F.pdf, F.html, or with --format csv a folder holding
                  outcomes.csv, changes.csv, spread.csv and teams.csv. A file is replaced if it
                  exists; nothing is written on any problem.
  --format F      pdf, html or csv (default: from the extension of --out; csv when it has none).
  --from M        The first month reported, YYYY-MM (default: the collaborative's start). With
  --to M          --from or --to, PDSA cycles and spread are counted in those months only.
  --min-cell N    Suppress counts from 1 to N-1 (default: the collaborative's minimum cell size,
                  11 unless set; 0 shows everything). A second count is suppressed wherever a
                  total would give a suppressed one back.

outcomes.csv: measure_id, measure, team_id, team, period (baseline|latest), numerator,
  denominator, value (a fraction), suppressed (true|false); the pooled rows have no team_id.
changes.csv: concept, change_idea_id, change_idea, cycles, teams, adopted, adapted, abandoned.
spread.csv: id, team_id, team, change_idea_id, practice, to_site, spread_on, status.
teams.csv: team_id, team, agency, site, cycles, latest_faculty_score.

Exit status: 0 success; 1 bad input or data (a missing or damaged workspace, --from after the
collaborative ended); 2 wrong usage (a malformed month, a bad --min-cell, an unknown format).
)";

} // namespace

int spreadReportCommand(const QStringList& args, QTextStream& out, QTextStream& err) {
    CommandIo io{out, err, QStringLiteral("report spread")};
    QCommandLineParser parser;
    int code = kOk;
    const QStringList valued = {QStringLiteral("workspace"), QStringLiteral("out"), QStringLiteral("format"),
                                QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("min-cell")};
    if (!io.parseOptions(parser, args, valued, {}, kSpreadUsage, code))
        return code;
    for (const char* name : {"workspace", "out"})
        if (parser.value(QString::fromLatin1(name)).isEmpty())
            return io.usage(QStringLiteral("--%1 is required").arg(QString::fromLatin1(name)));
    report::SpreadOptions options;
    for (const char* name : {"from", "to"}) {
        const QString option = QString::fromLatin1(name);
        if (!parser.isSet(option))
            continue;
        const auto month = parseMonth(parser.value(option));
        if (!month)
            return io.usage(QStringLiteral("--%1 expects a month as YYYY-MM, such as 2025-03, not \"%2\"")
                                .arg(option, parser.value(option)));
        (option == QLatin1String("from") ? options.from : options.to) = *month;
    }
    if (options.from.isValid() && options.to.isValid() && options.from > options.to)
        return io.usage(QStringLiteral("--from (%1) is after --to (%2)")
                            .arg(parser.value(QStringLiteral("from")), parser.value(QStringLiteral("to"))));
    if (parser.isSet(QStringLiteral("min-cell"))) {
        bool ok = false;
        const int n = parser.value(QStringLiteral("min-cell")).toInt(&ok);
        if (!ok || n < 0 || n > Collaborative::kMaxMinCellSize)
            return io.usage(QStringLiteral("--min-cell expects a whole number from 0 to %1, not \"%2\"")
                                .arg(Collaborative::kMaxMinCellSize)
                                .arg(parser.value(QStringLiteral("min-cell"))));
        options.minCell = n;
    }
    const QString path = parser.value(QStringLiteral("out"));
    QString format = parser.value(QStringLiteral("format")).toLower();
    if (format.isEmpty()) {
        const QString suffix = QFileInfo(path).suffix().toLower();
        format = suffix == QLatin1String("htm") ? QStringLiteral("html") : suffix.isEmpty() ? QStringLiteral("csv") : suffix;
        if (format != QLatin1String("pdf") && format != QLatin1String("html") && format != QLatin1String("csv"))
            return io.usage(QStringLiteral("cannot write a .%1 file: --out must end in .pdf or .html, or name a folder "
                                           "for --format csv")
                                .arg(suffix));
    } else if (format != QLatin1String("pdf") && format != QLatin1String("html") && format != QLatin1String("csv")) {
        return io.usage(QStringLiteral("--format expects pdf, html or csv, not \"%1\"").arg(format));
    }

    const QString workspacePath = parser.value(QStringLiteral("workspace"));
    const auto workspace = io.openToRead(workspacePath, code);
    if (!workspace)
        return code;
    auto content = report::spreadReport(*workspace, options);
    if (!content)
        return io.badInput(QStringLiteral("report spread: %1: %2").arg(workspacePath, content.error().message));
    if (format == QLatin1String("csv")) {
        if (auto written = report::writeSpreadCsvFolder(*content, path); !written)
            return io.badInput(QStringLiteral("report spread: %1").arg(written.error().message));
    } else if (format == QLatin1String("pdf")) {
        if (auto written = print::writeDocumentPdf(report::spreadDocument(*content), path); !written)
            return io.badInput(QStringLiteral("report spread: %1").arg(written.error().message));
    } else {
        if (auto written = report::writeHtmlFile(report::spreadDocument(*content), path); !written)
            return io.badInput(QStringLiteral("report spread: %1").arg(written.error().message));
    }
    out << QStringLiteral("Wrote the spread report of \"%1\" (%2 teams) to %3.\n")
               .arg(content->collaborative.name)
               .arg(content->teams.size())
               .arg(path);
    return kOk;
}

} // namespace pdsa::cli

// SPDX-License-Identifier: Apache-2.0
#include "cli/coachingcommands.h"

#include "cli/cli.h"
#include "cli/commandio.h"
#include "cli/rowsoutput.h"
#include "cli/spreadcommand.h"
#include "coaching/reporting.h"
#include "print/storyboardpdf.h"
#include "report/storyboard.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <memory>
#include <optional>

namespace pdsa::cli {

namespace {

const char* const kReportingUsage = R"(usage: pdsa reporting --workspace W [--month YYYY-MM] [--format json|csv]

The reporting calendar: one row per team and per month of the collaborative up to --month (the
current month by default; at most the collaborative's last), ordered by team name then month.
Each month's data for every shared measure and the monthly report are due on the collaborative's
due day of the following month (the 10th unless the organizer changed it).

  --workspace W   The workspace file (.pdsa).
  --month M       The last month listed, as YYYY-MM.
  --format F      json (the default): {"rows": [...]}; csv: the same columns with a header.

Columns: team_id, team, month (YYYY-MM), due (YYYY-MM-DD), measures_expected (the shared measures
due), measures_entered (those with the month's total entered), report (not_due, due, submitted,
late or missing), report_submitted_on, faculty_score, self_score (1.0 to 5.0, or null).

Exit status: 0 success; 1 bad input or data; 2 wrong usage.
)";

const char* const kFeedbackUsage = R"(usage: pdsa feedback --workspace W [--team T] [--format json|csv]

Every coach comment, team reply, faculty score and self-score, ordered by team name and date
(a reply right after its comment).

  --workspace W   The workspace file (.pdsa).
  --team T        Only this team's (its name or id).
  --format F      json (the default): {"rows": [...]}; csv: the same columns with a header.

Columns, null where one does not apply: kind (comment, reply, score or self_score), id, team_id,
team, author, subject_kind (team, cycle, report or measure: what a comment is about), subject_id
(a comment's subject; the comment a reply answers), month (YYYY-MM: scores, and comments about a
month), written_on (YYYY-MM-DD), text, score, rationale, state (a comment's: new, answered or
resolved).

Exit status: 0 success; 1 bad input or data; 2 wrong usage.
)";

const char* const kReportUsage = R"(usage: pdsa report team --workspace W --team T --month YYYY-MM --out F.pdf|F.html
       pdsa report spread --workspace W --out FILE [...]   (see pdsa report spread --help)

Writes a team's monthly report as its storyboard: the aim, the narrative (progress, successes,
challenges, next steps, help needed), the month's PDSA cycles (started, finished, decisions), a
small chart of each measure with its latest value and any new signal (the chart engine's), and the
faculty score beside the team's self-score. A PDF for printing or an HTML page, as --out ends.

  --workspace W   The workspace file (.pdsa).
  --team T        The team (its name or id).
  --month M       The month, as YYYY-MM: one of the collaborative's.
  --out F         The file to write (.pdf or .html; replaced if it exists, left alone on any problem).

Exit status: 0 success; 1 bad input or data (an unknown team, a month outside the collaborative);
2 wrong usage.
)";

// Parses the options every listing takes; nothing after reporting a usage error.
std::optional<QString> parseListing(QCommandLineParser& parser, const QStringList& args, const char* usage,
                                    const QStringList& valued, CommandIo& io, int& code) {
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}));
    for (const QString& name : valued)
        parser.addOption(QCommandLineOption(name, QString(), QStringLiteral("value")));
    if (!parser.parse(QStringList{QStringLiteral("pdsa")} + args)) {
        code = io.usage(parser.errorText());
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << usage;
        code = kOk;
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        code = io.usage(QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
        return std::nullopt;
    }
    if (parser.value(QStringLiteral("workspace")).isEmpty()) {
        code = io.usage(QStringLiteral("--workspace W is required"));
        return std::nullopt;
    }
    const QString format = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format"))
                                                                  : QStringLiteral("json");
    if (format != QLatin1String("json") && format != QLatin1String("csv")) {
        code = io.usage(QStringLiteral("--format must be json or csv, not \"%1\"").arg(format));
        return std::nullopt;
    }
    return format;
}

void writeRows(QTextStream& out, const QString& format, const QStringList& header, const std::vector<Fields>& rows) {
    if (format == QLatin1String("csv"))
        writeCsvRows(out, header, rows);
    else
        writeJsonRows(out, QStringLiteral("rows"), rows);
}

QStringList keysOf(const Fields& fields) {
    QStringList keys;
    for (const auto& field : fields)
        keys << field.first;
    return keys;
}

// Prints `rows` as `fieldsOf` lays each out, in `format`.
template <typename Row>
void printRows(QTextStream& out, const QString& format, const std::vector<Row>& rows, Fields (*fieldsOf)(const Row&)) {
    std::vector<Fields> fields;
    fields.reserve(rows.size());
    for (const Row& row : rows)
        fields.push_back(fieldsOf(row));
    writeRows(out, format, keysOf(fieldsOf(Row{})), fields);
}

QJsonValue monthOrNull(const QDate& month) {
    return month.isValid() ? QJsonValue(month.toString(QStringLiteral("yyyy-MM"))) : QJsonValue();
}

Fields reportingFields(const coaching::ReportingRow& r) {
    return {
        {QStringLiteral("team_id"), idOrNull(r.teamId)},
        {QStringLiteral("team"), r.team},
        {QStringLiteral("month"), monthOrNull(r.month)},
        {QStringLiteral("due"), dateOrNull(r.due)},
        {QStringLiteral("measures_expected"), r.measuresExpected},
        {QStringLiteral("measures_entered"), r.measuresEntered},
        {QStringLiteral("report"), toText(r.report)},
        {QStringLiteral("report_submitted_on"), dateOrNull(r.submittedOn)},
        {QStringLiteral("faculty_score"), numberOrNull(r.facultyScore)},
        {QStringLiteral("self_score"), numberOrNull(r.selfScore)},
    };
}

Fields feedbackFields(const coaching::FeedbackRow& r) {
    return {
        {QStringLiteral("kind"), toText(r.kind)},
        {QStringLiteral("id"), idOrNull(r.id)},
        {QStringLiteral("team_id"), idOrNull(r.teamId)},
        {QStringLiteral("team"), r.team},
        {QStringLiteral("author"), textOrNull(r.author)},
        {QStringLiteral("subject_kind"), r.subjectKind ? QJsonValue(toText(*r.subjectKind)) : QJsonValue()},
        {QStringLiteral("subject_id"), idOrNull(r.subjectId)},
        {QStringLiteral("month"), monthOrNull(r.month)},
        {QStringLiteral("written_on"), dateOrNull(r.writtenOn)},
        {QStringLiteral("text"), textOrNull(r.text)},
        {QStringLiteral("score"), numberOrNull(r.score)},
        {QStringLiteral("rationale"), textOrNull(r.rationale)},
        {QStringLiteral("state"), r.state ? QJsonValue(toText(*r.state)) : QJsonValue()},
    };
}

} // namespace

int reportingCommand(const QStringList& args, QTextStream& out, QTextStream& err) {
    CommandIo io{out, err, QStringLiteral("reporting")};
    QCommandLineParser parser;
    int code = kOk;
    const auto format = parseListing(parser, args, kReportingUsage,
                                     {QStringLiteral("workspace"), QStringLiteral("month"), QStringLiteral("format")},
                                     io, code);
    if (!format)
        return code;
    const QDate today = QDate::currentDate();
    QDate upTo(today.year(), today.month(), 1);
    if (parser.isSet(QStringLiteral("month"))) {
        const auto month = parseMonth(parser.value(QStringLiteral("month")));
        if (!month)
            return io.usage(QStringLiteral("--month expects a month as YYYY-MM, such as 2025-03, not \"%1\"")
                                .arg(parser.value(QStringLiteral("month"))));
        upTo = *month;
    }
    const QString path = parser.value(QStringLiteral("workspace"));
    const auto workspace = io.openToRead(path, code);
    if (!workspace)
        return code;
    auto rows = coaching::reportingGrid(*workspace, upTo, today);
    if (!rows)
        return io.badInput(QStringLiteral("reporting: %1: %2").arg(path, rows.error().message));
    printRows(out, *format, *rows, &reportingFields);
    return kOk;
}

int feedbackCommand(const QStringList& args, QTextStream& out, QTextStream& err) {
    CommandIo io{out, err, QStringLiteral("feedback")};
    QCommandLineParser parser;
    int code = kOk;
    const auto format = parseListing(parser, args, kFeedbackUsage,
                                     {QStringLiteral("workspace"), QStringLiteral("team"), QStringLiteral("format")},
                                     io, code);
    if (!format)
        return code;
    const QString path = parser.value(QStringLiteral("workspace"));
    const auto workspace = io.openToRead(path, code);
    if (!workspace)
        return code;
    QUuid teamId;
    if (parser.isSet(QStringLiteral("team"))) {
        auto team = workspace->teams.lookup(parser.value(QStringLiteral("team")));
        if (!team)
            return io.badInput(QStringLiteral("feedback: %1: %2").arg(path, team.error().message));
        teamId = team->meta.id;
    }
    auto rows = coaching::feedbackRows(*workspace, teamId);
    if (!rows)
        return io.badInput(QStringLiteral("feedback: %1: %2").arg(path, rows.error().message));
    printRows(out, *format, *rows, &feedbackFields);
    return kOk;
}

int reportCommand(const QStringList& args, QTextStream& out, QTextStream& err) {
    if (args.value(0) == QLatin1String("spread"))
        return spreadReportCommand(args.mid(1), out, err);
    CommandIo io{out, err, QStringLiteral("report")};
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}));
    for (const char* name : {"workspace", "team", "month", "out"})
        parser.addOption(QCommandLineOption(QString::fromLatin1(name), QString(), QStringLiteral("value")));
    if (!parser.parse(QStringList{QStringLiteral("pdsa")} + args))
        return io.usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << kReportUsage;
        return kOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.value(0) == QLatin1String("spread"))
        return io.usage(QStringLiteral("pdsa report spread takes --workspace, --out, --format, --from, --to and --min-cell"));
    if (positional != QStringList{QStringLiteral("team")})
        return io.usage(positional.isEmpty() ? QStringLiteral("which report? (pdsa report team ...)")
                                             : QStringLiteral("unknown report \"%1\"").arg(positional.join(u' ')));
    for (const char* name : {"workspace", "team", "month", "out"})
        if (parser.value(QString::fromLatin1(name)).isEmpty())
            return io.usage(QStringLiteral("--%1 is required").arg(QString::fromLatin1(name)));
    const auto month = parseMonth(parser.value(QStringLiteral("month")));
    if (!month)
        return io.usage(QStringLiteral("--month expects a month as YYYY-MM, such as 2025-03, not \"%1\"")
                            .arg(parser.value(QStringLiteral("month"))));
    const QString path = parser.value(QStringLiteral("out"));
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("html") && suffix != QLatin1String("htm"))
        return io.usage(QStringLiteral("--out must end in .pdf or .html, not \"%1\"").arg(path));

    const QString workspacePath = parser.value(QStringLiteral("workspace"));
    int code = kOk;
    const auto opened = io.openToRead(workspacePath, code);
    if (!opened)
        return code;
    Workspace& workspace = *opened;
    auto team = workspace.teams.lookup(parser.value(QStringLiteral("team")));
    if (!team)
        return io.badInput(QStringLiteral("report: %1: %2").arg(workspacePath, team.error().message));
    if (suffix == QLatin1String("pdf")) {
        if (auto written = print::writeStoryboardPdf(workspace, team->meta.id, *month, path); !written)
            return io.badInput(QStringLiteral("report: %1").arg(written.error().message));
    } else {
        auto board = report::storyboard(workspace, team->meta.id, *month);
        if (!board)
            return io.badInput(QStringLiteral("report: %1: %2").arg(workspacePath, board.error().message));
        QSaveFile file(path);
        const QByteArray html = report::storyboardHtmlFile(*board).toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(html) != html.size() || !file.commit())
            return io.badInput(QStringLiteral("report: %1: cannot write it (%2)").arg(path, file.errorString()));
    }
    out << QStringLiteral("Wrote the %1 report of \"%2\" to %3.\n")
               .arg(month->toString(QStringLiteral("yyyy-MM")), team->name, path);
    return kOk;
}

} // namespace pdsa::cli

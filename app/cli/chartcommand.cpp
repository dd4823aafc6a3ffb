// SPDX-License-Identifier: Apache-2.0
#include "cli/chartcommand.h"

#include "analysis/chartinput.h"
#include "analysis/spc.h"
#include "cli/cli.h"
#include "cli/commandio.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <optional>

namespace pdsa::cli {

namespace {

using namespace pdsa::analysis;

const char* const kChartUsage = R"(usage: pdsa chart --type TYPE --input FILE.csv [options]

Computes a run or control chart and prints it as one JSON object on standard output.

  --type run|i|mr|xbar|s|p|pp|u|up|c|g|t
                       The chart (pp and up are Laney's p' and u').
  --input FILE.csv     A CSV file (UTF-8, comma-separated) with a header and the columns x, y
                       and, for p, pp, u and up charts, n (the denominator). x is a number or a
                       date (YYYY-MM-DD or YYYY-MM) and may repeat: the rows of one x are a
                       subgroup (xbar, s), a sum (c) or aggregated with --agg. An empty cell is
                       a missing value.
  --rules ihi|anhoej|nhs
                       The rule set the chart displays (both runs analyses are always in
                       "parts"). Default: ihi for run charts, anhoej for control charts.
  --freeze N           Centre line and limits from the first N points (of each phase).
  --part N,M,...       Phase 1 ends after point N, phase 2 after point M, and so on.
  --exclude N,M,...    Points (counted from 1 over the whole series) left out of every
                       calculation but still drawn.
  --cl VALUE           A fixed centre line, in the data's own units (before --multiply).
  --multiply K         Multiply values, centre line and limits by K (100 for percent).
  --agg mean|median    How several values for one x are combined. Default: mean.
  --mr-screening on|off
                       Nelson's screening of moving ranges (i, t, pp, up). Default: on.
  --improvement up|down
                       Which way is better, for the NHS rules. Default: up.

Exit status: 0 success; 1 bad input or data; 2 wrong usage.
)";


QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonValue number(const std::optional<int>& value) { return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null); }

std::optional<QList<int>> positions(const QString& text)
{
    QList<int> values;
    for (const QString& part : text.split(QLatin1Char(','))) {
        bool ok = false;
        const int value = part.trimmed().toInt(&ok);
        if (!ok || value < 1)
            return std::nullopt;
        values << value;
    }
    return values;
}

template <typename E>
std::optional<E> choice(const QCommandLineParser& parser, const QString& name, E fallback, CommandIo& io, int& code)
{
    if (!parser.isSet(name))
        return fallback;
    if (auto value = fromText<E>(parser.value(name)))
        return value;
    code = io.usage(QStringLiteral("--%1 must be one of %2, not \"%3\"")
                        .arg(name, allTexts<E>().join(QLatin1Char('|')), parser.value(name)));
    return std::nullopt;
}

QJsonObject pointJson(const ChartPoint& point, const XValue& x, XKind kind, bool nhs)
{
    QJsonObject json{{QStringLiteral("x"), kind == XKind::Number ? QJsonValue(x.key) : QJsonValue(x.text)},
                     {QStringLiteral("y"), number(point.y)},
                     {QStringLiteral("n"), number(point.n)},
                     {QStringLiteral("cl"), number(point.cl)},
                     {QStringLiteral("lcl"), number(point.lcl)},
                     {QStringLiteral("ucl"), number(point.ucl)},
                     {QStringLiteral("lcl_2s"), number(point.lcl2s)},
                     {QStringLiteral("ucl_2s"), number(point.ucl2s)},
                     {QStringLiteral("part"), point.part},
                     {QStringLiteral("baseline"), point.baseline},
                     {QStringLiteral("include"), point.include},
                     {QStringLiteral("sigma_signal"), point.sigmaSignal}};
    if (nhs) {
        json.insert(QStringLiteral("special_cause"), toText(point.specialCause));
        json.insert(QStringLiteral("variation"), toText(point.variation));
    }
    return json;
}

QJsonObject partJson(const PartSummary& part)
{
    QJsonValue limits(QJsonValue::Null);
    if (part.runsLower && part.runsUpper)
        limits = QJsonArray{*part.runsLower, *part.runsUpper};
    return QJsonObject{{QStringLiteral("n_obs"), part.nObs},
                       {QStringLiteral("n_useful"), part.nUseful},
                       {QStringLiteral("longest_run"), number(part.longestRun)},
                       {QStringLiteral("longest_run_max"), number(part.longestRunMax)},
                       {QStringLiteral("n_crossings"), number(part.nCrossings)},
                       {QStringLiteral("n_crossings_min"), number(part.nCrossingsMin)},
                       {QStringLiteral("runs_signal"), part.runsSignal},
                       {QStringLiteral("shift"), part.shift},
                       {QStringLiteral("trend"), part.trend},
                       {QStringLiteral("n_runs"), number(part.nRuns)},
                       {QStringLiteral("runs_limits"), limits},
                       {QStringLiteral("runs_verdict"), toText(part.runsVerdict)}};
}

} // namespace

namespace {

// The options about points and values (--mr-screening, --freeze, --part, --exclude, --cl and
// --multiply) into `options`; the usage exit code when one is malformed, nothing when all are fine.
std::optional<int> readPointOptions(const QCommandLineParser& parser, ChartOptions& options, CommandIo& io)
{
    if (parser.isSet(QStringLiteral("mr-screening"))) {
        const QString value = parser.value(QStringLiteral("mr-screening"));
        if (value != QLatin1String("on") && value != QLatin1String("off"))
            return io.usage(QStringLiteral("--mr-screening must be on or off, not \"%1\"").arg(value));
        options.mrScreening = value == QLatin1String("on");
    }
    if (parser.isSet(QStringLiteral("freeze"))) {
        bool ok = false;
        options.freeze = parser.value(QStringLiteral("freeze")).toInt(&ok);
        if (!ok || options.freeze < 1)
            return io.usage(QStringLiteral("--freeze expects a number of points, 1 or more, not \"%1\"")
                                .arg(parser.value(QStringLiteral("freeze"))));
    }
    for (const auto& [name, target] : {std::pair{QStringLiteral("part"), &options.partEnds},
                                       std::pair{QStringLiteral("exclude"), &options.exclude}}) {
        if (!parser.isSet(name))
            continue;
        const auto values = positions(parser.value(name));
        if (!values)
            return io.usage(QStringLiteral("--%1 expects point numbers from 1, separated by commas, not \"%2\"")
                                .arg(name, parser.value(name)));
        target->assign(values->begin(), values->end());
    }
    for (const auto& name : {QStringLiteral("cl"), QStringLiteral("multiply")}) {
        if (!parser.isSet(name))
            continue;
        bool ok = false;
        const double value = parser.value(name).toDouble(&ok);
        if (!ok || !std::isfinite(value))
            return io.usage(QStringLiteral("--%1 expects a number, not \"%2\"").arg(name, parser.value(name)));
        if (name == QLatin1String("cl"))
            options.centreLine = value;
        else
            options.multiply = value;
    }
    return std::nullopt;
}

// The report: the chart type and rule set, every point and every part.
QJsonObject chartReport(const ChartResult& chart, const ChartData& data)
{
    const bool nhs = chart.rules == RuleSet::Nhs;
    QJsonArray points;
    for (std::size_t i = 0; i < chart.size(); ++i)
        points.append(pointJson(chart.point(i), data.x[i], data.xKind, nhs));
    QJsonArray parts;
    for (const PartSummary& part : chart.parts)
        parts.append(partJson(part));
    const QJsonObject report{{QStringLiteral("type"), toText(chart.type)},
                             {QStringLiteral("rules"), toText(chart.rules)},
                             {QStringLiteral("points"), points},
                             {QStringLiteral("parts"), parts}};
    return report;
}

} // namespace

int chartCommand(const QStringList& args, QTextStream& out, QTextStream& err)
{
    CommandIo io{out, err, QStringLiteral("chart")};
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}));
    for (const char* name : {"type", "input", "rules", "freeze", "part", "exclude", "cl", "multiply", "agg",
                             "mr-screening", "improvement"})
        parser.addOption(QCommandLineOption(QString::fromLatin1(name), QString(), QStringLiteral("value")));
    if (!parser.parse(QStringList{QStringLiteral("pdsa")} + args))
        return io.usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << kChartUsage;
        out.flush();
        return kOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return io.usage(QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    if (!parser.isSet(QStringLiteral("type")))
        return io.usage(QStringLiteral("--type is required (run, i, mr, xbar, s, p, pp, u, up, c, g or t)"));
    if (!parser.isSet(QStringLiteral("input")) || parser.value(QStringLiteral("input")).isEmpty())
        return io.usage(QStringLiteral("--input FILE.csv is required"));

    int code = kOk;
    ChartOptions options;
    const auto type = choice(parser, QStringLiteral("type"), ChartType::Run, io, code);
    if (!type)
        return code;
    options.type = *type;
    const auto rules = choice(parser, QStringLiteral("rules"), defaultRules(*type), io, code);
    if (!rules)
        return code;
    options.rules = *rules;
    const auto aggregation = choice(parser, QStringLiteral("agg"), Aggregation::Mean, io, code);
    if (!aggregation)
        return code;
    const auto improvement = choice(parser, QStringLiteral("improvement"), ImprovementDirection::Up, io, code);
    if (!improvement)
        return code;
    options.improvement = *improvement;
    if (const auto failed = readPointOptions(parser, options, io))
        return *failed;

    const QString path = parser.value(QStringLiteral("input"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return io.badInput(QStringLiteral("%1: cannot read it (%2)").arg(path, file.errorString()));
    auto data = readChartData(file, path, options.type, *aggregation);
    if (!data)
        return io.badInput(data.error().message);
    if (data->subgroups.empty())
        return io.badInput(QStringLiteral("%1: no data rows below the header").arg(path));

    auto chart = computeChart(data->subgroups, options);
    if (!chart) {
        if (chart.error().code == ErrorCode::Usage)
            return io.usage(chart.error().message);
        return io.badInput(QStringLiteral("%1, %2").arg(path, chart.error().message));
    }

    const QJsonObject report = chartReport(*chart, *data);
    out << QJsonDocument(report).toJson(QJsonDocument::Indented);
    out.flush();
    return kOk;
}

} // namespace pdsa::cli

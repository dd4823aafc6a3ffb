// SPDX-License-Identifier: Apache-2.0
#include "cli/equitycommand.h"

#include "cli/cli.h"
#include "cli/commandio.h"
#include "cli/rowsoutput.h"
#include "equity/disparitycsv.h"
#include "equity/disparityloader.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>

namespace pdsa::cli {

namespace {

const char* const kDisparityUsage =
    R"(usage: pdsa disparity --workspace W (--team T | --all) --measure M --dimension D
                      [--reference rest|total|GROUP] [--window month|quarter|half|year]
                      [--min-cell N] [--format json|csv]

The gap between groups of children on one measure: for each group of one dimension (one stratum
category, such as "Black or African American" in "Race/ethnicity"), per window of time, its rate
against a reference, the difference and the ratio with 95 % intervals, and whether the gap is
narrowing. docs/equity-methods.md in the source gives the methods.

  --workspace W   The workspace file (.pdsa).
  --team T        One team's data (its name or id).
  --all           Every team's data summed: the whole collaborative.
  --measure M     A proportion or a rate entered by stratum (its name or id).
  --dimension D   The dimension, such as "Race/ethnicity" or "Age group".
  --reference R   What each group is compared with: rest (the default: the other groups of the
                  dimension pooled), total (every group), or one group's name.
  --window W      The periods counts are pooled into: month, quarter (the default), half or year.
  --min-cell N    The minimum cell size, 0 to 100 (default: the collaborative's, 11 unless its
                  organizer changed it). A period whose numerator or denominator is from 1 to N−1
                  is small, and suppressed: its counts, rates, differences and ratios are null. A
                  reference whose counts are small is suppressed the same way. 0 turns suppression
                  off, for a team's internal use only: the output may then identify children.
  --format F      json (the default) or csv (one row per group and period, the same names).

JSON: {"measure_id", "measure", "dimension", "reference", "window", "min_cell", "groups": [
  {"stratum_id", "stratum", "periods": [{"period", "numerator", "denominator", "rate", "rate_lcl",
  "rate_ucl", "ref_numerator", "ref_denominator", "ref_rate", "difference", "difference_lcl",
  "difference_ucl", "ratio", "ratio_lcl", "ratio_ucl", "small", "suppressed"}],
  "gap": {"rules", "shift", "trend", "runs_verdict", "direction"}}]}

- period: 2025-07, 2025-Q3, 2025-H2 or 2025. Every team lists the same periods: from the first to
  the last month any team entered the measure by stratum.
- Rates and differences are fractions (0.42, not 42 %); for a rate measure, events per one unit of
  its denominator. numerator/denominator are null when nothing was entered for the group.
- Proportions: the rate's interval is Wilson's score interval; the difference (group − reference)
  has Newcombe's hybrid score interval (his method 10); the ratio has the Katz log interval. When a
  cell of the 2×2 table is 0, 0.5 is added to each cell for the ratio and its interval.
- Rates: the Poisson score interval; the difference with the normal approximation; the ratio with
  exp(ln RR ± 1.96·√(1/x1 + 1/x2)), adding 0.5 to both counts when one is 0.
- A value that cannot be computed (a denominator of 0, the ratio of two zero rates) is null. The
  reference group chosen by name is compared with itself: difference 0, ratio 1, no intervals.
- gap: the run-chart rules of the measure (the team's chart setting; IHI with --all) on the
  difference series, "towards zero" being improvement. rules: ihi or anhoej. shift: IHI's shift (6
  or more periods on one side of the median), or Anhøj's unusually long run. trend: IHI's trend (5
  or more going one way; Anhøj has none). runs_verdict: IHI's number of runs (none, too_few,
  too_many, not_applicable outside 10–60 periods); Anhøj: too_few when the median is crossed
  unusually few times. direction: narrowing or widening as the latest shift or trend moves the gap
  towards or away from zero; none without a shift or trend.

Exit status: 0 success; 1 bad input or data (an unknown team, measure, dimension or group; a
measure that is not a proportion or rate, or not entered by stratum); 2 wrong usage.
)";

QJsonValue number(const std::optional<double>& value) { return numberOrNull(value); }

Fields periodFields(const equity::DisparityPeriod& p)
{
    return {
        {QStringLiteral("period"), p.label},
        {QStringLiteral("numerator"), number(p.numerator)},
        {QStringLiteral("denominator"), number(p.denominator)},
        {QStringLiteral("rate"), number(p.rate)},
        {QStringLiteral("rate_lcl"), number(p.rateLcl)},
        {QStringLiteral("rate_ucl"), number(p.rateUcl)},
        {QStringLiteral("ref_numerator"), number(p.refNumerator)},
        {QStringLiteral("ref_denominator"), number(p.refDenominator)},
        {QStringLiteral("ref_rate"), number(p.refRate)},
        {QStringLiteral("difference"), number(p.difference)},
        {QStringLiteral("difference_lcl"), number(p.differenceLcl)},
        {QStringLiteral("difference_ucl"), number(p.differenceUcl)},
        {QStringLiteral("ratio"), number(p.ratio)},
        {QStringLiteral("ratio_lcl"), number(p.ratioLcl)},
        {QStringLiteral("ratio_ucl"), number(p.ratioUcl)},
        {QStringLiteral("small"), p.small},
        {QStringLiteral("suppressed"), p.suppressed},
    };
}

Fields gapFields(const equity::GapReading& gap)
{
    return {
        {QStringLiteral("rules"), toText(gap.rules)},
        {QStringLiteral("shift"), gap.shift},
        {QStringLiteral("trend"), gap.trend},
        {QStringLiteral("runs_verdict"), toText(gap.runsVerdict)},
        {QStringLiteral("direction"), toText(gap.direction)},
    };
}

void writeJson(QTextStream& out, const equity::Disparity& d)
{
    const Fields top = {
        {QStringLiteral("measure_id"), idOrNull(d.measure.meta.id)},
        {QStringLiteral("measure"), d.measure.name},
        {QStringLiteral("dimension"), d.dimension},
        {QStringLiteral("reference"), d.referenceName},
        {QStringLiteral("window"), toText(d.window)},
        {QStringLiteral("min_cell"), d.minCell},
    };
    QByteArray text = "{\n";
    for (const auto& field : top) {
        QByteArray one;
        writeCompactObject(one, {field});
        text += "  " + one.mid(1, one.size() - 2) + ",\n"; // the field without its object's braces
    }
    text += "  \"groups\": [";
    for (std::size_t g = 0; g < d.groups.size(); ++g) {
        const equity::DisparityGroup& group = d.groups[g];
        text += g == 0 ? "\n    {" : ",\n    {";
        QByteArray head;
        writeCompactObject(head, {{QStringLiteral("stratum_id"), idOrNull(group.stratum.meta.id)},
                                  {QStringLiteral("stratum"), group.stratum.name}});
        text += head.mid(1, head.size() - 2);
        text += ", \"periods\": [";
        for (std::size_t i = 0; i < group.periods.size(); ++i) {
            text += i == 0 ? "\n      " : ",\n      ";
            writeCompactObject(text, periodFields(group.periods[i]));
        }
        text += group.periods.empty() ? "], \"gap\": " : "\n    ], \"gap\": ";
        writeCompactObject(text, gapFields(group.gap));
        text += '}';
    }
    text += d.groups.empty() ? "]\n}\n" : "\n  ]\n}\n";
    out << QString::fromUtf8(text);
}

} // namespace

int disparityCommand(const QStringList& args, QTextStream& out, QTextStream& err)
{
    CommandIo io{out, err, QStringLiteral("disparity")};
    QCommandLineParser parser;
    int code = kOk;
    if (!io.parseOptions(parser, args,
                         {QStringLiteral("workspace"), QStringLiteral("team"), QStringLiteral("measure"),
                          QStringLiteral("dimension"), QStringLiteral("reference"), QStringLiteral("window"),
                          QStringLiteral("min-cell"), QStringLiteral("format")},
                         {QStringLiteral("all")}, kDisparityUsage, code))
        return code;
    for (const char* name : {"workspace", "measure", "dimension"})
        if (parser.value(QString::fromLatin1(name)).isEmpty())
            return io.usage(QStringLiteral("--%1 is required").arg(QString::fromLatin1(name)));
    const bool all = parser.isSet(QStringLiteral("all"));
    const bool oneTeam = parser.isSet(QStringLiteral("team"));
    if (all == oneTeam)
        return io.usage(all ? QStringLiteral("--team and --all cannot be used together: choose one team or all of them")
                            : QStringLiteral("--team T or --all is required"));
    const QString format = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format"))
                                                                  : QStringLiteral("json");
    if (format != QLatin1String("json") && format != QLatin1String("csv"))
        return io.usage(QStringLiteral("--format must be json or csv, not \"%1\"").arg(format));

    equity::DisparityRequest request;
    request.dimension = parser.value(QStringLiteral("dimension"));
    if (parser.isSet(QStringLiteral("window"))) {
        const auto window = fromText<equity::Window>(parser.value(QStringLiteral("window")));
        if (!window)
            return io.usage(QStringLiteral("--window must be month, quarter, half or year, not \"%1\"")
                                .arg(parser.value(QStringLiteral("window"))));
        request.window = *window;
    }
    if (parser.isSet(QStringLiteral("min-cell"))) {
        bool ok = false;
        const int minCell = parser.value(QStringLiteral("min-cell")).toInt(&ok);
        if (!ok || minCell < 0 || minCell > Collaborative::kMaxMinCellSize)
            return io.usage(QStringLiteral("--min-cell expects a whole number from 0 to %1, not \"%2\"")
                                .arg(Collaborative::kMaxMinCellSize)
                                .arg(parser.value(QStringLiteral("min-cell"))));
        request.minCell = minCell;
    }
    const QString reference = parser.value(QStringLiteral("reference")).trimmed();
    if (reference.isEmpty() || reference.compare(QLatin1String("rest"), Qt::CaseInsensitive) == 0) {
        request.reference = equity::ReferenceKind::Rest;
    } else if (reference.compare(QLatin1String("total"), Qt::CaseInsensitive) == 0) {
        request.reference = equity::ReferenceKind::Total;
    } else {
        request.reference = equity::ReferenceKind::Group;
        request.referenceGroup = reference;
    }

    const QString path = parser.value(QStringLiteral("workspace"));
    const auto opened = io.openToRead(path, code);
    if (!opened)
        return code;
    Workspace& workspace = *opened;
    if (oneTeam) {
        auto team = workspace.teams.lookup(parser.value(QStringLiteral("team")));
        if (!team)
            return io.badInput(QStringLiteral("disparity: %1: %2").arg(path, team.error().message));
        request.teamId = team->meta.id;
    }
    auto measure = workspace.measures.lookup(request.teamId, parser.value(QStringLiteral("measure")));
    if (!measure)
        return io.badInput(QStringLiteral("disparity: %1: %2").arg(path, measure.error().message));
    request.measureId = measure->meta.id;
    auto disparity = equity::loadDisparity(workspace, request);
    if (!disparity)
        return io.badInput(QStringLiteral("disparity: %1: %2").arg(path, disparity.error().message));
    const equity::Disparity shown = equity::suppressSmall(std::move(*disparity));
    if (format == QLatin1String("csv"))
        out << equity::disparityCsv(shown);
    else
        writeJson(out, shown);
    return kOk;
}

} // namespace pdsa::cli

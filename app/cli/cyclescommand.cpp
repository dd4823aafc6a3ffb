// SPDX-License-Identifier: Apache-2.0
#include "cli/cyclescommand.h"

#include "cli/cli.h"
#include "cli/commandio.h"
#include "cli/rowsoutput.h"
#include "cycles/cycleindex.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <utility>
#include <vector>

namespace pdsa::cli {

using cycles::CycleIndex;
using cycles::NamedRef;

namespace {

const char* const kCyclesUsage = R"(usage: pdsa cycles --workspace W [--team T] [--format json|csv]

Lists the PDSA cycles of a workspace with every field: the plan (objective, questions with
predictions, who, what, where, when, data collection plan), what was done, studied and decided,
scale, dates, status, the cycle each one grew from, the change ideas tested and the measures
informed, ordered by team name, start date and title.

  --workspace W   The workspace file (.pdsa).
  --team T        Only this team's cycles (the team's name or id).
  --format F      json (the default): {"cycles": [...]}, missing values as null;
                  csv: one row per cycle with a header, lists joined with "; ", questions
                  as "question → prediction" joined with " | ".

Exit status: 0 success; 1 bad input or data; 2 wrong usage.
)";

QJsonArray refs(const QList<NamedRef>& list) {
    QJsonArray array;
    for (const NamedRef& ref : list)
        array.append(QJsonObject{{QStringLiteral("id"), idOrNull(ref.id)},
                                 {QStringLiteral("name"), textOrNull(ref.name)}});
    return array;
}

Fields fieldsOf(const PdsaCycle& c, const CycleIndex& index) {
    QJsonArray questions;
    for (const PdsaQuestion& q : c.questions)
        questions.append(QJsonObject{{QStringLiteral("question"), textOrNull(q.question)},
                                     {QStringLiteral("prediction"), textOrNull(q.prediction)}});
    const QJsonValue updated = c.meta.updatedAt.isValid()
                                   ? QJsonValue(c.meta.updatedAt.toUTC().toString(Qt::ISODate))
                                   : QJsonValue();
    return {
        {QStringLiteral("id"), idOrNull(c.meta.id)},
        {QStringLiteral("team_id"), idOrNull(c.teamId)},
        {QStringLiteral("team"), textOrNull(index.teamName(c.teamId))},
        {QStringLiteral("title"), textOrNull(c.title)},
        {QStringLiteral("status"), toText(c.status)},
        {QStringLiteral("decision"),
         c.decision == Decision::None ? QJsonValue() : QJsonValue(toText(c.decision))},
        {QStringLiteral("start_date"), dateOrNull(c.startDate)},
        {QStringLiteral("end_date"), dateOrNull(c.endDate)},
        {QStringLiteral("scale_count"), c.scaleCount ? QJsonValue(*c.scaleCount) : QJsonValue()},
        {QStringLiteral("scale_unit"), textOrNull(c.scaleUnit)},
        {QStringLiteral("parent_cycle_id"), idOrNull(c.parentCycleId)},
        {QStringLiteral("parent_cycle_title"), textOrNull(index.parentTitle(c))},
        {QStringLiteral("change_ideas"), refs(index.changeIdeas(c))},
        {QStringLiteral("measures"), refs(index.measures(c))},
        {QStringLiteral("objective"), textOrNull(c.objective)},
        {QStringLiteral("questions"), questions},
        {QStringLiteral("plan_who"), textOrNull(c.planWho)},
        {QStringLiteral("plan_what"), textOrNull(c.planWhat)},
        {QStringLiteral("plan_where"), textOrNull(c.planWhere)},
        {QStringLiteral("plan_when"), textOrNull(c.planWhen)},
        {QStringLiteral("data_collection_plan"), textOrNull(c.dataCollectionPlan)},
        {QStringLiteral("what_happened"), textOrNull(c.whatHappened)},
        {QStringLiteral("observations"), textOrNull(c.observations)},
        {QStringLiteral("problems"), textOrNull(c.problems)},
        {QStringLiteral("results"), textOrNull(c.results)},
        {QStringLiteral("learned"), textOrNull(c.learned)},
        {QStringLiteral("next_step"), textOrNull(c.nextStep)},
        {QStringLiteral("revision"), c.meta.revision},
        {QStringLiteral("updated_at"), updated},
    };
}

// A field as CSV text: lists of names joined with "; ", questions as "question → prediction"
// joined with " | ".
QString flatten(const QString& key, const QJsonValue& value) {
    if (value.isString())
        return value.toString();
    if (!value.isArray())
        return cellText(value);
    const bool questions = key == QLatin1String("questions");
    QStringList parts;
    for (const QJsonValue& item : value.toArray()) {
        const QJsonObject object = item.toObject();
        parts << (questions
                      ? QStringLiteral("%1 → %2").arg(object.value(QStringLiteral("question")).toString(),
                                                      object.value(QStringLiteral("prediction")).toString())
                      : object.value(QStringLiteral("name")).toString());
    }
    return parts.join(questions ? QStringLiteral(" | ") : QStringLiteral("; "));
}

} // namespace

int cyclesCommand(const QStringList& args, QTextStream& out, QTextStream& err) {
    CommandIo io{out, err, QStringLiteral("cycles")};
    QCommandLineParser parser;
    int code = kOk;
    if (!io.parseOptions(parser, args, {QStringLiteral("workspace"), QStringLiteral("team"), QStringLiteral("format")},
                         {}, kCyclesUsage, code))
        return code;
    const QString path = parser.value(QStringLiteral("workspace"));
    if (path.isEmpty())
        return io.usage(QStringLiteral("--workspace W is required"));
    const QString format = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format"))
                                                                  : QStringLiteral("json");
    if (format != QLatin1String("json") && format != QLatin1String("csv"))
        return io.usage(QStringLiteral("--format must be json or csv, not \"%1\"").arg(format));

    const auto opened = io.openToRead(path, code);
    if (!opened)
        return code;
    Workspace& workspace = *opened;
    QUuid teamId;
    if (parser.isSet(QStringLiteral("team"))) {
        auto team = workspace.teams.lookup(parser.value(QStringLiteral("team")));
        if (!team)
            return io.badInput(QStringLiteral("cycles: %1: %2").arg(path, team.error().message));
        teamId = team->meta.id;
    }
    auto index = CycleIndex::load(workspace);
    if (!index)
        return io.badInput(QStringLiteral("cycles: %1: %2").arg(path, index.error().message));

    std::vector<Fields> cycles;
    for (const PdsaCycle& cycle : index->cycles())
        if (teamId.isNull() || cycle.teamId == teamId)
            cycles.push_back(fieldsOf(cycle, *index));
    if (format == QLatin1String("csv")) {
        QStringList header;
        for (const auto& field : fieldsOf(PdsaCycle{}, *index))
            header << field.first;
        writeCsvRows(out, header, cycles, flatten);
    } else {
        writeJsonRows(out, QStringLiteral("cycles"), cycles);
    }
    return kOk;
}

} // namespace pdsa::cli

// SPDX-License-Identifier: Apache-2.0
#include "bundle/conflicts.h"

#include "bundle/merge.h"
#include "bundle/recordsets.h"
#include "bundle/recordstore.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <map>

namespace pdsa::bundle {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("pdsa::bundle", text);
}

constexpr int kTitleLength = 80;

// One line of at most `length` characters: line breaks become spaces, a cut ends in "…".
QString elide(const QString& text, int length = kTitleLength) {
    const QString line = text.simplified();
    return line.size() <= length ? line : line.left(length - 1) + QChar(0x2026);
}

QString idText(const QUuid& id) {
    return id.toString(QUuid::WithoutBraces);
}

// The record kind in words, singular.
QString kindOf(const QString& table) {
    static const std::map<QString, const char*> kinds = {
        {QStringLiteral("collaborative"), QT_TRANSLATE_NOOP("pdsa::bundle", "collaborative")},
        {QStringLiteral("learning_session"), QT_TRANSLATE_NOOP("pdsa::bundle", "learning session")},
        {QStringLiteral("action_period"), QT_TRANSLATE_NOOP("pdsa::bundle", "action period")},
        {QStringLiteral("stratum"), QT_TRANSLATE_NOOP("pdsa::bundle", "stratum")},
        {QStringLiteral("driver"), QT_TRANSLATE_NOOP("pdsa::bundle", "driver")},
        {QStringLiteral("change_idea"), QT_TRANSLATE_NOOP("pdsa::bundle", "change idea")},
        {QStringLiteral("team"), QT_TRANSLATE_NOOP("pdsa::bundle", "team")},
        {QStringLiteral("team_member"), QT_TRANSLATE_NOOP("pdsa::bundle", "team member")},
        {QStringLiteral("aim"), QT_TRANSLATE_NOOP("pdsa::bundle", "aim")},
        {QStringLiteral("measure"), QT_TRANSLATE_NOOP("pdsa::bundle", "measure")},
        {QStringLiteral("measure_value"), QT_TRANSLATE_NOOP("pdsa::bundle", "measure value")},
        {QStringLiteral("chart_setting"), QT_TRANSLATE_NOOP("pdsa::bundle", "chart setting")},
        {QStringLiteral("pdsa_cycle"), QT_TRANSLATE_NOOP("pdsa::bundle", "PDSA cycle")},
        {QStringLiteral("chart_annotation"), QT_TRANSLATE_NOOP("pdsa::bundle", "chart annotation")},
        {QStringLiteral("team_report"), QT_TRANSLATE_NOOP("pdsa::bundle", "team report")},
        {QStringLiteral("coach_comment"), QT_TRANSLATE_NOOP("pdsa::bundle", "coach comment")},
        {QStringLiteral("assessment_score"), QT_TRANSLATE_NOOP("pdsa::bundle", "assessment score")},
        {QStringLiteral("spread_record"), QT_TRANSLATE_NOOP("pdsa::bundle", "spread record")},
    };
    const auto found = kinds.find(table);
    return found == kinds.end() ? table : tr(found->second);
}

// A field's label: a few written out, the rest the column name in words ("court_partner" →
// "Court partner", "team_id" → "Team").
QString labelOf(const QString& key) {
    static const std::map<QString, const char*> labels = {
        {QStringLiteral("owner_role"), QT_TRANSLATE_NOOP("pdsa::bundle", "Owner")},
        {QStringLiteral("owner_team"), QT_TRANSLATE_NOOP("pdsa::bundle", "Owning team")},
        {QStringLiteral("deleted"), QT_TRANSLATE_NOOP("pdsa::bundle", "Deleted")},
        {QStringLiteral("parent_id"), QT_TRANSLATE_NOOP("pdsa::bundle", "Parent driver")},
        {QStringLiteral("parent_cycle_id"), QT_TRANSLATE_NOOP("pdsa::bundle", "Grew from cycle")},
        {QStringLiteral("cycle_id"), QT_TRANSLATE_NOOP("pdsa::bundle", "PDSA cycle")},
        {QStringLiteral("subject_kind"), QT_TRANSLATE_NOOP("pdsa::bundle", "About a")},
        {QStringLiteral("subject_id"), QT_TRANSLATE_NOOP("pdsa::bundle", "About")},
        {QStringLiteral("plan_who"), QT_TRANSLATE_NOOP("pdsa::bundle", "Plan: who")},
        {QStringLiteral("plan_what"), QT_TRANSLATE_NOOP("pdsa::bundle", "Plan: what")},
        {QStringLiteral("plan_where"), QT_TRANSLATE_NOOP("pdsa::bundle", "Plan: where")},
        {QStringLiteral("plan_when"), QT_TRANSLATE_NOOP("pdsa::bundle", "Plan: when")},
        {QStringLiteral("learned"), QT_TRANSLATE_NOOP("pdsa::bundle", "What was learned")},
        {QStringLiteral("questions"), QT_TRANSLATE_NOOP("pdsa::bundle", "Questions and predictions")},
        {QStringLiteral("change_idea_ids"), QT_TRANSLATE_NOOP("pdsa::bundle", "Change ideas")},
        {QStringLiteral("measure_ids"), QT_TRANSLATE_NOOP("pdsa::bundle", "Measures")},
        {QStringLiteral("scale_count"), QT_TRANSLATE_NOOP("pdsa::bundle", "Scale (how many)")},
        {QStringLiteral("scale_unit"), QT_TRANSLATE_NOOP("pdsa::bundle", "Scale (of what)")},
        {QStringLiteral("two_sigma"), QT_TRANSLATE_NOOP("pdsa::bundle", "Two-sigma limits")},
    };
    if (const auto found = labels.find(key); found != labels.end())
        return tr(found->second);
    QString words = key;
    if (words.endsWith(QLatin1String("_ids"))) {
        words.chop(4);
        words += QLatin1Char('s');
    } else if (words.endsWith(QLatin1String("_id"))) {
        words.chop(3);
    }
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

// The table a reference key points into ("" when the key is no reference).
QString referredTable(const QString& key, const QJsonObject& record) {
    static const std::map<QString, QString> tables = {
        {QStringLiteral("collaborative_id"), QStringLiteral("collaborative")},
        {QStringLiteral("team_id"), QStringLiteral("team")},
        {QStringLiteral("owner_team"), QStringLiteral("team")},
        {QStringLiteral("measure_id"), QStringLiteral("measure")},
        {QStringLiteral("measure_ids"), QStringLiteral("measure")},
        {QStringLiteral("change_idea_id"), QStringLiteral("change_idea")},
        {QStringLiteral("change_idea_ids"), QStringLiteral("change_idea")},
        {QStringLiteral("stratum_id"), QStringLiteral("stratum")},
        {QStringLiteral("parent_cycle_id"), QStringLiteral("pdsa_cycle")},
        {QStringLiteral("cycle_id"), QStringLiteral("pdsa_cycle")},
        {QStringLiteral("driver_id"), QStringLiteral("driver")},
        {QStringLiteral("parent_id"), QStringLiteral("driver")},
    };
    if (key == QLatin1String("subject_id")) {
        static const std::map<QString, QString> subjects = {
            {QStringLiteral("team"), QStringLiteral("team")},
            {QStringLiteral("cycle"), QStringLiteral("pdsa_cycle")},
            {QStringLiteral("report"), QStringLiteral("team_report")},
            {QStringLiteral("measure"), QStringLiteral("measure")},
        };
        const auto found = subjects.find(record.value(QStringLiteral("subject_kind")).toString());
        return found == subjects.end() ? QString() : found->second;
    }
    const auto found = tables.find(key);
    return found == tables.end() ? QString() : found->second;
}

// Keys whose text is one of a few words ("days_between"): shown with spaces.
bool isWord(const QString& key) {
    static const QStringList words = {
        QStringLiteral("owner_role"),   QStringLiteral("kind"),      QStringLiteral("agency_kind"),
        QStringLiteral("measure_type"), QStringLiteral("frequency"), QStringLiteral("data_kind"),
        QStringLiteral("improvement"),  QStringLiteral("decision"),  QStringLiteral("status"),
        QStringLiteral("chart_type"),   QStringLiteral("rule_set"),  QStringLiteral("stratified_view"),
        QStringLiteral("subject_kind")};
    return words.contains(key);
}

// The JSON of a record with its stored free text even when it is a tombstone (toJson blanks
// that), so that putting it back restores the row exactly.
template <typename T> QJsonObject rawJson(const repo::RecordTable<T>& table, const T& record) {
    T live = record;
    live.meta.deleted = false;
    QJsonObject json = table.toJson(live, false);
    json.insert(QStringLiteral("deleted"), record.meta.deleted);
    return json;
}

// Names of the records a record refers to, read from the workspace once each.
class Names {
public:
    explicit Names(Workspace& workspace)
        : m_workspace(workspace) {}

    // The record `id` of `table` as JSON, if this workspace has it (tombstones included).
    std::optional<QJsonObject> record(const QString& table, const QUuid& id) {
        const QString key = table + idText(id);
        if (const auto found = m_records.find(key); found != m_records.end())
            return found->second;
        std::optional<QJsonObject> json;
        (void)forEachTable(m_workspace, [&](auto& t) -> Status {
            if (QString::fromStdString(t.table()) != table)
                return {};
            if (auto found = t.find(id, true); found && *found)
                json = t.toJson(**found, false);
            return {};
        });
        m_records.emplace(key, json);
        return json;
    }

    // What the record `id` of `table` is called; its id when this workspace does not have it.
    QString name(const QString& table, const QUuid& id) {
        if (id.isNull())
            return QString();
        const auto json = record(table, id);
        if (!json)
            return idText(id);
        const QString title = titleOf(table, *json);
        return title.isEmpty() ? idText(id) : title;
    }

    // A human title for a record: its name where it has one, else what identifies it. Where a
    // title is made of parts, the longest part is shortened so that the parts after it still show.
    QString titleOf(const QString& table, const QJsonObject& json) {
        auto text = [&](const char* key) { return json.value(QLatin1String(key)).toString().simplified(); };
        auto ref = [&](const char* key, const QString& into, int length) {
            return elide(name(into, QUuid::fromString(text(key))), length);
        };
        // `head`, then `middle` shortened to fit, then `tail`.
        auto fit = [](const QString& head, const QString& middle, const QString& tail) {
            return head + elide(middle, std::max(10, int(kTitleLength - head.size() - tail.size()))) + tail;
        };
        const QString team = ref("team_id", QStringLiteral("team"), 30);
        QString title;
        if (table == QLatin1String("stratum")) {
            title = QStringLiteral("%1: %2").arg(text("dimension"), text("name"));
        } else if (table == QLatin1String("team_member")) {
            title = fit(QString(), text("name"), QStringLiteral(" (%1)").arg(team));
        } else if (table == QLatin1String("aim")) {
            title = fit(tr("%1 — aim: ").arg(team), text("statement"), QString());
        } else if (table == QLatin1String("measure_value")) {
            const QUuid measureId = QUuid::fromString(text("measure_id"));
            const auto measure = record(QStringLiteral("measure"), measureId);
            const bool weekly =
                measure && measure->value(QStringLiteral("frequency")).toString() == QLatin1String("weekly");
            QString what = name(QStringLiteral("measure"), measureId);
            const QUuid stratumId = QUuid::fromString(text("stratum_id"));
            if (!stratumId.isNull())
                what = QStringLiteral("%1 (%2)").arg(what,
                                                     elide(name(QStringLiteral("stratum"), stratumId), 30));
            const QString period = text("period");
            title = fit(team + QStringLiteral(" — "), what,
                        QStringLiteral(", ") + (weekly ? tr("week of %1").arg(period) : period.left(7)));
        } else if (table == QLatin1String("chart_setting")) {
            title = fit(tr("%1 — chart of ").arg(team),
                        name(QStringLiteral("measure"), QUuid::fromString(text("measure_id"))), QString());
        } else if (table == QLatin1String("chart_annotation")) {
            title = fit(QStringLiteral("%1, %2: ")
                            .arg(ref("measure_id", QStringLiteral("measure"), 40), text("date")),
                        text("text"), QString());
        } else if (table == QLatin1String("team_report")) {
            title = tr("%1 — report for %2").arg(team, text("month").left(7));
        } else if (table == QLatin1String("coach_comment")) {
            const QString author = elide(text("author"), 30);
            title = author.isEmpty() ? tr("%1 — comment of %2").arg(team, text("written_on"))
                                     : tr("%1 — comment of %2 by %3").arg(team, text("written_on"), author);
        } else if (table == QLatin1String("assessment_score")) {
            title = tr("%1 — assessment score for %2").arg(team, text("month").left(7));
        } else if (table == QLatin1String("spread_record")) {
            const QString to = text("to_site");
            title = to.isEmpty() ? text("practice")
                                 : fit(QString(), text("practice"), QStringLiteral(" → ") + elide(to, 30));
        } else if (table == QLatin1String("pdsa_cycle")) {
            title = text("title");
        } else {
            title = text("name");
        }
        return elide(title);
    }

    // A field's value in words: names for references, yes/no for flags, numbers plainly.
    QString valueText(const QString& key, const QJsonValue& value, const QJsonObject& record) {
        if (value.isNull() || value.isUndefined())
            return QString();
        if (value.isBool())
            return value.toBool() ? tr("yes") : tr("no");
        if (value.isDouble())
            return QString::number(value.toDouble(), 'g', 12);
        if (value.isArray()) {
            QStringList items;
            const QJsonArray list = value.toArray();
            const QString into = referredTable(key, record);
            for (int i = 0; i < list.size(); ++i) {
                const QJsonValue item = list.at(i);
                if (item.isObject()) { // a question and its prediction
                    const QJsonObject q = item.toObject();
                    QString line = QStringLiteral("%1. %2").arg(i + 1).arg(
                        q.value(QStringLiteral("question")).toString());
                    const QString prediction = q.value(QStringLiteral("prediction")).toString();
                    if (!prediction.isEmpty())
                        line += QLatin1Char('\n') + tr("Prediction: %1").arg(prediction);
                    items << line;
                } else if (!into.isEmpty()) {
                    items << name(into, QUuid::fromString(item.toString()));
                } else {
                    items << item.toString();
                }
            }
            return items.join(QLatin1Char('\n'));
        }
        const QString text = value.toString();
        if (const QString into = referredTable(key, record); !into.isEmpty())
            return name(into, QUuid::fromString(text));
        if (isWord(key)) {
            QString word = QString(text).replace(QLatin1Char('_'), QLatin1Char(' '));
            if (!word.isEmpty())
                word[0] = word[0].toUpper();
            return word;
        }
        return text;
    }

private:
    Workspace& m_workspace;
    std::map<QString, std::optional<QJsonObject>> m_records;
};

Error conflictError(const repo::ConflictRow& row, const QString& what) {
    return makeError(
        ErrorCode::Invalid,
        tr("The %1 %2 kept from %3 %4").arg(kindOf(row.table), idText(row.recordId), row.source, what));
}

// The bundle's version of the record as the import would have stored it: a bundle without notes
// keeps this workspace's notes for a live record (as in merge.cpp).
template <typename T>
Result<T> incomingRecord(const repo::RecordTable<T>& table, const repo::ConflictRow& row,
                         const std::optional<T>& local, bool& notesLeftOut) {
    QJsonParseError parsed{};
    const QJsonDocument document = QJsonDocument::fromJson(row.incoming.toUtf8(), &parsed);
    if (parsed.error != QJsonParseError::NoError || !document.isObject())
        return conflictError(row, tr("cannot be read: %1").arg(parsed.errorString()));
    const QJsonObject json = document.object();
    auto full = table.fromJson(json, false);
    notesLeftOut = !full.ok();
    auto remote = notesLeftOut ? table.fromJson(json, true) : std::move(full);
    if (!remote)
        return conflictError(row, tr("cannot be read: %1").arg(remote.error().message));
    if (notesLeftOut && local && !remote->meta.deleted) {
        auto merged = withLocalNotes(table, json, *local);
        if (!merged)
            return conflictError(row, tr("cannot be read: %1").arg(merged.error().message));
        return std::move(*merged);
    }
    return std::move(*remote);
}

// Calls `f` with the RecordTable of `name`; refuses a name that is no record table.
template <typename F> Status withTable(Workspace& workspace, const QString& name, F&& f) {
    bool found = false;
    PDSA_TRY(forEachTable(workspace, [&](auto& table) -> Status {
        if (QString::fromStdString(table.table()) != name)
            return {};
        found = true;
        return f(table);
    }));
    if (!found)
        return makeError(ErrorCode::Invalid, tr("\"%1\" is not a kind of record").arg(name));
    return {};
}

template <typename T>
Status describe(repo::RecordTable<T>& table, const repo::ConflictRow& row, Names& names, Conflict& conflict) {
    auto found = table.find(row.recordId, true);
    if (!found)
        return found.error();
    const std::optional<T>& local = *found;
    bool notesLeftOut = false;
    auto remote = incomingRecord(table, row, local, notesLeftOut);
    if (!remote)
        return remote.error();

    conflict.id = row.id;
    conflict.table = row.table;
    conflict.kind = kindOf(row.table);
    conflict.recordId = row.recordId;
    conflict.source = row.source;
    const qsizetype open = row.source.indexOf(QLatin1String(" ("));
    conflict.sourceFile = open > 0 ? row.source.left(open) : row.source;
    conflict.detectedAt = row.detectedAt;
    conflict.incoming = table.toJson(*remote, false);
    conflict.incomingDeleted = remote->meta.deleted;
    if (local) {
        conflict.local = table.toJson(*local, false);
        conflict.localDeleted = local->meta.deleted;
    }
    const bool localLive = local && !local->meta.deleted;
    // Named as it is here while it lives here, else as the bundle has it.
    const QJsonObject& named =
        localLive || (conflict.incomingDeleted && conflict.local) ? *conflict.local : conflict.incoming;
    conflict.title = names.titleOf(row.table, named);
    if (conflict.title.isEmpty())
        conflict.title = conflict.kind;

    const QJsonObject mine = conflict.local.value_or(QJsonObject());
    const QJsonObject& theirs = conflict.incoming;
    const bool anyDeleted = !localLive || conflict.incomingDeleted;
    for (const QString& key : table.jsonKeys()) {
        if (key == QLatin1String("id") || key == QLatin1String("revision") ||
            key == QLatin1String("updated_at"))
            continue;
        const bool differs = mine.value(key) != theirs.value(key);
        const bool owner = key == QLatin1String("owner_role") || key == QLatin1String("owner_team");
        if ((owner && !(differs && conflict.local)) || (key == QLatin1String("deleted") && !anyDeleted))
            continue;
        FieldComparison field{key, labelOf(key), QString(), names.valueText(key, theirs.value(key), theirs),
                              differs && conflict.local.has_value()};
        if (conflict.local)
            field.mine = names.valueText(key, mine.value(key), mine);
        else
            field.differs = !field.theirs.isEmpty();
        conflict.fields.push_back(std::move(field));
    }

    if (auto refusal = keepBothRefusal(row.table)) {
        conflict.keepBothRefusal = *refusal;
    } else if (conflict.incomingDeleted) {
        conflict.keepBothRefusal = tr("The bundle deleted this record: there is no second version to keep.");
    } else if (!localLive) {
        conflict.keepBothRefusal = tr("This workspace no longer has its version: take theirs to bring the "
                                      "bundle's version back.");
    } else {
        conflict.canKeepBoth = true;
    }
    return {};
}

Result<Conflict> describeRow(Workspace& workspace, const repo::ConflictRow& row, Names& names) {
    Conflict conflict;
    PDSA_TRY(
        withTable(workspace, row.table, [&](auto& table) { return describe(table, row, names, conflict); }));
    return conflict;
}

template <typename T>
Status resolve(Workspace& workspace, repo::RecordTable<T>& table, repo::ImportLedger& ledger,
               const repo::ConflictRow& row, Resolution resolution, const QUuid& newRecordId,
               ResolutionUndo& undo) {
    auto found = table.find(row.recordId, true);
    if (!found)
        return found.error();
    const std::optional<T>& local = *found;
    bool notesLeftOut = false;
    auto incoming = incomingRecord(table, row, local, notesLeftOut);
    if (!incoming)
        return incoming.error();
    const T& remote = *incoming;
    auto base = ledger.base(row.recordId);
    if (!base)
        return base.error();

    undo.resolution = resolution;
    undo.conflict = row;
    if (local)
        undo.localBefore = rawJson(table, *local);
    undo.baseBefore = *base;
    const QDateTime now = workspace.now();

    if (resolution == Resolution::TakeTheirs) {
        T theirs = remote;
        theirs.meta.revision = std::max(local ? local->meta.revision + 1 : 1, remote.meta.revision);
        if (theirs.meta.revision != remote.meta.revision)
            theirs.meta.updatedAt = now;
        auto stored = storeAsGiven(table, theirs, notesLeftOut);
        if (!stored)
            return conflictError(
                row, tr("cannot replace this workspace's version: %1").arg(stored.error().message));
        PDSA_TRY(ledger.setBase({row.recordId, row.table, remote.meta.revision, *stored}));
    } else {
        if (resolution == Resolution::KeepBoth) {
            if (auto refusal = keepBothRefusal(row.table))
                return makeError(ErrorCode::Invalid, *refusal);
            if (remote.meta.deleted)
                return makeError(ErrorCode::Invalid,
                                 tr("The bundle deleted this record: there is no second version to keep."));
            if (!local || local->meta.deleted)
                return makeError(ErrorCode::Invalid,
                                 tr("This workspace no longer has its version: take theirs "
                                    "to bring the bundle's version back."));
        }
        if (local) {
            T mine = *local;
            mine.meta.revision = std::max(local->meta.revision, remote.meta.revision) + 1;
            mine.meta.updatedAt = now;
            PDSA_TRY(table.put(mine));
        }
        if (!*base || remote.meta.revision > (*base)->revision)
            PDSA_TRY(ledger.setBase({row.recordId, row.table, remote.meta.revision,
                                     contentHashOf(table, remote)}));
        if (resolution == Resolution::KeepBoth) {
            T copy = remote;
            copy.meta = RecordMeta{newRecordId.isNull() ? QUuid::createUuid() : newRecordId,
                                   local->meta.owner, 1, now, false};
            auto existing = table.find(copy.meta.id, true);
            if (!existing)
                return existing.error();
            if (*existing)
                return makeError(ErrorCode::Invalid,
                                 tr("A record with the id %1 is already there.").arg(idText(copy.meta.id)));
            auto stored = storeAsGiven(table, copy, notesLeftOut);
            if (!stored)
                return conflictError(
                    row,
                    tr("cannot be added beside this workspace's version: %1").arg(stored.error().message));
            undo.created = copy.meta.id;
        }
    }
    auto removed = ledger.removeConflict(row.id);
    if (!removed)
        return removed.error();
    return {};
}

template <typename T>
Status putBack(repo::RecordTable<T>& table, repo::ImportLedger& ledger, const ResolutionUndo& undo) {
    const repo::ConflictRow& row = undo.conflict;
    if (!undo.created.isNull())
        PDSA_TRY(ledger.removeRecordRow(row.table, undo.created));
    if (undo.localBefore) {
        auto local = table.fromJson(*undo.localBefore, false);
        if (!local)
            return conflictError(row, tr("cannot be put back: %1").arg(local.error().message));
        PDSA_TRY(table.put(*local));
    } else {
        PDSA_TRY(ledger.removeRecordRow(row.table, row.recordId));
    }
    if (undo.baseBefore)
        PDSA_TRY(ledger.setBase(*undo.baseBefore));
    else
        PDSA_TRY(ledger.removeBase(row.recordId));
    return ledger.restoreConflict(row);
}

} // namespace

std::vector<FieldComparison> Conflict::differences() const {
    std::vector<FieldComparison> out;
    std::copy_if(fields.begin(), fields.end(), std::back_inserter(out),
                 [](const FieldComparison& f) { return f.differs; });
    return out;
}

std::optional<QString> keepBothRefusal(const QString& table) {
    static const std::map<QString, const char*> refusals = {
        {QStringLiteral("collaborative"),
         QT_TRANSLATE_NOOP("pdsa::bundle",
                           "A workspace holds one collaborative, and everything refers to it.")},
        {QStringLiteral("learning_session"),
         QT_TRANSLATE_NOOP("pdsa::bundle", "The calendar would show the same session twice.")},
        {QStringLiteral("action_period"),
         QT_TRANSLATE_NOOP("pdsa::bundle", "The calendar would show the same action period twice.")},
        {QStringLiteral("stratum"),
         QT_TRANSLATE_NOOP("pdsa::bundle", "Measure values refer to this stratum; a "
                                           "copy would stand apart from its data.")},
        {QStringLiteral("driver"),
         QT_TRANSLATE_NOOP("pdsa::bundle", "Change ideas and other drivers refer to "
                                           "this driver; a copy would have none of them.")},
        {QStringLiteral("change_idea"),
         QT_TRANSLATE_NOOP("pdsa::bundle", "PDSA cycles refer to this change idea; "
                                           "a copy would have none of them.")},
        {QStringLiteral("team"),
         QT_TRANSLATE_NOOP("pdsa::bundle", "Everything the team wrote refers to it; a "
                                           "team is one record.")},
        {QStringLiteral("team_member"),
         QT_TRANSLATE_NOOP("pdsa::bundle", "The team would list the same person "
                                           "twice.")},
        {QStringLiteral("aim"), QT_TRANSLATE_NOOP("pdsa::bundle", "A team has one current aim.")},
        {QStringLiteral("measure"),
         QT_TRANSLATE_NOOP("pdsa::bundle", "The measure's data and cycles refer to it; "
                                           "a copy would have none of them.")},
        {QStringLiteral("measure_value"),
         QT_TRANSLATE_NOOP("pdsa::bundle", "A measure has one value per period (and stratum).")},
        {QStringLiteral("chart_setting"),
         QT_TRANSLATE_NOOP("pdsa::bundle", "A team has one chart setting per measure.")},
        {QStringLiteral("pdsa_cycle"),
         QT_TRANSLATE_NOOP("pdsa::bundle", "Later cycles and chart annotations refer "
                                           "to this cycle; a copy would break its "
                                           "ramp.")},
        {QStringLiteral("team_report"),
         QT_TRANSLATE_NOOP("pdsa::bundle", "A team has one report per month.")},
        {QStringLiteral("assessment_score"),
         QT_TRANSLATE_NOOP("pdsa::bundle", "A team has one assessment score per month.")},
        {QStringLiteral("spread_record"),
         QT_TRANSLATE_NOOP("pdsa::bundle", "The spread report would count the same spread twice.")},
    };
    if (table == QLatin1String("chart_annotation") || table == QLatin1String("coach_comment"))
        return std::nullopt;
    const auto found = refusals.find(table);
    return found == refusals.end() ? tr("Records of this kind cannot be kept twice.") : tr(found->second);
}

Result<qint64> conflictCount(Workspace& workspace) {
    return repo::ImportLedger(workspace.database()).conflictCount();
}

Result<std::vector<Conflict>> listConflicts(Workspace& workspace) {
    auto rows = repo::ImportLedger(workspace.database()).conflicts();
    if (!rows)
        return rows.error();
    Names names(workspace);
    std::vector<Conflict> conflicts;
    conflicts.reserve(rows->size());
    for (const repo::ConflictRow& row : *rows) {
        auto conflict = describeRow(workspace, row, names);
        if (!conflict)
            return conflict.error();
        conflicts.push_back(std::move(*conflict));
    }
    return conflicts;
}

Result<Conflict> findConflict(Workspace& workspace, qint64 conflictId) {
    auto row = repo::ImportLedger(workspace.database()).conflict(conflictId);
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorCode::NotFound, tr("This conflict has already been resolved."));
    Names names(workspace);
    return describeRow(workspace, **row, names);
}

Result<ResolutionUndo> resolveConflict(Workspace& workspace, qint64 conflictId, Resolution resolution,
                                       const QUuid& newRecordId) {
    repo::ImportLedger ledger(workspace.database());
    ResolutionUndo undo;
    const Status resolved = workspace.transactImport([&]() -> Status {
        auto row = ledger.conflict(conflictId);
        if (!row)
            return row.error();
        if (!*row)
            return makeError(ErrorCode::NotFound, tr("This conflict has already been resolved."));
        return withTable(workspace, (*row)->table, [&](auto& table) {
            return resolve(workspace, table, ledger, **row, resolution, newRecordId, undo);
        });
    });
    if (!resolved)
        return resolved.error();
    return undo;
}

Status undoResolution(Workspace& workspace, const ResolutionUndo& undo) {
    repo::ImportLedger ledger(workspace.database());
    return workspace.transactImport([&]() -> Status {
        return withTable(workspace, undo.conflict.table,
                         [&](auto& table) { return putBack(table, ledger, undo); });
    });
}

} // namespace pdsa::bundle

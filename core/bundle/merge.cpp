// SPDX-License-Identifier: Apache-2.0
#include "bundle/merge.h"

#include "bundle/recordsets.h"
#include "bundle/recordstore.h"
#include "repositories/importledger.h"
#include "repositories/importlog.h"
#include "repositories/inventory.h"
#include "services/rules.h"
#include "storage/workspacefile.h"
#include "util/displaytext.h"
#include "util/sha256.h"
#include "workspace/datafolder.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <map>

namespace pdsa::bundle {

void TablePlan::count(MergeOutcome outcome) {
    switch (outcome) {
    case MergeOutcome::New:
        ++added;
        break;
    case MergeOutcome::Updated:
        ++updated;
        break;
    case MergeOutcome::Unchanged:
        ++unchanged;
        break;
    case MergeOutcome::Conflict:
        ++conflicts;
        break;
    }
}

void TablePlan::add(const TablePlan& other) {
    added += other.added;
    updated += other.updated;
    unchanged += other.unchanged;
    conflicts += other.conflicts;
}

TablePlan ImportPlan::totals() const {
    TablePlan sum{QStringLiteral("total")};
    for (const TablePlan& t : tables)
        sum.add(t);
    return sum;
}

QString recordContentHash(QJsonObject json) {
    json.remove(QStringLiteral("revision"));
    json.remove(QStringLiteral("updated_at"));
    return util::Sha256::hex(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

namespace {

// SQLite's page cache while a bundle is merged (PRAGMA cache_size, negative: KiB): room for every
// page a bundle of a large collaborative changes, whatever the size of the workspace.
constexpr qint64 kImportCacheSize = -64 * 1024;

QString idText(const QUuid& id) {
    return id.toString(QUuid::WithoutBraces);
}

// The tables holding a PDSA cycle's parts: a dangling reference there is the cycle's.
bool isCyclePart(const QString& table) {
    return table == QLatin1String("pdsa_question") || table == QLatin1String("pdsa_change_idea") ||
           table == QLatin1String("pdsa_measure");
}

// A record that is once per team and month (a report; a score, once per whose score it is).
struct MonthlyRecord {
    QUuid id;
    QUuid teamId;
    QDate month;
    OwnerRole role;
};

class Merger {
public:
    Merger(Workspace& workspace, const ReadBundle& read, const QString& source, const ImportOptions& options)
        : m_workspace(workspace)
        , m_read(read)
        , m_options(options)
        , m_ledger(workspace.database()) {
        m_plan.source = source;
        m_plan.manifest = read.manifest;
    }

    // The bundle must belong to this workspace's collaborative (or set up an empty workspace).
    Status checkCollaborative() {
        const Manifest& m = m_read.manifest;
        auto current = m_workspace.collaborative.current();
        if (!current) {
            if (current.error().code != ErrorCode::NotFound)
                return current.error();
            if (m.kind != BundleKind::Template)
                return makeError(ErrorCode::Invalid,
                                 QStringLiteral("%1: this workspace holds no collaborative yet; import the "
                                                "collaborative's template first")
                                     .arg(m_plan.source));
            m_plan.setsUpCollaborative = true;
            return {};
        }
        if (current->meta.id != m.collaborativeId)
            return makeError(ErrorCode::Invalid,
                             QStringLiteral("%1: the bundle belongs to the collaborative \"%2\" (%3), not to "
                                            "this workspace's \"%4\" (%5); nothing was imported")
                                 .arg(m_plan.source, shownText(m.collaborativeName), idText(m.collaborativeId),
                                      shownText(current->name), idText(current->meta.id)));
        return {};
    }

    Status run() {
        PDSA_TRY(m_ledger.deferForeignKeys());
        // A plan per kind of record the bundle holds, in the order they are merged.
        for (const repo::RecordKind& kind : repo::recordKinds())
            if (m_read.holds(QString::fromLatin1(kind.table)))
                m_plan.tables.push_back(TablePlan{QString::fromLatin1(kind.table)});
        PDSA_TRY(walkRecords(m_read, m_workspace,
                             [&](auto& table, auto&& remote, const QJsonObject& json, int line) -> Status {
                                 PDSA_TRY(tick());
                                 const QString name = QString::fromStdString(table.table());
                                 auto outcome = mergeRecord(table, name, std::move(remote), json, line);
                                 if (!outcome)
                                     return outcome.error();
                                 planOf(name).count(*outcome);
                                 return {};
                             }));
        PDSA_TRY(checkReferences());
        PDSA_TRY(oncePerMonth(m_workspace.work.reports, m_reports, "", QStringLiteral("a report")));
        PDSA_TRY(oncePerMonth(m_workspace.work.scores, m_scores, " AND owner_role = ?4",
                              QStringLiteral("an assessment score")));
        if (m_plan.setsUpCollaborative) {
            auto current = m_workspace.collaborative.current();
            if (!current || current->meta.id != m_read.manifest.collaborativeId)
                return makeError(ErrorCode::Invalid,
                                 QStringLiteral("%1: the template does not hold its collaborative's record; "
                                                "nothing was imported")
                                     .arg(m_plan.source));
        }
        return {};
    }

    ImportPlan& plan() { return m_plan; }

private:
    Error recordError(const QString& table, const QUuid& id, const QString& what) const {
        return makeError(ErrorCode::Invalid, QStringLiteral("%1: cannot import the %2 record %3: %4; nothing "
                                                            "was imported")
                                                 .arg(m_plan.source, table, idText(id), what));
    }

    QString ownerText(const Owner& owner) {
        if (owner.role != OwnerRole::Team)
            return QStringLiteral("the %1").arg(toText(owner.role));
        auto team = m_workspace.teams.teams.find(owner.team, true);
        const QString name = team && *team ? shownText((*team)->name) : idText(owner.team);
        return QStringLiteral("the team \"%1\"").arg(name);
    }

    // The collaborative's rules that a record must meet whichever way it arrives, as the app's
    // edits and CSV import meet them: for a measure value, those of its measure's kind.
    template <typename T> Status checkRules(const T&) { return {}; }
    Status checkRules(const MeasureValue& value) {
        if (value.meta.deleted)
            return {};
        auto measure = measureOf(value.measureId);
        if (!measure)
            return measure.error();
        // Without its measure, refused as a reference to nothing when it is stored.
        return *measure ? value.validate(**measure) : Status{};
    }
    // A monthly report and an assessment score are about one month (its first day), once per
    // team and month (a score once per team, month and whose score it is).
    Status checkRules(const TeamReport& report) { return monthly(m_reports, report, QStringLiteral("a report")); }
    Status checkRules(const AssessmentScore& score) {
        if (!score.meta.deleted)
            PDSA_TRY(score.validate());
        return monthly(m_scores, score, QStringLiteral("an assessment score"));
    }
    // A reply answers a comment filed under the reply's own team (when the comment is here: a
    // reply may arrive before the feedback bundle that holds its comment).
    Status checkRules(const CommentReply& reply) {
        auto comment = m_workspace.work.comments.find(reply.commentId, true);
        if (!comment)
            return comment.error();
        if (*comment && (*comment)->teamId != reply.teamId)
            return Error{ErrorCode::Invalid, QStringLiteral("the reply is filed under the team %1 but answers a comment "
                                                            "to %2")
                                                 .arg(idText(reply.teamId), idText((*comment)->teamId))};
        return {};
    }
    // The record's month is a first day; that it is the only one of its team and month is checked
    // once every record is in (oncePerMonth), so that a bundle may delete a month's report and
    // bring its replacement in either order.
    template <typename T> Status monthly(std::vector<MonthlyRecord>& seen, const T& record, const QString& what) {
        if (record.meta.deleted)
            return {};
        if (record.month.day() != 1)
            return Error{ErrorCode::Invalid, QStringLiteral("%1 is for a whole month, given as its first day, not %2")
                                                 .arg(what, record.month.toString(Qt::ISODate))};
        seen.push_back({record.meta.id, record.teamId, record.month, record.meta.owner.role});
        return {};
    }
    template <typename T>
    Status oncePerMonth(repo::RecordTable<T>& table, const std::vector<MonthlyRecord>& seen, const char* sameOwner,
                        const QString& what) {
        for (const MonthlyRecord& record : seen) {
            const std::string clause =
                std::string("team_id = ?1 AND month = ?2 AND id <> ?3 AND deleted = 0") + sameOwner;
            auto others = table.withTombstones(clause.c_str(), [&](storage::Query& q) {
                q.bind(1, record.teamId).bind(2, record.month).bind(3, record.id);
                if (*sameOwner)
                    q.bind(4, toText(record.role));
            });
            if (!others)
                return others.error();
            auto kept = table.find(record.id); // the bundle's record, unless this workspace kept its own
            if (!kept)
                return kept.error();
            if (!others->empty() && *kept)
                return recordError(QString::fromStdString(table.table()), record.id,
                                   QStringLiteral("the team has %1 for %2 already (%3): there is one per team and month")
                                       .arg(what, record.month.toString(QStringLiteral("yyyy-MM")),
                                            idText(others->front().meta.id)));
        }
        return {};
    }
    // One value per team, measure, period and stratum, one chart setting per team and measure:
    // their ids are derived from those, so a second one is a record with the wrong id.
    static Status checkKeyedId(const QUuid& id, const QUuid& expected, const QString& what) {
        if (id == expected)
            return {};
        return Error{ErrorCode::Invalid,
                     QStringLiteral("its id is not the one of its %1 (%2): there is one per %1")
                         .arg(what, expected.toString(QUuid::WithoutBraces))};
    }
    Status checkIdentity(const MeasureValue& value) {
        return checkKeyedId(value.meta.id, measureValueId(value.teamId, value.measureId, value.period, value.stratumId),
                            QStringLiteral("team, measure, period and stratum"));
    }
    Status checkIdentity(const ChartSetting& setting) {
        return checkKeyedId(setting.meta.id, chartSettingId(setting.teamId, setting.measureId),
                            QStringLiteral("team and measure"));
    }
    template <typename T> Status checkIdentity(const T&) { return {}; }
    // A comment is about something this workspace holds (live or deleted).
    Status checkRules(const CoachComment& comment) {
        if (comment.month.isValid() && comment.month.day() != 1)
            return Error{ErrorCode::Invalid, QStringLiteral("a comment's month is given as its first day, not %1")
                                                 .arg(comment.month.toString(Qt::ISODate))};
        if (comment.subjectKind == SubjectKind::Team) {
            if (comment.subjectId.isNull() || comment.subjectId == comment.teamId)
                return {};
            return Error{ErrorCode::Invalid,
                         QStringLiteral("the comment is about the team as a whole, so its subject is the team it is "
                                        "filed under (%1), not %2")
                             .arg(idText(comment.teamId), idText(comment.subjectId))};
        }
        // Without its team the comment is refused as a reference to nothing, which says more.
        auto team = ownerIn(m_workspace.teams.teams, comment.teamId);
        if (!team || !*team)
            return team ? Status{} : Status{team.error()};
        Result<std::optional<Owner>> subject = std::optional<Owner>();
        switch (comment.subjectKind) {
        case SubjectKind::Cycle:
            subject = ownerIn(m_workspace.cycles.cycles, comment.subjectId);
            break;
        case SubjectKind::Report:
            subject = ownerIn(m_workspace.work.reports, comment.subjectId);
            break;
        case SubjectKind::Measure:
            subject = ownerIn(m_workspace.measures.measures, comment.subjectId);
            break;
        case SubjectKind::Team:
            break;
        }
        if (!subject)
            return subject.error();
        if (!*subject)
            return Error{ErrorCode::Invalid, QStringLiteral("the comment is about a %1 (%2) that is not in this "
                                                            "workspace")
                                                 .arg(toText(comment.subjectKind),
                                                      comment.subjectId.toString(QUuid::WithoutBraces))};
        // About the team it is filed under: its cycle, its report, its own measure or a shared one.
        if ((*subject)->role == OwnerRole::Team && (*subject)->team != comment.teamId)
            return Error{ErrorCode::Invalid,
                         QStringLiteral("the comment is filed under the team %1 but is about a %2 of %3")
                             .arg(idText(comment.teamId), toText(comment.subjectKind), ownerText(**subject))};
        return {};
    }
    // Who owns the record `id` of `table` here (none: not here, or no id).
    template <typename T> static Result<std::optional<Owner>> ownerIn(repo::RecordTable<T>& table, const QUuid& id) {
        if (id.isNull())
            return std::optional<Owner>();
        auto found = table.find(id, true);
        if (!found)
            return found.error();
        return *found ? std::optional<Owner>((**found).meta.owner) : std::optional<Owner>();
    }

    // A team's records refer only to its own records and the collaborative's: never to another
    // team's measure, PDSA cycle or change idea. (A record not here yet is the bundle's own, or
    // is refused as a reference to nothing at the end.)
    template <typename T> Status checkTeamReferences(const T&) { return {}; }
    Status checkTeamReferences(const MeasureValue& value) { return ownMeasure(value.teamId, value.measureId); }
    Status checkTeamReferences(const ChartSetting& setting) { return ownMeasure(setting.teamId, setting.measureId); }
    Status checkTeamReferences(const ChartAnnotation& annotation) {
        PDSA_TRY(ownMeasure(annotation.teamId, annotation.measureId));
        return ownRecord(m_workspace.cycles.cycles, annotation.teamId, annotation.cycleId, QStringLiteral("PDSA cycle"));
    }
    Status checkTeamReferences(const PdsaCycle& cycle) {
        PDSA_TRY(ownRecord(m_workspace.cycles.cycles, cycle.teamId, cycle.parentCycleId, QStringLiteral("PDSA cycle")));
        for (const QUuid& measure : cycle.measureIds)
            PDSA_TRY(ownMeasure(cycle.teamId, measure));
        for (const QUuid& idea : cycle.changeIdeaIds)
            PDSA_TRY(ownRecord(m_workspace.changePackage.ideas, cycle.teamId, idea, QStringLiteral("change idea")));
        return {};
    }
    Status checkTeamReferences(const SpreadRecord& spread) {
        return ownRecord(m_workspace.changePackage.ideas, spread.teamId, spread.changeIdeaId, QStringLiteral("change idea"));
    }
    static Status ownOrShared(const std::optional<Owner>& owner, const QUuid& teamId, const QString& what,
                              const QUuid& id, const QString& holder) {
        if (!owner || owner->role != OwnerRole::Team || owner->team == teamId)
            return {};
        return Error{ErrorCode::Invalid, QStringLiteral("it refers to the %1 %2, which is %3's: a team's records refer "
                                                        "only to its own and to the collaborative's")
                                             .arg(what, idText(id), holder)};
    }
    template <typename T>
    Status ownRecord(repo::RecordTable<T>& table, const QUuid& teamId, const QUuid& id, const QString& what) {
        auto owner = ownerIn(table, id);
        if (!owner)
            return owner.error();
        return *owner ? ownOrShared(*owner, teamId, what, id, ownerText(**owner)) : Status{};
    }
    Status ownMeasure(const QUuid& teamId, const QUuid& measureId) {
        auto measure = measureOf(measureId);
        if (!measure)
            return measure.error();
        if (!*measure)
            return {};
        return ownOrShared((*measure)->meta.owner, teamId, QStringLiteral("measure"), measureId,
                           ownerText((*measure)->meta.owner));
    }
    // The measure `id` as this workspace holds it (cached: every value of a bundle asks), or none.
    Result<const Measure*> measureOf(const QUuid& id) {
        auto cached = m_measures.find(id);
        if (cached == m_measures.end()) {
            auto found = m_workspace.measures.measures.find(id, true);
            if (!found)
                return found.error();
            if (!*found)
                return nullptr;
            cached = m_measures.emplace(id, **found).first;
        }
        return &cached->second;
    }

    Status setBase(const QString& table, const QUuid& id, int revision, const QString& hash,
                   const std::optional<repo::ImportBase>& old) {
        const repo::ImportBase base{id, table, revision, hash};
        if (old && *old == base)
            return {};
        if (old)
            return m_ledger.setBase(base);
        // Only loaded for a record this workspace holds; a base left without its record is
        // replaced. Any other failure (disk full, I/O) is the import's failure.
        const Status added = m_ledger.addBase(base);
        if (added || added.error().code != ErrorCode::Invalid || !m_workspace.database().inTransaction())
            return added;
        return m_ledger.setBase(base);
    }

    TablePlan& planOf(const QString& table) {
        if (!m_current || m_current->table != table)
            m_current = &*std::find_if(m_plan.tables.begin(), m_plan.tables.end(),
                                       [&](const TablePlan& t) { return t.table == table; });
        return *m_current;
    }

    // Merges `remote`, a record of the bundle as `table` read it from `json` (line `line` of its
    // file), already checked against its owner by walkRecords.
    template <typename T>
    Result<MergeOutcome> mergeRecord(repo::RecordTable<T>& table, const QString& name, T remote,
                                     const QJsonObject& json, int line) {
        const bool notesLeftOut = m_read.manifest.withoutNotes;
        const QUuid id = remote.meta.id;
        // The version both sides last agreed on, if any; the id is no other kind of record's here.
        auto known = m_ledger.base(id);
        if (!known)
            return recordError(name, id, known.error().message);
        if (*known && (*known)->table != name)
            return m_read.lineError(name, line,
                                    QStringLiteral("the id %1 is already that of a %2 record here; every record has "
                                                   "an id of its own")
                                        .arg(idText(id), (*known)->table));
        if (auto keyed = checkIdentity(remote); !keyed)
            return recordError(name, id, keyed.error().message);
        // Whatever becomes of it (stored, kept as a conflict to take later, or older than what is
        // here), a record that breaks the collaborative's rules is a lie.
        if (auto valid = checkRules(remote); !valid)
            return recordError(name, id, valid.error().message);
        // Tombstones too: their references are stored all the same.
        if (m_read.manifest.owner.role == OwnerRole::Team)
            if (auto own = checkTeamReferences(remote); !own)
                return recordError(name, id, own.error().message);
        auto found = table.find(id, true);
        if (!found)
            return recordError(name, id, found.error().message);
        const std::optional<T>& local = *found;
        // A bundle without notes keeps the notes this workspace has for a live record.
        if (notesLeftOut && local && !remote.meta.deleted) {
            auto merged = withLocalNotes(table, json, *local);
            if (!merged)
                return recordError(name, id, merged.error().message);
            remote = std::move(*merged);
        }
        const QString remoteHash = contentHashOf(table, remote);

        std::optional<repo::ImportBase> base = local ? *known : std::nullopt;
        auto decided = decide(table, name, id, local, remote, remoteHash, base);
        if (!decided)
            return decided.error();
        if (*decided == MergeOutcome::New || *decided == MergeOutcome::Updated) {
            auto stored = storeAsGiven(table, remote, notesLeftOut, remoteHash, !local);
            if (!stored)
                return recordError(name, id, stored.error().message);
            PDSA_TRY(setBase(name, id, remote.meta.revision, *stored, base));
        } else if (*decided == MergeOutcome::Conflict) {
            PDSA_TRY(keepConflict(name, id, json));
        }
        return *decided;
    }

    // What the merge does with `remote`, the bundle's version of a record, against `local`, this
    // workspace's (none: new here), and `base`, the version both last agreed on (none without a
    // local record). An unchanged record may still raise the agreed base to the bundle's revision.
    template <typename T>
    Result<MergeOutcome> decide(repo::RecordTable<T>& table, const QString& name, const QUuid& id,
                                const std::optional<T>& local, const T& remote, const QString& remoteHash,
                                std::optional<repo::ImportBase>& base) {
        MergeOutcome outcome = MergeOutcome::Unchanged;
        if (!local) {
            outcome = MergeOutcome::New;
        } else if (!(local->meta.owner == remote.meta.owner)) {
            // Ids are made at random: the same id from another owner is a copy, never a record
            // of theirs. Refused, whichever arrived first, so that the lie is seen.
            return recordError(name, id,
                               QStringLiteral("the id is already that of a record of %1 here, not of the "
                                              "bundle's owner; every record has an id of its own")
                                   .arg(ownerText(local->meta.owner)));
        } else {
            const QString localHash = contentHashOf(table, *local);
            if (localHash == remoteHash) {
                outcome = MergeOutcome::Unchanged;
                if (!base || remote.meta.revision > base->revision)
                    PDSA_TRY(setBase(name, id, remote.meta.revision, remoteHash, base));
            } else if (!base) {
                outcome = MergeOutcome::Conflict;
            } else if (remote.meta.revision == base->revision && remoteHash != base->contentSha256) {
                outcome = sameRevision(table, *local, remote, localHash, *base);
            } else if (remote.meta.revision <= base->revision) {
                outcome = MergeOutcome::Unchanged; // an older bundle
            } else {
                const bool localChanged = localHash != base->contentSha256;
                const bool remoteChanged = remoteHash != base->contentSha256;
                if (localChanged && remoteChanged)
                    outcome = MergeOutcome::Conflict;
                else if (remoteChanged) // newer than the agreed state, which this one still is
                    outcome = MergeOutcome::Updated;
            }
        }
        return outcome;
    }

    // The bundle's version is at the agreed revision but is not the agreed version: two versions
    // were made with one revision. A deletion and an edit are a tie; two different versions are
    // kept as a conflict, never dropped, unless they differ only in their notes (one of them came
    // in a bundle without notes: the notes arrive with the record's next change). When this
    // workspace changed the record since they agreed, the bundle's is the older version.
    template <typename T>
    MergeOutcome sameRevision(const repo::RecordTable<T>& table, const T& local, const T& remote,
                              const QString& localHash, const repo::ImportBase& base) const {
        if (remote.meta.deleted != local.meta.deleted)
            return tie(local, remote, localHash, base);
        if (localHash != base.contentSha256)
            return MergeOutcome::Unchanged;
        // Only when one of them came without its notes may they differ in notes alone.
        const bool oneWithoutNotes = m_read.manifest.withoutNotes || notesLeftOut(table, local);
        if (oneWithoutNotes &&
            recordContentHash(table.toJson(local, true)) == recordContentHash(table.toJson(remote, true)))
            return MergeOutcome::Unchanged;
        return MergeOutcome::Conflict;
    }
    // Whether `record` came in a bundle without notes: every free-text field empty (a text, or a
    // list such as a cycle's questions) or holding the placeholder storeAsGiven() puts there.
    template <typename T> static bool notesLeftOut(const repo::RecordTable<T>& table, const T& record) {
        const QJsonObject bare = table.toJson(record, true);
        const QJsonObject full = table.toJson(record, false);
        for (auto it = full.begin(); it != full.end(); ++it) {
            if (bare.contains(it.key()))
                continue;
            const QJsonValue v = it.value();
            const bool empty = v == QJsonValue(QString()) || v == QJsonValue(leftOutPlaceholder()) ||
                               (v.isArray() && v.toArray().isEmpty());
            if (!empty)
                return false;
        }
        return true;
    }

    // A deletion and an edit at the same revision (made apart from the same earlier version), one
    // of them agreed here: decided the same whatever order they arrive in. The deletion wins, unless
    // the record was changed here since, which is kept as a conflict for review.
    template <typename T>
    static MergeOutcome tie(const T& local, const T& remote, const QString& localHash, const repo::ImportBase& base) {
        const bool localAsAgreed = localHash == base.contentSha256;
        if (remote.meta.deleted)
            return localAsAgreed && !local.meta.deleted ? MergeOutcome::Updated : MergeOutcome::Conflict;
        if (local.meta.deleted && localAsAgreed)
            return MergeOutcome::Unchanged; // the deletion that won the tie stays
        return MergeOutcome::Conflict;
    }

    // Keeps the bundle's version of a conflicting record for review; this workspace's stays.
    Status keepConflict(const QString& name, const QUuid& id, const QJsonObject& json) {
        m_plan.conflicts.push_back(
            {name, id,
             QStringLiteral("changed here and in the bundle since they last agreed; this "
                            "workspace's version stays, the bundle's is kept for review")});
        auto kept = m_ledger.keepConflict(
            id, name, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)),
            QStringLiteral("%1 (%2 of \"%3\", created %4)")
                .arg(m_plan.source, toText(m_read.manifest.kind), shownText(m_read.manifest.ownerName),
                     m_read.manifest.createdAt.toUTC().toString(Qt::ISODate)),
            m_workspace.now());
        if (!kept)
            return recordError(name, id, kept.error().message);
        m_plan.newConflicts += *kept ? 1 : 0;
        return {};
    }

    // Reports one more record to the caller, who may stop the import here.
    Status tick() {
        if (m_options.progress && !m_options.progress(++m_merged))
            return makeError(
                ErrorCode::Cancelled,
                QStringLiteral("%1: the import was cancelled; nothing was imported").arg(m_plan.source));
        return {};
    }

    // Every reference of every table the bundle wrote points at a record (checked once, at the
    // end, so that a bundle's records may refer to each other in any order). The tables are read
    // only when SQLite counted a reference to nothing: an import into a large workspace must not
    // cost a pass over all of it.
    Status checkReferences() {
        if (!m_ledger.mayHaveDangling())
            return {};
        QStringList tables;
        for (const repo::RecordKind& kind : repo::recordKinds()) {
            const QString table = QString::fromLatin1(kind.table);
            if (!m_read.holds(table))
                continue;
            tables << table;
            if (table == QLatin1String("pdsa_cycle"))
                tables << QStringLiteral("pdsa_question") << QStringLiteral("pdsa_change_idea")
                       << QStringLiteral("pdsa_measure");
        }
        for (const QString& table : tables) {
            auto dangling = m_ledger.firstDangling(table);
            if (!dangling)
                return dangling.error();
            if (!*dangling)
                continue;
            const repo::DanglingReference& d = **dangling;
            const QString recordTable = isCyclePart(table) ? QStringLiteral("pdsa_cycle") : table;
            return makeError(
                ErrorCode::Invalid,
                QStringLiteral("%1: the %2 record %3 refers to the %4 record %5, which is "
                               "neither in the bundle nor in this workspace (a dangling "
                               "reference: import the bundle that holds it first); nothing "
                               "was imported")
                    .arg(m_plan.source, recordTable, idText(d.recordId), d.parentTable, idText(d.parentId)));
        }
        return {};
    }

    Workspace& m_workspace;
    std::map<QUuid, Measure> m_measures; // the measures of the values merged so far
    TablePlan* m_current = nullptr;      // the plan of the kind of record being merged
    const ReadBundle& m_read;
    const ImportOptions& m_options;
    repo::ImportLedger m_ledger;
    ImportPlan m_plan;
    qint64 m_merged = 0;
    std::vector<MonthlyRecord> m_reports, m_scores; // the bundle's live monthly records merged
};

} // namespace

namespace {

// Whether the owner's own record (its team; the collaborative for the organizer) is in this
// workspace, live or as a tombstone.
Result<bool> holdsOwnerRecord(Workspace& workspace, const Owner& owner) {
    if (owner.role == OwnerRole::Team) {
        auto team = workspace.teams.teams.find(owner.team, true);
        if (!team)
            return team.error();
        return team->has_value();
    }
    if (owner.role == OwnerRole::Organizer) {
        auto current = workspace.collaborative.current();
        if (current)
            return true;
        if (current.error().code != ErrorCode::NotFound)
            return current.error();
    }
    return false;
}

Status logImport(Workspace& workspace, ImportPlan& plan) {
    const Manifest& m = plan.manifest;
    const TablePlan sum = plan.totals();
    repo::ImportLogEntry entry;
    entry.fileName = plan.source;
    entry.kind = toText(m.kind);
    entry.owner = m.owner;
    entry.ownerName = m.ownerName;
    entry.contentSha256 = m.contentSha256;
    entry.createdAt = m.createdAt;
    entry.importedAt = workspace.now();
    entry.broughtOwner = plan.broughtOwner;
    entry.added = sum.added;
    entry.updated = sum.updated;
    entry.unchanged = sum.unchanged;
    entry.conflicts = sum.conflicts;
    entry.skipped = 0; // no longer happens: such a record refuses the file (older imports' counts stay)
    return repo::ImportLog(workspace.database()).add(entry);
}

} // namespace

Result<ImportPlan> importBundle(Workspace& workspace, const ReadBundle& read, const QString& source,
                                const ImportOptions& options) {
    if (workspace.schemaVersion() < 4)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("%1: the workspace is in format %2; open it once in this version "
                                        "of PDSA Tracker to upgrade it, then import")
                             .arg(source)
                             .arg(workspace.schemaVersion()));
    Merger merger(workspace, read, source, options);
    PDSA_TRY(merger.checkCollaborative());
    auto heldBefore = holdsOwnerRecord(workspace, read.manifest.owner);
    if (!heldBefore)
        return heldBefore.error();
    const auto merge = [&]() -> Status {
        PDSA_TRY(merger.run());
        auto heldAfter = holdsOwnerRecord(workspace, read.manifest.owner);
        if (!heldAfter)
            return heldAfter.error();
        ImportPlan& plan = merger.plan();
        plan.broughtOwner = !*heldBefore && *heldAfter;
        // An import that changes nothing writes nothing, not even to the history.
        const TablePlan sum = plan.totals();
        if (sum.added == 0 && sum.updated == 0 && plan.newConflicts == 0)
            return {};
        return logImport(workspace, plan);
    };
    if (options.inCallerTransaction) {
        if (!workspace.database().inTransaction())
            return makeError(ErrorCode::Storage,
                             QStringLiteral("%1: an import meant to join a transaction found none open").arg(source));
        PDSA_TRY(merge());
        return std::move(merger.plan());
    }
    auto merged = withImportCache(workspace, [&] { return workspace.transactImport(merge); });
    if (!merged)
        return merged.error();
    return std::move(merger.plan());
}

Status withImportCache(Workspace& workspace, const std::function<Status()>& work) {
    repo::ImportLedger ledger(workspace.database());
    auto cache = ledger.swapCacheSize(kImportCacheSize);
    if (!cache)
        return cache.error();
    const Status done = work();
    // Setting the cache size touches no file; should it fail, the import stands all the same.
    (void)ledger.swapCacheSize(*cache);
    return done;
}

Result<ImportPlan> importBundleFile(Workspace& workspace, const QString& path) {
    auto read = openBundleFile(path);
    if (!read)
        return read.error();
    return importBundle(workspace, *read, QFileInfo(path).fileName());
}

Result<std::unique_ptr<Rehearsal>> Rehearsal::of(Workspace& workspace) {
    std::unique_ptr<Rehearsal> rehearsal(new Rehearsal);
    const QString parent = QDir(appDataFolder()).filePath(QStringLiteral("rehearsals"));
    if (!QDir().mkpath(parent))
        return makeError(ErrorCode::Io, QStringLiteral("cannot make the folder %1 for the import's rehearsal").arg(parent));
    rehearsal->m_folder = std::make_unique<QTemporaryDir>(QDir(parent).filePath(QStringLiteral("import-XXXXXX")));
    if (!rehearsal->m_folder->isValid())
        return makeError(ErrorCode::Io, QStringLiteral("cannot make a folder in %1 for the import's rehearsal: %2")
                                            .arg(parent, rehearsal->m_folder->errorString()));
    const QString copy = rehearsal->m_folder->filePath(QStringLiteral("rehearsal.pdsa"));
    PDSA_TRY(storage::backupTo(workspace.database(), copy));
    Workspace::OpenOptions options;
    options.backupFolder = rehearsal->m_folder->filePath(QStringLiteral("backups"));
    auto opened = Workspace::open(copy, options);
    if (!opened)
        return opened.error();
    // A throwaway copy need not survive a power cut: no syncs, the rollback journal in memory
    // (a refused bundle is still rolled back).
    PDSA_TRY((*opened)->database().exec(QStringLiteral("PRAGMA synchronous = OFF; PRAGMA journal_mode = MEMORY;")));
    (*opened)->setClock(workspace.clock());
    rehearsal->m_copy = std::move(*opened);
    return rehearsal;
}

} // namespace pdsa::bundle

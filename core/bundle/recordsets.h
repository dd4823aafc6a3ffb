// SPDX-License-Identifier: Apache-2.0
#pragma once
// Every record table of a set of repositories (a Workspace, or the bundle reader's codecs), in
// the order of repo::recordKinds(), for code that treats all record kinds alike (bundles).
//
// `f` is called with each RecordTable<T>& and returns a Status; the first error stops the walk.

#include "bundle/bundle.h"
#include "repositories/changepackagerepository.h"
#include "repositories/collaborativerepository.h"
#include "repositories/measurerepository.h"
#include "repositories/pdsarepository.h"
#include "repositories/teamrepository.h"
#include "repositories/teamworkrepository.h"
#include "services/rules.h"

#include <memory>

namespace pdsa::bundle {

template <typename Repositories, typename F> Status forEachTable(Repositories& r, F&& f) {
    PDSA_TRY(f(r.collaborative.collaboratives));
    PDSA_TRY(f(r.collaborative.sessions));
    PDSA_TRY(f(r.collaborative.actionPeriods));
    PDSA_TRY(f(r.collaborative.strata));
    PDSA_TRY(f(r.changePackage.drivers));
    PDSA_TRY(f(r.changePackage.ideas));
    PDSA_TRY(f(r.teams.teams));
    PDSA_TRY(f(r.teams.members));
    PDSA_TRY(f(r.teams.aims));
    PDSA_TRY(f(r.measures.measures));
    PDSA_TRY(f(r.measures.values));
    PDSA_TRY(f(r.measures.chartSettings));
    PDSA_TRY(f(r.cycles.cycles));
    PDSA_TRY(f(r.work.annotations));
    PDSA_TRY(f(r.work.reports));
    PDSA_TRY(f(r.work.comments));
    PDSA_TRY(f(r.work.replies));
    PDSA_TRY(f(r.work.scores));
    PDSA_TRY(f(r.work.spread));
    return {};
}

// The records of `table` that `owner` owns, tombstones included: what a bundle of theirs carries.
template <typename T> Result<std::vector<T>> ownedRecords(repo::RecordTable<T>& table, const Owner& owner) {
    if (owner.role == OwnerRole::Team)
        return table.withTombstones("owner_role = 'team' AND owner_team = ?1",
                                    [&](storage::Query& q) { q.bind(1, owner.team); });
    if (owner.role == OwnerRole::Coach)
        return table.withTombstones("owner_role = 'coach' AND owner_coach = ?1",
                                    [&](storage::Query& q) { q.bind(1, owner.coach); });
    return table.withTombstones("owner_role = ?1 AND owner_team IS NULL",
                                [&](storage::Query& q) { q.bind(1, toText(owner.role)); });
}

// Walks every record of `read` with the table that reads it (`tables`: a workspace's, or the
// reader's RecordCodecs), checking each as the format requires (docs/bundle-format.md): the
// line by ReadBundle::forEachRecord, then the record's fields (RecordTable::fromJson), its owner
// (the bundle's), and what that owner may say in the manifest's collaborative
// (rules::checkRecordBelongs). Each record that passes goes to `record(table, T&&, json, line)`;
// the walk ends by seeing that every id was used once. Errors name the file, record file and line.
template <typename Tables, typename F> Status walkRecords(const ReadBundle& read, Tables& tables, F&& record) {
    RecordIds ids;
    ids.reserveFor(read.manifest);
    PDSA_TRY(forEachTable(tables, [&](auto& table) -> Status {
        const QString name = QString::fromStdString(table.table());
        return read.forEachRecord(
            name,
            [&](const QJsonObject& json, int line) -> Status {
                auto typed = table.fromJson(json, read.manifest.withoutNotes);
                if (!typed)
                    return read.lineError(name, line, typed.error().message);
                if (!(typed->meta.owner == read.manifest.owner))
                    return read.lineError(name, line,
                                          QStringLiteral("the record is owned by someone other than the bundle's owner"));
                if (auto allowed = rules::checkRecordBelongs(name, read.manifest.owner, json,
                                                             read.manifest.collaborativeId);
                    !allowed)
                    return read.lineError(name, line, allowed.error().message);
                return record(table, std::move(*typed), json, line);
            },
            ids);
    }));
    return ids.checkOnce(read.source);
}

// The record mappings without a workspace: the repositories over a private in-memory database
// that is never queried, so that a bundle can be checked record by record on its own.
struct RecordCodecs {
    static Result<std::unique_ptr<RecordCodecs>> make() {
        auto db = storage::Database::open(QStringLiteral(":memory:"), storage::Database::Mode::Create);
        if (!db)
            return db.error();
        return std::unique_ptr<RecordCodecs>(new RecordCodecs(std::move(*db)));
    }

    storage::Database db;
    repo::CollaborativeRepository collaborative{db};
    repo::ChangePackageRepository changePackage{db};
    repo::TeamRepository teams{db};
    repo::MeasureRepository measures{db};
    repo::PdsaRepository cycles{db};
    repo::TeamWorkRepository work{db};

private:
    explicit RecordCodecs(storage::Database database)
        : db(std::move(database)) {}
};

} // namespace pdsa::bundle

#pragma once
// The mapping of one record type to one table, shared by every repository so that the SQL for
// the common operations (store, find, list, save with a new revision, tombstone) is written once.
// A repository declares its columns with column("name", &Type::member) and adds the queries that
// only it needs. Only repositories use this header: it is where the SQL lives.

#include "domain/record.h"
#include "storage/database.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pdsa::repo {

template <typename T>
struct Column {
    const char* name;
    std::function<void(storage::Query&, int, const T&)> bind;
    std::function<void(const storage::Query&, int, T&)> read;
};

// Reading a column into a member of type M.
template <typename M>
M readAs(const storage::Query& query, int index)
{
    if constexpr (std::is_same_v<M, QString>)
        return query.text(index);
    else if constexpr (std::is_same_v<M, QUuid>)
        return query.uuid(index);
    else if constexpr (std::is_same_v<M, QDate>)
        return query.date(index);
    else if constexpr (std::is_same_v<M, QDateTime>)
        return query.dateTime(index);
    else if constexpr (std::is_same_v<M, bool>)
        return query.int64(index) != 0;
    else if constexpr (std::is_same_v<M, int>)
        return static_cast<int>(query.int64(index));
    else if constexpr (std::is_same_v<M, double>)
        return query.real(index);
    else if constexpr (std::is_same_v<M, std::optional<double>>)
        return query.optionalReal(index);
    else if constexpr (std::is_same_v<M, std::optional<int>>) {
        const auto v = query.optionalInt64(index);
        return v ? std::optional<int>(static_cast<int>(*v)) : std::nullopt;
    } else if constexpr (std::is_same_v<M, QList<QDate>>) {
        // A list of periods, stored as comma-separated ISO dates.
        QList<QDate> dates;
        for (const QString& part : query.text(index).split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (const QDate date = QDate::fromString(part.trimmed(), Qt::ISODate); date.isValid())
                dates.append(date);
        return dates;
    } else if constexpr (std::is_enum_v<M>) {
        // The schema's CHECK constraints admit only known words.
        return fromText<M>(query.text(index)).value_or(M{});
    } else {
        static_assert(sizeof(M) == 0, "no column mapping for this member type");
    }
}

inline void bindColumn(storage::Query& q, int i, const QList<QDate>& dates)
{
    QStringList parts;
    for (const QDate& date : dates)
        parts << storage::dateToText(date);
    q.bind(i, parts.join(QLatin1Char(',')));
}

template <typename M>
void bindColumn(storage::Query& q, int i, const M& value)
{
    q.bind(i, value);
}

template <typename T, typename M>
Column<T> column(const char* name, M T::*member)
{
    return {name, [member](storage::Query& q, int i, const T& r) { bindColumn(q, i, r.*member); },
            [member](const storage::Query& q, int i, T& r) { r.*member = readAs<M>(q, i); }};
}

// The bookkeeping columns every record table starts with.
inline constexpr int kMetaColumns = 6;

template <typename T>
class RecordTable {
public:
    using Binder = std::function<void(storage::Query&)>;

    // `order` is the ORDER BY clause for listings, e.g. "position, name".
    RecordTable(storage::Database& db, std::string table, std::vector<Column<T>> columns, std::string order)
        : m_db(db)
        , m_table(std::move(table))
        , m_columns(std::move(columns))
        , m_order(std::move(order))
    {
        std::string names = "id, owner_role, owner_team, revision, updated_at, deleted";
        std::string params = "?1, ?2, ?3, ?4, ?5, ?6";
        std::string updates = "owner_role = excluded.owner_role, owner_team = excluded.owner_team, "
                              "revision = excluded.revision, updated_at = excluded.updated_at, "
                              "deleted = excluded.deleted";
        int index = kMetaColumns;
        for (const auto& c : m_columns) {
            names += std::string(", ") + c.name;
            params += ", ?" + std::to_string(++index);
            updates += std::string(", ") + c.name + " = excluded." + c.name;
        }
        m_selectList = names;
        m_put = "INSERT INTO " + m_table + " (" + names + ") VALUES (" + params + ") ON CONFLICT(id) DO UPDATE SET " +
                updates;
        m_find = "SELECT " + names + " FROM " + m_table + " WHERE id = ?1";
        m_tombstone = "UPDATE " + m_table +
                      " SET deleted = 1, revision = revision + 1, updated_at = ?2 WHERE id = ?1 AND deleted = 0";
    }

    const std::string& table() const { return m_table; }

    // Parts of a record kept in other tables (a PDSA cycle's questions and links): loaded after a
    // row is read and written after it is stored, inside the same transaction.
    void setParts(std::function<Status(T&)> load, std::function<Status(const T&)> store)
    {
        m_loadParts = std::move(load);
        m_storeParts = std::move(store);
    }

    // Stores the record exactly as given, bookkeeping included (demo generation, bundle import).
    Status put(const T& record)
    {
        auto transaction = m_storeParts ? std::optional(storage::Transaction::begin(m_db)) : std::nullopt;
        if (transaction && !*transaction)
            return (*transaction).error();
        auto query = m_db.query(m_put.c_str());
        if (!query)
            return query.error();
        const RecordMeta& meta = record.meta;
        query->bind(1, meta.id).bind(2, meta.owner.role).bind(3, meta.owner.team).bind(4, meta.revision);
        query->bind(5, meta.updatedAt).bind(6, meta.deleted);
        int index = kMetaColumns;
        for (const auto& c : m_columns)
            c.bind(*query, ++index, record);
        if (auto status = query->run(); !status)
            return Error{status.error().code,
                         QStringLiteral("cannot store %1 record: %2").arg(QString::fromStdString(m_table),
                                                                         status.error().message)};
        if (m_storeParts) {
            PDSA_TRY(m_storeParts(record));
            return (**transaction).commit();
        }
        return {};
    }

    // Saves a user's change: a new record gets revision 1; a changed one the next revision; an
    // unchanged one is left alone. Saving a deleted record restores it (undoing a deletion), at
    // the next revision, so merging sees the restore as newer than the tombstone. Returns whether
    // anything was written.
    Result<bool> save(T record, const QDateTime& now)
    {
        auto existing = find(record.meta.id, true);
        if (!existing)
            return existing.error();
        if (*existing) {
            const T& old = **existing;
            record.meta = RecordMeta{old.meta.id, old.meta.owner, old.meta.revision, old.meta.updatedAt, false};
            if (record == old)
                return false;
            record.meta.revision = old.meta.revision + 1;
        } else {
            record.meta.revision = 1;
            record.meta.deleted = false;
        }
        record.meta.updatedAt = now;
        PDSA_TRY(put(record));
        return true;
    }

    // Leaves a tombstone. Returns whether a live record was there.
    Result<bool> remove(const QUuid& id, const QDateTime& now)
    {
        auto query = m_db.query(m_tombstone.c_str());
        if (!query)
            return query.error();
        query->bind(1, id).bind(2, now);
        PDSA_TRY(query->run());
        return m_db.changes() > 0;
    }

    Result<std::optional<T>> find(const QUuid& id, bool includeDeleted = false)
    {
        auto query = m_db.query(m_find.c_str());
        if (!query)
            return query.error();
        query->bind(1, id);
        auto row = query->next();
        if (!row)
            return row.error();
        if (!*row)
            return std::optional<T>();
        T record = read(*query);
        if (record.meta.deleted && !includeDeleted)
            return std::optional<T>();
        if (m_loadParts)
            PDSA_TRY(m_loadParts(record));
        return std::optional<T>(std::move(record));
    }

    // Live records matching `clause` (SQL after WHERE, with ?1… parameters bound by `bind`),
    // in the table's order. `clause` must be a string literal: the statement is cached by it.
    Result<std::vector<T>> where(const char* clause, const Binder& bind = {})
    {
        auto found = m_whereSql.find(clause);
        if (found == m_whereSql.end()) {
            const std::string sql = "SELECT " + m_selectList + " FROM " + m_table + " WHERE deleted = 0" +
                                    (*clause ? std::string(" AND (") + clause + ")" : std::string()) +
                                    (m_order.empty() ? std::string() : " ORDER BY " + m_order);
            found = m_whereSql.emplace(clause, sql).first;
        }
        auto query = m_db.query(found->second.c_str());
        if (!query)
            return query.error();
        if (bind)
            bind(*query);
        std::vector<T> records;
        for (;;) {
            auto row = query->next();
            if (!row)
                return row.error();
            if (!*row)
                break;
            records.push_back(read(*query));
        }
        if (m_loadParts)
            for (T& record : records)
                PDSA_TRY(m_loadParts(record));
        return records;
    }

    Result<std::vector<T>> all() { return where(""); }

    Result<std::vector<T>> forTeam(const QUuid& teamId)
    {
        return where("team_id = ?1", [&](storage::Query& q) { q.bind(1, teamId); });
    }

private:
    T read(const storage::Query& query) const
    {
        T record;
        record.meta.id = query.uuid(0);
        record.meta.owner.role = readAs<OwnerRole>(query, 1);
        record.meta.owner.team = query.uuid(2);
        record.meta.revision = static_cast<int>(query.int64(3));
        record.meta.updatedAt = query.dateTime(4);
        record.meta.deleted = query.int64(5) != 0;
        int index = kMetaColumns - 1;
        for (const auto& c : m_columns)
            c.read(query, ++index, record);
        return record;
    }

    storage::Database& m_db;
    std::string m_table;
    std::vector<Column<T>> m_columns;
    std::string m_order;
    std::string m_selectList;
    std::string m_put;
    std::string m_find;
    std::string m_tombstone;
    std::map<std::string, std::string> m_whereSql;
    std::function<Status(T&)> m_loadParts;
    std::function<Status(const T&)> m_storeParts;
};

} // namespace pdsa::repo

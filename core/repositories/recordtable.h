// SPDX-License-Identifier: Apache-2.0
#pragma once
// The mapping of one record type to one table, shared by every repository so that the SQL for
// the common operations (store, find, list, save with a new revision, tombstone) is written once.
// A repository declares its columns with column("name", &Type::member) and adds the queries that
// only it needs. Only repositories use this header: it is where the SQL lives.

#include "domain/record.h"
#include "repositories/recordjson.h"
#include "storage/database.h"
#include "util/displaytext.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pdsa::repo {

template <typename T> struct Column {
    const char* name;
    std::function<void(storage::Query&, int, const T&)> bind;
    std::function<void(const storage::Query&, int, T&)> read;
    std::function<QJsonValue(const T&)> toJson;
    // Reads the bundle's value into the record; returns what was expected when it is refused.
    std::function<std::optional<QString>(const QJsonValue&, T&)> fromJson;
    // Appends toJson's value as compact JSON (RecordTable::contentJson).
    std::function<void(const T&, QByteArray&)> writeJson;
    // Free text a person wrote that could hold names (notes, observations): left out of a bundle
    // exported "without notes", and blanked in tombstones.
    bool freeText = false;
    // Set for a field added after bundle format 1: true when the record holds the field's default,
    // and the field is then left out of the record's JSON (and of its content hash), so that a
    // record that does not use it reads, writes and hashes exactly as before; a bundle may leave
    // it out, and it then reads as the default.
    std::function<bool(const T&)> isDefault;
};

// Reading a column into a member of type M.
template <typename M> M readAs(const storage::Query& query, int index) {
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

inline void bindColumn(storage::Query& q, int i, const QList<QDate>& dates) {
    QStringList parts;
    for (const QDate& date : dates)
        parts << storage::dateToText(date);
    q.bind(i, parts.join(QLatin1Char(',')));
}

template <typename M> void bindColumn(storage::Query& q, int i, const M& value) {
    q.bind(i, value);
}

template <typename T, typename M> Column<T> column(const char* name, M T::*member) {
    return {name, [member](storage::Query& q, int i, const T& r) { bindColumn(q, i, r.*member); },
            [member](const storage::Query& q, int i, T& r) { r.*member = readAs<M>(q, i); },
            [member](const T& r) { return toJsonValue(r.*member); },
            [member](const QJsonValue& json, T& r) { return fromJsonValue(json, r.*member); },
            [member](const T& r, QByteArray& out) { writeJsonValue(out, r.*member); }, false, {}};
}

// A column of free text that could hold names (see Column::freeText).
template <typename T, typename M> Column<T> freeText(const char* name, M T::*member) {
    static_assert(std::is_same_v<M, QString>, "free text is a QString");
    Column<T> c = column(name, member);
    c.freeText = true;
    return c;
}

// A field added after bundle format 1, whose default is `byDefault` (see Column::isDefault).
template <typename T, typename M> Column<T> laterColumn(const char* name, M T::*member, M byDefault = M{}) {
    Column<T> c = column(name, member);
    c.isDefault = [member, byDefault](const T& r) { return r.*member == byDefault; };
    return c;
}

// The bookkeeping columns every record table starts with.
inline constexpr int kMetaColumns = 7;

template <typename T> class RecordTable {
public:
    using Record = T;
    using Binder = std::function<void(storage::Query&)>;

    // `order` is the ORDER BY clause for listings, e.g. "position, name".
    RecordTable(storage::Database& db, std::string table, std::vector<Column<T>> columns, std::string order)
        : m_db(db)
        , m_table(std::move(table))
        , m_columns(std::move(columns))
        , m_order(std::move(order)) {
        std::string names = "id, owner_role, owner_team, revision, updated_at, deleted, owner_coach";
        std::string params = "?1, ?2, ?3, ?4, ?5, ?6, ?7";
        std::string updates = "owner_role = excluded.owner_role, owner_team = excluded.owner_team, "
                              "revision = excluded.revision, updated_at = excluded.updated_at, "
                              "deleted = excluded.deleted, owner_coach = excluded.owner_coach";
        int index = kMetaColumns;
        for (const auto& c : m_columns) {
            names += std::string(", ") + c.name;
            params += ", ?" + std::to_string(++index);
            updates += std::string(", ") + c.name + " = excluded." + c.name;
        }
        m_selectList = names;
        m_insert = "INSERT INTO " + m_table + " (" + names + ") VALUES (" + params + ")";
        m_put = m_insert + " ON CONFLICT(id) DO UPDATE SET " + updates;
        m_find = "SELECT " + names + " FROM " + m_table + " WHERE id = ?1";
        m_tombstone =
            "UPDATE " + m_table +
            " SET deleted = 1, revision = revision + 1, updated_at = ?2 WHERE id = ?1 AND deleted = 0";
        for (const auto& c : m_columns)
            m_columnKeys << QLatin1String(c.name);
        m_jsonKeys = metaKeys() + m_columnKeys;
        makeContentFields();
    }

    const std::string& table() const { return m_table; }

    // Parts of a record kept in other tables (a PDSA cycle's questions and links): loaded after a
    // row is read and written after it is stored, inside the same transaction.
    void setParts(std::function<Status(T&)> load, std::function<Status(const T&)> store) {
        m_loadParts = std::move(load);
        m_storeParts = std::move(store);
    }

    // Stores the record exactly as given, bookkeeping included (demo generation, bundle import).
    Status put(const T& record) { return store(record, m_put); }
    // The same for a record no row has yet: a plain INSERT, which SQLite runs without the
    // statement journal an upsert keeps (bundle import of new records).
    Status insert(const T& record) { return store(record, m_insert); }

private:
    Status store(const T& record, const std::string& sql) {
        auto transaction = m_storeParts ? std::optional(storage::Transaction::begin(m_db)) : std::nullopt;
        if (transaction && !*transaction)
            return (*transaction).error();
        auto query = m_db.query(sql.c_str());
        if (!query)
            return query.error();
        const RecordMeta& meta = record.meta;
        query->bind(1, meta.id).bind(2, meta.owner.role).bind(3, meta.owner.team).bind(4, meta.revision);
        query->bind(5, meta.updatedAt).bind(6, meta.deleted).bind(7, meta.owner.coach);
        int index = kMetaColumns;
        for (const auto& c : m_columns)
            c.bind(*query, ++index, record);
        if (auto status = query->run(); !status && status.error().code == ErrorCode::NotYours)
            return status.error(); // says whose record it is, for the person at the keyboard
        else if (!status)
            return Error{status.error().code,
                         QStringLiteral("cannot store %1 record: %2")
                             .arg(QString::fromStdString(m_table), status.error().message)};
        if (m_storeParts) {
            PDSA_TRY(m_storeParts(record));
            return (**transaction).commit();
        }
        return {};
    }

public:

    // Saves a user's change: a new record gets revision 1; a changed one the next revision; an
    // unchanged one is left alone. Saving a deleted record restores it (undoing a deletion), at
    // the next revision, so merging sees the restore as newer than the tombstone. Returns whether
    // anything was written.
    Result<bool> save(T record, const QDateTime& now) {
        auto existing = find(record.meta.id, true);
        if (!existing)
            return existing.error();
        if (*existing) {
            const T& old = **existing;
            record.meta =
                RecordMeta{old.meta.id, old.meta.owner, old.meta.revision, old.meta.updatedAt, false};
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
    Result<bool> remove(const QUuid& id, const QDateTime& now) {
        auto query = m_db.query(m_tombstone.c_str());
        if (!query)
            return query.error();
        query->bind(1, id).bind(2, now);
        PDSA_TRY(query->run());
        return m_db.changes() > 0;
    }

    Result<std::optional<T>> find(const QUuid& id, bool includeDeleted = false) {
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
    Result<std::vector<T>> where(const char* clause, const Binder& bind = {}) {
        return select(clause, bind, false);
    }

private:
    Result<std::vector<T>> select(const char* clause, const Binder& bind, bool tombstones) {
        auto& cache = tombstones ? m_withTombstonesSql : m_whereSql;
        auto found = cache.find(clause);
        if (found == cache.end()) {
            const std::string sql = "SELECT " + m_selectList + " FROM " + m_table +
                                    (tombstones ? " WHERE 1" : " WHERE deleted = 0") +
                                    (*clause ? std::string(" AND (") + clause + ")" : std::string()) +
                                    (m_order.empty() ? std::string() : " ORDER BY " + m_order);
            found = cache.emplace(clause, sql).first;
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

public:
    Result<std::vector<T>> all() { return where(""); }

    // Records matching `clause` including tombstones (what a bundle carries), in the table's order.
    Result<std::vector<T>> withTombstones(const char* clause, const Binder& bind = {}) {
        return select(clause, bind, true);
    }

    // ---- The bundle's JSON form of a record (docs/bundle-format.md) ---------------------------

    // Parts kept in other tables, as JSON (a PDSA cycle's questions and links). `freeTextKeys`
    // are left out of a bundle without notes.
    struct JsonParts {
        QStringList keys;
        QStringList freeTextKeys;
        std::function<void(const T&, QJsonObject&)> write;
        // Reads every key in `keys`; returns the key and what was expected when one is refused.
        std::function<std::optional<std::pair<QString, QString>>(const QJsonObject&, T&)> read;
    };
    void setJsonParts(JsonParts parts) {
        m_jsonParts = std::move(parts);
        m_jsonKeys = metaKeys() + m_columnKeys + m_jsonParts.keys;
    }

    // One object per record: the bookkeeping, then a key per column (its SQL name) and the parts.
    // A bundle without notes leaves out free text; a tombstone carries its free text empty.
    QJsonObject toJson(const T& record, bool withoutNotes) const {
        QJsonObject json;
        json.insert(QStringLiteral("id"), toJsonValue(record.meta.id));
        json.insert(QStringLiteral("owner_role"), toJsonValue(record.meta.owner.role));
        json.insert(QStringLiteral("owner_team"), toJsonValue(record.meta.owner.team));
        json.insert(QStringLiteral("revision"), record.meta.revision);
        json.insert(QStringLiteral("updated_at"), toJsonValue(record.meta.updatedAt));
        json.insert(QStringLiteral("deleted"), record.meta.deleted);
        if (!record.meta.owner.coach.isEmpty())
            json.insert(QStringLiteral("owner_coach"), record.meta.owner.coach);
        for (const auto& c : m_columns) {
            if ((c.freeText && withoutNotes) || (c.isDefault && c.isDefault(record)))
                continue;
            json.insert(QLatin1String(c.name),
                        c.freeText && record.meta.deleted ? QJsonValue(QString()) : c.toJson(record));
        }
        if (m_jsonParts.write) {
            QJsonObject parts;
            m_jsonParts.write(record, parts);
            for (auto it = parts.begin(); it != parts.end(); ++it)
                if (!(withoutNotes && m_jsonParts.freeTextKeys.contains(it.key())))
                    json.insert(it.key(), record.meta.deleted && m_jsonParts.freeTextKeys.contains(it.key())
                                              ? QJsonValue(QJsonArray())
                                              : it.value());
        }
        return json;
    }

    // Reads a record from a bundle. Every key must be known and, except free text in a bundle
    // without notes (`notesLeftOut`), present. The message names the field and what was expected.
    Result<T> fromJson(const QJsonObject& json, bool notesLeftOut) const {
        T record = blankRecord();
        auto refuse = [](const QString& key, const QString& expected) {
            return makeError(ErrorCode::Invalid,
                             QStringLiteral("field \"%1\": expected %2").arg(key, expected));
        };
        for (auto it = json.begin(); it != json.end(); ++it)
            if (!m_jsonKeys.contains(it.key()))
                return makeError(ErrorCode::Invalid, QStringLiteral("unknown field \"%1\"").arg(shownText(it.key())));
        // Each key is looked up once (a bundle's records are read one by one, in the hundreds of
        // thousands); the keys are the QStrings made once, in the table's metaKeys() order.
        const QStringList& meta = metaKeys();
        QJsonValue metaValues[kMetaColumns];
        for (int i = 0; i < kMetaColumns - 1; ++i) { // owner_coach may be left out
            const auto found = json.constFind(meta[i]);
            if (found == json.constEnd())
                return makeError(ErrorCode::Invalid, QStringLiteral("missing field \"%1\"").arg(meta[i]));
            metaValues[i] = found.value();
        }
        RecordMeta& m = record.meta;
        if (auto why = fromJsonValue(metaValues[0], m.id); why || m.id.isNull())
            return refuse(QStringLiteral("id"),
                          QStringLiteral("an id such as 0f8fad5b-d9cb-469f-a165-70867728950e"));
        if (auto why = fromJsonValue(metaValues[1], m.owner.role))
            return refuse(QStringLiteral("owner_role"), *why);
        if (auto why = fromJsonValue(metaValues[2], m.owner.team))
            return refuse(QStringLiteral("owner_team"), *why);
        if ((m.owner.role == OwnerRole::Team) == m.owner.team.isNull())
            return refuse(QStringLiteral("owner_team"),
                          QStringLiteral("a team's id exactly when owner_role is team"));
        if (auto why = fromJsonValue(metaValues[3], m.revision); why || m.revision < 1)
            return refuse(QStringLiteral("revision"), QStringLiteral("a whole number of 1 or more"));
        if (auto why = fromJsonValue(metaValues[4], m.updatedAt); why || !m.updatedAt.isValid())
            return refuse(QStringLiteral("updated_at"),
                          QStringLiteral("a time such as 2025-03-01T12:00:00.000Z"));
        if (auto why = fromJsonValue(metaValues[5], m.deleted))
            return refuse(QStringLiteral("deleted"), *why);
        if (const auto coach = json.constFind(meta[6]); coach != json.constEnd()) {
            if (auto why = fromJsonValue(coach.value(), m.owner.coach))
                return refuse(meta[6], *why);
            if (m.owner.role != OwnerRole::Coach || m.owner.coach.trimmed().isEmpty() ||
                m.owner.coach != m.owner.coach.trimmed())
                return refuse(meta[6], QStringLiteral("the coach's name, only when owner_role is coach"));
        }
        for (size_t i = 0; i < m_columns.size(); ++i) {
            const auto& c = m_columns[i];
            const QString& key = m_columnKeys[qsizetype(i)];
            const auto found = json.constFind(key);
            if (found == json.constEnd()) {
                if ((c.freeText && notesLeftOut) || c.isDefault)
                    continue;
                return makeError(ErrorCode::Invalid, QStringLiteral("missing field \"%1\"").arg(key));
            }
            if (c.freeText && notesLeftOut)
                return makeError(ErrorCode::Invalid,
                                 QStringLiteral("field \"%1\": the bundle says it was made without notes, yet "
                                                "it holds this free text")
                                     .arg(key));
            if (auto why = c.fromJson(found.value(), record))
                return refuse(key, *why);
            if (c.isDefault && c.isDefault(record)) // one text per record: the default is left out
                return refuse(key, QStringLiteral("the field left out when it holds its default"));
        }
        if (m_jsonParts.read) {
            for (const QString& key : m_jsonParts.keys)
                if (!json.contains(key) && !(notesLeftOut && m_jsonParts.freeTextKeys.contains(key)))
                    return makeError(ErrorCode::Invalid, QStringLiteral("missing field \"%1\"").arg(key));
                else if (json.contains(key) && notesLeftOut && m_jsonParts.freeTextKeys.contains(key))
                    return makeError(ErrorCode::Invalid,
                                     QStringLiteral("field \"%1\": the bundle says it was made without notes, "
                                                    "yet it holds this free text")
                                         .arg(key));
            if (auto why = m_jsonParts.read(json, record))
                return refuse(why->first, why->second);
        }
        return record;
    }

    // What a record's content hash is taken over (bundle/merge.h): the compact JSON of
    // toJson(record, false) without "revision" and "updated_at". Written straight from the record,
    // keys in QJsonObject's order, byte for byte what QJsonDocument would write
    // (tests/core/compactjson_test.cpp); a table with parts goes through QJsonDocument.
    QByteArray contentJson(const T& record) const {
        if (m_jsonParts.write) {
            QJsonObject json = toJson(record, false);
            json.remove(QStringLiteral("revision"));
            json.remove(QStringLiteral("updated_at"));
            return QJsonDocument(json).toJson(QJsonDocument::Compact);
        }
        QByteArray out;
        out.reserve(m_contentSizeHint);
        out += '{';
        bool first = true;
        for (const ContentField& field : m_contentFields) {
            if (field.leftOut && field.leftOut(record))
                continue;
            if (!first)
                out += ',';
            first = false;
            out += field.key;
            field.write(record, out);
        }
        out += '}';
        return out;
    }

    // Every key a record of this table has in a bundle.
    const QStringList& jsonKeys() const { return m_jsonKeys; }

    Result<std::vector<T>> forTeam(const QUuid& teamId) {
        return where("team_id = ?1", [&](storage::Query& q) { q.bind(1, teamId); });
    }

private:
    // The bookkeeping keys, in the order of the bookkeeping columns.
    static const QStringList& metaKeys() {
        static const QStringList keys{QStringLiteral("id"),         QStringLiteral("owner_role"),
                                      QStringLiteral("owner_team"), QStringLiteral("revision"),
                                      QStringLiteral("updated_at"), QStringLiteral("deleted"),
                                      QStringLiteral("owner_coach")};
        return keys;
    }

    // A record whose every field is about to be read (no fresh id made for it).
    static T blankRecord() {
        const RecordsBeingRead reading;
        return T();
    }

    // One key of contentJson(): `"name":`, the writer of its value, and whether a record leaves
    // the key out (Column::isDefault).
    struct ContentField {
        QByteArray name;
        QByteArray key;
        std::function<void(const T&, QByteArray&)> write;
        std::function<bool(const T&)> leftOut;
    };

    void makeContentFields() {
        auto add = [this](const char* name, std::function<void(const T&, QByteArray&)> write,
                          std::function<bool(const T&)> leftOut = {}) {
            m_contentFields.push_back({name, QByteArray("\"") + name + "\":", std::move(write), std::move(leftOut)});
        };
        add("id", [](const T& r, QByteArray& out) { writeJsonValue(out, r.meta.id); });
        add("owner_role", [](const T& r, QByteArray& out) { writeJsonValue(out, r.meta.owner.role); });
        add("owner_team", [](const T& r, QByteArray& out) { writeJsonValue(out, r.meta.owner.team); });
        add("deleted", [](const T& r, QByteArray& out) { writeJsonValue(out, r.meta.deleted); });
        add(
            "owner_coach", [](const T& r, QByteArray& out) { writeJsonValue(out, r.meta.owner.coach); },
            [](const T& r) { return r.meta.owner.coach.isEmpty(); });
        for (const auto& c : m_columns) {
            if (c.freeText) // a tombstone carries its free text empty, as toJson() does
                add(c.name, [write = c.writeJson](const T& r, QByteArray& out) {
                    if (r.meta.deleted)
                        out += "\"\"";
                    else
                        write(r, out);
                });
            else
                add(c.name, c.writeJson, c.isDefault);
        }
        std::sort(m_contentFields.begin(), m_contentFields.end(),
                  [](const ContentField& a, const ContentField& b) { return a.name < b.name; });
        m_contentSizeHint = 64;
        for (const ContentField& field : m_contentFields)
            m_contentSizeHint += field.key.size() + 48;
    }

    T read(const storage::Query& query) const {
        T record = blankRecord();
        record.meta.id = query.uuid(0);
        record.meta.owner.role = readAs<OwnerRole>(query, 1);
        record.meta.owner.team = query.uuid(2);
        record.meta.revision = static_cast<int>(query.int64(3));
        record.meta.updatedAt = query.dateTime(4);
        record.meta.deleted = query.int64(5) != 0;
        record.meta.owner.coach = query.text(6);
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
    std::string m_insert;
    std::string m_find;
    std::string m_tombstone;
    std::map<std::string, std::string> m_whereSql;
    std::map<std::string, std::string> m_withTombstonesSql;
    JsonParts m_jsonParts;
    QStringList m_columnKeys; // the columns' names as keys of the JSON form
    QStringList m_jsonKeys;   // jsonKeys(), made once
    std::vector<ContentField> m_contentFields; // contentJson()'s keys, in QJsonObject's order
    qsizetype m_contentSizeHint = 0;
    std::function<Status(T&)> m_loadParts;
    std::function<Status(const T&)> m_storeParts;
};

} // namespace pdsa::repo

// SPDX-License-Identifier: Apache-2.0
#include "repositories/inventory.h"

#include "domain/record.h"

#include <QCryptographicHash>

namespace pdsa::repo {

const std::vector<RecordKind>& recordKinds() {
    static const std::vector<RecordKind> kinds = {
        {"collaborative", "collaboratives"},
        {"learning_session", "learning sessions"},
        {"action_period", "action periods"},
        {"stratum", "strata"},
        {"driver", "drivers"},
        {"change_idea", "change ideas"},
        {"team", "teams"},
        {"team_member", "team members"},
        {"aim", "aims"},
        {"measure", "measures"},
        {"measure_value", "measure values"},
        {"chart_setting", "chart settings"},
        {"pdsa_cycle", "PDSA cycles"},
        {"chart_annotation", "chart annotations"},
        {"team_report", "team reports"},
        {"coach_comment", "coach comments"},
        {"comment_reply", "replies to comments"},
        {"assessment_score", "assessment scores"},
        {"spread_record", "spread records"},
    };
    return kinds;
}

namespace {

const char* const kGuardedParts[] = {"pdsa_question", "pdsa_change_idea", "pdsa_measure"};
const char* const kGuardedEvents[] = {"insert", "update", "delete"};

} // namespace

Status removeWriteGuard(storage::Database& db) {
    QString sql;
    std::vector<const char*> tables;
    for (const RecordKind& kind : recordKinds())
        tables.push_back(kind.table);
    tables.insert(tables.end(), std::begin(kGuardedParts), std::end(kGuardedParts));
    for (const char* table : tables)
        for (const char* event : kGuardedEvents)
            sql += QStringLiteral("DROP TRIGGER IF EXISTS temp.guard_%1_%2;\n")
                       .arg(QString::fromLatin1(table), QString::fromLatin1(event));
    return db.exec(sql);
}

Status installWriteGuard(storage::Database& db) {
    QString sql;
    for (const RecordKind& kind : recordKinds()) {
        const QString table = QString::fromLatin1(kind.table);
        sql += QStringLiteral(
                   "CREATE TEMP TRIGGER IF NOT EXISTS guard_%1_insert BEFORE INSERT ON main.%1 BEGIN "
                   "SELECT pdsa_may_write('%1', NEW.owner_role, NEW.owner_team, NEW.owner_coach, NEW.id); END;\n"
                   "CREATE TEMP TRIGGER IF NOT EXISTS guard_%1_update BEFORE UPDATE ON main.%1 BEGIN "
                   "SELECT pdsa_may_write('%1', OLD.owner_role, OLD.owner_team, OLD.owner_coach, OLD.id), "
                   "pdsa_may_write('%1', NEW.owner_role, NEW.owner_team, NEW.owner_coach, NEW.id); END;\n"
                   "CREATE TEMP TRIGGER IF NOT EXISTS guard_%1_delete BEFORE DELETE ON main.%1 BEGIN "
                   "SELECT pdsa_may_write('%1', OLD.owner_role, OLD.owner_team, OLD.owner_coach, OLD.id); END;\n")
                   .arg(table);
    }
    // A cycle's parts belong to whoever owns the cycle.
    for (const char* part : kGuardedParts) {
        const QString table = QString::fromLatin1(part);
        for (const auto& [event, row] : {std::pair{"insert", "NEW"}, {"update", "NEW"}, {"delete", "OLD"}})
            sql += QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS guard_%1_%2 BEFORE %3 ON main.%1 BEGIN "
                                  "SELECT pdsa_may_write('pdsa_cycle', owner_role, owner_team, owner_coach, id) "
                                  "FROM main.pdsa_cycle WHERE id = %4.cycle_id; END;\n")
                       .arg(table, QString::fromLatin1(event), QString::fromLatin1(event).toUpper(),
                            QString::fromLatin1(row));
    }
    return db.exec(sql);
}

Result<std::vector<RecordCount>> countRecords(storage::Database& db) {
    std::vector<RecordCount> counts;
    for (const RecordKind& kind : recordKinds()) {
        const std::string sql =
            std::string("SELECT coalesce(sum(deleted = 0), 0), coalesce(sum(deleted = 1), 0) FROM ") +
            kind.table;
        auto query = db.query(sql.c_str());
        if (!query)
            return query.error();
        auto row = query->next();
        if (!row)
            return row.error();
        counts.push_back({QString::fromLatin1(kind.table), QString::fromLatin1(kind.label), query->int64(0),
                          query->int64(1)});
    }
    return counts;
}

Result<QByteArray> contentHash(storage::Database& db) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto version = db.scalar(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    hash.addData("user_version=" + QByteArray::number(*version) + '\n');

    QStringList tables;
    {
        auto query =
            db.query("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                     "AND name <> 'import_log' ORDER BY name");
        if (!query)
            return query.error();
        PDSA_TRY(query->each([&](const storage::Query& q) { tables << q.text(0); }));
    }
    for (const QString& table : tables) {
        auto columns = db.scalar(QStringLiteral("SELECT count(*) FROM pragma_table_info('%1')").arg(table));
        if (!columns)
            return columns.error();
        QStringList order;
        for (qint64 i = 1; i <= *columns; ++i)
            order << QString::number(i);
        const std::string sql = QStringLiteral("SELECT * FROM \"%1\" ORDER BY %2")
                                    .arg(table, order.join(QStringLiteral(", ")))
                                    .toStdString();
        auto query = db.query(sql.c_str());
        if (!query)
            return query.error();
        hash.addData("table " + table.toUtf8() + '\n');
        PDSA_TRY(query->each([&](const storage::Query& q) {
            for (int c = 0; c < q.columnCount(); ++c) {
                hash.addData(q.canonical(c));
                hash.addData("|");
            }
            hash.addData("\n");
        }));
    }
    return hash.result().toHex();
}

} // namespace pdsa::repo

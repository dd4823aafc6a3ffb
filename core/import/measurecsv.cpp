// SPDX-License-Identifier: Apache-2.0
#include "import/measurecsv.h"

#include "import/csvreader.h"
#include "workspace/workspace.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <map>

namespace pdsa::import {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80–0x9F; the five undefined bytes map to U+FFFD.
const char16_t kCp1252High[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                                  0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

QString decodeCp1252(const QByteArray& bytes) {
    QString text;
    text.reserve(bytes.size());
    for (const char byte : bytes) {
        const auto b = static_cast<unsigned char>(byte);
        text += (b >= 0x80 && b < 0xA0) ? QChar(kCp1252High[b - 0x80]) : QChar(char16_t(b));
    }
    return text;
}

// The separator the header row uses: the one of ',' and ';' found more often outside quotes.
QChar detectSeparator(const QString& text) {
    int commas = 0, semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
    }
    return semicolons > commas ? QChar(u';') : QChar(u',');
}

enum class Field { Period, Numerator, Denominator, Value, Note, Stratum };

ValueField valueField(Field field) {
    return field == Field::Numerator ? ValueField::Numerator
                                     : field == Field::Denominator ? ValueField::Denominator : ValueField::Value;
}

const std::pair<const char*, Field> kHeaders[] = {
    {"period", Field::Period},
    {"month", Field::Period},
    {"week", Field::Period},
    {"numerator", Field::Numerator},
    {"denominator", Field::Denominator},
    {"value", Field::Value},
    {"note", Field::Note},
    {"notes", Field::Note},
    {"stratum", Field::Stratum},
};

QString fieldName(Field field) {
    switch (field) {
    case Field::Period:
        return QStringLiteral("period");
    case Field::Numerator:
        return QStringLiteral("numerator");
    case Field::Denominator:
        return QStringLiteral("denominator");
    case Field::Value:
        return QStringLiteral("value");
    case Field::Note:
        return QStringLiteral("note");
    case Field::Stratum:
        return QStringLiteral("stratum");
    }
    return {};
}

} // namespace

int ImportPlan::count(CellChange change) const {
    return static_cast<int>(std::count_if(
        cells.begin(), cells.end(), [change](const PlannedCell& cell) { return cell.change == change; }));
}

std::optional<double> parseNumber(const QString& text) {
    auto number = readNumber(text, DataKind::Continuous, ValueField::Value);
    return number ? std::optional<double>(*number) : std::nullopt;
}

Result<QDate> parsePeriod(const QString& text, Frequency frequency) {
    const QString s = text.trimmed();
    const QString expected =
        frequency == Frequency::Weekly
            ? QStringLiteral("expected a date such as 2025-03-17 (a weekly measure needs the day)")
            : QStringLiteral("expected a month such as 2025-03, 03/2025, Mar 2025 or 2025-03-01");
    QDate date;
    bool hasDay = false;
    static const QRegularExpression isoDay(QStringLiteral(R"(^(\d{4})-(\d{1,2})-(\d{1,2})$)"));
    static const QRegularExpression isoMonth(QStringLiteral(R"(^(\d{4})-(\d{1,2})$)"));
    static const QRegularExpression slashMonth(QStringLiteral(R"(^(\d{1,2})/(\d{4})$)"));
    static const QRegularExpression named(QStringLiteral(R"(^([A-Za-z]+)\.?[ \-]+(\d{4})$)"));
    QRegularExpressionMatch m;
    if (m = isoDay.match(s); m.hasMatch()) {
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        hasDay = true;
    } else if (m = isoMonth.match(s); m.hasMatch()) {
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1);
    } else if (m = slashMonth.match(s); m.hasMatch()) {
        date = QDate(m.captured(2).toInt(), m.captured(1).toInt(), 1);
    } else if (m = named.match(s); m.hasMatch()) {
        const QString word = m.captured(1).toLower();
        const QLocale english(QLocale::English);
        for (int month = 1; month <= 12 && !date.isValid(); ++month) {
            const QString full = english.monthName(month, QLocale::LongFormat).toLower();
            if (word == full || (word.size() >= 3 && full.startsWith(word)))
                date = QDate(m.captured(2).toInt(), month, 1);
        }
    }
    if (!date.isValid())
        return makeError(ErrorCode::Invalid, expected);
    if (frequency == Frequency::Weekly) {
        if (!hasDay)
            return makeError(ErrorCode::Invalid, expected);
        return date.addDays(1 - date.dayOfWeek());
    }
    return QDate(date.year(), date.month(), 1);
}

Result<ImportPlan> planMeasureImport(QIODevice& device, const QString& source, Workspace& workspace,
                                     const Measure& measure, const QUuid& teamId) {
    ImportPlan plan;
    plan.source = source;
    auto bytes = readAllBytes(device, source);
    if (!bytes)
        return bytes.error();
    QByteArray data = *bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(data);
    plan.encoding = QStringLiteral("UTF-8");
    if (utf8.hasError()) {
        text = decodeCp1252(data);
        plan.encoding = QStringLiteral("Windows-1252");
    }
    plan.separator = detectSeparator(text);
    auto table = readCsvText(text, plan.separator, source);
    if (!table) {
        plan.problems << table.error().message;
        return plan;
    }

    auto problem = [&](int row, const QString& column, const QString& message) {
        plan.problems
            << QStringLiteral("%1, row %2, column %3: %4").arg(source).arg(row).arg(column, message);
    };

    // Strata of the collaborative, by name ("Under 1") or "dimension: name" ("Age group: Under 1").
    std::map<QString, Stratum> strata;
    auto allStrata = workspace.collaborative.strata.all();
    if (!allStrata)
        return allStrata.error();
    QStringList strataNames;
    for (const Stratum& stratum : *allStrata) {
        if (stratum.collaborativeId != measure.collaborativeId)
            continue;
        strataNames << stratum.name;
        strata.emplace(stratum.name.trimmed().toLower(), stratum);
        strata.emplace(QStringLiteral("%1: %2").arg(stratum.dimension, stratum.name).trimmed().toLower(),
                       stratum);
    }

    // Header: which column holds which field, and of which stratum. Long form has one set of
    // columns (and maybe a stratum column); wide form names a stratum in the header
    // ("Under 1 numerator", "Numerator (Age group: Under 1)", "Total value").
    struct Group {
        QUuid stratumId; // null: the total (or, in long form, the stratum column's)
        QString stratumName;
        std::map<Field, int> columns;
    };
    std::vector<Group> groups(1); // groups[0]: the columns without a stratum in their header
    std::optional<int> periodColumn, stratumColumn;
    const QStringList& header = table->header.fields;
    static const QRegularExpression fieldWord(QStringLiteral(R"(\b(numerator|denominator|value|notes?)\b)"));
    const QString expectedColumns =
        QStringLiteral("expected period, %1, note or stratum%2")
            .arg(measure.hasDenominator() ? QStringLiteral("numerator, denominator")
                                          : QStringLiteral("value"),
                 measure.stratified ? QStringLiteral(", or a stratum's name with one of them (\"%1 %2\")")
                                          .arg(strataNames.value(0, QStringLiteral("Under 1")),
                                               measure.hasDenominator() ? QStringLiteral("numerator")
                                                                        : QStringLiteral("value"))
                                    : QString());
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header[i].simplified().toLower();
        const QString shown = header[i].trimmed().isEmpty() ? QString::number(i + 1) : header[i].trimmed();
        std::optional<Field> field;
        for (const auto& [word, f] : kHeaders)
            if (name == QLatin1String(word))
                field = f;
        std::size_t group = 0;
        if (!field) {
            // Wide form: one field word, and the rest of the header a stratum (or "total").
            const auto words = fieldWord.globalMatch(name);
            QString word;
            int found = 0;
            for (auto it = words; it.hasNext(); ++found)
                word = it.next().captured(1);
            if (found != 1) {
                problem(table->header.row, shown, QStringLiteral("unknown column (%1)").arg(expectedColumns));
                continue;
            }
            for (const auto& [known, f] : kHeaders)
                if (word == QLatin1String(known))
                    field = f;
            static const QRegularExpression edges(
                QStringLiteral(R"(^[\s:\-–—()\[\]_/,]+|[\s:\-–—()\[\]_/,]+$)"));
            QString rest = QString(name).remove(QRegularExpression(QStringLiteral(R"(\b%1\b)").arg(word)));
            rest = rest.remove(edges).simplified();
            if (rest == QLatin1String("total")) {
                group = 0;
            } else if (const auto it = strata.find(rest); it == strata.end()) {
                problem(table->header.row, shown, QStringLiteral("unknown column (%1)").arg(expectedColumns));
                continue;
            } else if (!measure.stratified) {
                problem(table->header.row, shown,
                        QStringLiteral("this measure is not stratified, so it has no column for %1")
                            .arg(it->second.name));
                continue;
            } else {
                const auto same = std::find_if(groups.begin(), groups.end(), [&](const Group& g) {
                    return g.stratumId == it->second.meta.id;
                });
                group = static_cast<std::size_t>(same - groups.begin());
                if (same == groups.end())
                    groups.push_back({it->second.meta.id, it->second.name, {}});
            }
        }
        if (*field == Field::Period || *field == Field::Stratum) {
            std::optional<int>& slot = *field == Field::Period ? periodColumn : stratumColumn;
            if (slot)
                problem(table->header.row, shown,
                        QStringLiteral("a second %1 column").arg(fieldName(*field)));
            slot = i;
            continue;
        }
        if (groups[group].columns.count(*field)) {
            problem(table->header.row, shown, QStringLiteral("a second %1 column").arg(fieldName(*field)));
            continue;
        }
        if (measure.hasDenominator() && *field == Field::Value)
            problem(table->header.row, shown,
                    QStringLiteral("this measure takes a numerator and a denominator, not a value"));
        else if (!measure.hasDenominator() && (*field == Field::Numerator || *field == Field::Denominator))
            problem(table->header.row, shown,
                    QStringLiteral("this measure takes a value, not a %1").arg(fieldName(*field)));
        groups[group].columns[*field] = i;
    }
    if (!periodColumn)
        problem(table->header.row, QStringLiteral("period"),
                QStringLiteral("the header has no period column"));
    if (stratumColumn && groups.size() > 1)
        problem(
            table->header.row, header[*stratumColumn].trimmed(),
            QStringLiteral("a stratum column and columns named for strata cannot be mixed (write one row per "
                           "stratum, or one column per stratum)"));
    const bool wide = groups.size() > 1;
    if (!plan.problems.isEmpty())
        return plan;

    auto existing = workspace.measures.allValues(teamId, measure.meta.id);
    if (!existing)
        return existing.error();
    std::map<QUuid, MeasureValue> stored;
    for (const MeasureValue& value : *existing)
        stored.emplace(value.meta.id, value);

    std::map<QUuid, int> seen; // cell id → the row that first gave it
    for (const CsvRecord& record : table->records) {
        const int problemsBefore = static_cast<int>(plan.problems.size());
        auto cell = [&](int column) { return record.fields.value(column).trimmed(); };
        auto title = [&](int column) { return header[column].trimmed(); };

        const QString periodText = cell(*periodColumn);
        auto period = parsePeriod(periodText, measure.frequency);
        if (!period)
            problem(record.row, title(*periodColumn),
                    periodText.isEmpty()
                        ? QStringLiteral("the period is empty (%1)").arg(period.error().message)
                        : QStringLiteral("\"%1\": %2").arg(periodText, period.error().message));

        // Long form: the stratum column says whose row this is.
        QUuid longStratumId;
        QString longStratumName;
        const QString stratumText = stratumColumn ? cell(*stratumColumn) : QString();
        if (!stratumText.isEmpty() && stratumText.compare(QLatin1String("total"), Qt::CaseInsensitive) != 0) {
            const auto it = strata.find(stratumText.toLower());
            if (!measure.stratified)
                problem(
                    record.row, title(*stratumColumn),
                    QStringLiteral("\"%1\": this measure is not stratified (leave the column empty or write "
                                   "Total)")
                        .arg(stratumText));
            else if (it == strata.end())
                problem(record.row, title(*stratumColumn),
                        QStringLiteral(
                            "\"%1\": not a stratum of this collaborative (expected Total or one of: %2)")
                            .arg(stratumText, strataNames.join(QStringLiteral(", "))));
            else {
                longStratumId = it->second.meta.id;
                longStratumName = it->second.name;
            }
        }
        if (static_cast<int>(plan.problems.size()) != problemsBefore)
            continue;

        for (const Group& group : groups) {
            const QUuid stratumId = wide ? group.stratumId : longStratumId;
            const QString stratumName = wide ? group.stratumName : longStratumName;
            auto cellOf = [&](Field field) {
                const auto it = group.columns.find(field);
                return it == group.columns.end() ? QString() : cell(it->second);
            };
            // Wide form: a stratum whose cells are all empty in this row has nothing to import.
            if (wide && std::all_of(group.columns.begin(), group.columns.end(),
                                    [&](const auto& column) { return cell(column.second).isEmpty(); }))
                continue;
            const int cellProblemsBefore = static_cast<int>(plan.problems.size());
            std::map<Field, std::optional<double>> numbers;
            for (const Field field : {Field::Numerator, Field::Denominator, Field::Value}) {
                if (cellOf(field).isEmpty())
                    continue;
                const auto number = readNumber(cellOf(field), measure.dataKind, valueField(field));
                if (!number)
                    problem(record.row, title(group.columns.at(field)), number.error().message);
                else
                    numbers[field] = *number;
            }
            if (static_cast<int>(plan.problems.size()) != cellProblemsBefore)
                continue;

            const QUuid id = measureValueId(teamId, measure.meta.id, *period, stratumId);
            if (const auto it = seen.find(id); it != seen.end()) {
                problem(record.row, title(*periodColumn),
                        QStringLiteral("%1%2 is already in row %3")
                            .arg(period->toString(measure.frequency == Frequency::Weekly
                                                      ? QStringLiteral("yyyy-MM-dd")
                                                      : QStringLiteral("yyyy-MM")),
                                 stratumName.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(stratumName))
                            .arg(it->second));
                continue;
            }
            seen.emplace(id, record.row);

            PlannedCell planned;
            planned.row = record.row;
            planned.stratumName = stratumName;
            if (const auto it = stored.find(id); it != stored.end()) {
                planned.old = it->second;
                planned.value = it->second;
            } else {
                planned.value.meta.id = id;
                planned.value.meta.owner = Owner::ofTeam(teamId);
                planned.value.teamId = teamId;
                planned.value.measureId = measure.meta.id;
                planned.value.period = *period;
                planned.value.stratumId = stratumId;
            }
            if (numbers.count(Field::Numerator))
                planned.value.numerator = numbers[Field::Numerator];
            if (numbers.count(Field::Denominator))
                planned.value.denominator = numbers[Field::Denominator];
            if (numbers.count(Field::Value))
                planned.value.value = numbers[Field::Value];
            if (const QString note = cellOf(Field::Note); !note.isEmpty())
                planned.value.note = note;

            if (auto valid = planned.value.validate(measure); !valid) {
                const QString& message = valid.error().message;
                QString where = title(*periodColumn);
                for (const Field field : {Field::Numerator, Field::Denominator, Field::Value})
                    if (group.columns.count(field) &&
                        message.contains(QStringLiteral("(%1)").arg(fieldName(field))))
                        where = title(group.columns.at(field));
                problem(record.row, where, message);
                continue;
            }
            planned.change =
                !planned.old ? CellChange::New
                             : (*planned.old == planned.value ? CellChange::Unchanged : CellChange::Changed);
            plan.cells.push_back(std::move(planned));
        }
    }
    if (plan.cells.empty() && plan.problems.isEmpty())
        plan.problems
            << QStringLiteral("%1: no data rows (expected a row per period under the header)").arg(source);
    return plan;
}

Result<int> applyMeasureImport(Workspace& workspace, const ImportPlan& plan) {
    if (!plan.ok())
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("%1: nothing was imported (%2 problem%3)")
                             .arg(plan.source)
                             .arg(plan.problems.size())
                             .arg(plan.problems.size() == 1 ? QString() : QStringLiteral("s")));
    int written = 0;
    const QDateTime now = workspace.now();
    auto status = workspace.transact([&]() -> Status {
        written = 0;
        for (const PlannedCell& cell : plan.cells) {
            if (cell.change == CellChange::Unchanged)
                continue;
            auto saved = workspace.measures.values.save(cell.value, now);
            if (!saved)
                return saved.error();
            written += *saved ? 1 : 0;
        }
        return {};
    });
    if (!status)
        return status.error();
    return written;
}

} // namespace pdsa::import

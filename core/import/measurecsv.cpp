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

namespace {

// The file's text: UTF-8 (without its byte order mark), or Windows-1252 when it is not valid
// UTF-8 (spreadsheets on Windows save that); `plan` records which.
Result<QString> readText(QIODevice& device, const QString& source, ImportPlan& plan) {
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
    return text;
}

// Strata of the measure's collaborative, by name ("Under 1") or "dimension: name" ("Age group:
// Under 1"), both in lower case; and their names as written, for messages.
struct StrataByName {
    std::map<QString, Stratum> strata;
    QStringList names;
};

Result<StrataByName> strataOf(Workspace& workspace, const Measure& measure) {
    auto allStrata = workspace.collaborative.strata.all();
    if (!allStrata)
        return allStrata.error();
    StrataByName found;
    for (const Stratum& stratum : *allStrata) {
        if (stratum.collaborativeId != measure.collaborativeId)
            continue;
        found.names << stratum.name;
        found.strata.emplace(stratum.name.trimmed().toLower(), stratum);
        found.strata.emplace(
            QStringLiteral("%1: %2").arg(stratum.dimension, stratum.name).trimmed().toLower(), stratum);
    }
    return found;
}

// The columns a header may name, for the message about one it does not know.
QString expectedColumns(const Measure& measure, const QStringList& strataNames) {
    return QStringLiteral("expected period, %1, note or stratum%2")
        .arg(measure.hasDenominator() ? QStringLiteral("numerator, denominator") : QStringLiteral("value"),
             measure.stratified
                 ? QStringLiteral(", or a stratum's name with one of them (\"%1 %2\")")
                       .arg(strataNames.value(0, QStringLiteral("Under 1")),
                            measure.hasDenominator() ? QStringLiteral("numerator") : QStringLiteral("value"))
                 : QString());
}

// Which column holds which field, and of which stratum. Long form has one set of columns (and
// maybe a stratum column); wide form names a stratum in the header ("Under 1 numerator",
// "Numerator (Age group: Under 1)", "Total value").
struct ColumnGroup {
    QUuid stratumId; // null: the total (or, in long form, the stratum column's)
    QString stratumName;
    std::map<Field, int> columns;
};

// Reads the table into `plan`: the header first, then every record, each cell compared with what
// is stored. Problems are listed in the plan with the row and column they are in.
class ImportPlanner {
public:
    ImportPlanner(ImportPlan& plan, const CsvTable& table, const Measure& measure, const QUuid& teamId,
                  const StrataByName& strata)
        : m_plan(plan)
        , m_table(table)
        , m_header(table.header.fields)
        , m_measure(measure)
        , m_teamId(teamId)
        , m_strata(strata) {}

    // False when the header has problems (the records are then not read).
    bool readHeader();
    void readRecords(const std::map<QUuid, MeasureValue>& stored);

private:
    void problem(int row, const QString& column, const QString& message) {
        m_plan.problems
            << QStringLiteral("%1, row %2, column %3: %4").arg(m_plan.source).arg(row).arg(column, message);
    }
    QString title(int column) const { return m_header[column].trimmed(); }

    void readHeaderColumn(int i, const QString& expected);
    // A wide-form header: its field and the group of its stratum; nullopt (with a problem listed)
    // when it names no known field and stratum.
    std::optional<std::pair<Field, std::size_t>> wideColumn(const QString& name, const QString& shown,
                                                            const QString& expected);
    void readRecord(const CsvRecord& record);
    void planCell(const CsvRecord& record, const ColumnGroup& group, const QDate& period,
                  const QUuid& stratumId, const QString& stratumName);

    ImportPlan& m_plan;
    const CsvTable& m_table;
    const QStringList& m_header;
    const Measure& m_measure;
    const QUuid m_teamId;
    const StrataByName& m_strata;
    std::vector<ColumnGroup> m_groups = std::vector<ColumnGroup>(1); // [0]: no stratum in the header
    std::optional<int> m_periodColumn, m_stratumColumn;
    bool m_wide = false;
    const std::map<QUuid, MeasureValue>* m_stored = nullptr;
    std::map<QUuid, int> m_seen; // cell id → the row that first gave it
};

bool ImportPlanner::readHeader() {
    const QString expected = expectedColumns(m_measure, m_strata.names);
    for (int i = 0; i < m_header.size(); ++i)
        readHeaderColumn(i, expected);
    if (!m_periodColumn)
        problem(m_table.header.row, QStringLiteral("period"),
                QStringLiteral("the header has no period column"));
    if (m_stratumColumn && m_groups.size() > 1)
        problem(
            m_table.header.row, m_header[*m_stratumColumn].trimmed(),
            QStringLiteral("a stratum column and columns named for strata cannot be mixed (write one row per "
                           "stratum, or one column per stratum)"));
    m_wide = m_groups.size() > 1;
    return m_plan.problems.isEmpty();
}

void ImportPlanner::readHeaderColumn(int i, const QString& expected) {
    const int row = m_table.header.row;
    const QString name = m_header[i].simplified().toLower();
    const QString shown = m_header[i].trimmed().isEmpty() ? QString::number(i + 1) : m_header[i].trimmed();
    std::optional<Field> field;
    for (const auto& [word, f] : kHeaders)
        if (name == QLatin1String(word))
            field = f;
    std::size_t group = 0;
    if (!field) {
        const auto wide = wideColumn(name, shown, expected);
        if (!wide)
            return;
        field = wide->first;
        group = wide->second;
    }
    if (*field == Field::Period || *field == Field::Stratum) {
        std::optional<int>& slot = *field == Field::Period ? m_periodColumn : m_stratumColumn;
        if (slot)
            problem(row, shown, QStringLiteral("a second %1 column").arg(fieldName(*field)));
        slot = i;
        return;
    }
    if (m_groups[group].columns.count(*field)) {
        problem(row, shown, QStringLiteral("a second %1 column").arg(fieldName(*field)));
        return;
    }
    if (m_measure.hasDenominator() && *field == Field::Value)
        problem(row, shown, QStringLiteral("this measure takes a numerator and a denominator, not a value"));
    else if (!m_measure.hasDenominator() && (*field == Field::Numerator || *field == Field::Denominator))
        problem(row, shown, QStringLiteral("this measure takes a value, not a %1").arg(fieldName(*field)));
    m_groups[group].columns[*field] = i;
}

std::optional<std::pair<Field, std::size_t>>
ImportPlanner::wideColumn(const QString& name, const QString& shown, const QString& expected) {
    const int row = m_table.header.row;
    // Wide form: one field word, and the rest of the header a stratum (or "total").
    static const QRegularExpression fieldWord(QStringLiteral(R"(\b(numerator|denominator|value|notes?)\b)"));
    const auto words = fieldWord.globalMatch(name);
    QString word;
    int found = 0;
    for (auto it = words; it.hasNext(); ++found)
        word = it.next().captured(1);
    if (found != 1) {
        problem(row, shown, QStringLiteral("unknown column (%1)").arg(expected));
        return std::nullopt;
    }
    std::optional<Field> field;
    for (const auto& [known, f] : kHeaders)
        if (word == QLatin1String(known))
            field = f;
    static const QRegularExpression edges(QStringLiteral(R"(^[\s:\-–—()\[\]_/,]+|[\s:\-–—()\[\]_/,]+$)"));
    QString rest = QString(name).remove(QRegularExpression(QStringLiteral(R"(\b%1\b)").arg(word)));
    rest = rest.remove(edges).simplified();
    if (rest == QLatin1String("total"))
        return std::pair(*field, std::size_t(0));
    const auto it = m_strata.strata.find(rest);
    if (it == m_strata.strata.end()) {
        problem(row, shown, QStringLiteral("unknown column (%1)").arg(expected));
        return std::nullopt;
    }
    if (!m_measure.stratified) {
        problem(row, shown,
                QStringLiteral("this measure is not stratified, so it has no column for %1")
                    .arg(it->second.name));
        return std::nullopt;
    }
    const auto same = std::find_if(m_groups.begin(), m_groups.end(),
                                   [&](const ColumnGroup& g) { return g.stratumId == it->second.meta.id; });
    const auto group = static_cast<std::size_t>(same - m_groups.begin());
    if (same == m_groups.end())
        m_groups.push_back({it->second.meta.id, it->second.name, {}});
    return std::pair(*field, group);
}

void ImportPlanner::readRecords(const std::map<QUuid, MeasureValue>& stored) {
    m_stored = &stored;
    for (const CsvRecord& record : m_table.records)
        readRecord(record);
}

void ImportPlanner::readRecord(const CsvRecord& record) {
    const int problemsBefore = static_cast<int>(m_plan.problems.size());
    auto cell = [&](int column) { return record.fields.value(column).trimmed(); };

    const QString periodText = cell(*m_periodColumn);
    auto period = parsePeriod(periodText, m_measure.frequency);
    if (!period)
        problem(record.row, title(*m_periodColumn),
                periodText.isEmpty() ? QStringLiteral("the period is empty (%1)").arg(period.error().message)
                                     : QStringLiteral("\"%1\": %2").arg(periodText, period.error().message));

    // Long form: the stratum column says whose row this is.
    QUuid longStratumId;
    QString longStratumName;
    const QString stratumText = m_stratumColumn ? cell(*m_stratumColumn) : QString();
    if (!stratumText.isEmpty() && stratumText.compare(QLatin1String("total"), Qt::CaseInsensitive) != 0) {
        const auto it = m_strata.strata.find(stratumText.toLower());
        if (!m_measure.stratified)
            problem(record.row, title(*m_stratumColumn),
                    QStringLiteral("\"%1\": this measure is not stratified (leave the column empty or write "
                                   "Total)")
                        .arg(stratumText));
        else if (it == m_strata.strata.end())
            problem(
                record.row, title(*m_stratumColumn),
                QStringLiteral("\"%1\": not a stratum of this collaborative (expected Total or one of: %2)")
                    .arg(stratumText, m_strata.names.join(QStringLiteral(", "))));
        else {
            longStratumId = it->second.meta.id;
            longStratumName = it->second.name;
        }
    }
    if (static_cast<int>(m_plan.problems.size()) != problemsBefore)
        return;

    for (const ColumnGroup& group : m_groups) {
        // Wide form: a stratum whose cells are all empty in this row has nothing to import.
        if (m_wide && std::all_of(group.columns.begin(), group.columns.end(),
                                  [&](const auto& column) { return cell(column.second).isEmpty(); }))
            continue;
        planCell(record, group, *period, m_wide ? group.stratumId : longStratumId,
                 m_wide ? group.stratumName : longStratumName);
    }
}

void ImportPlanner::planCell(const CsvRecord& record, const ColumnGroup& group, const QDate& period,
                             const QUuid& stratumId, const QString& stratumName) {
    auto cellOf = [&](Field field) {
        const auto it = group.columns.find(field);
        return it == group.columns.end() ? QString() : record.fields.value(it->second).trimmed();
    };
    const int cellProblemsBefore = static_cast<int>(m_plan.problems.size());
    std::map<Field, std::optional<double>> numbers;
    for (const Field field : {Field::Numerator, Field::Denominator, Field::Value}) {
        if (cellOf(field).isEmpty())
            continue;
        const auto number = readNumber(cellOf(field), m_measure.dataKind, valueField(field));
        if (!number)
            problem(record.row, title(group.columns.at(field)), number.error().message);
        else
            numbers[field] = *number;
    }
    if (static_cast<int>(m_plan.problems.size()) != cellProblemsBefore)
        return;

    const QUuid id = measureValueId(m_teamId, m_measure.meta.id, period, stratumId);
    if (const auto it = m_seen.find(id); it != m_seen.end()) {
        problem(
            record.row, title(*m_periodColumn),
            QStringLiteral("%1%2 is already in row %3")
                .arg(period.toString(m_measure.frequency == Frequency::Weekly ? QStringLiteral("yyyy-MM-dd")
                                                                              : QStringLiteral("yyyy-MM")),
                     stratumName.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(stratumName))
                .arg(it->second));
        return;
    }
    m_seen.emplace(id, record.row);

    PlannedCell planned;
    planned.row = record.row;
    planned.stratumName = stratumName;
    if (const auto it = m_stored->find(id); it != m_stored->end()) {
        planned.old = it->second;
        planned.value = it->second;
    } else {
        planned.value.meta.id = id;
        planned.value.meta.owner = Owner::ofTeam(m_teamId);
        planned.value.teamId = m_teamId;
        planned.value.measureId = m_measure.meta.id;
        planned.value.period = period;
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

    if (auto valid = planned.value.validate(m_measure); !valid) {
        const QString& message = valid.error().message;
        QString where = title(*m_periodColumn);
        for (const Field field : {Field::Numerator, Field::Denominator, Field::Value})
            if (group.columns.count(field) && message.contains(QStringLiteral("(%1)").arg(fieldName(field))))
                where = title(group.columns.at(field));
        problem(record.row, where, message);
        return;
    }
    planned.change = !planned.old
                         ? CellChange::New
                         : (*planned.old == planned.value ? CellChange::Unchanged : CellChange::Changed);
    m_plan.cells.push_back(std::move(planned));
}

} // namespace

Result<ImportPlan> planMeasureImport(QIODevice& device, const QString& source, Workspace& workspace,
                                     const Measure& measure, const QUuid& teamId) {
    ImportPlan plan;
    plan.source = source;
    auto text = readText(device, source, plan);
    if (!text)
        return text.error();
    plan.separator = detectSeparator(*text);
    auto table = readCsvText(*text, plan.separator, source);
    if (!table) {
        plan.problems << table.error().message;
        return plan;
    }
    auto strata = strataOf(workspace, measure);
    if (!strata)
        return strata.error();

    ImportPlanner planner(plan, *table, measure, teamId, *strata);
    if (!planner.readHeader())
        return plan;
    auto existing = workspace.measures.allValues(teamId, measure.meta.id);
    if (!existing)
        return existing.error();
    std::map<QUuid, MeasureValue> stored;
    for (const MeasureValue& value : *existing)
        stored.emplace(value.meta.id, value);
    planner.readRecords(stored);

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

// SPDX-License-Identifier: Apache-2.0
#include "analysis/chartinput.h"

#include "import/csvreader.h"

#include <QDate>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <optional>

namespace pdsa::analysis {

namespace {

struct Row {
    int row = 0;
    double key = 0.0;
    QString xText;
    double y = kNaN;
    double n = kNaN;
};

std::optional<double> parseNumber(const QString& text)
{
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::RejectGroupSeparator);
    bool ok = false;
    const double value = c.toDouble(text, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<double> parseX(const QString& text, XKind kind)
{
    switch (kind) {
    case XKind::Number:
        return parseNumber(text);
    case XKind::Date: {
        static const QRegularExpression pattern(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
        const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
        if (!pattern.match(text).hasMatch() || !date.isValid())
            return std::nullopt;
        return static_cast<double>(date.toJulianDay());
    }
    case XKind::Month: {
        static const QRegularExpression pattern(QStringLiteral(R"(^(\d{4})-(\d{2})$)"));
        const auto match = pattern.match(text);
        if (!match.hasMatch())
            return std::nullopt;
        const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), 1);
        if (!date.isValid())
            return std::nullopt;
        return static_cast<double>(date.toJulianDay());
    }
    }
    return std::nullopt;
}

QString quoted(const QString& text) { return QLatin1Char('"') + text + QLatin1Char('"'); }

QString kindExample(XKind kind)
{
    switch (kind) {
    case XKind::Number:
        return QStringLiteral("a number");
    case XKind::Date:
        return QStringLiteral("a date written YYYY-MM-DD");
    case XKind::Month:
        return QStringLiteral("a month written YYYY-MM");
    }
    return {};
}

} // namespace

bool readsDenominator(ChartType type)
{
    return type != ChartType::C && type != ChartType::Xbar && type != ChartType::S;
}

bool needsDenominator(ChartType type)
{
    return type == ChartType::P || type == ChartType::PP || type == ChartType::U || type == ChartType::UP;
}

namespace {

// Where x, y and n are in the file (-1: no such column), and every header as written.
struct Columns {
    int x = -1;
    int y = -1;
    int n = -1;
    QStringList names; // trimmed
};

// The columns by name: x and y, and n when `type` needs a denominator; each at most once.
Result<Columns> findColumns(const import::CsvRecord& header, const QString& source, ChartType type)
{
    Columns columns;
    const QStringList& names = header.fields;
    for (int i = 0; i < names.size(); ++i) {
        const QString name = names[i].trimmed().toLower();
        int* column = name == QLatin1String("x")   ? &columns.x
                      : name == QLatin1String("y") ? &columns.y
                      : name == QLatin1String("n") ? &columns.n
                                                   : nullptr;
        if (!column)
            continue;
        if (*column >= 0)
            return makeError(ErrorCode::Invalid, QStringLiteral("%1, row %2: column %3 appears twice in the header")
                                                     .arg(source)
                                                     .arg(header.row)
                                                     .arg(name));
        *column = i;
    }
    for (const QString& name : names)
        columns.names << name.trimmed();
    for (const auto& [column, name] : {std::pair{columns.x, "x"}, std::pair{columns.y, "y"}})
        if (column < 0)
            return makeError(ErrorCode::Invalid, QStringLiteral("%1: no column %2 in the header (its columns are: %3)")
                                                     .arg(source, QLatin1String(name), columns.names.join(u", ")));
    if (needsDenominator(type) && columns.n < 0)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("%1: no column n in the header; a %2 chart needs the denominator of each value")
                             .arg(source, toText(type)));
    return columns;
}

// What `type` refuses of a row's count or time (a problem with column y), if anything.
std::optional<QString> valueProblem(const Row& row, ChartType type, const QString& yShown, const QString& nText)
{
    const bool hasY = !std::isnan(row.y);
    switch (type) {
    case ChartType::P:
    case ChartType::PP:
        if (hasY && row.y < 0.0)
            return QStringLiteral("a count cannot be negative, got %1").arg(yShown);
        if (hasY && !std::isnan(row.n) && row.y > row.n) {
            if (row.n == 0.0)
                return QStringLiteral("a count of %1 over a denominator of 0 (only a count of 0 "
                                      "can have no denominator)")
                    .arg(yShown);
            return QStringLiteral("the count %1 is above its denominator %2").arg(yShown, nText);
        }
        break;
    case ChartType::U:
    case ChartType::UP:
    case ChartType::C:
        if (hasY && row.y < 0.0)
            return QStringLiteral("a count cannot be negative, got %1").arg(yShown);
        break;
    case ChartType::G:
        if (hasY && row.y < 0.0)
            return QStringLiteral("a number of opportunities between events cannot be negative, got %1").arg(yShown);
        break;
    case ChartType::T:
        if (hasY && row.y <= 0.0)
            return QStringLiteral("a time between events must be greater than zero, got %1").arg(yShown);
        break;
    default:
        break;
    }
    return std::nullopt;
}

// One record, each cell checked: nothing for a row without an x (§1 step 2: dropped). The first
// x decides whether x holds numbers, dates or months (`kind`); every later x must be the same.
Result<std::optional<Row>> readRow(const import::CsvRecord& record, const Columns& columns, bool useN,
                                   ChartType type, std::optional<XKind>& kind, const QString& source)
{
    auto fail = [&](int column, const QString& problem) {
        return makeError(ErrorCode::Invalid, QStringLiteral("%1, row %2, column %3: %4")
                                                 .arg(source)
                                                 .arg(record.row)
                                                 .arg(columns.names[column], problem));
    };
    Row row;
    row.row = record.row;
    row.xText = record.fields[columns.x].trimmed();
    if (row.xText.isEmpty())
        return std::optional<Row>();
    if (!kind) {
        for (XKind candidate : {XKind::Number, XKind::Date, XKind::Month})
            if (parseX(row.xText, candidate)) {
                kind = candidate;
                break;
            }
        if (!kind)
            return fail(columns.x, QStringLiteral("expected a number or a date (YYYY-MM-DD or YYYY-MM), got %1")
                                       .arg(quoted(row.xText)));
    }
    const auto key = parseX(row.xText, *kind);
    if (!key)
        return fail(columns.x, QStringLiteral("expected %1 like the rows above, got %2")
                                   .arg(kindExample(*kind), quoted(row.xText)));
    row.key = *key;

    const QString yText = record.fields[columns.y].trimmed();
    if (!yText.isEmpty()) {
        const auto y = parseNumber(yText);
        if (!y)
            return fail(columns.y, QStringLiteral("expected a number, got %1").arg(quoted(yText)));
        row.y = *y;
    }
    if (useN) {
        const QString nText = record.fields[columns.n].trimmed();
        if (!nText.isEmpty()) {
            const auto n = parseNumber(nText);
            if (!n)
                return fail(columns.n, QStringLiteral("expected a number, got %1").arg(quoted(nText)));
            if (*n < 0.0)
                return fail(columns.n, QStringLiteral("a denominator cannot be negative, got %1").arg(nText));
            row.n = *n;
        }
    }
    const QString yShown = !std::isnan(row.y) ? yText : QString();
    const QString nText = columns.n >= 0 ? record.fields[columns.n].trimmed() : QString();
    if (const auto problem = valueProblem(row, type, yShown, nText))
        return fail(columns.y, *problem);
    return std::optional<Row>(row);
}

// The rows in order of x, those of one x making one subgroup.
ChartData groupRows(std::vector<Row> rows, std::optional<XKind> kind, bool useN, Aggregation aggregation)
{
    ChartData data;
    data.xKind = kind.value_or(XKind::Number);
    data.hasDenominator = useN;
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.key < b.key; });
    std::vector<double> ys, ns;
    for (std::size_t begin = 0; begin < rows.size();) {
        std::size_t end = begin + 1;
        while (end < rows.size() && rows[end].key == rows[begin].key)
            ++end;
        ys.clear();
        ns.clear();
        for (std::size_t i = begin; i < end; ++i) {
            ys.push_back(rows[i].y);
            ns.push_back(rows[i].n);
        }
        data.x.push_back({rows[begin].key, rows[begin].xText});
        data.subgroups.push_back(useN ? Subgroup::ratios(ys, ns) : Subgroup::values(ys, aggregation));
        begin = end;
    }
    return data;
}

} // namespace

Result<ChartData> readChartData(QIODevice& device, const QString& source, ChartType type, Aggregation aggregation)
{
    auto table = import::readCsv(device, source);
    if (!table)
        return table.error();
    auto columns = findColumns(table->header, source, type);
    if (!columns)
        return columns.error();
    const bool useN = columns->n >= 0 && readsDenominator(type);

    // Rows, each cell checked.
    std::vector<Row> rows;
    rows.reserve(table->records.size());
    std::optional<XKind> kind;
    for (const import::CsvRecord& record : table->records) {
        auto row = readRow(record, *columns, useN, type, kind, source);
        if (!row)
            return row.error();
        if (*row)
            rows.push_back(**row);
    }
    return groupRows(std::move(rows), kind, useN, aggregation);
}

} // namespace pdsa::analysis

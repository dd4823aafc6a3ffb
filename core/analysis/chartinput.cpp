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

Result<ChartData> readChartData(QIODevice& device, const QString& source, ChartType type, Aggregation aggregation)
{
    auto table = import::readCsv(device, source);
    if (!table)
        return table.error();

    // Columns, by name.
    const QStringList& names = table->header.fields;
    int xColumn = -1, yColumn = -1, nColumn = -1;
    for (int i = 0; i < names.size(); ++i) {
        const QString name = names[i].trimmed().toLower();
        int* column = name == QLatin1String("x")   ? &xColumn
                      : name == QLatin1String("y") ? &yColumn
                      : name == QLatin1String("n") ? &nColumn
                                                   : nullptr;
        if (!column)
            continue;
        if (*column >= 0)
            return makeError(ErrorCode::Invalid, QStringLiteral("%1, row %2: column %3 appears twice in the header")
                                                     .arg(source)
                                                     .arg(table->header.row)
                                                     .arg(name));
        *column = i;
    }
    QStringList trimmedNames;
    for (const QString& name : names)
        trimmedNames << name.trimmed();
    for (const auto& [column, name] : {std::pair{xColumn, "x"}, std::pair{yColumn, "y"}})
        if (column < 0)
            return makeError(ErrorCode::Invalid, QStringLiteral("%1: no column %2 in the header (its columns are: %3)")
                                                     .arg(source, QLatin1String(name), trimmedNames.join(u", ")));
    if (needsDenominator(type) && nColumn < 0)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("%1: no column n in the header; a %2 chart needs the denominator of each value")
                             .arg(source, toText(type)));
    const bool useN = nColumn >= 0 && readsDenominator(type);

    // Rows, each cell checked.
    std::vector<Row> rows;
    rows.reserve(table->records.size());
    std::optional<XKind> kind;
    for (const import::CsvRecord& record : table->records) {
        auto fail = [&](int column, const QString& problem) {
            return makeError(ErrorCode::Invalid, QStringLiteral("%1, row %2, column %3: %4")
                                                     .arg(source)
                                                     .arg(record.row)
                                                     .arg(trimmedNames[column], problem));
        };
        Row row;
        row.row = record.row;
        row.xText = record.fields[xColumn].trimmed();
        if (row.xText.isEmpty())
            continue; // §1 step 2: rows without an x are dropped
        if (!kind) {
            for (XKind candidate : {XKind::Number, XKind::Date, XKind::Month})
                if (parseX(row.xText, candidate)) {
                    kind = candidate;
                    break;
                }
            if (!kind)
                return fail(xColumn, QStringLiteral("expected a number or a date (YYYY-MM-DD or YYYY-MM), got %1")
                                         .arg(quoted(row.xText)));
        }
        const auto key = parseX(row.xText, *kind);
        if (!key)
            return fail(xColumn, QStringLiteral("expected %1 like the rows above, got %2")
                                     .arg(kindExample(*kind), quoted(row.xText)));
        row.key = *key;

        const QString yText = record.fields[yColumn].trimmed();
        if (!yText.isEmpty()) {
            const auto y = parseNumber(yText);
            if (!y)
                return fail(yColumn, QStringLiteral("expected a number, got %1").arg(quoted(yText)));
            row.y = *y;
        }
        if (useN) {
            const QString nText = record.fields[nColumn].trimmed();
            if (!nText.isEmpty()) {
                const auto n = parseNumber(nText);
                if (!n)
                    return fail(nColumn, QStringLiteral("expected a number, got %1").arg(quoted(nText)));
                if (*n < 0.0)
                    return fail(nColumn, QStringLiteral("a denominator cannot be negative, got %1").arg(nText));
                row.n = *n;
            }
        }

        const bool hasY = !std::isnan(row.y);
        const QString yShown = hasY ? yText : QString();
        switch (type) {
        case ChartType::P:
        case ChartType::PP:
            if (hasY && row.y < 0.0)
                return fail(yColumn, QStringLiteral("a count cannot be negative, got %1").arg(yShown));
            if (hasY && !std::isnan(row.n) && row.y > row.n) {
                if (row.n == 0.0)
                    return fail(yColumn, QStringLiteral("a count of %1 over a denominator of 0 (only a count of 0 "
                                                        "can have no denominator)")
                                             .arg(yShown));
                return fail(yColumn, QStringLiteral("the count %1 is above its denominator %2")
                                         .arg(yShown, record.fields[nColumn].trimmed()));
            }
            break;
        case ChartType::U:
        case ChartType::UP:
        case ChartType::C:
            if (hasY && row.y < 0.0)
                return fail(yColumn, QStringLiteral("a count cannot be negative, got %1").arg(yShown));
            break;
        case ChartType::G:
            if (hasY && row.y < 0.0)
                return fail(yColumn,
                            QStringLiteral("a number of opportunities between events cannot be negative, got %1")
                                .arg(yShown));
            break;
        case ChartType::T:
            if (hasY && row.y <= 0.0)
                return fail(yColumn,
                            QStringLiteral("a time between events must be greater than zero, got %1").arg(yShown));
            break;
        default:
            break;
        }
        rows.push_back(row);
    }

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

} // namespace pdsa::analysis

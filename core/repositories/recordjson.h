// SPDX-License-Identifier: Apache-2.0
#pragma once
// A record field as JSON, the form records take in a bundle (docs/bundle-format.md). One
// function pair per member type, next to readAs<M>() in recordtable.h, so that a column declared
// once with column("name", &Type::member) maps to SQL and to the bundle alike.
//
// Reading is strict because bundles arrive from elsewhere: a value of the wrong type, an
// impossible date, a number out of range or a text longer than kMaxTextLength is refused with
// what was expected, never coerced.

#include "domain/enumtext.h"
#include "repositories/compactjson.h"
#include "storage/database.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QUuid>

#include <cmath>
#include <optional>
#include <type_traits>

namespace pdsa::repo {

// Limits on what a bundle may hold in one field. Far above anything a team writes (a PDSA
// worksheet field of a megabyte is a novel), far below what would exhaust memory.
inline constexpr qsizetype kMaxTextLength = 1 << 20;
inline constexpr double kMaxMagnitude = 1e12;
inline constexpr int kMinYear = 1900;
inline constexpr int kMaxYear = 2200;
inline constexpr qsizetype kMaxListLength = 10000;

template <typename M> QJsonValue toJsonValue(const M& value) {
    if constexpr (std::is_same_v<M, QString>)
        return value;
    else if constexpr (std::is_same_v<M, QUuid>)
        return value.isNull() ? QJsonValue() : QJsonValue(value.toString(QUuid::WithoutBraces));
    else if constexpr (std::is_same_v<M, QDate>)
        return value.isValid() ? QJsonValue(storage::dateToText(value)) : QJsonValue();
    else if constexpr (std::is_same_v<M, QDateTime>)
        return value.isValid() ? QJsonValue(storage::dateTimeToText(value)) : QJsonValue();
    else if constexpr (std::is_same_v<M, bool>)
        return value;
    else if constexpr (std::is_same_v<M, int>)
        return value;
    else if constexpr (std::is_same_v<M, double>)
        return value;
    else if constexpr (std::is_same_v<M, std::optional<double>> || std::is_same_v<M, std::optional<int>>)
        return value ? QJsonValue(*value) : QJsonValue();
    else if constexpr (std::is_same_v<M, QList<QDate>>) {
        QJsonArray dates;
        for (const QDate& date : value)
            dates.append(storage::dateToText(date));
        return dates;
    } else if constexpr (std::is_same_v<M, QList<QUuid>>) {
        QJsonArray ids;
        for (const QUuid& id : value)
            ids.append(id.toString(QUuid::WithoutBraces));
        return ids;
    } else if constexpr (std::is_enum_v<M>)
        return toText(value);
    else
        static_assert(sizeof(M) == 0, "no JSON mapping for this member type");
}

// Writes what toJsonValue(value) is as compact JSON, without building the QJsonValue (a record's
// content hash is taken over this text; see compactjson.h).
template <typename M> void writeJsonValue(QByteArray& out, const M& value) {
    using namespace compactjson;
    if constexpr (std::is_same_v<M, QString>) {
        writeString(out, value);
    } else if constexpr (std::is_same_v<M, QUuid>) {
        if (value.isNull()) {
            out += "null";
        } else {
            out += '"';
            out += value.toByteArray(QUuid::WithoutBraces);
            out += '"';
        }
    } else if constexpr (std::is_same_v<M, QDate>) {
        if (value.isValid())
            writeString(out, storage::dateToText(value));
        else
            out += "null";
    } else if constexpr (std::is_same_v<M, QDateTime>) {
        if (value.isValid())
            writeString(out, storage::dateTimeToText(value));
        else
            out += "null";
    } else if constexpr (std::is_same_v<M, bool>) {
        out += value ? "true" : "false";
    } else if constexpr (std::is_same_v<M, int>) {
        writeInteger(out, value);
    } else if constexpr (std::is_same_v<M, double>) {
        writeNumber(out, value);
    } else if constexpr (std::is_same_v<M, std::optional<double>> || std::is_same_v<M, std::optional<int>>) {
        if (value)
            writeJsonValue(out, *value);
        else
            out += "null";
    } else if constexpr (std::is_same_v<M, QList<QDate>> || std::is_same_v<M, QList<QUuid>>) {
        out += '[';
        for (qsizetype i = 0; i < value.size(); ++i) {
            if (i > 0)
                out += ',';
            // Each item as text, as toJsonValue() gives it.
            if constexpr (std::is_same_v<M, QList<QUuid>>)
                writeString(out, value[i].toString(QUuid::WithoutBraces));
            else
                writeString(out, storage::dateToText(value[i]));
        }
        out += ']';
    } else if constexpr (std::is_enum_v<M>) {
        writeString(out, toText(value));
    } else {
        static_assert(sizeof(M) == 0, "no JSON mapping for this member type");
    }
}

namespace detail {

inline std::optional<QDate> dateFrom(const QJsonValue& json) {
    if (!json.isString())
        return std::nullopt;
    const QString text = json.toString();
    static const auto shape = [](const QString& t) { return t.size() == 10 && t[4] == u'-' && t[7] == u'-'; };
    const QDate date = shape(text) ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!date.isValid() || date.year() < kMinYear || date.year() > kMaxYear)
        return std::nullopt;
    return date;
}

// One canonical form only: 36 characters, lower case, no braces (as the app writes them).
inline std::optional<QUuid> uuidFrom(const QJsonValue& json) {
    if (!json.isString() || json.toString().size() != 36)
        return std::nullopt;
    const QString text = json.toString();
    const QUuid id = QUuid::fromString(text);
    if (id.isNull() || text != id.toString(QUuid::WithoutBraces))
        return std::nullopt;
    return id;
}

// The length of a text in characters (code points), as the format document counts it.
inline qsizetype characters(const QString& text) {
    qsizetype count = text.size();
    for (const QChar c : text)
        count -= c.isLowSurrogate() ? 1 : 0;
    return count;
}

inline std::optional<double> numberFrom(const QJsonValue& json) {
    if (!json.isDouble())
        return std::nullopt;
    const double v = json.toDouble();
    return std::isfinite(v) && std::abs(v) <= kMaxMagnitude ? std::optional<double>(v) : std::nullopt;
}

inline std::optional<int> intFrom(const QJsonValue& json) {
    const auto v = numberFrom(json);
    if (!v || *v != std::floor(*v) || std::abs(*v) > 1e9)
        return std::nullopt;
    return static_cast<int>(*v);
}

} // namespace detail

// Reads `json` into `value`; on a refusal returns what was expected ("a date such as 2025-03-01").
template <typename M> std::optional<QString> fromJsonValue(const QJsonValue& json, M& value) {
    using namespace detail;
    if constexpr (std::is_same_v<M, QString>) {
        if (!json.isString())
            return QStringLiteral("a text");
        if (json.toString().size() > kMaxTextLength && characters(json.toString()) > kMaxTextLength)
            return QStringLiteral("a text of at most %1 characters").arg(kMaxTextLength);
        value = json.toString();
    } else if constexpr (std::is_same_v<M, QUuid>) {
        if (json.isNull()) {
            value = QUuid();
        } else if (const auto id = uuidFrom(json)) {
            value = *id;
        } else {
            return QStringLiteral("an id such as 0f8fad5b-d9cb-469f-a165-70867728950e, or null");
        }
    } else if constexpr (std::is_same_v<M, QDate>) {
        if (json.isNull()) {
            value = QDate();
        } else if (const auto date = dateFrom(json)) {
            value = *date;
        } else {
            return QStringLiteral("a date between %1 and %2 such as 2025-03-01, or null")
                .arg(kMinYear)
                .arg(kMaxYear);
        }
    } else if constexpr (std::is_same_v<M, QDateTime>) {
        // In UTC, with its "Z": a time without a zone would be read as the reader's local time.
        // In the one form the app writes (milliseconds, "T", no 24:00), so that a time has one text.
        const QDateTime time = json.isString() && json.toString().endsWith(u'Z')
                                   ? storage::dateTimeFromText(json.toString())
                                   : QDateTime();
        if (!json.isNull() && (!time.isValid() || time.date().year() < kMinYear || time.date().year() > kMaxYear ||
                               storage::dateTimeToText(time) != json.toString()))
            return QStringLiteral("a time such as 2025-03-01T12:00:00.000Z, or null");
        value = json.isNull() ? QDateTime() : time;
    } else if constexpr (std::is_same_v<M, bool>) {
        if (!json.isBool())
            return QStringLiteral("true or false");
        value = json.toBool();
    } else if constexpr (std::is_same_v<M, int>) {
        const auto v = intFrom(json);
        if (!v)
            return QStringLiteral("a whole number");
        value = *v;
    } else if constexpr (std::is_same_v<M, double>) {
        const auto v = numberFrom(json);
        if (!v)
            return QStringLiteral("a number between -%1 and %1").arg(kMaxMagnitude, 0, 'g');
        value = *v;
    } else if constexpr (std::is_same_v<M, std::optional<double>>) {
        const auto v = numberFrom(json);
        if (!json.isNull() && !v)
            return QStringLiteral("a number between -%1 and %1, or null").arg(kMaxMagnitude, 0, 'g');
        value = json.isNull() ? std::nullopt : v;
    } else if constexpr (std::is_same_v<M, std::optional<int>>) {
        const auto v = intFrom(json);
        if (!json.isNull() && !v)
            return QStringLiteral("a whole number, or null");
        value = json.isNull() ? std::nullopt : v;
    } else if constexpr (std::is_same_v<M, QList<QDate>> || std::is_same_v<M, QList<QUuid>>) {
        if (!json.isArray() || json.toArray().size() > kMaxListLength)
            return QStringLiteral("a list of at most %1 items").arg(kMaxListLength);
        M items;
        for (const QJsonValue& item : json.toArray()) {
            if constexpr (std::is_same_v<M, QList<QDate>>) {
                const auto date = dateFrom(item);
                if (!date)
                    return QStringLiteral("a list of dates such as 2025-03-01");
                items.append(*date);
            } else {
                const auto id = uuidFrom(item);
                if (!id)
                    return QStringLiteral("a list of ids");
                items.append(*id);
            }
        }
        value = items;
    } else if constexpr (std::is_enum_v<M>) {
        const auto v = json.isString() ? fromText<M>(json.toString()) : std::nullopt;
        if (!v)
            return QStringLiteral("one of %1").arg(allTexts<M>().join(QStringLiteral(", ")));
        value = *v;
    } else {
        static_assert(sizeof(M) == 0, "no JSON mapping for this member type");
    }
    return std::nullopt;
}

} // namespace pdsa::repo

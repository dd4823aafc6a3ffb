// SPDX-License-Identifier: Apache-2.0
#pragma once
// How the listing commands (`pdsa cycles`, `pdsa reporting`, `pdsa feedback`) print their rows,
// so that they read alike: JSON as {"<key>": [...]} with one object per row, its keys in the
// command's order and null for a missing value; CSV (RFC 4180, UTF-8, CRLF) with a header row and
// the same columns in the same order.

#include <QDate>
#include <QJsonValue>
#include <QString>
#include <QTextStream>
#include <QUuid>

#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace pdsa::cli {

// One row as ordered (key, value) pairs: QJsonObject would sort the keys.
using Fields = std::vector<std::pair<QString, QJsonValue>>;

QJsonValue textOrNull(const QString& text);
QJsonValue idOrNull(const QUuid& id);
QJsonValue dateOrNull(const QDate& date);
QJsonValue numberOrNull(const std::optional<double>& number);

// One object on one line, its keys in order: {"a": 1, "b": null}.
void writeCompactObject(QByteArray& out, const Fields& fields);

// {"<key>": [rows]}, one key and value a line.
void writeJsonRows(QTextStream& out, const QString& key, const std::vector<Fields>& rows);

// A value as a CSV cell's text: a text as it is, a number as written in JSON, null as nothing.
QString cellText(const QJsonValue& value);
// The rows as CSV under `header` (the column names); `cell` turns a value into its text (for
// values that are lists, say).
void writeCsvRows(QTextStream& out, const QStringList& header, const std::vector<Fields>& rows,
                  const std::function<QString(const QString& key, const QJsonValue&)>& cell = {});

} // namespace pdsa::cli

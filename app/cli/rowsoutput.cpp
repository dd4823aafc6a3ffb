// SPDX-License-Identifier: Apache-2.0
#include "cli/rowsoutput.h"

#include "util/csvcell.h"

#include "repositories/compactjson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pdsa::cli {

namespace {

// One JSON value on one line, as QJsonDocument would write it: scalars straight from the value
// (a listing writes hundreds of thousands of them), lists and objects through QJsonDocument.
void writeCompact(QByteArray& out, const QJsonValue& value) {
    using namespace repo::compactjson;
    switch (value.type()) {
    case QJsonValue::String:
        writeString(out, value.toString());
        break;
    case QJsonValue::Double:
        writeNumber(out, value.toDouble());
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Array:
    case QJsonValue::Object: {
        const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        out += QByteArrayView(wrapped).sliced(1, wrapped.size() - 2);
        break;
    }
    default:
        out += "null";
    }
}

} // namespace

QJsonValue textOrNull(const QString& text) {
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue idOrNull(const QUuid& id) {
    return id.isNull() ? QJsonValue() : QJsonValue(id.toString(QUuid::WithoutBraces));
}

QJsonValue dateOrNull(const QDate& date) {
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue numberOrNull(const std::optional<double>& number) {
    return number ? QJsonValue(*number) : QJsonValue();
}

void writeCompactObject(QByteArray& out, const Fields& fields) {
    out += '{';
    for (size_t f = 0; f < fields.size(); ++f) {
        if (f > 0)
            out += ", ";
        repo::compactjson::writeString(out, fields[f].first);
        out += ": ";
        writeCompact(out, fields[f].second);
    }
    out += '}';
}

void writeJsonRows(QTextStream& out, const QString& key, const std::vector<Fields>& rows) {
    QByteArray text = "{\n  ";
    repo::compactjson::writeString(text, key);
    text += ": [";
    for (size_t i = 0; i < rows.size(); ++i) {
        text += i == 0 ? "\n    {\n" : ",\n    {\n";
        const Fields& fields = rows[i];
        for (size_t f = 0; f < fields.size(); ++f) {
            text += "      ";
            repo::compactjson::writeString(text, fields[f].first);
            text += ": ";
            writeCompact(text, fields[f].second);
            text += f + 1 < fields.size() ? ",\n" : "\n";
        }
        text += "    }";
    }
    text += rows.empty() ? "]\n}\n" : "\n  ]\n}\n";
    out << QString::fromUtf8(text);
}

QString cellText(const QJsonValue& value) {
    if (value.isString())
        return value.toString();
    if (value.isDouble() || value.isBool()) {
        QByteArray text;
        writeCompact(text, value);
        return QString::fromLatin1(text);
    }
    return {};
}

void writeCsvRows(QTextStream& out, const QStringList& header, const std::vector<Fields>& rows,
                  const std::function<QString(const QString& key, const QJsonValue&)>& cell) {
    out << header.join(QLatin1Char(',')) << "\r\n";
    for (const Fields& fields : rows) {
        QStringList cells;
        for (const auto& [key, value] : fields)
            cells << csvCell(cell ? cell(key, value) : cellText(value));
        out << cells.join(QLatin1Char(',')) << "\r\n";
    }
}

} // namespace pdsa::cli

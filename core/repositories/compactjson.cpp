// SPDX-License-Identifier: Apache-2.0
#include "repositories/compactjson.h"

#include <QCborValue>
#include <QJsonValue>
#include <QLocale>

#include <cmath>

namespace pdsa::repo::compactjson {

namespace {

char hexDigit(unsigned value) {
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

void writeEscapedUnit(QByteArray& out, char16_t unit) {
    out += "\\u";
    out += hexDigit((unit >> 12) & 0xf);
    out += hexDigit((unit >> 8) & 0xf);
    out += hexDigit((unit >> 4) & 0xf);
    out += hexDigit(unit & 0xf);
}

} // namespace

void writeString(QByteArray& out, QStringView text) {
    out += '"';
    const char16_t* it = text.utf16();
    const char16_t* const end = it + text.size();
    while (it != end) {
        const char16_t u = *it++;
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                out += char(u);
                continue;
            }
            switch (u) {
            case u'"':
                out += "\\\"";
                break;
            case u'\\':
                out += "\\\\";
                break;
            case 0x8:
                out += "\\b";
                break;
            case 0xc:
                out += "\\f";
                break;
            case 0xa:
                out += "\\n";
                break;
            case 0xd:
                out += "\\r";
                break;
            case 0x9:
                out += "\\t";
                break;
            default:
                writeEscapedUnit(out, u);
            }
        } else if (u < 0x800) {
            out += char(0xc0 | (u >> 6));
            out += char(0x80 | (u & 0x3f));
        } else if (u < 0xd800 || u > 0xdfff) {
            out += char(0xe0 | (u >> 12));
            out += char(0x80 | ((u >> 6) & 0x3f));
            out += char(0x80 | (u & 0x3f));
        } else if (u <= 0xdbff && it != end && *it >= 0xdc00 && *it <= 0xdfff) {
            const char32_t c = 0x10000 + ((char32_t(u) - 0xd800) << 10) + (char32_t(*it++) - 0xdc00);
            out += char(0xf0 | (c >> 18));
            out += char(0x80 | ((c >> 12) & 0x3f));
            out += char(0x80 | ((c >> 6) & 0x3f));
            out += char(0x80 | (c & 0x3f));
        } else {
            writeEscapedUnit(out, u); // a lone surrogate has no UTF-8 form
        }
    }
    out += '"';
}

void writeInteger(QByteArray& out, qint64 value) {
    out += QByteArray::number(value);
}

void writeNumber(QByteArray& out, double value) {
    // Whether QJsonValue keeps the number as an integer is Qt's decision; ask it rather than
    // guess (it involves the range of qint64 and the precision of a double).
    const QCborValue held = QCborValue::fromJsonValue(QJsonValue(value));
    if (held.isInteger())
        writeInteger(out, held.toInteger());
    else if (std::isfinite(value))
        out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    else
        out += "null";
}

} // namespace pdsa::repo::compactjson

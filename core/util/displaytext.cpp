// SPDX-License-Identifier: Apache-2.0
#include "util/displaytext.h"

#include <QList>

namespace pdsa {

namespace {

bool needsEscape(char32_t c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 // controls, separators
           || c == 0x061c || c == 0x200e || c == 0x200f                        // bidirectional marks
           || (c >= 0x202a && c <= 0x202e)                                      // embeddings, overrides
           || (c >= 0x2066 && c <= 0x2069);                                     // isolates
}

QString escaped(QStringView text, int maxChars, bool keepLineBreaks) {
    QString out;
    int chars = 0;
    for (const uint code : text.toUcs4()) {
        const char32_t c = code;
        if (maxChars > 0 && chars == maxChars) {
            out += QChar(0x2026);
            break;
        }
        ++chars;
        if (needsEscape(c) && !(keepLineBreaks && (c == U'\n' || c == U'\t')))
            out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        else
            out += QString::fromUcs4(&c, 1);
    }
    return out;
}

} // namespace

QString shownText(QStringView text, int maxChars) {
    return escaped(text, maxChars, false);
}

QString forTerminal(QStringView message) {
    return escaped(message, 0, true);
}

} // namespace pdsa

// SPDX-License-Identifier: Apache-2.0
#pragma once
// One field as one CSV cell (RFC 4180): quoted when it holds a separator, a quote or a line break,
// its quotes doubled. Every CSV the project writes (the commands' listings, the disparity view, the
// spread report's folder) writes its cells through this.

#include <QString>

namespace pdsa {

inline QString csvCell(const QString& text) {
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

} // namespace pdsa

// SPDX-License-Identifier: Apache-2.0
#include "charts/decimation.h"

#include <algorithm>

namespace pdsa::ui {

QList<QPointF> decimateForColumns(const QList<QPointF>& points, qreal xMin, qreal xMax, int columns) {
    if (columns <= 0 || xMax <= xMin || points.size() <= 4 * qsizetype(columns))
        return points;
    const qreal scale = columns / (xMax - xMin);
    auto columnOf = [&](qreal x) { return std::clamp(int((x - xMin) * scale), 0, columns - 1); };

    QList<QPointF> out;
    out.reserve(4 * columns);
    qsizetype first = 0;
    while (first < points.size()) {
        const int column = columnOf(points[first].x());
        qsizetype last = first, lowest = first, highest = first;
        while (last + 1 < points.size() && columnOf(points[last + 1].x()) == column) {
            ++last;
            if (points[last].y() < points[lowest].y())
                lowest = last;
            if (points[last].y() > points[highest].y())
                highest = last;
        }
        qsizetype keep[] = {first, lowest, highest, last};
        std::sort(std::begin(keep), std::end(keep));
        for (qsizetype k = 0; k < 4; ++k)
            if (k == 0 || keep[k] != keep[k - 1])
                out << points[keep[k]];
        first = last + 1;
    }
    return out;
}

} // namespace pdsa::ui

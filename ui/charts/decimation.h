// SPDX-License-Identifier: Apache-2.0
#pragma once
// Fewer vertices for long lines, with the same picture: a line of thousands of points drawn
// into a few hundred pixel columns keeps, per column, its first, lowest, highest and last point
// (in their original order). Drawn as a polyline, that touches exactly the pixels the full line
// touches (the "M4" aggregation of Jugel et al., VLDB 2014), so a 10,000-point chart with
// stepped limits costs what a 1,000-pixel one does. Plain maths, tested on its own.

#include <QList>
#include <QPointF>

namespace pdsa::ui {

// `points` in order of x (ties allowed, as in stepped lines). Columns split [xMin, xMax] evenly;
// points outside it fall into the first or last column. Lines no longer than four points per
// column come back unchanged.
QList<QPointF> decimateForColumns(const QList<QPointF>& points, qreal xMin, qreal xMax, int columns);

} // namespace pdsa::ui

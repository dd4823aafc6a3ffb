// SPDX-License-Identifier: Apache-2.0
#pragma once
// Qt Charts objects for a ChartPlan (chartlayout.h): the chart with its axes, and one Qt Charts
// series per planned series. Shared by the views that draw a plan (the measure chart, the
// disparity view's gap and rates charts), which then hang their own tooltips and clicks on them.

#include "charts/chartlayout.h"
#include "util/result.h"

#include <QPen>
#include <QSize>

#include <functional>

class QAbstractSeries;
class QChart;

namespace pdsa::ui {

// A cosmetic pen: the same width whatever the chart's scale.
QPen chartPen(const QColor& color, qreal width, Qt::PenStyle style = Qt::SolidLine);

// A new chart with the plan's axes (periods along the bottom, values at the left), legend and
// title, white and without animation.
QChart* makePlannedChart(const ChartPlan& plan);

// The planned series added to `chart` on its axes: a line, a set of markers, or a band
// (SeriesRole::Band: `points` its upper edge, `lower` its lower edge). Its legend entry is
// hidden unless `inLegend`.
QAbstractSeries* addPlannedSeries(QChart* chart, const PlannedSeries& planned);

// Writes a chart export to `path` as its suffix says (.png, .svg, .pdf) at `size` (pixels for
// PNG, points otherwise): `paint` draws into the given rectangle. Written whole or not at all.
Status writeChartFile(const QString& path, const QSize& size, const QString& title,
                      const std::function<void(QPainter&, const QRectF&)>& paint);

} // namespace pdsa::ui

// SPDX-License-Identifier: Apache-2.0
#pragma once
// What a measure's chart shows, worked out before anything is drawn: the axes (range, ticks and
// their labels), the lines and point sets in drawing order with their colours, pens and legend
// names, long lines thinned to the view's pixel columns, the centre-line values and marker titles.
// Plain data from plain maths, so that it can be tested without a window and the drawing layer
// (Qt Charts, in MeasureChartView) stays a thin translation of it.

#include "analysis/measurechart.h"

#include <QColor>
#include <QDate>
#include <QList>
#include <QPointF>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace pdsa::ui {

// What to draw of a chart: its total, the total with one line per stratum, or one stratum with
// the x range of the total (small multiples).
enum class ChartMode { Total, Lines, Stratum };

// Past this many points the data line alone shows the data: no round marker per point.
inline constexpr std::size_t kMaxChartMarkers = 600;

// The x coordinate of a date on the chart: milliseconds since the epoch at its start (UTC).
qreal chartX(const QDate& date);

// The series `mode` and `stratumIndex` draw: a stratum when it exists, the total otherwise.
const analysis::MeasureChartSeries& drawnSeries(const analysis::MeasureChart& chart, ChartMode mode,
                                                int stratumIndex);

enum class MarkerShape { Circle, Rectangle, RotatedRectangle, Triangle, Star, Pentagon };

// What a series stands for: the view hangs tooltips and clicks on the point sets by it.
enum class SeriesRole {
    DataLine,
    StratumLine,
    CentreLine,
    LimitLine,
    TwoSigmaLine,
    GoalLine,
    PhaseDivider,
    DataPoints,
    ExcludedPoints,
    SignalPoints,
    AstronomicalPoints,
    CycleMarkers,
    AnnotationMarkers,
    Band,         // an interval band: `points` its upper edge, `lower` its lower edge
    ZeroLine,     // a gap chart's line of no difference
    SmallNumbers, // windows of small numbers (the disparity view)
};

// One line (a polyline with a cosmetic pen) or one set of markers, in chart coordinates.
struct PlannedSeries {
    SeriesRole role = SeriesRole::DataLine;
    bool markers = false; // a set of markers; a polyline otherwise
    QString name;
    bool inLegend = false;
    QList<QPointF> points;
    QList<QPointF> lower; // a band's lower edge, x for x with `points`
    QColor color; // the line, or the markers' fill
    // Lines only.
    qreal width = 1;
    Qt::PenStyle style = Qt::SolidLine;
    // Markers only.
    MarkerShape shape = MarkerShape::Circle;
    qreal size = 0;
    QColor border;
    bool outlined = false; // drawn with a one-pixel border pen of `border`
};

// A period label on the x axis, at the period's position.
struct ChartTick {
    QString label;
    qreal x = 0;
};

// A text on the chart: a centre line's value (row -1: left of and above its point) or a marker's
// title (row 0, 1, 2…: the row under the top the view tries first; smaller type).
struct ChartLabel {
    QString text;
    QColor color;
    QPointF at; // in chart coordinates
    int row = -1;
    bool small = false;
};

struct ChartPlan {
    qreal xMin = 0, xMax = 0; // half a period of margin around the periods
    std::vector<ChartTick> xTicks;
    QString yTitle;
    double yMin = 0, yMax = 1; // "nice" numbers around the data, the limits and the goal
    int yTickCount = 5;
    std::vector<PlannedSeries> series; // in drawing order (later ones on top)
    std::vector<ChartLabel> labels;
    QString title;
    bool legendVisible = true;
    bool decimated = false; // some line was thinned (a wider view needs a new plan)

    // The legend entries, in order.
    QStringList legendNames() const;
};

struct ChartPlanOptions {
    ChartMode mode = ChartMode::Total;
    int stratumIndex = -1;
    bool compact = false; // small multiples: fewer ticks, no legend, no markers along the top
    int columns = 0;      // pixel columns long lines are thinned to (0: not thinned)
    QDate today;          // the x range of a chart without points
    // A y range the axis must cover besides the data (small multiples on one shared scale).
    std::optional<std::pair<double, double>> yCover;
};

ChartPlan planChart(const analysis::MeasureChart& chart, const ChartPlanOptions& options);

// The colour of the stratum (or group) at `index`: a colour-blind-safe set of six, repeating.
QColor stratumColor(std::size_t index);
// A planned line, and a planned set of markers, with their looks.
PlannedSeries plannedLine(SeriesRole role, const QString& name, const QColor& color, qreal width,
                          Qt::PenStyle style = Qt::SolidLine);
PlannedSeries plannedMarkers(SeriesRole role, const QString& name, MarkerShape shape, const QColor& fill,
                             const QColor& border, qreal size);

// Qt Charts' "nice numbers" for a value axis (Heckbert's loose labels): widens [lo, hi] to
// multiples of a step of 1, 2 or 5 times a power of ten, for about `tickCount` ticks, and sets
// `tickCount` to the ticks that range has.
void niceAxisRange(double& lo, double& hi, int& tickCount);

} // namespace pdsa::ui

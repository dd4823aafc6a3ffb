// SPDX-License-Identifier: Apache-2.0
#pragma once
// Draws one analysis::MeasureChart with Qt Charts, in the style of the Health Care Data Guide:
// white background, thin grey grid, the data line with round markers, a solid centre line
// labelled with its value, dashed limits (stepped where n varies), a goal line, a vertical
// divider between phases, signals in red with a shape per rule (the legend names the rule),
// excluded points hollow and grey, astronomical points starred, and PDSA cycles and annotations
// as dated markers along the top. What to draw is worked out by planChart() (charts/chartlayout.h);
// this view turns that plan into Qt Charts series and axes, and wires tooltips and clicks. The only
// file (with its .cpp) that includes Qt Charts.

#include "analysis/measurechart.h"
#include "charts/chartlayout.h"

#include <QChartView>

class QGraphicsSimpleTextItem;
class QScatterSeries;

namespace pdsa::ui {

class MeasureChartView : public QChartView {
    Q_OBJECT

public:
    using Mode = ChartMode;

    explicit MeasureChartView(QWidget* parent = nullptr);

    // Draws `chart`: its total (Mode::Total), the total with one line per stratum (Lines), or
    // the stratum `stratumIndex` with the x range of the total (Stratum, for small multiples).
    void draw(const analysis::MeasureChart& chart, Mode mode = Mode::Total, int stratumIndex = -1);
    // Hides the legend and marker titles (small multiples).
    void setCompact(bool compact) { m_compact = compact; }
    // A y range the axis covers besides the data (small multiples on one scale); before draw().
    void setYCover(std::optional<std::pair<double, double>> cover) { m_yCover = cover; }
    // The y axis drawn: its minimum and maximum.
    std::pair<double, double> yRange() const { return m_yRange; }

    // The tooltip text of point `index` of the drawn series (period, value, numerator and
    // denominator, note, rules); empty outside the series.
    QString pointText(int index) const;
    // Number of Qt Charts series drawn (for tests).
    int seriesCount() const;
    // The pixel columns long lines were thinned to (at least the view's width once redrawn).
    int drawnColumns() const { return m_columns; }
    // The legend entries shown (for tests).
    QStringList legendNames() const;

signals:
    void cycleActivated(const QUuid& cycleId);
    void pointActivated(int index);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    // A new, empty chart in place of the old one, with the plan's axes.
    QChart* replaceChart(const ChartPlan& plan);
    void addSeries(QChart* c, const PlannedSeries& planned);
    void addLabels(QChart* c, const ChartPlan& plan);
    // Tooltips naming a point's values, or the markers at a date; clicks that open a point or a cycle.
    void showPointTips(QScatterSeries* series);
    void showMarkerTips(QScatterSeries* series);
    void placeLabels();

    analysis::MeasureChart m_chart;
    Mode m_mode = Mode::Total;
    int m_stratumIndex = -1;
    int m_columns = 0;        // pixel columns the lines were thinned to
    bool m_decimated = false; // some line was thinned (a wider view needs a redraw)
    bool m_redrawQueued = false;
    const analysis::MeasureChartSeries* m_series = nullptr;
    bool m_compact = false;
    std::optional<std::pair<double, double>> m_yCover;
    std::pair<double, double> m_yRange{0.0, 1.0};
    struct Label {
        QGraphicsSimpleTextItem* item;
        QPointF value; // in chart coordinates
        int row;       // marker rows from the top; -1: a centre-line label right of the point
    };
    std::vector<Label> m_labels;
    QStringList m_legend;
};

} // namespace pdsa::ui

// SPDX-License-Identifier: Apache-2.0
#include "charts/measurechartview.h"

#include "charts/plannedchartview.h"
#include "format.h"

#include <QCategoryAxis>
#include <QChart>
#include <QDateTime>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace pdsa::ui {

using namespace pdsa::analysis;

MeasureChartView::MeasureChartView(QWidget* parent)
    : QChartView(parent) {
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("Chart"));
    setFocusPolicy(Qt::StrongFocus);
    // QChartView made a chart of its own; setChart() releases it without deleting it.
    QChart* initial = chart();
    setChart(new QChart());
    delete initial;
    setBackgroundBrush(Qt::white);
}

int MeasureChartView::seriesCount() const {
    return int(chart()->series().size());
}

QStringList MeasureChartView::legendNames() const {
    return m_legend;
}

QString MeasureChartView::pointText(int index) const {
    if (!m_series || index < 0 || std::size_t(index) >= m_series->points.size())
        return QString();
    const MeasureChartPoint& p = m_series->points[std::size_t(index)];
    const Measure& m = m_chart.measure;
    QStringList lines;
    lines << Format::period(p.period, m.frequency);
    lines << tr("Value: %1").arg(std::isfinite(p.value) ? Format::measureValue(m, p.value) : Format::dash());
    if (m.hasDenominator())
        lines << tr("Numerator: %1, denominator: %2")
                     .arg(std::isfinite(p.numerator) ? Format::number(p.numerator, 0) : Format::dash(),
                          std::isfinite(p.denominator) ? Format::number(p.denominator, 0) : Format::dash());
    if (p.excluded)
        lines << tr("Excluded from the calculations");
    if (p.astronomical)
        lines << tr("Astronomical point");
    for (PointRule rule :
         {RuleBeyondLimit, RuleShift, RuleTrend, RuleTwoOfThree, RuleImprovement, RuleConcern})
        if (p.rules & rule)
            lines << ruleLabel(rule, m_chart.rules, m_chart.type);
    if (!p.note.isEmpty())
        lines << tr("Note: %1").arg(p.note);
    return lines.join(QLatin1Char('\n'));
}

void MeasureChartView::draw(const MeasureChart& data, Mode mode, int stratumIndex) {
    m_chart = data;
    m_mode = mode;
    m_stratumIndex = stratumIndex;
    m_series = &drawnSeries(m_chart, mode, stratumIndex);
    // Long lines are thinned to the pixel columns of the view (rounded up, so that small
    // resizes need no redraw); resizeEvent() redraws when the view outgrows them.
    m_columns = (std::max(width(), 640) / 256 + 1) * 256;
    ChartPlanOptions options;
    options.mode = mode;
    options.stratumIndex = stratumIndex;
    options.compact = m_compact;
    options.columns = m_columns;
    options.today = QDate::currentDate();
    options.yCover = m_yCover;
    const ChartPlan plan = planChart(m_chart, options);
    m_decimated = plan.decimated;
    m_yRange = {plan.yMin, plan.yMax};

    QChart* c = replaceChart(plan);
    for (const PlannedSeries& planned : plan.series)
        addSeries(c, planned);
    addLabels(c, plan);
    c->setTitle(plan.title);
    placeLabels();
}

QChart* MeasureChartView::replaceChart(const ChartPlan& plan) {
    for (const Label& label : m_labels)
        delete label.item;
    m_labels.clear();
    m_legend.clear();
    // A fresh QChart per drawing: reusing one leaves stale axis labels behind (Qt 6.4).
    QChart* previous = chart();
    QChart* c = makePlannedChart(plan);
    setChart(c);
    delete previous;
    connect(c, &QChart::plotAreaChanged, this, &MeasureChartView::placeLabels);
    return c;
}

void MeasureChartView::addSeries(QChart* c, const PlannedSeries& planned) {
    QAbstractSeries* series = addPlannedSeries(c, planned);
    if (planned.inLegend)
        m_legend << series->name();

    auto* points = qobject_cast<QScatterSeries*>(series);
    switch (planned.role) {
    case SeriesRole::DataPoints:
        showPointTips(points);
        connect(points, &QScatterSeries::clicked, this, [this](const QPointF& point) {
            for (std::size_t i = 0; i < m_series->points.size(); ++i)
                if (qFuzzyCompare(chartX(m_series->points[i].period), point.x()))
                    emit pointActivated(int(i));
        });
        break;
    case SeriesRole::ExcludedPoints:
    case SeriesRole::SignalPoints:
    case SeriesRole::AstronomicalPoints:
        showPointTips(points);
        break;
    case SeriesRole::CycleMarkers:
        connect(points, &QScatterSeries::clicked, this, [this](const QPointF& point) {
            for (const MeasureChartMarker& marker : m_chart.markers)
                if (marker.kind == MeasureChartMarker::Kind::Cycle &&
                    qFuzzyCompare(chartX(marker.date), point.x())) {
                    emit cycleActivated(marker.id);
                    return;
                }
        });
        showMarkerTips(points);
        break;
    case SeriesRole::AnnotationMarkers:
        showMarkerTips(points);
        break;
    default:
        break;
    }
}

void MeasureChartView::showPointTips(QScatterSeries* series) {
    connect(series, &QScatterSeries::hovered, this, [this](const QPointF& point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        for (std::size_t i = 0; i < m_series->points.size(); ++i)
            if (qFuzzyCompare(chartX(m_series->points[i].period), point.x())) {
                QToolTip::showText(QCursor::pos(), pointText(int(i)), this);
                return;
            }
    });
}

// Hovering a marker names it (titles may be hidden or shortened on the chart).
void MeasureChartView::showMarkerTips(QScatterSeries* series) {
    connect(series, &QScatterSeries::hovered, this, [this](const QPointF& point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        QStringList titles;
        for (const MeasureChartMarker& marker : m_chart.markers)
            if (qFuzzyCompare(chartX(marker.date), point.x()))
                titles << tr("%1: %2").arg(Format::date(marker.date), marker.title);
        QToolTip::showText(QCursor::pos(), titles.join(QLatin1Char('\n')), this);
    });
}

void MeasureChartView::addLabels(QChart* c, const ChartPlan& plan) {
    for (const ChartLabel& label : plan.labels) {
        auto* item = new QGraphicsSimpleTextItem(label.text, c);
        item->setBrush(label.color);
        if (label.small) {
            QFont small = item->font();
            small.setPointSizeF(small.pointSizeF() * 0.85);
            item->setFont(small);
        }
        m_labels.push_back({item, label.at, label.row});
    }
}

void MeasureChartView::resizeEvent(QResizeEvent* event) {
    QChartView::resizeEvent(event);
    placeLabels();
    if (m_decimated && width() > m_columns && !m_redrawQueued) {
        m_redrawQueued = true; // not from inside the resize: draw() replaces the chart
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_redrawQueued = false;
                draw(MeasureChart(m_chart), m_mode, m_stratumIndex);
            },
            Qt::QueuedConnection);
    }
}

void MeasureChartView::placeLabels() {
    QChart* c = chart();
    const auto series = c->series();
    if (series.isEmpty())
        return;
    const QRectF plot = c->plotArea();
    qreal rowEnds[3] = {-1e9, -1e9, -1e9};
    for (const Label& label : m_labels) {
        QPointF at = c->mapToPosition(label.value, series.front());
        const QRectF box = label.item->boundingRect();
        bool visible = true;
        if (label.row < 0) {
            at += QPointF(-box.width(), -box.height() - 1);
        } else {
            // Marker titles: in the first of three rows under the top where they do not overlap
            // the previous title; hidden (the tooltip and the menu still name them) otherwise.
            at.rx() += 7;
            if (at.x() + box.width() > plot.right())
                at.rx() -= box.width() + 14; // right-aligned to its marker near the right edge
            int row = 0;
            while (row < 3 && at.x() < rowEnds[row] + 6)
                ++row;
            visible = row < 3;
            if (visible) {
                rowEnds[row] = at.x() + box.width();
                at.setY(plot.top() + 8 + row * box.height());
            }
        }
        label.item->setPos(at);
        label.item->setVisible(visible && plot.adjusted(-box.width(), -1, 1, 1).contains(at));
    }
}

} // namespace pdsa::ui

// SPDX-License-Identifier: Apache-2.0
#include "charts/measurechartview.h"

#include "charts/decimation.h"

#include "format.h"

#include <QCategoryAxis>
#include <QChart>
#include <QDateTime>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace pdsa::ui {

using namespace pdsa::analysis;

namespace {

const QColor kData(0x1f, 0x3b, 0x73); // dark blue data line and points
const QColor kCentre(0x20, 0x20, 0x20);
const QColor kLimit(0x60, 0x60, 0x60);
const QColor kGoal(0x2e, 0x7d, 0x32);
const QColor kSignal(0xc6, 0x28, 0x28);      // red
const QColor kImprovement(0x1f, 0x6f, 0xb4); // NHS blue
const QColor kConcern(0xe6, 0x7e, 0x22);     // NHS orange
const QColor kGrid(0xdd, 0xdd, 0xdd);
constexpr std::size_t kMaxMarkers = 600;
const QColor kMarker(0x6a, 0x3d, 0x9a);
const QColor kNote(0x8d, 0x6e, 0x3f);
const QColor kStrata[] = {QColor(0x1b, 0x9e, 0x77), QColor(0xd9, 0x5f, 0x02), QColor(0x75, 0x70, 0xb3),
                          QColor(0xe7, 0x29, 0x8a), QColor(0x66, 0xa6, 0x1e), QColor(0xa6, 0x76, 0x1d)};

qreal xOf(const QDate& date) {
    return qreal(date.startOfDay(Qt::UTC).toMSecsSinceEpoch());
}

QPen pen(const QColor& color, qreal width, Qt::PenStyle style = Qt::SolidLine) {
    QPen p(color, width, style);
    p.setCosmetic(true);
    return p;
}

QString centreName(const MeasureChart& chart) {
    const QString name = chart.type == ChartType::Run ? MeasureChartView::tr("Median")
                                                      : MeasureChartView::tr("Centre line (mean)");
    if (chart.setting.fixedCentre)
        return MeasureChartView::tr("%1, fixed").arg(name);
    if (chart.freeze > 0)
        return MeasureChartView::tr("%1 of the first %n points", nullptr, chart.freeze).arg(name);
    return name;
}

struct RuleStyle {
    PointRule rule;
    QScatterSeries::MarkerShape shape;
    QColor color;
};

} // namespace

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
    // Long lines are thinned to the pixel columns of the view (rounded up, so that small
    // resizes need no redraw); resizeEvent() redraws when the view outgrows them.
    m_columns = (std::max(width(), 640) / 256 + 1) * 256;
    m_decimated = false;
    for (const Label& label : m_labels)
        delete label.item;
    m_labels.clear();
    m_legend.clear();
    // A fresh QChart per drawing: reusing one leaves stale axis labels behind (Qt 6.4).
    QChart* previous = chart();
    auto* c = new QChart();
    c->setAnimationOptions(QChart::NoAnimation);
    c->setBackgroundBrush(Qt::white);
    c->setBackgroundRoundness(0);
    setChart(c);
    delete previous;
    connect(c, &QChart::plotAreaChanged, this, &MeasureChartView::placeLabels);
    c->legend()->setVisible(!m_compact);
    c->legend()->setAlignment(Qt::AlignBottom);

    m_series = &m_chart.total;
    if (mode == Mode::Stratum && stratumIndex >= 0 && std::size_t(stratumIndex) < m_chart.strata.size())
        m_series = &m_chart.strata[std::size_t(stratumIndex)];
    const MeasureChartSeries& s = *m_series;
    const ChartResult& r = s.chart;
    const std::size_t n = s.points.size();
    const bool hasEngine = r.size() == n;

    // Month-year labels on the periods themselves (every k-th one when there are many).
    auto* xAxis = new QCategoryAxis(c);
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    xAxis->setGridLinePen(pen(kGrid, 1));

    auto* yAxis = new QValueAxis(c);
    yAxis->setGridLinePen(pen(kGrid, 1));
    yAxis->setTitleText(m_chart.unit);
    c->addAxis(xAxis, Qt::AlignBottom);
    c->addAxis(yAxis, Qt::AlignLeft);

    // The x range: the total's periods (shared by small multiples), half a period of margin.
    const auto& all = m_chart.total.points;
    QDate first = all.empty() ? QDate::currentDate() : all.front().period;
    QDate last = all.empty() ? first : all.back().period;
    for (const auto& stratum : m_chart.strata)
        if (!stratum.points.empty()) {
            first = std::min(first, stratum.points.front().period);
            last = std::max(last, stratum.points.back().period);
        }
    const qreal step = m_chart.measure.frequency == Frequency::Weekly ? 7 * 86400000.0 : 30.4 * 86400000.0;
    const qreal xMin = xOf(first) - step / 2, xMax = xOf(last) + step / 2;
    xAxis->setRange(xMin, xMax);
    {
        const std::size_t count = all.size();
        const std::size_t most = m_compact ? 6 : 12;
        const std::size_t every = std::max<std::size_t>(1, (count + most - 1) / most);
        const bool weekly = m_chart.measure.frequency == Frequency::Weekly;
        const QString format = weekly ? QStringLiteral("d MMM yy") : QStringLiteral("MMM yy");
        for (std::size_t i = 0; i < count; i += every)
            xAxis->append(QLocale().toString(all[i].period, format), xOf(all[i].period));
    }

    double yLo = INFINITY, yHi = -INFINITY;
    auto widen = [&](double v) {
        if (std::isfinite(v)) {
            yLo = std::min(yLo, v);
            yHi = std::max(yHi, v);
        }
    };

    auto thin = [&](const QList<QPointF>& points) {
        QList<QPointF> kept = decimateForColumns(points, xMin, xMax, m_columns);
        m_decimated |= kept.size() < points.size();
        return kept;
    };

    auto attach = [&](QAbstractSeries* series, bool legend) {
        c->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
        if (!legend)
            for (QLegendMarker* marker : c->legend()->markers(series))
                marker->setVisible(false);
        else
            m_legend << series->name();
    };

    // The data line, broken at gaps.
    const QColor dataColor = mode == Mode::Stratum ? kStrata[std::max(stratumIndex, 0) % 6] : kData;
    {
        QList<QPointF> run;
        bool named = false;
        auto flush = [&] {
            if (run.isEmpty())
                return;
            auto* line = new QLineSeries(c);
            line->setPen(pen(dataColor, mode == Mode::Lines ? 2.5 : 1.5));
            line->setName(s.label.isEmpty() ? m_chart.measure.name : s.label);
            line->replace(thin(run));
            attach(line, !named && mode == Mode::Lines);
            named = true;
            run.clear();
        };
        for (std::size_t i = 0; i < n; ++i) {
            const double v = hasEngine ? r.y[i] : s.points[i].value;
            if (!std::isfinite(v)) {
                flush();
                continue;
            }
            run << QPointF(xOf(s.points[i].period), v);
            widen(v);
        }
        flush();
    }

    // Points: ordinary ones (round), excluded (hollow grey), then signals per rule, astronomical.
    auto scatter = [&](const QString& name, QScatterSeries::MarkerShape shape, const QColor& fill,
                       const QColor& border, qreal size, auto&& take) {
        QList<QPointF> points;
        for (std::size_t i = 0; i < n; ++i) {
            const double v = hasEngine ? r.y[i] : s.points[i].value;
            if (std::isfinite(v) && take(s.points[i]))
                points << QPointF(xOf(s.points[i].period), v);
        }
        if (points.isEmpty())
            return static_cast<QScatterSeries*>(nullptr);
        auto* series = new QScatterSeries(c);
        series->setName(name);
        series->setMarkerShape(shape);
        series->setMarkerSize(size);
        series->setColor(fill);
        series->setBorderColor(border);
        series->setPen(pen(border, 1));
        series->replace(points);
        attach(series, !name.isEmpty());
        return series;
    };
    const qreal dot = n > 400 ? 3 : 7;
    // Qt Charts makes one graphics item per scatter marker: past a few hundred points the line
    // alone shows the data (signals and marks are still drawn).
    QScatterSeries* base = n > kMaxMarkers
                               ? nullptr
                               : scatter(QString(), QScatterSeries::MarkerShapeCircle, dataColor, dataColor,
                                         dot, [](const MeasureChartPoint& p) { return !p.excluded; });
    auto hover = [this](QScatterSeries* series) {
        if (!series)
            return;
        connect(series, &QScatterSeries::hovered, this, [this](const QPointF& point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            for (std::size_t i = 0; i < m_series->points.size(); ++i)
                if (qFuzzyCompare(xOf(m_series->points[i].period), point.x())) {
                    QToolTip::showText(QCursor::pos(), pointText(int(i)), this);
                    return;
                }
        });
    };
    hover(base);
    hover(scatter(tr("Excluded from the calculations"), QScatterSeries::MarkerShapeCircle, Qt::white,
                  QColor(0x99, 0x99, 0x99), 8, [](const MeasureChartPoint& p) { return p.excluded; }));

    const bool nhs = m_chart.rules == RuleSet::Nhs;
    std::vector<RuleStyle> styles;
    if (nhs)
        styles = {{RuleConcern, QScatterSeries::MarkerShapeRotatedRectangle, kConcern},
                  {RuleImprovement, QScatterSeries::MarkerShapeRotatedRectangle, kImprovement}};
    else
        styles = {{RuleShift, QScatterSeries::MarkerShapeRotatedRectangle, kSignal},
                  {RuleTrend, QScatterSeries::MarkerShapeTriangle, kSignal},
                  {RuleBeyondLimit, QScatterSeries::MarkerShapeRectangle, kSignal}};
    for (const RuleStyle& style : styles)
        hover(scatter(ruleLabel(style.rule, m_chart.rules, m_chart.type), style.shape, style.color,
                      style.color, style.shape == QScatterSeries::MarkerShapeRectangle ? 9 : 11,
                      [rule = style.rule](const MeasureChartPoint& p) { return (p.rules & rule) != 0; }));
    hover(scatter(tr("Astronomical point"), QScatterSeries::MarkerShapeStar, QColor(0xff, 0xc1, 0x07),
                  kSignal, 14, [](const MeasureChartPoint& p) { return p.astronomical; }));

    // Strata as extra lines (Mode::Lines).
    if (mode == Mode::Lines)
        for (std::size_t k = 0; k < m_chart.strata.size(); ++k) {
            const auto& stratum = m_chart.strata[k];
            auto* line = new QLineSeries(c);
            line->setName(stratum.label);
            line->setPen(pen(kStrata[k % 6], 1.2));
            QList<QPointF> points;
            for (const auto& p : stratum.points)
                if (std::isfinite(p.value)) {
                    points << QPointF(xOf(p.period), p.value);
                    widen(p.value);
                }
            line->replace(thin(points));
            attach(line, true);
        }

    // Centre line and limits per phase; limits stepped at the midpoints between periods.
    bool centreNamed = false, limitNamed = false, twoNamed = false, runsNamed = false;
    if (hasEngine && n > 0 && mode != Mode::Lines) {
        auto edge = [&](std::size_t i, bool left) {
            const qreal x = xOf(s.points[i].period);
            if (left)
                return i == 0 ? x - step / 2 : (x + xOf(s.points[i - 1].period)) / 2;
            return i + 1 == n ? x + step / 2 : (x + xOf(s.points[i + 1].period)) / 2;
        };
        std::size_t start = 0;
        while (start < n) {
            std::size_t end = start;
            while (end + 1 < n && r.part[end + 1] == r.part[start])
                ++end;
            auto stepped = [&](const std::vector<double>& column, const QPen& p, const QString& name,
                               bool& named) {
                QList<QPointF> points;
                auto lineOut = [&] {
                    if (points.size() < 2) {
                        points.clear();
                        return;
                    }
                    auto* line = new QLineSeries(c);
                    line->setPen(p);
                    line->setName(name);
                    line->replace(thin(points));
                    attach(line, !named);
                    named = true;
                    points.clear();
                };
                for (std::size_t i = start; i <= end; ++i) {
                    const double v = column[i];
                    if (!std::isfinite(v)) {
                        lineOut();
                        continue;
                    }
                    widen(v);
                    if (!points.isEmpty() && points.back().y() == v) {
                        points.back().setX(edge(i, false));
                        continue;
                    }
                    points << QPointF(edge(i, true), v) << QPointF(edge(i, false), v);
                }
                lineOut();
            };
            // Anhøj: a part with unusually long runs or too few crossings has a red, dashed
            // centre line (qicharts2's convention), named in the legend.
            const std::size_t partIndex = std::size_t(std::max(r.part[start], 1)) - 1;
            const bool runsSignal = m_chart.rules == RuleSet::Anhoej && partIndex < r.parts.size() &&
                                    r.parts[partIndex].runsSignal;
            if (runsSignal)
                stepped(r.cl, pen(kSignal, 1.8, Qt::DashLine),
                        ruleLabel(RuleShift, RuleSet::Anhoej, m_chart.type), runsNamed);
            else
                stepped(r.cl, pen(kCentre, 1.5), centreName(m_chart), centreNamed);
            if (m_chart.type != ChartType::Run) {
                // Dashing a path of thousands of steps is slow in Qt Charts: long series get
                // solid, lighter limit lines.
                const bool many = n > kMaxMarkers;
                const QPen limitPen = many ? pen(kLimit.lighter(140), 1) : pen(kLimit, 1.2, Qt::DashLine);
                const QPen twoPen = many ? pen(kLimit.lighter(170), 1) : pen(kLimit, 1, Qt::DotLine);
                stepped(r.ucl, limitPen, tr("Limits (3 sigma)"), limitNamed);
                stepped(r.lcl, limitPen, tr("Limits (3 sigma)"), limitNamed);
                if (m_chart.setting.twoSigma) {
                    stepped(r.ucl2s, twoPen, tr("Two-sigma lines"), twoNamed);
                    stepped(r.lcl2s, twoPen, tr("Two-sigma lines"), twoNamed);
                }
            }
            // The centre line's value, at the right end of the phase.
            if (std::isfinite(r.cl[end])) {
                auto* item = new QGraphicsSimpleTextItem(Format::measureValue(m_chart.measure, r.cl[end]), c);
                item->setBrush(kCentre);
                m_labels.push_back({item, QPointF(edge(end, false), r.cl[end]), -1});
            }
            start = end + 1;
        }
    }
    if (m_chart.goal) {
        widen(*m_chart.goal);
    }

    // The y range, with a little room; percentages stay within 0–100 where the data do.
    if (!std::isfinite(yLo)) {
        yLo = 0;
        yHi = 1;
    }
    double pad = (yHi - yLo) * 0.08;
    if (pad <= 0)
        pad = std::max(1.0, std::abs(yHi) * 0.1);
    double lo = yLo - pad, hi = yHi + pad * (m_chart.markers.empty() || m_compact ? 1 : 3);
    if (yLo >= 0 && lo < 0)
        lo = 0;
    yAxis->setRange(lo, hi);
    yAxis->applyNiceNumbers();
    if (m_chart.measure.dataKind == DataKind::Proportion && yHi <= 100 && yLo >= 0 && yAxis->max() > 100) {
        yAxis->setRange(yAxis->min(), 100); // percentages end at 100 %
        yAxis->setTickCount(yAxis->min() == 0 ? 6 : yAxis->tickCount());
    }
    lo = yAxis->min();
    hi = yAxis->max();

    if (m_chart.goal) {
        auto* goal = new QLineSeries(c);
        goal->setName(tr("Goal (%1)").arg(Format::measureValue(m_chart.measure, *m_chart.goal)));
        goal->setPen(pen(kGoal, 1.5, Qt::DashDotLine));
        goal->replace({QPointF(xMin, *m_chart.goal), QPointF(xMax, *m_chart.goal)});
        attach(goal, true);
    }

    // Phase dividers: a vertical line between the last point of a phase and the first of the next.
    bool dividerNamed = false;
    if (mode != Mode::Lines && hasEngine)
        for (std::size_t i = 1; i < n; ++i)
            if (r.part[i] != r.part[i - 1]) {
                const qreal x = (xOf(s.points[i].period) + xOf(s.points[i - 1].period)) / 2;
                auto* divider = new QLineSeries(c);
                divider->setName(tr("Phase change"));
                divider->setPen(pen(QColor(0x80, 0x80, 0x80), 1.5, Qt::DashLine));
                divider->replace({QPointF(x, lo), QPointF(x, hi)});
                attach(divider, !dividerNamed);
                dividerNamed = true;
            }

    // Markers: PDSA cycles (clickable) and annotations, along the top.
    if (!m_compact && !m_chart.markers.empty()) {
        QList<QPointF> cycles, notes;
        int row = 0;
        QStringList titled;
        for (const MeasureChartMarker& marker : m_chart.markers) {
            const QPointF at(xOf(marker.date), hi - (hi - lo) * 0.015);
            (marker.kind == MeasureChartMarker::Kind::Cycle ? cycles : notes) << at;
            // A ramp of cycles often repeats one title: label its first marker only.
            if (titled.contains(marker.title))
                continue;
            titled << marker.title;
            QString title = marker.title;
            if (title.size() > 28)
                title = title.left(27) + QChar(0x2026);
            auto* item = new QGraphicsSimpleTextItem(title, c);
            item->setBrush(marker.kind == MeasureChartMarker::Kind::Cycle ? kMarker : kNote);
            QFont small = item->font();
            small.setPointSizeF(small.pointSizeF() * 0.85);
            item->setFont(small);
            m_labels.push_back({item, at, row});
            row = (row + 1) % 3;
        }
        auto markerSeries = [&](const QList<QPointF>& points, const QString& name,
                                QScatterSeries::MarkerShape shape, const QColor& color) {
            if (points.isEmpty())
                return static_cast<QScatterSeries*>(nullptr);
            auto* series = new QScatterSeries(c);
            series->setName(name);
            series->setMarkerShape(shape);
            series->setMarkerSize(10);
            series->setColor(color);
            series->setBorderColor(color);
            series->replace(points);
            attach(series, true);
            return series;
        };
        if (QScatterSeries* series =
                markerSeries(cycles, tr("PDSA cycle"), QScatterSeries::MarkerShapeTriangle, kMarker))
            connect(series, &QScatterSeries::clicked, this, [this](const QPointF& point) {
                for (const MeasureChartMarker& marker : m_chart.markers)
                    if (marker.kind == MeasureChartMarker::Kind::Cycle &&
                        qFuzzyCompare(xOf(marker.date), point.x())) {
                        emit cycleActivated(marker.id);
                        return;
                    }
            });
        markerSeries(notes, tr("Annotation"), QScatterSeries::MarkerShapePentagon, kNote);
        // Hovering a marker names it (titles may be hidden or shortened on the chart).
        for (QAbstractSeries* series : c->series())
            if (auto* markers = qobject_cast<QScatterSeries*>(series);
                markers && (markers->name() == tr("PDSA cycle") || markers->name() == tr("Annotation")))
                connect(markers, &QScatterSeries::hovered, this, [this](const QPointF& point, bool state) {
                    if (!state) {
                        QToolTip::hideText();
                        return;
                    }
                    QStringList titles;
                    for (const MeasureChartMarker& marker : m_chart.markers)
                        if (qFuzzyCompare(xOf(marker.date), point.x()))
                            titles << tr("%1: %2").arg(Format::date(marker.date), marker.title);
                    QToolTip::showText(QCursor::pos(), titles.join(QLatin1Char('\n')), this);
                });
    }
    if (base)
        connect(base, &QScatterSeries::clicked, this, [this](const QPointF& point) {
            for (std::size_t i = 0; i < m_series->points.size(); ++i)
                if (qFuzzyCompare(xOf(m_series->points[i].period), point.x()))
                    emit pointActivated(int(i));
        });

    QString title = m_compact ? s.label : QString();
    if (!m_compact && mode == Mode::Stratum)
        title = s.label;
    c->setTitle(title);
    placeLabels();
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

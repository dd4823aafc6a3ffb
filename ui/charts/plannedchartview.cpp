// SPDX-License-Identifier: Apache-2.0
#include "charts/plannedchartview.h"

#include <QAreaSeries>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QCategoryAxis>
#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

namespace pdsa::ui {

namespace {

struct ExportText {
    Q_DECLARE_TR_FUNCTIONS(pdsa::ui::MeasureChartPanel)
};

const QColor kGrid(0xdd, 0xdd, 0xdd);

QScatterSeries::MarkerShape scatterShape(MarkerShape shape) {
    switch (shape) {
    case MarkerShape::Circle:
        return QScatterSeries::MarkerShapeCircle;
    case MarkerShape::Rectangle:
        return QScatterSeries::MarkerShapeRectangle;
    case MarkerShape::RotatedRectangle:
        return QScatterSeries::MarkerShapeRotatedRectangle;
    case MarkerShape::Triangle:
        return QScatterSeries::MarkerShapeTriangle;
    case MarkerShape::Star:
        return QScatterSeries::MarkerShapeStar;
    case MarkerShape::Pentagon:
        return QScatterSeries::MarkerShapePentagon;
    }
    return QScatterSeries::MarkerShapeCircle;
}

} // namespace

QPen chartPen(const QColor& color, qreal width, Qt::PenStyle style) {
    QPen p(color, width, style);
    p.setCosmetic(true);
    return p;
}

QChart* makePlannedChart(const ChartPlan& plan) {
    auto* c = new QChart();
    c->setAnimationOptions(QChart::NoAnimation);
    c->setBackgroundBrush(Qt::white);
    c->setBackgroundRoundness(0);
    c->legend()->setVisible(plan.legendVisible);
    c->legend()->setAlignment(Qt::AlignBottom);
    // Period labels on the periods themselves.
    auto* xAxis = new QCategoryAxis(c);
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    xAxis->setGridLinePen(chartPen(kGrid, 1));
    auto* yAxis = new QValueAxis(c);
    yAxis->setGridLinePen(chartPen(kGrid, 1));
    yAxis->setTitleText(plan.yTitle);
    c->addAxis(xAxis, Qt::AlignBottom);
    c->addAxis(yAxis, Qt::AlignLeft);
    xAxis->setRange(plan.xMin, plan.xMax);
    for (const ChartTick& tick : plan.xTicks)
        xAxis->append(tick.label, tick.x);
    yAxis->setRange(plan.yMin, plan.yMax);
    yAxis->setTickCount(plan.yTickCount);
    c->setTitle(plan.title);
    return c;
}

QAbstractSeries* addPlannedSeries(QChart* c, const PlannedSeries& planned) {
    QAbstractSeries* added = nullptr;
    if (planned.role == SeriesRole::Band) {
        auto* upper = new QLineSeries(c);
        upper->replace(planned.points);
        auto* lower = new QLineSeries(c);
        lower->replace(planned.lower);
        auto* band = new QAreaSeries(upper, lower);
        band->setName(planned.name);
        QColor fill = planned.color;
        fill.setAlphaF(0.18);
        band->setBrush(fill);
        band->setPen(Qt::NoPen);
        added = band;
    } else if (planned.markers) {
        auto* points = new QScatterSeries(c);
        points->setName(planned.name);
        points->setMarkerShape(scatterShape(planned.shape));
        points->setMarkerSize(planned.size);
        points->setColor(planned.color);
        points->setBorderColor(planned.border);
        if (planned.outlined)
            points->setPen(chartPen(planned.border, 1));
        points->replace(planned.points);
        added = points;
    } else {
        auto* line = new QLineSeries(c);
        line->setPen(chartPen(planned.color, planned.width, planned.style));
        line->setName(planned.name);
        line->replace(planned.points);
        added = line;
    }
    c->addSeries(added);
    added->attachAxis(c->axes(Qt::Horizontal).front());
    added->attachAxis(c->axes(Qt::Vertical).front());
    if (!planned.inLegend)
        for (QLegendMarker* marker : c->legend()->markers(added))
            marker->setVisible(false);
    return added;
}

Status writeChartFile(const QString& path, const QSize& size, const QString& title,
                      const std::function<void(QPainter&, const QRectF&)>& paint) {
    if (size.width() < 100 || size.height() < 100)
        return Error{ErrorCode::Invalid, ExportText::tr("The chart needs to be at least 100 × 100.")};
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") && suffix != QLatin1String("pdf"))
        return Error{ErrorCode::Invalid, ExportText::tr("Choose a file name ending in .png, .svg or .pdf.")};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorCode::Io, ExportText::tr("Could not write %1: %2").arg(path, file.errorString())};
    const QRectF target(QPointF(0, 0), QSizeF(size));
    if (suffix == QLatin1String("png")) {
        QImage image(size, QImage::Format_ARGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            paint(painter, target);
        }
        if (!image.save(&file, "PNG"))
            return Error{ErrorCode::Io, ExportText::tr("Could not write %1.").arg(path)};
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(title);
        QPainter painter(&svg);
        paint(painter, target);
    } else {
        QPdfWriter pdf(&file);
        pdf.setTitle(title);
        pdf.setResolution(72);
        pdf.setPageSize(QPageSize(QSizeF(size), QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&pdf);
        paint(painter, target);
    }
    if (!file.commit())
        return Error{ErrorCode::Io, ExportText::tr("Could not write %1: %2").arg(path, file.errorString())};
    return {};
}

} // namespace pdsa::ui

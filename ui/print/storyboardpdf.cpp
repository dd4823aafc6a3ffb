// SPDX-License-Identifier: Apache-2.0
#include "print/storyboardpdf.h"

#include "print/pages.h"
#include "report/storyboard.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QTextDocument>
#include <QUrl>

#include <cmath>

namespace pdsa::print {

namespace {

class Storyboard {
    Q_DECLARE_TR_FUNCTIONS(pdsa::print::Storyboard)
};

} // namespace

QImage chartImage(const report::ChartSketch& c, qreal zoom) {
    const qreal w = report::kChartWidth, h = report::kChartHeight, pad = report::SketchScale::kPadding;
    QImage image(QSize(int(w * zoom), int(h * zoom)), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(zoom, zoom);
    p.setPen(QColor(0xc8, 0xc8, 0xc8));
    p.drawRect(QRectF(0.5, 0.5, w - 1, h - 1));
    const report::SketchScale scale(c);
    if (scale.empty()) {
        p.setPen(QColor(0x60, 0x60, 0x60));
        p.drawText(QRectF(0, 0, w, h), Qt::AlignCenter, Storyboard::tr("No values yet"));
        return image;
    }
    const size_t n = c.y.size();
    const auto x = [&](size_t i) { return scale.x(i); };
    const auto y = [&](double v) { return scale.y(v); };
    const auto line = [&](const std::vector<double>& values, const QPen& pen) {
        QPainterPath path;
        bool open = false;
        for (size_t i = 0; i < values.size(); ++i) {
            if (std::isnan(values[i]))
                continue;
            if (open)
                path.lineTo(x(i), y(values[i]));
            else
                path.moveTo(x(i), y(values[i]));
            open = true;
        }
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    };
    if (c.goal) {
        QPen goal(QColor(0x2e, 0x7d, 0x32), 1.0, Qt::DashLine);
        p.setPen(goal);
        p.drawLine(QPointF(pad, y(*c.goal)), QPointF(w - pad, y(*c.goal)));
    }
    line(c.centre, QPen(QColor(0x7f, 0x7f, 0x7f), 1.0));
    line(c.y, QPen(QColor(0x1f, 0x4e, 0x79), 1.5));
    p.setPen(Qt::NoPen);
    for (size_t i = 0; i < n; ++i) {
        if (std::isnan(c.y[i]))
            continue;
        p.setBrush(c.signal[i] ? QColor(0xe0, 0x7b, 0x00) : QColor(0x1f, 0x4e, 0x79));
        const qreal r = c.signal[i] ? 3.2 : 2.2;
        p.drawEllipse(QPointF(x(i), y(c.y[i])), r, r);
    }
    if (c.monthPoint >= 0 && size_t(c.monthPoint) < n) {
        p.setPen(QPen(Qt::black, 1.0));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QPointF(x(size_t(c.monthPoint)), y(c.y[size_t(c.monthPoint)])), 5.5, 5.5);
    }
    return image;
}

Status printStoryboard(Workspace& workspace, const QUuid& teamId, const QDate& month, QPagedPaintDevice& device) {
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error{ErrorCode::Invalid, Storyboard::tr("printing a report needs a QGuiApplication")};
    auto board = report::storyboard(workspace, teamId, month);
    if (!board)
        return board.error();
    QTextDocument document;
    prepareDocument(document, device);
    // The charts at the printer's resolution: the HTML sizes them in 96-dpi pixels.
    const qreal scale = std::max<qreal>(1.0, device.logicalDpiX() / 96.0);
    for (size_t i = 0; i < board->charts.size(); ++i)
        document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("pdsa-chart:%1").arg(i)),
                             chartImage(board->charts[i], scale));
    document.setHtml(board->html);
    QPainter painter;
    if (!painter.begin(&device))
        return Error{ErrorCode::Io, Storyboard::tr("cannot start printing the report")};
    printPages(document, board->footer, device, painter, true);
    if (!painter.end())
        return Error{ErrorCode::Io, Storyboard::tr("cannot finish printing the report")};
    return {};
}

Status writeStoryboardPdf(Workspace& workspace, const QUuid& teamId, const QDate& month, const QString& path) {
    return writePdf(path, Storyboard::tr("Monthly team report"),
                    [&](QPagedPaintDevice& device) { return printStoryboard(workspace, teamId, month, device); });
}

} // namespace pdsa::print

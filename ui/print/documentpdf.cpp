// SPDX-License-Identifier: Apache-2.0
#include "print/documentpdf.h"

#include "print/pages.h"
#include "report/document.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace pdsa::print {

namespace {

class Documents {
    Q_DECLARE_TR_FUNCTIONS(pdsa::print::Document)
};

} // namespace

QImage chartImage(const report::ChartSketch& c, qreal zoom) {
    const qreal w = c.width, h = c.height;
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
        p.drawText(QRectF(0, 0, w, h), Qt::AlignCenter, c.emptyText.isEmpty() ? Documents::tr("No values yet") : c.emptyText);
        return image;
    }
    if (c.axes()) {
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(9);
        p.setFont(font);
        p.setPen(QColor(0x50, 0x50, 0x50));
        const qreal left = scale.left() - 4;
        p.drawText(QRectF(0, scale.top() - 2, left, 12), Qt::AlignRight | Qt::AlignTop, scale.highText());
        p.drawText(QRectF(0, scale.bottom() - 10, left, 12), Qt::AlignRight | Qt::AlignBottom, scale.lowText());
        p.drawText(QRectF(scale.left(), h - 14, w / 2, 12), Qt::AlignLeft | Qt::AlignBottom, c.firstLabel);
        p.drawText(QRectF(w / 2, h - 14, scale.right() - w / 2, 12), Qt::AlignRight | Qt::AlignBottom, c.lastLabel);
        p.setPen(QColor(0xc8, 0xc8, 0xc8));
        p.drawLine(QPointF(scale.left() - 1, scale.top()), QPointF(scale.left() - 1, scale.bottom()));
    }
    const size_t n = c.y.size();
    const auto x = [&](size_t i) { return scale.x(i); };
    const auto y = [&](double v) { return scale.y(v); };
    // Each stretch of values between gaps as its own line, as the SVG draws it.
    const auto line = [&](const std::vector<double>& values, const QPen& pen) {
        QPainterPath path;
        bool open = false;
        for (size_t i = 0; i < values.size(); ++i) {
            if (std::isnan(values[i])) {
                open = false;
                continue;
            }
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
        p.drawLine(QPointF(scale.left(), y(*c.goal)), QPointF(scale.right(), y(*c.goal)));
    }
    const QPen limit(QColor(0xb0, 0x40, 0x40), 1.0, Qt::DashLine);
    line(c.upper, limit);
    line(c.lower, limit);
    line(c.centre, QPen(QColor(0x7f, 0x7f, 0x7f), 1.0));
    line(c.y, QPen(QColor(0x1f, 0x4e, 0x79), 1.5));
    p.setPen(Qt::NoPen);
    for (size_t i = 0; i < n; ++i) {
        if (std::isnan(c.y[i]))
            continue;
        const bool signal = i < c.signal.size() && c.signal[i];
        p.setBrush(signal ? QColor(0xe0, 0x7b, 0x00) : QColor(0x1f, 0x4e, 0x79));
        const qreal r = signal ? 3.2 : 2.2;
        p.drawEllipse(QPointF(x(i), y(c.y[i])), r, r);
    }
    if (c.monthPoint >= 0 && size_t(c.monthPoint) < n && !std::isnan(c.y[size_t(c.monthPoint)])) {
        p.setPen(QPen(Qt::black, 1.0));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QPointF(x(size_t(c.monthPoint)), y(c.y[size_t(c.monthPoint)])), 5.5, 5.5);
    }
    return image;
}

void addChartImages(QTextDocument& document, const std::vector<report::ChartSketch>& charts,
                    const QPagedPaintDevice& device) {
    // The charts at the printer's resolution (the HTML sizes them in 96-dpi pixels), up to 288 dpi:
    // sharp on paper, and a 200-team report's charts stay quick to encode.
    const qreal scale = std::clamp<qreal>(device.logicalDpiX() / 96.0, 1.0, 3.0);
    for (size_t i = 0; i < charts.size(); ++i)
        document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("pdsa-chart:%1").arg(i)),
                             chartImage(charts[i], scale));
}

Status printReportHtml(const QString& html, const std::vector<report::ChartSketch>& charts, const QString& footer,
                       QPagedPaintDevice& device) {
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error{ErrorCode::Invalid, Documents::tr("printing a report needs a QGuiApplication")};
    QTextDocument document;
    prepareDocument(document, device);
    addChartImages(document, charts, device);
    document.setHtml(html);
    QPainter painter;
    if (!painter.begin(&device))
        return Error{ErrorCode::Io, Documents::tr("cannot start printing the report")};
    printPages(document, footer, device, painter, true);
    if (!painter.end())
        return Error{ErrorCode::Io, Documents::tr("cannot finish printing the report")};
    return {};
}

Status printDocument(const report::Document& content, QPagedPaintDevice& device) {
    return printReportHtml(report::printHtml(content), content.charts, content.footer, device);
}

Status writeDocumentPdf(const report::Document& document, const QString& path) {
    return writePdf(path, document.title, [&](QPagedPaintDevice& device) { return printDocument(document, device); });
}

} // namespace pdsa::print

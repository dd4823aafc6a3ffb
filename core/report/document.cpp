// SPDX-License-Identifier: Apache-2.0
#include "report/document.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace pdsa::report {

namespace {

class Documents {
    Q_DECLARE_TR_FUNCTIONS(pdsa::report::Document)
};

// Escaped text with its line breaks kept (<br/>: the HTML file also reads as XML).
QString esc(const QString& text) {
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString coordinate(double value) { return QString::number(value, 'f', 1); }

// The blocks as HTML; `chart` writes chart N. Both writers share it, so that the PDF and the HTML
// file hold the same words in the same order.
template <typename ChartWriter>
QString bodyHtml(const Document& document, bool forPrint, const ChartWriter& chart) {
    QString html;
    for (const Block& block : document.blocks) {
        switch (block.kind) {
        case Block::Kind::Heading: {
            const int level = std::clamp(block.level, 1, 3);
            if (!forPrint) {
                html += QStringLiteral("<h%1%2>%3</h%1>\n")
                            .arg(level)
                            .arg(block.newPage ? QStringLiteral(" class=\"newpage\"") : QString(), esc(block.text));
                break;
            }
            const char* size = level == 1 ? "16pt" : level == 2 ? "13pt" : "11pt";
            html += QStringLiteral("<h%1 style=\"%2margin:%3 0 4px 0; font-size:%4; color:#1f4e79;\">%5</h%1>\n")
                        .arg(level)
                        .arg(block.newPage ? QStringLiteral("page-break-before:always; ") : QString(),
                             level == 1 ? QStringLiteral("0") : QStringLiteral("12px"), QString::fromLatin1(size),
                             esc(block.text));
            break;
        }
        case Block::Kind::Paragraph:
            html += (forPrint ? QStringLiteral("<p style=\"margin:0 0 6px 0;\">%1</p>\n") : QStringLiteral("<p>%1</p>\n"))
                        .arg(esc(block.text));
            break;
        case Block::Kind::Note:
            html += forPrint ? QStringLiteral("<p style=\"margin:0 0 6px 0; color:#505050;\"><i>%1</i></p>\n").arg(esc(block.text))
                             : QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(block.text));
            break;
        case Block::Kind::Table: {
            const Table& t = block.table;
            const auto align = [&](size_t column) {
                if (column >= t.numeric.size() || !t.numeric[column])
                    return QString();
                return forPrint ? QStringLiteral(" align=\"right\"") : QStringLiteral(" class=\"num\"");
            };
            html += forPrint ? QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                                              "style=\"border-collapse:collapse; border-color:#b0b0b0; margin:0 0 8px 0;\">\n")
                             : QStringLiteral("<table>\n");
            if (!t.caption.isEmpty())
                html += forPrint ? QStringLiteral("<caption align=\"left\" style=\"color:#404040;\">%1</caption>\n")
                                       .arg(esc(t.caption))
                                 : QStringLiteral("<caption>%1</caption>\n").arg(esc(t.caption));
            html += QStringLiteral("<thead><tr>");
            for (size_t c = 0; c < size_t(t.headers.size()); ++c)
                html += QStringLiteral("<th scope=\"col\"%1>%2</th>").arg(align(c), esc(t.headers[qsizetype(c)]));
            html += QStringLiteral("</tr></thead>\n<tbody>\n");
            for (const QStringList& row : t.rows) {
                html += QStringLiteral("<tr>");
                for (size_t c = 0; c < size_t(row.size()); ++c)
                    html += QStringLiteral("<td%1>%2</td>").arg(align(c), esc(row[qsizetype(c)]));
                html += QStringLiteral("</tr>\n");
            }
            html += QStringLiteral("</tbody></table>\n");
            break;
        }
        case Block::Kind::Chart:
            if (block.chart >= 0 && size_t(block.chart) < document.charts.size())
                html += (forPrint ? QStringLiteral("<p style=\"margin:0 0 6px 0;\">%1</p>\n") : QStringLiteral("<p>%1</p>\n"))
                            .arg(chart(block.chart, block.text));
            break;
        }
    }
    return html;
}

} // namespace

void Document::heading(int level, const QString& text, bool newPage) {
    Block b;
    b.kind = Block::Kind::Heading;
    b.level = level;
    b.text = text;
    b.newPage = newPage;
    blocks.push_back(std::move(b));
}

void Document::paragraph(const QString& text) {
    Block b;
    b.kind = Block::Kind::Paragraph;
    b.text = text;
    blocks.push_back(std::move(b));
}

void Document::note(const QString& text) {
    Block b;
    b.kind = Block::Kind::Note;
    b.text = text;
    blocks.push_back(std::move(b));
}

void Document::table(Table t) {
    Block b;
    b.kind = Block::Kind::Table;
    b.table = std::move(t);
    blocks.push_back(std::move(b));
}

void Document::chart(ChartSketch sketch, const QString& alt) {
    Block b;
    b.kind = Block::Kind::Chart;
    b.chart = int(charts.size());
    b.text = alt;
    charts.push_back(std::move(sketch));
    blocks.push_back(std::move(b));
}

SketchScale::SketchScale(const ChartSketch& c)
    : m_points(c.y.size())
    , m_left(c.axes() ? kAxisLeft : kPadding)
    , m_right(c.width - kPadding)
    , m_bottom(c.height - (c.axes() ? kAxisBottom : kPadding)) {
    double low = INFINITY, high = -INFINITY;
    const auto take = [&](double v) {
        if (!std::isnan(v)) {
            low = std::min(low, v);
            high = std::max(high, v);
        }
    };
    for (const std::vector<double>* series : {&c.y, &c.centre, &c.lower, &c.upper})
        for (double v : *series)
            take(v);
    if (c.goal)
        take(*c.goal);
    if (c.low && c.high && *c.high > *c.low) { // small multiples share one scale
        low = std::min(low, *c.low);
        high = std::max(high, *c.high);
    }
    m_empty = c.y.empty() || std::none_of(c.y.begin(), c.y.end(), [](double v) { return !std::isnan(v); });
    if (m_empty)
        return;
    if (high - low < 1e-9) {
        low -= 1;
        high += 1;
    }
    m_low = low;
    m_high = high;
}

double SketchScale::x(size_t point) const {
    return m_points == 1 ? (m_left + m_right) / 2.0 : m_left + (m_right - m_left) * double(point) / double(m_points - 1);
}

double SketchScale::y(double value) const {
    return m_bottom - (m_bottom - top()) * (value - m_low) / (m_high - m_low);
}

namespace {
QString scaleText(double value, double span) {
    return QString::number(value, 'f', span >= 10 ? 0 : span >= 1 ? 1 : 2);
}
} // namespace

QString SketchScale::lowText() const { return scaleText(m_low, m_high - m_low); }
QString SketchScale::highText() const { return scaleText(m_high, m_high - m_low); }

QString chartSvg(const ChartSketch& c, const QString& alt) {
    const double w = c.width, h = c.height;
    const SketchScale scale(c);
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" role=\"img\" "
                                 "aria-label=\"%3\"><title>%3</title><rect width=\"%1\" height=\"%2\" fill=\"#ffffff\" "
                                 "stroke=\"#c8c8c8\"/>")
                      .arg(w)
                      .arg(h)
                      .arg((alt.isEmpty() ? c.measure : alt).toHtmlEscaped());
    if (scale.empty()) {
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"11\" text-anchor=\"middle\" fill=\"#606060\">%3</text></svg>")
                   .arg(w / 2)
                   .arg(h / 2)
                   .arg((c.emptyText.isEmpty() ? Documents::tr("No values yet") : c.emptyText).toHtmlEscaped());
        return svg;
    }
    if (c.axes()) {
        const QString text = QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"9\" fill=\"#505050\" text-anchor=\"%3\">%4</text>");
        svg += text.arg(coordinate(scale.left() - 4), coordinate(scale.top() + 7), QStringLiteral("end"), scale.highText());
        svg += text.arg(coordinate(scale.left() - 4), coordinate(scale.bottom()), QStringLiteral("end"), scale.lowText());
        svg += text.arg(coordinate(scale.left()), coordinate(h - 4), QStringLiteral("start"), c.firstLabel.toHtmlEscaped());
        svg += text.arg(coordinate(scale.right()), coordinate(h - 4), QStringLiteral("end"), c.lastLabel.toHtmlEscaped());
        svg += QStringLiteral("<line x1=\"%1\" x2=\"%1\" y1=\"%2\" y2=\"%3\" stroke=\"#c8c8c8\"/>")
                   .arg(coordinate(scale.left() - 1), coordinate(scale.top()), coordinate(scale.bottom()));
    }
    // Each stretch of values between gaps as one polyline.
    const auto line = [&](const std::vector<double>& values, const QString& style) {
        QString out, points;
        const auto flush = [&] {
            if (!points.isEmpty())
                out += QStringLiteral("<polyline fill=\"none\" %1 points=\"%2\"/>").arg(style, points.trimmed());
            points.clear();
        };
        for (size_t i = 0; i < values.size(); ++i) {
            if (std::isnan(values[i])) {
                flush();
                continue;
            }
            points += QStringLiteral("%1,%2 ").arg(coordinate(scale.x(i)), coordinate(scale.y(values[i])));
        }
        flush();
        return out;
    };
    if (c.goal)
        svg += QStringLiteral("<line x1=\"%1\" x2=\"%2\" y1=\"%3\" y2=\"%3\" stroke=\"#2e7d32\" stroke-dasharray=\"4 3\"/>")
                   .arg(coordinate(scale.left()), coordinate(scale.right()), coordinate(scale.y(*c.goal)));
    svg += line(c.upper, QStringLiteral("stroke=\"#b04040\" stroke-dasharray=\"3 2\""));
    svg += line(c.lower, QStringLiteral("stroke=\"#b04040\" stroke-dasharray=\"3 2\""));
    svg += line(c.centre, QStringLiteral("stroke=\"#7f7f7f\""));
    svg += line(c.y, QStringLiteral("stroke=\"#1f4e79\" stroke-width=\"1.5\""));
    for (size_t i = 0; i < c.y.size(); ++i) {
        if (std::isnan(c.y[i]))
            continue;
        const bool signal = i < c.signal.size() && c.signal[i];
        svg += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"%3\" fill=\"%4\"/>")
                   .arg(coordinate(scale.x(i)), coordinate(scale.y(c.y[i])))
                   .arg(signal ? 3.2 : 2.2)
                   .arg(signal ? QStringLiteral("#e07b00") : QStringLiteral("#1f4e79"));
        if (int(i) == c.monthPoint)
            svg += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"5.5\" fill=\"none\" stroke=\"#000000\"/>")
                       .arg(coordinate(scale.x(i)), coordinate(scale.y(c.y[i])));
    }
    return svg + QStringLiteral("</svg>");
}

QString htmlFile(const Document& document) {
    const QString body = bodyHtml(document, false, [&](int n, const QString& alt) {
        return chartSvg(document.charts[size_t(n)], alt);
    });
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>%1</title>\n<style>\n"
               "body{font-family:'DejaVu Sans',sans-serif;font-size:10pt;max-width:52em;margin:2em auto;color:#202020}\n"
               "p{margin:0 0 6px 0}\n"
               "table{border-collapse:collapse;margin:0 0 10px 0}\n"
               "th,td{border:1px solid #b0b0b0;padding:2px 6px;vertical-align:top}\n"
               "th{background:#eef2f7;text-align:left}\n"
               "th.num,td.num{text-align:right}\n"
               "caption{text-align:left;color:#404040;padding:2px 0}\n"
               "h1,h2,h3{color:#1f4e79;margin:12px 0 4px 0}h1{font-size:16pt}h2{font-size:13pt}h3{font-size:11pt}\n"
               ".note{color:#505050;font-style:italic}\n"
               "@media print{.newpage{break-before:page}}\n"
               "</style>\n</head>\n<body>\n%2<p style=\"margin-top:16px;color:#606060;font-size:8pt;\">%3</p>\n"
               "</body>\n</html>\n")
        .arg(document.title.toHtmlEscaped(), body, document.footer.toHtmlEscaped());
}

Status writeHtmlFile(const Document& document, const QString& path) {
    QSaveFile file(path);
    const QByteArray html = htmlFile(document).toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(html) != html.size() || !file.commit())
        return Error{ErrorCode::Io, Documents::tr("%1: cannot write it (%2)").arg(path, file.errorString())};
    return {};
}

QString printHtml(const Document& document, double chartScale) {
    return bodyHtml(document, true, [&](int n, const QString&) {
        const ChartSketch& c = document.charts[size_t(n)];
        return QStringLiteral("<img src=\"pdsa-chart:%1\" width=\"%2\" height=\"%3\">")
            .arg(n)
            .arg(qRound(c.width * chartScale))
            .arg(qRound(c.height * chartScale));
    });
}

} // namespace pdsa::report

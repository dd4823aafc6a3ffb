// SPDX-License-Identifier: Apache-2.0
#include "charts/scorehistorychart.h"

#include "domain/assessmentscore.h"
#include "format.h"
#include "theme.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace pdsa::ui {

namespace {

constexpr double kLow = 1.0;
constexpr double kHigh = 5.0;
constexpr double kSuccess = 4.0; // the BSC's own success measure: teams at 4.0 or above

QColor selfColor() {
    return Theme::decisionColor(Decision::Adapt);
}

bool apart(const coaching::ReportingRow& row) {
    return row.facultyScore && row.selfScore && std::abs(*row.facultyScore - *row.selfScore) >= kScoreGapFlag;
}

} // namespace

ScoreHistoryChart::ScoreHistoryChart(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("scoreHistoryChart"));
    setAccessibleName(tr("Assessment scores by month"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ScoreHistoryChart::setRows(std::vector<coaching::ReportingRow> rows) {
    m_rows = std::move(rows);
    setAccessibleDescription(summary());
    setToolTip(summary());
    update();
}

std::vector<QDate> ScoreHistoryChart::gapMonths() const {
    std::vector<QDate> months;
    for (const auto& row : m_rows)
        if (apart(row))
            months.push_back(row.month);
    return months;
}

bool ScoreHistoryChart::hasScores() const {
    for (const auto& row : m_rows)
        if (row.facultyScore || row.selfScore)
            return true;
    return false;
}

QString ScoreHistoryChart::summary() const {
    const coaching::ReportingRow* faculty = nullptr;
    const coaching::ReportingRow* self = nullptr;
    for (const auto& row : m_rows) {
        if (row.facultyScore)
            faculty = &row;
        if (row.selfScore)
            self = &row;
    }
    if (!faculty && !self)
        return tr("No scores yet: the faculty's score arrives with their feedback; the team gives its self-score "
                  "with the monthly report.");
    QStringList parts;
    parts << (faculty ? tr("Latest faculty score %1 (%2).").arg(Format::score(*faculty->facultyScore), Format::month(faculty->month))
                      : tr("No faculty score yet."));
    parts << (self ? tr("Latest self-score %1 (%2).").arg(Format::score(*self->selfScore), Format::month(self->month))
                   : tr("No self-score yet."));
    const std::vector<QDate> gaps = gapMonths();
    if (!gaps.empty()) {
        QStringList months;
        for (const QDate& month : gaps)
            months << Format::month(month);
        parts << tr("⚑ 1.0 or more apart in %1.").arg(months.join(tr(", ")));
    }
    return parts.join(QLatin1Char(' '));
}

QSize ScoreHistoryChart::sizeHint() const {
    return {fontMetrics().averageCharWidth() * 80, fontMetrics().height() * 11};
}

QSize ScoreHistoryChart::minimumSizeHint() const {
    return {fontMetrics().averageCharWidth() * 30, fontMetrics().height() * 11};
}

void ScoreHistoryChart::changeEvent(QEvent* event) {
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

void ScoreHistoryChart::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    const QColor muted = Theme::mutedText(palette());
    const QColor text = palette().color(QPalette::WindowText);

    // The legend on top, then the plot: the scale's labels on the left, months below.
    const int legendHeight = line + 4;
    const QRect plot = rect().adjusted(fm.horizontalAdvance(QStringLiteral("5.0")) + 10, legendHeight + line,
                                       -fm.averageCharWidth() * 2, -(line + line / 2 + 8));
    if (plot.width() < 20 || plot.height() < 20)
        return;
    const auto y = [&](double score) { return plot.bottom() - (score - kLow) / (kHigh - kLow) * plot.height(); };
    const int n = int(m_rows.size());
    const auto x = [&](int i) { return n <= 1 ? plot.center().x() : plot.left() + double(i) * plot.width() / (n - 1); };

    // Legend.
    int lx = plot.left();
    const auto legend = [&](const QColor& color, bool filled, Qt::PenStyle style, const QString& label) {
        const int cy = line / 2 + 2;
        p.setPen(QPen(color, 2, style));
        p.drawLine(lx, cy, lx + 22, cy);
        p.setBrush(filled ? color : palette().color(QPalette::Base));
        p.drawEllipse(QPointF(lx + 11, cy), 3.5, 3.5);
        p.setPen(text);
        p.drawText(lx + 28, 2, fm.horizontalAdvance(label) + 2, line, Qt::AlignVCenter, label);
        lx += 28 + fm.horizontalAdvance(label) + 18;
    };
    legend(Theme::accent(), true, Qt::SolidLine, tr("Faculty score"));
    legend(selfColor(), false, Qt::DashLine, tr("Self-score"));
    p.setPen(muted);
    p.drawText(lx, 2, width() - lx, line, Qt::AlignVCenter, tr("⚑ 1.0 or more apart"));

    // The scale, and the success level.
    p.setBrush(Qt::NoBrush);
    for (double s = kLow; s <= kHigh; s += 1.0) {
        p.setPen(QPen(muted.lighter(160), 1));
        p.drawLine(QPointF(plot.left(), y(s)), QPointF(plot.right(), y(s)));
        p.setPen(muted);
        p.drawText(QRectF(0, y(s) - line / 2.0, plot.left() - 6, line), Qt::AlignRight | Qt::AlignVCenter,
                   Format::score(s));
    }
    p.setPen(QPen(Theme::decisionColor(Decision::Adopt), 1, Qt::DashLine));
    p.drawLine(QPointF(plot.left(), y(kSuccess)), QPointF(plot.right(), y(kSuccess)));

    // Month labels: as many as fit, the last always.
    if (n > 0) {
        const int labelWidth = fm.horizontalAdvance(QStringLiteral("MMM 0000")) + 12;
        const int every = std::max(1, int(std::ceil(double(labelWidth) / std::max(1.0, double(plot.width()) / std::max(1, n - 1)))));
        p.setPen(muted);
        for (int i = 0; i < n; ++i) {
            // Every `every`th month, and the last (the one before it left out when too near).
            if (i != n - 1 && (i % every != 0 || n - 1 - i < every))
                continue;
            const QString label = Format::month(m_rows[size_t(i)].month);
            const double w = fm.horizontalAdvance(label);
            const double left = std::clamp(x(i) - w / 2, 0.0, double(width()) - w);
            p.drawText(QRectF(left, plot.bottom() + line / 2.0 + 4, w + 1, line), Qt::AlignCenter, label);
        }
    }

    // The two series: a line through the months that have a score, a dot on each.
    const auto series = [&](auto score, const QColor& color, bool filled, Qt::PenStyle style) {
        QPainterPath path;
        bool started = false;
        for (int i = 0; i < n; ++i) {
            const std::optional<double> s = score(m_rows[size_t(i)]);
            if (!s)
                continue;
            const QPointF point(x(i), y(*s));
            started ? path.lineTo(point) : path.moveTo(point);
            started = true;
        }
        p.setPen(QPen(color, 2, style));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        p.setBrush(filled ? color : palette().color(QPalette::Base));
        p.setPen(QPen(color, 2));
        for (int i = 0; i < n; ++i)
            if (const std::optional<double> s = score(m_rows[size_t(i)]))
                p.drawEllipse(QPointF(x(i), y(*s)), 3.5, 3.5);
    };
    series([](const coaching::ReportingRow& r) { return r.selfScore; }, selfColor(), false, Qt::DashLine);
    series([](const coaching::ReportingRow& r) { return r.facultyScore; }, Theme::accent(), true, Qt::SolidLine);

    // The flags, above the higher of the two scores.
    p.setPen(Theme::decisionColor(Decision::Abandon));
    for (int i = 0; i < n; ++i) {
        const auto& row = m_rows[size_t(i)];
        if (!apart(row))
            continue;
        const double top = y(std::max(*row.facultyScore, *row.selfScore));
        p.drawText(QRectF(x(i) - line, top - line - 4, 2 * line, line), Qt::AlignCenter, QStringLiteral("⚑"));
    }
}

} // namespace pdsa::ui

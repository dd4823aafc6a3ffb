// SPDX-License-Identifier: Apache-2.0
#include "widgets/sparklinedelegate.h"

#include "models/sparkline.h"
#include "theme.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <optional>

namespace pdsa::ui {

namespace {

// The height a sparkline spans: its values and its goal when that is near them (never an empty
// range); nothing when no value is present.
struct SparklineRange {
    double low = 0;
    double high = 0;
    bool withGoal = false;
};

std::optional<SparklineRange> rangeOf(const Sparkline& line) {
    std::vector<double> present;
    for (double v : line.values)
        if (std::isfinite(v))
            present.push_back(v);
    if (present.empty())
        return std::nullopt;
    double low = *std::min_element(present.begin(), present.end());
    double high = *std::max_element(present.begin(), present.end());
    const bool goalInRange =
        line.goal && *line.goal >= low - (high - low) * 0.5 && *line.goal <= high + (high - low) * 0.5;
    if (goalInRange) {
        low = std::min(low, *line.goal);
        high = std::max(high, *line.goal);
    }
    if (high - low < 1e-9) {
        low -= 1;
        high += 1;
    }
    return SparklineRange{low, high, goalInRange};
}

} // namespace

SparklineDelegate::SparklineDelegate(int role, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_role(role) {}

void SparklineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const {
    // The cell's background and selection, without text.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    cell.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);

    const auto line = index.data(m_role).value<Sparkline>();
    const std::optional<SparklineRange> range = rangeOf(line);
    if (!range)
        return;
    const double low = range->low, high = range->high;
    const bool goalInRange = range->withGoal;

    const int padX = option.fontMetrics.averageCharWidth();
    const int padY = std::max(3, option.rect.height() / 5);
    const QRectF area = QRectF(option.rect).adjusted(padX, padY, -padX, -padY);
    const auto count = line.values.size();
    const auto x = [&](qsizetype i) {
        return count <= 1
                   ? area.center().x()
                   : area.left() + area.width() * static_cast<double>(i) / static_cast<double>(count - 1);
    };
    const auto y = [&](double v) { return area.bottom() - area.height() * (v - low) / (high - low); };

    const bool selected = option.state & QStyle::State_Selected;
    const QColor ink = selected ? option.palette.color(QPalette::HighlightedText) : Theme::accent();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (goalInRange) {
        QPen goalPen(selected ? ink : Theme::decisionColor(Decision::Adopt), 1, Qt::DashLine);
        goalPen.setCosmetic(true);
        painter->setPen(goalPen);
        painter->drawLine(QPointF(area.left(), y(*line.goal)), QPointF(area.right(), y(*line.goal)));
    }
    QPainterPath path;
    bool drawing = false;
    for (qsizetype i = 0; i < count; ++i) {
        const double v = line.values[i];
        if (!std::isfinite(v)) {
            drawing = false;
            continue;
        }
        const QPointF point(x(i), y(v));
        if (drawing)
            path.lineTo(point);
        else
            path.moveTo(point);
        drawing = true;
    }
    QPen pen(ink, 1.6);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path);
    for (qsizetype i = count - 1; i >= 0; --i) {
        if (std::isfinite(line.values[i])) {
            painter->setBrush(ink);
            painter->setPen(Qt::NoPen);
            painter->drawEllipse(QPointF(x(i), y(line.values[i])), 2.6, 2.6);
            break;
        }
    }
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const {
    return {option.fontMetrics.averageCharWidth() * 18, option.fontMetrics.height() * 17 / 10};
}

} // namespace pdsa::ui

// SPDX-License-Identifier: Apache-2.0
#include "theme.h"

#include <QFontMetrics>
#include <QWidget>

namespace pdsa::ui {

namespace {

QColor mix(const QColor& a, const QColor& b, qreal t) {
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - t) + b.redF() * t),
                            static_cast<float>(a.greenF() * (1 - t) + b.greenF() * t),
                            static_cast<float>(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

QFont Theme::scaled(const QFont& base, qreal factor) {
    QFont font = base;
    if (base.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF() * factor);
    else if (base.pixelSize() > 0)
        font.setPixelSize(qRound(base.pixelSize() * factor));
    return font;
}

QFont Theme::titleFont(const QFont& base) {
    QFont font = scaled(base, 1.6);
    font.setBold(true);
    return font;
}

QFont Theme::sectionFont(const QFont& base) {
    QFont font = scaled(base, 1.15);
    font.setBold(true);
    return font;
}

QColor Theme::mutedText(const QPalette& palette) {
    return mix(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.42);
}

void Theme::makeMuted(QWidget* widget) {
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, mutedText(palette));
    palette.setColor(QPalette::Text, mutedText(palette));
    widget->setPalette(palette);
}

QColor Theme::accent() {
    return QColor(0x1f, 0x6f, 0xb2);
}

QColor Theme::accentSoft() {
    return QColor(0xdb, 0xe9, 0xf6);
}

QColor Theme::summit() {
    return QColor(0xc0, 0x6a, 0x10);
}

QColor Theme::today() {
    return QColor(0xc0, 0x39, 0x2b);
}

QColor Theme::spreadColor(int status) {
    switch (status) {
    case 0: return QColor(0xf2, 0xf2, 0xf2); // planned
    case 1: return QColor(0xe3, 0xee, 0xf8); // in progress
    case 2: return QColor(0xcd, 0xe6, 0xd2); // spread
    case 3: return QColor(0xa9, 0xd6, 0xb3); // sustained
    case 4: return QColor(0xf5, 0xdc, 0xd8); // discontinued
    default: return {};
    }
}

QColor Theme::decisionColor(Decision decision) {
    switch (decision) {
    case Decision::Adopt:
        return QColor(0x1e, 0x7b, 0x3a);
    case Decision::Adapt:
        return QColor(0xa0, 0x62, 0x00);
    case Decision::Abandon:
        return QColor(0xa8, 0x2a, 0x2a);
    case Decision::None:
        break;
    }
    return {};
}

QColor Theme::statusColor(CycleStatus status) {
    switch (status) {
    case CycleStatus::Planned:
        return QColor(0x5a, 0x5a, 0x6e);
    case CycleStatus::Running:
        return accent();
    case CycleStatus::Studying:
        return QColor(0x6b, 0x3f, 0xa0);
    case CycleStatus::Done:
        return QColor(0x1e, 0x7b, 0x3a);
    }
    return {};
}

int Theme::sectionSpacing(const QWidget* widget) {
    return QFontMetrics(widget->font()).height() * 3 / 2;
}

int Theme::pageMargin(const QWidget* widget) {
    return QFontMetrics(widget->font()).height() * 3 / 2;
}

} // namespace pdsa::ui

// SPDX-License-Identifier: Apache-2.0
#include "widgets/elidedlabel.h"

#include <QEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOption>

namespace pdsa::ui {

ElidedLabel::ElidedLabel(QWidget* parent)
    : ElidedLabel(QString(), parent) {}

ElidedLabel::ElidedLabel(const QString& text, QWidget* parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setText(text);
}

void ElidedLabel::setText(const QString& text) {
    if (text == m_text && !m_shown.isNull())
        return;
    m_text = text;
    setAccessibleName(text);
    updateElision();
    updateGeometry();
    update();
}

QSize ElidedLabel::sizeHint() const {
    const QFontMetrics metrics = fontMetrics();
    return {metrics.horizontalAdvance(m_text) + 2, metrics.height()};
}

QSize ElidedLabel::minimumSizeHint() const {
    const QFontMetrics metrics = fontMetrics();
    return {qMin(sizeHint().width(), metrics.averageCharWidth() * 6), metrics.height()};
}

void ElidedLabel::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setPen(
        palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::WindowText));
    painter.setFont(font());
    painter.drawText(rect(), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, m_shown);
}

void ElidedLabel::resizeEvent(QResizeEvent*) {
    updateElision();
}

void ElidedLabel::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateElision();
        updateGeometry();
    }
}

void ElidedLabel::updateElision() {
    m_shown = fontMetrics().elidedText(m_text, Qt::ElideRight, width());
    m_elided = m_shown != m_text;
    setToolTip(m_elided ? m_text : QString());
}

} // namespace pdsa::ui

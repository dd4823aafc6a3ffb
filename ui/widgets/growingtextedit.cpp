// SPDX-License-Identifier: Apache-2.0
#include "widgets/growingtextedit.h"

#include <QEvent>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace pdsa::ui {

GrowingTextEdit::GrowingTextEdit(QWidget* parent, int minimumLines)
    : QTextEdit(parent)
    , m_minimumLines(minimumLines) {
    setAcceptRichText(false);
    setTabChangesFocus(true);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(document(), &QTextDocument::contentsChanged, this, [this] {
        updateHeight();
        if (!m_settingText)
            emit textEdited(toPlainText());
    });
    updateHeight();
}

void GrowingTextEdit::setTextKeepingCursor(const QString& text) {
    if (text == toPlainText())
        return;
    const int position = textCursor().position();
    m_settingText = true;
    setPlainText(text);
    m_settingText = false;
    QTextCursor cursor = textCursor();
    cursor.setPosition(std::min(position, static_cast<int>(document()->characterCount()) - 1));
    setTextCursor(cursor);
}

int GrowingTextEdit::heightForText() const {
    const int lines = fontMetrics().lineSpacing() * m_minimumLines;
    const int margins = 2 * frameWidth() + contentsMargins().top() + contentsMargins().bottom() +
                        static_cast<int>(2 * document()->documentMargin());
    const int content = static_cast<int>(std::ceil(document()->size().height()));
    return std::max(lines + margins, content + 2 * frameWidth());
}

void GrowingTextEdit::updateHeight() {
    const int height = heightForText();
    if (height != this->height() || minimumHeight() != height) {
        setFixedHeight(height);
        updateGeometry();
    }
}

QSize GrowingTextEdit::sizeHint() const {
    return {QTextEdit::sizeHint().width(), heightForText()};
}

QSize GrowingTextEdit::minimumSizeHint() const {
    return {fontMetrics().averageCharWidth() * 12, heightForText()};
}

void GrowingTextEdit::resizeEvent(QResizeEvent* event) {
    QTextEdit::resizeEvent(event);
    // The text wraps to the new width: the height follows.
    document()->setTextWidth(viewport()->width());
    updateHeight();
}

void GrowingTextEdit::changeEvent(QEvent* event) {
    QTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateHeight();
}

} // namespace pdsa::ui

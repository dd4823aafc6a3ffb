// SPDX-License-Identifier: Apache-2.0
#include "widgets/section.h"

#include "theme.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pdsa::ui {

Section::Section(const QString& title, QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_caption(new QLabel(this))
    , m_body(new QWidget(this))
    , m_bodyLayout(new QVBoxLayout(m_body))
    , m_emptyLabel(new QLabel(this)) {
    m_title->setFont(Theme::sectionFont(font()));
    m_title->setAccessibleName(title);
    m_title->setWordWrap(true); // a long title (a measure's name at 200 % text) wraps rather than widens the page
    m_caption->setWordWrap(true);
    m_caption->setVisible(false);
    Theme::makeMuted(m_caption);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setVisible(false);
    m_emptyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont italic = m_emptyLabel->font();
    italic.setItalic(true);
    m_emptyLabel->setFont(italic);
    Theme::makeMuted(m_emptyLabel);

    const int unit = fontMetrics().height();
    m_bodyLayout->setContentsMargins(0, unit / 4, 0, 0);
    m_bodyLayout->setSpacing(unit / 2);

    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(unit / 4);
    m_layout->addWidget(m_title);
    m_layout->addWidget(m_caption);
    m_layout->addWidget(m_body);
    m_layout->addWidget(m_emptyLabel);
}

void Section::addActionsLayout(QLayout* layout) {
    m_layout->insertLayout(m_layout->indexOf(m_body), layout); // above the body and the empty text
}

void Section::setTitle(const QString& title) {
    m_title->setText(title);
    m_title->setAccessibleName(title);
}

QString Section::title() const {
    return m_title->text();
}

void Section::setCaption(const QString& caption) {
    m_caption->setText(caption);
    m_caption->setVisible(!caption.isEmpty());
}

void Section::addWidget(QWidget* widget, int stretch) {
    m_bodyLayout->addWidget(widget, stretch);
}

void Section::addLayout(QLayout* layout) {
    m_bodyLayout->addLayout(layout);
}

void Section::setEmptyText(const QString& text) {
    m_emptyLabel->setText(text);
}

void Section::setEmpty(bool empty) {
    m_empty = empty;
    m_body->setVisible(!empty);
    m_emptyLabel->setVisible(empty);
}

} // namespace pdsa::ui

// SPDX-License-Identifier: Apache-2.0
#include "widgets/fieldgrid.h"

#include "format.h"
#include "theme.h"

#include <QGridLayout>
#include <QLabel>

namespace pdsa::ui {

FieldGrid::FieldGrid(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QGridLayout(this)) {
    const int unit = fontMetrics().height();
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setHorizontalSpacing(unit * 3 / 2);
    m_layout->setVerticalSpacing(unit / 2);
    m_layout->setColumnStretch(1, 1);
}

QLabel* FieldGrid::addRow(const QString& label) {
    const int row = m_layout->rowCount();
    auto* name = new QLabel(label, this);
    name->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    Theme::makeMuted(name);
    auto* value = new QLabel(this);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setAccessibleName(label);
    value->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    name->setBuddy(value);
    m_layout->addWidget(name, row, 0);
    m_layout->addWidget(value, row, 1);
    return value;
}

void FieldGrid::setValue(QLabel* value, const QString& text, const QString& placeholder) {
    const bool empty = text.trimmed().isEmpty();
    value->setText(empty ? (placeholder.isEmpty() ? Format::dash() : placeholder) : text);
    // A placeholder reads as a remark, not as data: muted and, when it is a sentence, italic.
    QFont font = value->font();
    font.setItalic(empty && !placeholder.isEmpty());
    value->setFont(font);
    QPalette palette = value->palette();
    const QPalette base = value->parentWidget() ? value->parentWidget()->palette() : QPalette();
    palette.setColor(QPalette::WindowText, empty ? Theme::mutedText(base) : base.color(QPalette::WindowText));
    value->setPalette(palette);
}

void FieldGrid::setRowVisible(QLabel* value, bool visible) {
    const int index = m_layout->indexOf(value);
    if (index < 0)
        return;
    int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
    m_layout->getItemPosition(index, &row, &column, &rowSpan, &columnSpan);
    if (QLayoutItem* name = m_layout->itemAtPosition(row, 0); name && name->widget())
        name->widget()->setVisible(visible);
    value->setVisible(visible);
}

} // namespace pdsa::ui

// SPDX-License-Identifier: Apache-2.0
#include "widgets/commenteditor.h"

#include "widgets/growingtextedit.h"

#include <QHBoxLayout>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace pdsa::ui {

CommentEditor::CommentEditor(const QString& placeholder, int lines, QWidget* parent)
    : QWidget(parent)
    , m_edit(new GrowingTextEdit(this, lines))
    , m_button(new QPushButton(tr("Add comment"), this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit->setObjectName(QStringLiteral("commentEdit"));
    m_edit->setAccessibleName(tr("Your comment"));
    m_edit->setPlaceholderText(placeholder);
    layout->addWidget(m_edit);
    auto* buttons = new QHBoxLayout;
    m_button->setObjectName(QStringLiteral("commentButton"));
    buttons->addWidget(m_button);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_button, &QPushButton::clicked, this, &CommentEditor::add);
}

void CommentEditor::add() {
    const QString typed = m_edit->text();
    if (typed.trimmed().isEmpty() || !m_submit)
        return;
    m_edit->setTextKeepingCursor(QString());
    const QPointer<CommentEditor> self(this);
    const Status status = m_submit(typed.trimmed());
    if (!self)
        return;
    if (!status)
        m_edit->setTextKeepingCursor(typed);
    emit statusShown(status);
}

} // namespace pdsa::ui

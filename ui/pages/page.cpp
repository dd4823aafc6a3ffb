// SPDX-License-Identifier: Apache-2.0
#include "pages/page.h"

#include "theme.h"
#include "widgets/pageheader.h"
#include "widgets/section.h"

#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace pdsa::ui {

Page::Page(Scrolling scrolling, QWidget* parent)
    : QWidget(parent)
    , m_header(new PageHeader(this))
    , m_content(new QWidget)
    , m_contentLayout(new QVBoxLayout(m_content))
    , m_errorBox(new QWidget(this))
    , m_errorLabel(new QLabel(m_errorBox)) {
    const int margin = Theme::pageMargin(this);
    m_contentLayout->setContentsMargins(margin, margin, margin, margin);
    m_contentLayout->setSpacing(Theme::sectionSpacing(this));

    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* errorLayout = new QVBoxLayout(m_errorBox);
    errorLayout->setContentsMargins(margin, margin, margin, margin);
    errorLayout->addWidget(m_errorLabel);
    errorLayout->addStretch(1);
    m_errorBox->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    if (scrolling == Scrolling::Page) {
        m_scroll = new QScrollArea(this);
        m_scroll->setWidgetResizable(true);
        m_scroll->setFrameShape(QFrame::NoFrame);
        m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        m_scroll->setWidget(m_content);
        m_scroll->setFocusPolicy(Qt::NoFocus);
        layout->addWidget(m_scroll, 1);
    } else {
        m_content->setParent(this);
        layout->addWidget(m_content, 1);
    }
    layout->addWidget(m_errorBox, 1);
}

Section* Page::addSection(const QString& title) {
    auto* section = new Section(title, m_content);
    m_contentLayout->addWidget(section);
    return section;
}

void Page::finishContent() {
    m_contentLayout->addStretch(1);
}

void Page::showTarget(WorkspaceDocument& document, const NavigationTarget& target) {
    const bool samePlace = target == m_target;
    m_target = target;
    showStatus(load(document, target));
    if (m_scroll && !samePlace)
        m_scroll->verticalScrollBar()->setValue(0);
}

void Page::refresh(WorkspaceDocument& document, const Changes& changes) {
    if (shows(changes))
        showStatus(update(document, changes));
}

bool Page::shows(const Changes& changes) const {
    if (m_target.teamId.isNull())
        return !changes.empty();
    return changes.touchesTeam(m_target.teamId) || changes.touches(QStringLiteral("change_idea")) ||
           changes.touches(QStringLiteral("driver"));
}

Status Page::update(WorkspaceDocument& document, const Changes&) {
    return load(document, m_target);
}

void Page::showStatus(const Status& status) {
    QWidget* body = m_scroll ? static_cast<QWidget*>(m_scroll) : m_content;
    body->setVisible(status.ok());
    m_errorBox->setVisible(!status.ok());
    if (!status)
        m_errorLabel->setText(tr("This page cannot be shown: %1").arg(status.error().message));
}

} // namespace pdsa::ui

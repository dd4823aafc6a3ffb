// SPDX-License-Identifier: Apache-2.0
#include "widgets/pageheader.h"

#include "theme.h"
#include "widgets/elidedlabel.h"

#include <QAbstractButton>
#include <QFrame>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace pdsa::ui {

PageHeader::PageHeader(QWidget* parent)
    : QWidget(parent)
    , m_title(new ElidedLabel(this))
    , m_subtitle(new ElidedLabel(this))
    , m_buttons(new QHBoxLayout) {
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_title->setFont(Theme::titleFont(font()));
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    m_subtitle->setFont(Theme::scaled(font(), 1.05));
    Theme::makeMuted(m_subtitle);

    const int margin = Theme::pageMargin(this);
    auto* texts = new QVBoxLayout;
    texts->setSpacing(margin / 6);
    texts->addWidget(m_title);
    texts->addWidget(m_subtitle);

    m_buttons->setSpacing(margin / 3);
    auto* row = new QHBoxLayout;
    row->setContentsMargins(margin, margin * 2 / 3, margin, margin * 2 / 3);
    row->setSpacing(margin);
    row->addLayout(texts, 1);
    row->addLayout(m_buttons);

    auto* rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(row);
    layout->addWidget(rule);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void PageHeader::setTitle(const QString& title) {
    m_title->setText(title);
}

void PageHeader::setSubtitle(const QString& subtitle) {
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
}

QString PageHeader::title() const {
    return m_title->text();
}

QString PageHeader::subtitle() const {
    return m_subtitle->text();
}

void PageHeader::addButton(QAbstractButton* button) {
    m_buttons->addWidget(button, 0, Qt::AlignTop);
}

} // namespace pdsa::ui

// SPDX-License-Identifier: Apache-2.0
#pragma once
// The heading every page starts with: a large bold title (elided, whole text in the tooltip), a
// muted subtitle underneath, and room on the right for the page's buttons ("Edit details…").
// A thin rule separates it from the page's scrolling content.

#include <QWidget>

class QHBoxLayout;
class QAbstractButton;

namespace pdsa::ui {

class ElidedLabel;

class PageHeader : public QWidget {
    Q_OBJECT

public:
    explicit PageHeader(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setSubtitle(const QString& subtitle);
    QString title() const;
    QString subtitle() const;
    // Puts `button` on the right of the title, in the order added.
    void addButton(QAbstractButton* button);

    ElidedLabel* titleLabel() const { return m_title; }

private:
    ElidedLabel* m_title = nullptr;
    ElidedLabel* m_subtitle = nullptr;
    QHBoxLayout* m_buttons = nullptr;
};

} // namespace pdsa::ui

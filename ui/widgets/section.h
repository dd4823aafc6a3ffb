// SPDX-License-Identifier: Apache-2.0
#pragma once
// One titled section of a page ("Teams", "Change package", "Latest values"): a bold heading, an
// optional muted caption, then either the section's content or, when there is nothing to show,
// a muted sentence saying so and when something will appear ("No PDSA cycles yet — …").

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace pdsa::ui {

class Section : public QWidget {
    Q_OBJECT

public:
    explicit Section(const QString& title, QWidget* parent = nullptr);

    void setTitle(const QString& title);
    QString title() const;
    void setCaption(const QString& caption);
    // Adds a widget (or layout) to the section's body.
    void addWidget(QWidget* widget, int stretch = 0);
    void addLayout(QLayout* layout);
    // Adds actions that stay on show when the section is empty ("New shared measure…"): an
    // empty section is where the first item is made.
    void addActionsLayout(QLayout* layout);
    void setEmptyText(const QString& text);
    // Shows the empty text instead of the body.
    void setEmpty(bool empty);
    bool isEmpty() const { return m_empty; }
    QLabel* emptyLabel() const { return m_emptyLabel; }

private:
    QLabel* m_title = nullptr;
    QLabel* m_caption = nullptr;
    QWidget* m_body = nullptr;
    QVBoxLayout* m_bodyLayout = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QVBoxLayout* m_layout = nullptr;
    bool m_empty = false;
};

} // namespace pdsa::ui

// SPDX-License-Identifier: Apache-2.0
#pragma once
// A one-line label for names that can be long (collaboratives, teams, PDSA cycle titles): it
// asks for the width of its whole text but accepts less, draws the text elided at the right
// end, and then shows the whole text as its tooltip. Its accessible name is always the whole
// text. The colour follows the palette's WindowText, so Theme::makeMuted() works on it.

#include <QWidget>

namespace pdsa::ui {

class ElidedLabel : public QWidget {
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget* parent = nullptr);
    explicit ElidedLabel(const QString& text, QWidget* parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString& text);
    bool isElided() const { return m_elided; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateElision();

    QString m_text;
    QString m_shown;
    bool m_elided = false;
};

} // namespace pdsa::ui

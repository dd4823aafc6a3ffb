// SPDX-License-Identifier: Apache-2.0
#pragma once
// A plain-text editor for the worksheet's free text (objective, observations, what was learned):
// as tall as its text (at least `minimumLines` lines), so a page of such editors scrolls as one
// document instead of each field hiding its text behind a scroll bar of its own. Tab moves to
// the next field (people expect that in a form; Ctrl+Tab is not needed for a tab character
// nobody types into a worksheet). Rich text pasted in arrives as plain text.
//
// setTextKeepingCursor() replaces the text only when it differs, and then keeps the cursor's
// position as near as it can, so a reload after undo does not throw the cursor to the start.

#include <QTextEdit>

namespace pdsa::ui {

class GrowingTextEdit : public QTextEdit {
    Q_OBJECT

public:
    explicit GrowingTextEdit(QWidget* parent = nullptr, int minimumLines = 2);

    QString text() const { return toPlainText(); }
    // Sets the text without emitting textEdited(); nothing happens when it is the same.
    void setTextKeepingCursor(const QString& text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // The user changed the text (not emitted by setTextKeepingCursor()).
    void textEdited(const QString& text);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    int heightForText() const;
    void updateHeight();

    int m_minimumLines = 2;
    bool m_settingText = false;
};

} // namespace pdsa::ui

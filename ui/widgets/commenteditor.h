// SPDX-License-Identifier: Apache-2.0
#pragma once
// A coach's box for a new comment: the text, as tall as it grows, and "Add comment". The host says
// what adding means (setSubmit: usually command::addCoachComment about its subject); the box is
// emptied before the write (whose reload of the page may come back to it) and given its text back
// when the write is refused, so that nothing typed is lost. The outcome is reported with
// statusShown(). "Add comment" has no Alt-key: a page may hold several boxes (Tab from the text
// reaches it).

#include "util/result.h"

#include <QWidget>

#include <functional>

class QPushButton;

namespace pdsa::ui {

class GrowingTextEdit;

class CommentEditor : public QWidget {
    Q_OBJECT

public:
    CommentEditor(const QString& placeholder, int lines, QWidget* parent = nullptr);

    void setSubmit(std::function<Status(const QString& text)> submit) { m_submit = std::move(submit); }
    GrowingTextEdit* edit() const { return m_edit; }
    QPushButton* button() const { return m_button; }

signals:
    void statusShown(const Status& status);

private:
    void add();

    GrowingTextEdit* m_edit = nullptr;
    QPushButton* m_button = nullptr;
    std::function<Status(const QString&)> m_submit;
};

} // namespace pdsa::ui

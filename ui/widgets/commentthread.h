// SPDX-License-Identifier: Apache-2.0
#pragma once
// One coach comment with the team's replies under it: who wrote it and when, its state in words
// (new, answered, resolved), what it is about (when asked to say), the text whole; then a box for
// the team's reply with Reply, and Mark resolved (Reopen once resolved) for the coach who wrote
// it. Shown on the Feedback page for the comment chosen there, and beside the thing a comment is
// about (a cycle, a measure, a monthly report, the team). Who may do which follows the
// workspace's rights: a control that would be refused is disabled and its tooltip says why. Every
// write goes through the undo facade and so through core's rules; what core refuses is reported
// with statusShown(). Its buttons have no Alt-key: a page shows several threads (Tab reaches them).

#include "models/feedbacklistmodel.h"

#include <QDate>
#include <QFrame>

class QLabel;
class QPushButton;

namespace pdsa::ui {

class GrowingTextEdit;
class WorkspaceDocument;

class CommentThread : public QFrame {
    Q_OBJECT

public:
    enum class Subject { Said, Omitted };
    explicit CommentThread(Subject subject, QWidget* parent = nullptr);

    // Shows `row` (a null `document`: nothing chosen, `emptyText` in its place). A reply being
    // typed stays when the same comment is shown again.
    void setComment(WorkspaceDocument* document, const FeedbackListModel::Row& row, const QDate& today);
    void clear(const QString& emptyText);
    QUuid commentId() const { return m_row.comment.id; }

    QLabel* textLabel() const { return m_text; }
    GrowingTextEdit* replyEdit() const { return m_reply; }
    QPushButton* replyButton() const { return m_replyButton; }
    QPushButton* resolveButton() const { return m_resolveButton; }

signals:
    // The outcome of a reply or of (un)resolving: a refusal to show, or success.
    void statusShown(const Status& status);

private:
    void reply();
    void toggleResolved();

    Subject m_subject;
    WorkspaceDocument* m_document = nullptr;
    FeedbackListModel::Row m_row;
    QDate m_today;
    QLabel* m_text = nullptr;
    GrowingTextEdit* m_reply = nullptr;
    QPushButton* m_replyButton = nullptr;
    QPushButton* m_resolveButton = nullptr;
};

} // namespace pdsa::ui

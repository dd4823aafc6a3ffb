// SPDX-License-Identifier: Apache-2.0
#pragma once
// The coach comments about one thing, shown beside it: on a PDSA cycle's page, a measure's page,
// a monthly report and a team's page. Each comment is a CommentThread (the team replies there, the
// coach who wrote it resolves it); below them, in a coach's workspace, a box for a new comment
// (about a measure: as a whole or at one of the collaborative's months). A thread keeps its
// widget, and so a reply being typed, across reloads while its comment is there. Every write goes
// through the undo facade and core's rules; a refusal is shown in the panel. The section it sits
// in shows only when there is something in it: a comment, or a coach's box for one.

#include "domain/coachcomment.h"
#include "util/result.h"

#include <QDate>
#include <QUuid>
#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace pdsa::ui {

class CommentEditor;
class CommentThread;
class Section;
class GrowingTextEdit;
class WorkspaceDocument;

class CommentsPanel : public QWidget {
    Q_OBJECT

public:
    struct Subject {
        QUuid teamId;
        SubjectKind kind = SubjectKind::Team;
        QUuid id; // the cycle, measure or report; the team for SubjectKind::Team
    };

    // The panel goes into `section` ("Coach comments"): after each load it retitles the section
    // with the count and hides it when it holds no comment and this is not a coach's workspace.
    explicit CommentsPanel(Section* section);

    // Shows the comments about `subject` (a null subject id: nothing to comment on yet).
    Status load(WorkspaceDocument& document, const Subject& subject, const QDate& today);
    // How many comments are shown, and how many of them are neither answered nor resolved.
    int count() const { return int(m_threads.size()); }
    int newCount() const { return m_new; }
    // A sentence for the section's title: "Coach comments (2, 1 new)".
    QString title() const;

    std::vector<CommentThread*> threads() const { return m_threads; }
    Section* section() const { return m_section; }
    QWidget* newCommentBox() const { return m_newComment; }
    QComboBox* monthBox() const { return m_month; }
    GrowingTextEdit* commentEdit() const;
    QPushButton* commentButton() const;
    QLabel* messageLabel() const { return m_message; }

private:
    void show(const Status& status);

    Section* m_section = nullptr;
    WorkspaceDocument* m_document = nullptr;
    Subject m_subject;
    QDate m_today;
    int m_new = 0;
    std::vector<CommentThread*> m_threads;
    QVBoxLayout* m_threadLayout = nullptr;
    QLabel* m_empty = nullptr;
    QWidget* m_newComment = nullptr;
    QLabel* m_monthLabel = nullptr;
    QComboBox* m_month = nullptr;
    CommentEditor* m_editor = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace pdsa::ui

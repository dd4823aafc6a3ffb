// SPDX-License-Identifier: Apache-2.0
#include "widgets/commentspanel.h"

#include "coaching/reporting.h"
#include "format.h"
#include "models/feedbacklistmodel.h"
#include "theme.h"
#include "undo/commands.h"
#include "widgets/commenteditor.h"
#include "widgets/commentthread.h"
#include "widgets/growingtextedit.h"
#include "widgets/section.h"
#include "workspacedocument.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace pdsa::ui {

namespace {

bool about(const coaching::FeedbackRow& comment, const CommentsPanel::Subject& subject) {
    if (comment.subjectKind != subject.kind)
        return false;
    return subject.kind == SubjectKind::Team ? true : comment.subjectId == subject.id;
}

} // namespace

CommentsPanel::CommentsPanel(Section* section)
    : QWidget(section)
    , m_section(section) {
    section->addWidget(this);
    setObjectName(QStringLiteral("commentsPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_threadLayout = new QVBoxLayout;
    layout->addLayout(m_threadLayout);
    m_empty = new QLabel(tr("No comments from a coach yet."), this);
    Theme::makeMuted(m_empty);
    layout->addWidget(m_empty);

    m_newComment = new QWidget(this);
    m_newComment->setObjectName(QStringLiteral("newCommentBox"));
    auto* box = new QVBoxLayout(m_newComment);
    box->setContentsMargins(0, 0, 0, 0);
    auto* monthRow = new QHBoxLayout;
    m_month = new QComboBox(m_newComment);
    m_month->setObjectName(QStringLiteral("commentMonthBox"));
    m_month->setAccessibleName(tr("What the comment is about"));
    m_monthLabel = new QLabel(tr("A&bout:"), m_newComment);
    m_monthLabel->setBuddy(m_month);
    monthRow->addWidget(m_monthLabel);
    monthRow->addWidget(m_month);
    monthRow->addStretch(1);
    box->addLayout(monthRow);
    m_editor = new CommentEditor(tr("Your comment as the team's coach: what went well, what to test next, a question"),
                                 2, m_newComment);
    box->addWidget(m_editor);
    m_editor->setSubmit([this](const QString& text) {
        if (!m_document)
            return Status{};
        return command::addCoachComment(*m_document, m_subject.teamId, m_subject.kind, m_subject.id,
                                        m_subject.kind == SubjectKind::Measure ? m_month->currentData().toDate() : QDate(),
                                        m_today, text);
    });
    connect(m_editor, &CommentEditor::statusShown, this, &CommentsPanel::show);
    layout->addWidget(m_newComment);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("commentsMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, Theme::decisionColor(Decision::Abandon));
    m_message->setPalette(palette);
    layout->addWidget(m_message);

}

GrowingTextEdit* CommentsPanel::commentEdit() const {
    return m_editor->edit();
}

QPushButton* CommentsPanel::commentButton() const {
    return m_editor->button();
}

QString CommentsPanel::title() const {
    if (m_threads.empty())
        return tr("Coach comments");
    return m_new > 0 ? tr("Coach comments (%1, %2 new)").arg(count()).arg(m_new)
                     : tr("Coach comments (%1)").arg(count());
}

Status CommentsPanel::load(WorkspaceDocument& document, const Subject& subject, const QDate& today) {
    const bool sameSubject = m_document == &document && subject.kind == m_subject.kind && subject.id == m_subject.id &&
                             subject.teamId == m_subject.teamId; // a shared measure has one id under every team
    if (!sameSubject) {
        m_message->hide();
        m_editor->edit()->setTextKeepingCursor(QString());
    }
    m_document = &document;
    m_subject = subject;
    m_today = today;
    Workspace& workspace = document.workspace();

    std::vector<FeedbackListModel::Row> rows;
    if (!subject.id.isNull()) {
        auto all = FeedbackListModel::load(workspace, subject.teamId);
        if (!all)
            return all.error();
        for (FeedbackListModel::Row& row : *all)
            if (about(row.comment, subject))
                rows.push_back(std::move(row));
    }
    // The threads of comments still here keep their widgets (and a reply being typed).
    std::vector<CommentThread*> threads;
    for (const FeedbackListModel::Row& row : rows) {
        const auto kept = std::find_if(m_threads.begin(), m_threads.end(),
                                       [&](const CommentThread* t) { return t && t->commentId() == row.comment.id; });
        CommentThread* thread = nullptr;
        if (kept != m_threads.end()) {
            thread = *kept;
            *kept = nullptr;
        } else {
            thread = new CommentThread(CommentThread::Subject::Omitted, this);
            connect(thread, &CommentThread::statusShown, this, &CommentsPanel::show);
        }
        thread->setComment(&document, row, today);
        m_threadLayout->addWidget(thread); // in the rows' order (adding again moves it to the end)
        threads.push_back(thread);
    }
    for (CommentThread* gone : m_threads) {
        if (gone) {
            gone->hide();
            gone->deleteLater(); // it may be the thread whose button is being handled
        }
    }
    const int newCount = int(std::count_if(rows.begin(), rows.end(), [](const FeedbackListModel::Row& row) {
        return row.comment.state == CommentState::New;
    }));
    m_threads = std::move(threads);
    m_new = newCount;
    m_empty->setVisible(m_threads.empty());
    m_empty->setText(subject.id.isNull() ? tr("Nothing to comment on yet.") : tr("No comments from a coach yet."));

    // Only a coach writes comments: the box shows in a coach's workspace.
    const auto& owner = workspace.rights().owner();
    const bool coach = owner && owner->role == OwnerRole::Coach && !subject.id.isNull();
    m_newComment->setVisible(coach);
    const bool monthly = subject.kind == SubjectKind::Measure;
    m_monthLabel->setVisible(monthly);
    m_month->setVisible(monthly);
    if (coach && monthly) {
        const QDate chosen = m_month->currentData().toDate();
        const QSignalBlocker blocker(m_month);
        m_month->clear();
        m_month->addItem(tr("The measure as a whole"), QDate());
        if (auto collaborative = workspace.collaborative.current()) {
            const std::vector<QDate> months = coaching::collaborativeMonths(*collaborative, today);
            for (auto it = months.rbegin(); it != months.rend(); ++it)
                m_month->addItem(tr("Its value in %1").arg(Format::month(*it)), *it);
        }
        m_month->setCurrentIndex(std::max(0, m_month->findData(chosen)));
    }
    m_section->setTitle(title());
    m_section->setVisible(coach || !m_threads.empty());
    return {};
}

void CommentsPanel::show(const Status& status) {
    m_message->setVisible(!status.ok());
    if (!status)
        m_message->setText(status.error().message);
}

} // namespace pdsa::ui

// SPDX-License-Identifier: Apache-2.0
#include "widgets/commentthread.h"

#include "format.h"
#include "undo/commands.h"
#include "widgets/growingtextedit.h"
#include "widgets/ownershipbanner.h"
#include "workspacedocument.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace pdsa::ui {

namespace {

QString paragraphs(const QString& text) {
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

} // namespace

CommentThread::CommentThread(Subject subject, QWidget* parent)
    : QFrame(parent)
    , m_subject(subject) {
    setObjectName(QStringLiteral("commentThread"));
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("commentText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text);
    m_reply = new GrowingTextEdit(this, 2);
    m_reply->setObjectName(QStringLiteral("replyEdit"));
    m_reply->setAccessibleName(tr("Your reply"));
    m_reply->setPlaceholderText(tr("The team's reply to the coach"));
    layout->addWidget(m_reply);
    auto* buttons = new QHBoxLayout;
    m_replyButton = new QPushButton(tr("Reply"), this);
    m_replyButton->setObjectName(QStringLiteral("replyButton"));
    m_resolveButton = new QPushButton(tr("Mark resolved"), this);
    m_resolveButton->setObjectName(QStringLiteral("resolveButton"));
    buttons->addWidget(m_replyButton);
    buttons->addWidget(m_resolveButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_replyButton, &QPushButton::clicked, this, &CommentThread::reply);
    connect(m_resolveButton, &QPushButton::clicked, this, &CommentThread::toggleResolved);
}

void CommentThread::clear(const QString& emptyText) {
    m_document = nullptr; // the comment (and a reply typed to it) is kept for when it is shown again
    m_text->setText(emptyText);
    for (QWidget* control : std::initializer_list<QWidget*>{m_reply, m_replyButton, m_resolveButton})
        control->hide();
}

void CommentThread::setComment(WorkspaceDocument* document, const FeedbackListModel::Row& row, const QDate& today) {
    if (!document) {
        clear({});
        return;
    }
    if (row.comment.id != m_row.comment.id)
        m_reply->setTextKeepingCursor(QString());
    m_document = document;
    m_row = row;
    m_today = today;
    const coaching::FeedbackRow& c = row.comment;
    const CommentState state = c.state.value_or(CommentState::New);
    QString html = m_subject == Subject::Said
                       ? tr("<b>%1</b> · %2 · %3 — %4").arg(c.author.toHtmlEscaped(), Format::date(c.writtenOn),
                                                           FeedbackListModel::stateText(state), row.subject.toHtmlEscaped())
                       : tr("<b>%1</b> · %2 · %3").arg(c.author.toHtmlEscaped(), Format::date(c.writtenOn),
                                                      FeedbackListModel::stateText(state));
    html += QStringLiteral("<br>") + paragraphs(c.text);
    for (const coaching::FeedbackRow& reply : row.replies)
        html += tr("<br><br>↩ <b>%1</b> · %2<br>%3")
                    .arg(reply.author.toHtmlEscaped(), Format::date(reply.writtenOn), paragraphs(reply.text));
    m_text->setText(html);
    m_text->setAccessibleName(tr("Comment by %1").arg(c.author));

    // Who may do what here: the team replies, the coach who wrote it resolves.
    const EditRights& rights = document->workspace().rights();
    // Where the team's reply is not this workspace's to write (a coach's), there is no reply box;
    // Mark resolved says why it is disabled where the coach's word is not this workspace's.
    const Status mayReply = rights.mayWrite(Owner::ofTeam(c.teamId), u"comment_reply");
    m_reply->setVisible(mayReply.ok());
    m_replyButton->setVisible(mayReply.ok());
    m_resolveButton->show();
    auto comment = document->workspace().work.comments.find(c.id);
    const Status mayResolve = comment && *comment ? rights.mayWrite((**comment).meta.owner, u"coach_comment")
                                                  : Status{Error{ErrorCode::NotFound, tr("The comment is gone.")}};
    OwnershipBanner::setLocked(m_resolveButton, mayResolve ? QString() : mayResolve.error().message);
    m_resolveButton->setText(state == CommentState::Resolved ? tr("Reopen") : tr("Mark resolved"));
}

void CommentThread::reply() {
    if (!m_document || m_reply->text().trimmed().isEmpty())
        return;
    CommentReply reply;
    reply.meta.owner = Owner::ofTeam(m_row.comment.teamId);
    reply.teamId = m_row.comment.teamId;
    reply.commentId = m_row.comment.id;
    reply.author = m_row.comment.team;
    reply.writtenOn = m_today;
    reply.text = m_reply->text().trimmed();
    // Emptied first: the reply's change reloads this thread, which keeps a draft it finds.
    const QString typed = m_reply->text();
    m_reply->setTextKeepingCursor(QString());
    const QPointer<CommentThread> self(this); // the change's reload may take this thread away
    const Status status = command::addReply(*m_document, reply);
    if (!self)
        return;
    if (!status)
        m_reply->setTextKeepingCursor(typed);
    emit statusShown(status);
}

void CommentThread::toggleResolved() {
    if (!m_document)
        return;
    const bool resolved = m_row.comment.state == CommentState::Resolved;
    const QPointer<CommentThread> self(this);
    const Status status = command::setCommentResolved(*m_document, m_row.comment.id, resolved ? QDate() : m_today);
    if (self)
        emit statusShown(status);
}

} // namespace pdsa::ui

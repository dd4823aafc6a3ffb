// SPDX-License-Identifier: Apache-2.0
#include "widgets/feedbacknotice.h"

#include "coaching/reporting.h"
#include "format.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace pdsa::ui {

FeedbackNotice::FeedbackNotice(Button button, QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_open(new QPushButton(tr("Read &feedback"), this)) {
    setObjectName(QStringLiteral("feedbackNotice"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    setAccessibleName(tr("New from your coach"));
    m_text->setObjectName(QStringLiteral("feedbackNoticeText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_open->setObjectName(QStringLiteral("readFeedbackButton"));
    m_open->setToolTip(tr("Open the Feedback page: every comment by team and state"));
    m_open->setVisible(button == Button::Shown);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_open, 0, Qt::AlignVCenter);
    connect(m_open, &QPushButton::clicked, this, &FeedbackNotice::openRequested);
    hide();
}

QString FeedbackNotice::text() const {
    return m_text->text();
}

Status FeedbackNotice::load(Workspace& workspace) {
    auto arrival = coaching::latestFeedback(workspace);
    if (!arrival)
        return arrival.error();
    if (!*arrival || ((*arrival)->newComments == 0 && (*arrival)->newScores == 0)) {
        hide();
        return {};
    }
    const coaching::FeedbackArrival& a = **arrival;
    QStringList news;
    if (a.newComments > 0)
        news << (a.newComments == 1 ? tr("a new comment") : tr("%1 new comments").arg(a.newComments));
    if (a.newScores > 0)
        news << (a.newScores == 1 ? tr("a new score") : tr("%1 new scores").arg(a.newScores));
    const QString coach = a.coach.isEmpty() ? tr("your coach") : tr("your coach %1").arg(a.coach);
    m_text->setText(tr("<b>New from %1:</b> %2 — in the feedback made %3, imported %4.")
                        .arg(coach.toHtmlEscaped(), news.join(tr(" and ")),
                             Format::date(a.madeAt.toLocalTime().date()), Format::date(a.importedAt.toLocalTime().date())));
    show();
    return {};
}

} // namespace pdsa::ui

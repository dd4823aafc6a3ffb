// SPDX-License-Identifier: Apache-2.0
#include "pages/feedbackpage.h"

#include "coaching/reporting.h"
#include "domain/assessmentscore.h"
#include "format.h"
#include "models/feedbacklistmodel.h"
#include "undo/commands.h"
#include "widgets/commenteditor.h"
#include "widgets/commentthread.h"
#include "widgets/feedbacknotice.h"
#include "widgets/fittedtableview.h"
#include "widgets/growingtextedit.h"
#include "widgets/pageheader.h"
#include "widgets/section.h"
#include "workspacedocument.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>

namespace pdsa::ui {

namespace {

// Keeps the rows of the team and the state chosen (a null team, a negative state: all).
class FeedbackFilter : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setFilter(const QUuid& team, int state) {
        m_team = team;
        m_state = state;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        return (m_team.isNull() || index.data(FeedbackListModel::TeamIdRole).toUuid() == m_team) &&
               (m_state < 0 || index.data(FeedbackListModel::StateRole).toInt() == m_state);
    }

private:
    QUuid m_team;
    int m_state = -1;
};

} // namespace

FeedbackPage::FeedbackPage(QWidget* parent)
    : Page(Scrolling::Page, parent)
    , m_model(new FeedbackListModel(this))
    , m_proxy(new FeedbackFilter(this)) {
    setObjectName(QStringLiteral("feedbackPage"));
    setAccessibleName(tr("Feedback"));
    header()->setTitle(tr("Feedback"));

    m_notice = new FeedbackNotice(FeedbackNotice::Button::Hidden, this);
    contentLayout()->addWidget(m_notice);

    Section* list = addSection(tr("Comments"));
    auto* filters = new QHBoxLayout;
    m_teamFilter = new QComboBox(list);
    m_teamFilter->setObjectName(QStringLiteral("feedbackTeamFilter"));
    m_teamFilter->setAccessibleName(tr("Show the comments of"));
    m_stateFilter = new QComboBox(list);
    m_stateFilter->setObjectName(QStringLiteral("feedbackStateFilter"));
    m_stateFilter->setAccessibleName(tr("Show the comments that are"));
    m_stateFilter->addItem(tr("Every state"), -1);
    for (CommentState state : {CommentState::New, CommentState::Answered, CommentState::Resolved})
        m_stateFilter->addItem(FeedbackListModel::stateText(state), int(state));
    auto* teamLabel = new QLabel(tr("&Team:"), list);
    teamLabel->setBuddy(m_teamFilter);
    auto* stateLabel = new QLabel(tr("&State:"), list);
    stateLabel->setBuddy(m_stateFilter);
    filters->addWidget(teamLabel);
    filters->addWidget(m_teamFilter);
    filters->addSpacing(12);
    filters->addWidget(stateLabel);
    filters->addWidget(m_stateFilter);
    filters->addStretch(1);
    list->addActionsLayout(filters);

    m_proxy->setSourceModel(m_model);
    m_view = new FittedTableView(list);
    m_view->setObjectName(QStringLiteral("feedbackView"));
    m_view->setAccessibleName(tr("Coach comments"));
    m_view->setModel(m_proxy);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    for (int c : {FeedbackListModel::WrittenColumn, FeedbackListModel::StateColumn, FeedbackListModel::RepliesColumn})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    for (int c : {FeedbackListModel::TeamColumn, FeedbackListModel::SubjectColumn, FeedbackListModel::CoachColumn})
        header->setSectionResizeMode(c, QHeaderView::Interactive);
    list->addWidget(m_view);
    m_view->viewport()->installEventFilter(this); // its columns follow its width (fitColumns)
    list->setEmptyText(tr("No comments yet. A coach's comments arrive with their feedback bundle."));

    Section* selected = addSection(tr("Selected comment"));
    m_thread = new CommentThread(CommentThread::Subject::Said, selected);
    m_thread->setObjectName(QStringLiteral("feedbackThread"));
    selected->addWidget(m_thread);
    connect(m_thread, &CommentThread::statusShown, this, &FeedbackPage::show);

    Section* newComment = addSection(tr("New comment"));
    m_newComment = newComment;
    newComment->setCaption(tr("A comment on a team's work as a whole; comment on a cycle, a measure or a month's report from its page."));
    auto* teamRow = new QHBoxLayout;
    m_commentTeam = new QComboBox(newComment);
    m_commentTeam->setObjectName(QStringLiteral("commentTeamBox"));
    m_commentTeam->setAccessibleName(tr("The team the comment is for"));
    auto* commentTeamLabel = new QLabel(tr("T&eam:"), newComment);
    commentTeamLabel->setBuddy(m_commentTeam);
    teamRow->addWidget(commentTeamLabel);
    teamRow->addWidget(m_commentTeam);
    teamRow->addStretch(1);
    newComment->addLayout(teamRow);
    m_editor = new CommentEditor(tr("What the team did well, what to test next, a question"), 3, newComment);
    newComment->addWidget(m_editor);
    m_editor->setSubmit([this](const QString& text) {
        if (!m_document)
            return Status{};
        const QUuid team = m_commentTeam->currentData().toUuid();
        return command::addCoachComment(*m_document, team, SubjectKind::Team, team, {}, today(), text);
    });
    connect(m_editor, &CommentEditor::statusShown, this, &FeedbackPage::show);

    buildScoreSection();

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("feedbackMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    contentLayout()->addWidget(m_message);
    finishContent();

    const auto refilter = [this] {
        static_cast<FeedbackFilter*>(m_proxy)->setFilter(m_teamFilter->currentData().toUuid(),
                                                         m_stateFilter->currentData().toInt());
        fitColumns();
        showSelected();
    };
    connect(m_teamFilter, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &FeedbackPage::showSelected);
}

// A coach's faculty score of a team for a month, on the assessment scale with each level's
// meaning, and the rationale.
void FeedbackPage::buildScoreSection() {
    Section* scoring = addSection(tr("Faculty score"));
    m_scoring = scoring;
    scoring->setCaption(tr("Your score of a team's progress for a month, 1.0 to 5.0 in half points, with why; "
                           "the team sees it beside its self-score after your feedback bundle arrives."));
    auto* row = new QHBoxLayout;
    m_scoreTeam = new QComboBox(scoring);
    m_scoreTeam->setObjectName(QStringLiteral("scoreTeamBox"));
    m_scoreTeam->setAccessibleName(tr("The team scored"));
    m_scoreMonth = new QComboBox(scoring);
    m_scoreMonth->setObjectName(QStringLiteral("scoreMonthBox"));
    m_scoreMonth->setAccessibleName(tr("The month scored"));
    m_score = new QComboBox(scoring);
    m_score->setObjectName(QStringLiteral("scoreBox"));
    m_score->setAccessibleName(tr("Score"));
    for (const AssessmentLevel& level : assessmentScale())
        m_score->addItem(QStringLiteral("%1 — %2").arg(Format::score(level.score), level.name), level.score);
    m_score->setPlaceholderText(tr("Choose a score"));
    m_score->setCurrentIndex(-1);
    auto* teamLabel = new QLabel(tr("Te&am:"), scoring);
    teamLabel->setBuddy(m_scoreTeam);
    auto* monthLabel = new QLabel(tr("Mo&nth:"), scoring);
    monthLabel->setBuddy(m_scoreMonth);
    auto* scoreLabel = new QLabel(tr("Sc&ore:"), scoring);
    scoreLabel->setBuddy(m_score);
    for (QWidget* w : std::initializer_list<QWidget*>{teamLabel, m_scoreTeam, monthLabel, m_scoreMonth, scoreLabel, m_score})
        row->addWidget(w);
    row->addStretch(1);
    scoring->addLayout(row);
    m_scoreMeaning = new QLabel(scoring);
    m_scoreMeaning->setWordWrap(true);
    scoring->addWidget(m_scoreMeaning);
    m_rationale = new GrowingTextEdit(scoring, 2);
    m_rationale->setObjectName(QStringLiteral("rationaleEdit"));
    m_rationale->setAccessibleName(tr("Rationale"));
    m_rationale->setPlaceholderText(tr("Why this score: what the team's data and cycles show"));
    scoring->addWidget(m_rationale);
    auto* buttons = new QHBoxLayout;
    m_scoreButton = new QPushButton(tr("&Give score"), scoring);
    m_scoreButton->setObjectName(QStringLiteral("scoreButton"));
    buttons->addWidget(m_scoreButton);
    buttons->addStretch(1);
    scoring->addLayout(buttons);
    const auto showMeaning = [this] {
        const bool chosen = m_score->currentIndex() >= 0;
        m_scoreMeaning->setText(chosen ? assessmentLevel(m_score->currentData().toDouble()).meaning
                                       : tr("Each level's meaning shows here as you choose it."));
        m_scoreButton->setEnabled(chosen);
    };
    connect(m_score, &QComboBox::currentIndexChanged, this, showMeaning);
    showMeaning();
    connect(m_scoreTeam, &QComboBox::currentIndexChanged, this, &FeedbackPage::showGivenScore);
    connect(m_scoreMonth, &QComboBox::currentIndexChanged, this, &FeedbackPage::showGivenScore);
    connect(m_scoreButton, &QPushButton::clicked, this, &FeedbackPage::giveScore);
}

// The faculty score of the team and month chosen, if one was given.
std::optional<AssessmentScore> FeedbackPage::givenScore() const {
    std::optional<AssessmentScore> given;
    if (m_document) {
        const QUuid team = m_scoreTeam->currentData().toUuid();
        const QDate month = m_scoreMonth->currentData().toDate();
        if (auto scores = m_document->workspace().work.scores.where(
                "team_id = ?1 AND month = ?2", [&](storage::Query& q) { q.bind(1, team).bind(2, month); }))
            for (const AssessmentScore& s : *scores)
                if (!s.isSelfScore())
                    given = s;
    }
    return given;
}

// The score this coach gave the team for the month, if any, to change; else none chosen yet.
void FeedbackPage::showGivenScore() {
    const std::optional<AssessmentScore> given = givenScore();
    m_shownScore = given;
    m_score->setCurrentIndex(given ? m_score->findData(given->score) : -1);
    m_rationale->setTextKeepingCursor(given ? given->rationale : QString());
    m_scoreButton->setText(given ? tr("Chan&ge score") : tr("&Give score"));
}

void FeedbackPage::giveScore() {
    if (!m_document)
        return;
    const auto& owner = m_document->workspace().rights().owner();
    if (!owner || owner->role != OwnerRole::Coach)
        return;
    const Status status = command::setScore(*m_document, Owner::ofCoach(owner->name), m_scoreTeam->currentData().toUuid(),
                                            m_scoreMonth->currentData().toDate(), m_score->currentData().toDouble(),
                                            m_rationale->text().trimmed(), owner->name);
    show(status);
    if (status)
        showGivenScore();
}

// The columns that fit the list's width, the comment's text taking what is left: what it is
// about and who wrote it get a fair share (elided, whole in the tooltip); the team column goes
// when one team is chosen; when the list is narrow (a small window, large text) the coach, the
// reply count and the date go, in that order, rather than the list scrolling sideways.
void FeedbackPage::fitColumns() {
    const int em = std::max(1, fontMetrics().averageCharWidth());
    const int chars = m_view->viewport()->width() / em;
    m_view->setColumnHidden(FeedbackListModel::TeamColumn, !m_teamFilter->currentData().toUuid().isNull());
    m_view->setColumnHidden(FeedbackListModel::CoachColumn, chars < 120);
    m_view->setColumnHidden(FeedbackListModel::RepliesColumn, chars < 95);
    m_view->setColumnHidden(FeedbackListModel::WrittenColumn, chars < 80);
    QHeaderView* header = m_view->horizontalHeader();
    header->resizeSection(FeedbackListModel::TeamColumn, em * (chars < 80 ? 16 : 22));
    header->resizeSection(FeedbackListModel::SubjectColumn, em * (chars < 80 ? 16 : 26));
    header->resizeSection(FeedbackListModel::CoachColumn, em * 16);
}

bool FeedbackPage::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return Page::eventFilter(watched, event);
}

GrowingTextEdit* FeedbackPage::commentEdit() const {
    return m_editor->edit();
}

QPushButton* FeedbackPage::commentButton() const {
    return m_editor->button();
}

bool FeedbackPage::shows(const Changes& changes) const {
    return changes.touches(QStringLiteral("coach_comment")) || changes.touches(QStringLiteral("comment_reply")) ||
           changes.touches(QStringLiteral("assessment_score")) ||
           changes.touches(QStringLiteral("team")) || changes.touches(QStringLiteral("pdsa_cycle"));
}

Status FeedbackPage::load(WorkspaceDocument& document, const NavigationTarget&) {
    const QUuid selected = m_document == &document ? selectedComment() : QUuid();
    m_document = &document;
    Workspace& workspace = document.workspace();
    auto rows = FeedbackListModel::load(workspace);
    if (!rows)
        return rows.error();
    m_model->setRows(std::move(*rows));
    PDSA_TRY(m_notice->load(workspace));
    const int comments = m_model->rowCount();
    header()->setSubtitle((comments == 1 ? tr("%1 comment: %2 new, %3 answered, %4 resolved")
                                         : tr("%1 comments: %2 new, %3 answered, %4 resolved"))
                              .arg(comments)
                              .arg(m_model->count(CommentState::New))
                              .arg(m_model->count(CommentState::Answered))
                              .arg(m_model->count(CommentState::Resolved)));

    auto teams = workspace.teams.teams.all();
    if (!teams)
        return teams.error();
    const QUuid filterTeam = m_teamFilter->currentData().toUuid();
    const QUuid commentTeam = m_commentTeam->currentData().toUuid();
    const QUuid scoreTeam = m_scoreTeam->currentData().toUuid();
    const QDate scoreMonth = m_scoreMonth->currentData().toDate();
    {
        // Refilled quietly: a reload must not reset the score being given nor the selection.
        const QSignalBlocker b1(m_teamFilter), b2(m_commentTeam), b3(m_scoreTeam), b4(m_scoreMonth);
        for (QComboBox* box : {m_teamFilter, m_commentTeam, m_scoreTeam, m_scoreMonth})
            box->clear();
        m_teamFilter->addItem(tr("Every team"), QUuid());
        for (const Team& team : *teams) {
            m_teamFilter->addItem(team.name, team.meta.id);
            m_commentTeam->addItem(team.name, team.meta.id);
            m_scoreTeam->addItem(team.name, team.meta.id);
        }
        m_teamFilter->setCurrentIndex(std::max(0, m_teamFilter->findData(filterTeam)));
        m_commentTeam->setCurrentIndex(std::max(0, m_commentTeam->findData(commentTeam)));
        m_scoreTeam->setCurrentIndex(std::max(0, m_scoreTeam->findData(scoreTeam)));
        // The collaborative's months up to this one, newest first; the month just over by default.
        if (auto collaborative = workspace.collaborative.current()) {
            const std::vector<QDate> months = coaching::collaborativeMonths(*collaborative, today());
            for (auto it = months.rbegin(); it != months.rend(); ++it)
                m_scoreMonth->addItem(Format::month(*it), *it);
            const int index = m_scoreMonth->findData(scoreMonth);
            // The newest month that is over: this month's score comes once it is.
            const bool newestOver = !months.empty() && today() >= months.back().addMonths(1);
            m_scoreMonth->setCurrentIndex(index >= 0 ? index : std::min(newestOver ? 0 : 1, m_scoreMonth->count() - 1));
        }
    }
    // The score section follows the team and month chosen, and the score given there (an undo).
    if (m_scoreTeam->currentData().toUuid() != scoreTeam || m_scoreMonth->currentData().toDate() != scoreMonth ||
        givenScore() != m_shownScore)
        showGivenScore();
    static_cast<FeedbackFilter*>(m_proxy)->setFilter(m_teamFilter->currentData().toUuid(),
                                                     m_stateFilter->currentData().toInt());
    // Only a coach writes comments: the section shows in a coach's workspace.
    const auto& owner = workspace.rights().owner();
    m_newComment->setVisible(owner && owner->role == OwnerRole::Coach);
    m_scoring->setVisible(owner && owner->role == OwnerRole::Coach);
    selectComment(selected);
    showSelected();
    return {};
}

void FeedbackPage::selectComment(const QUuid& commentId) {
    const int row = m_model->rowOf(commentId);
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

QUuid FeedbackPage::selectedComment() const {
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(FeedbackListModel::IdRole).toUuid() : QUuid();
}

void FeedbackPage::showSelected() {
    const int row = m_model->rowOf(selectedComment());
    if (row < 0 || !m_document)
        m_thread->clear(tr("Choose a comment in the list to read it whole, with the team's replies."));
    else
        m_thread->setComment(m_document, m_model->row(row), today());
}

void FeedbackPage::show(const Status& status) {
    m_message->setVisible(!status.ok());
    if (!status)
        m_message->setText(status.error().message);
}

} // namespace pdsa::ui

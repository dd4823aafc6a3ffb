// SPDX-License-Identifier: Apache-2.0
#pragma once
// The Feedback page: every coach comment of the collaborative in one list, filtered by team and by
// state (new, answered, resolved), each row saying what the comment is about; below it the
// selected comment whole with the team's replies. The team replies there; the coach who wrote a
// comment marks it resolved (or opens it again); a coach comments on a team's work as a whole.
// Who may do which follows the workspace's rights: a control that would be refused says why in
// its tooltip. Every write goes through the undo facade and core's rules.

#include "domain/assessmentscore.h"
#include "pages/page.h"

#include <QDate>
#include <QUuid>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;

namespace pdsa::ui {

class CommentEditor;
class CommentThread;
class FeedbackListModel;
class FeedbackNotice;
class FittedTableView;
class GrowingTextEdit;

class FeedbackPage : public Page {
    Q_OBJECT

public:
    explicit FeedbackPage(QWidget* parent = nullptr);

    FeedbackListModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    FittedTableView* view() const { return m_view; }
    QComboBox* teamFilter() const { return m_teamFilter; }
    QComboBox* stateFilter() const { return m_stateFilter; }
    CommentThread* thread() const { return m_thread; }
    FeedbackNotice* notice() const { return m_notice; }
    QComboBox* commentTeam() const { return m_commentTeam; }
    GrowingTextEdit* commentEdit() const;
    QPushButton* commentButton() const;
    QLabel* messageLabel() const { return m_message; }
    QComboBox* scoreTeam() const { return m_scoreTeam; }
    QComboBox* scoreMonth() const { return m_scoreMonth; }
    QComboBox* scoreBox() const { return m_score; }
    GrowingTextEdit* rationaleEdit() const { return m_rationale; }
    QPushButton* scoreButton() const { return m_scoreButton; }

    // Selects the comment's row (when the filters show it).
    void selectComment(const QUuid& commentId);
    QUuid selectedComment() const;
    void setToday(const QDate& today) { m_today = today; }

protected:
    Status load(WorkspaceDocument& document, const NavigationTarget& target) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    bool shows(const Changes& changes) const override;

private:
    void showSelected();
    void fitColumns();
    void buildScoreSection();
    void giveScore();
    void showGivenScore();
    std::optional<AssessmentScore> givenScore() const;
    void show(const Status& status);
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

    WorkspaceDocument* m_document = nullptr;
    FeedbackListModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    FittedTableView* m_view = nullptr;
    QComboBox* m_teamFilter = nullptr;
    QComboBox* m_stateFilter = nullptr;
    CommentThread* m_thread = nullptr;
    FeedbackNotice* m_notice = nullptr;
    QComboBox* m_commentTeam = nullptr;
    CommentEditor* m_editor = nullptr;
    QWidget* m_newComment = nullptr;
    QWidget* m_scoring = nullptr;
    QComboBox* m_scoreTeam = nullptr;
    QComboBox* m_scoreMonth = nullptr;
    QComboBox* m_score = nullptr;
    QLabel* m_scoreMeaning = nullptr;
    GrowingTextEdit* m_rationale = nullptr;
    QPushButton* m_scoreButton = nullptr;
    QLabel* m_message = nullptr;
    QDate m_today;
    std::optional<AssessmentScore> m_shownScore; // the given score the section shows
};

} // namespace pdsa::ui

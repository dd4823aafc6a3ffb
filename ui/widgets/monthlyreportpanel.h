// SPDX-License-Identifier: Apache-2.0
#pragma once
// A team's monthly report on its team page: which month (the one due next, by default), what is
// due and by when, the five narrative sections saved as the team types (each section's typing one
// undo step), Submit (stamps today) and Reopen, the team's self-score on the assessment scale with
// each level's meaning, the faculty's score beside it (a gap of 1.0 or more flagged), and Print…,
// which writes the month's storyboard as a PDF; under it the coach's comments on the month's report. Every write goes through the undo facade
// (undo/coachingcommands.h) and so through core's rules and the workspace's rights; where the
// team's work is not this workspace's to change, the fields are read-only and say why.

#include "coaching/reporting.h"

#include <QDate>
#include <QUuid>
#include <QWidget>

#include <array>
#include <tuple>

class QComboBox;
class QLabel;
class QPushButton;

namespace pdsa {
class Workspace;
}

namespace pdsa::ui {

class CommentsPanel;
class GrowingTextEdit;
class WorkspaceDocument;

class MonthlyReportPanel : public QWidget {
    Q_OBJECT

public:
    explicit MonthlyReportPanel(QWidget* parent = nullptr);

    // Shows `teamId`'s report of the chosen month (kept across reloads of the same team; the month
    // due next for another team). `readOnlyReason` empty: the team's work may be edited here.
    Status load(WorkspaceDocument& document, const QUuid& teamId, const QString& readOnlyReason);
    void setToday(const QDate& today) { m_today = today; }
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

    QDate month() const;
    void setMonth(const QDate& month);
    GrowingTextEdit* section(int index) const { return m_sections[size_t(index)]; }
    QPushButton* submitButton() const { return m_submit; }
    QComboBox* selfScoreBox() const { return m_selfScore; }
    QLabel* stateLabel() const { return m_state; }
    // The month's cycles and measures as the storyboard assembles them.
    QLabel* glanceLabel() const { return m_glance; }
    // The next load reads the glance and the report's comments again (the team's cycles, data or
    // comments may have changed); a load after a change of the report's text alone keeps them.
    void forgetAssembled() { m_assembledFor = {}; }
    QLabel* dueLabel() const { return m_due; }
    QLabel* messageLabel() const { return m_message; }
    CommentsPanel* commentsPanel() const { return m_comments; }
    // The team's months up to today's, as load() read them (scores and report states).
    const std::vector<coaching::ReportingRow>& rows() const { return m_rows; }

signals:
    // Print… chosen: the page asks where to write the PDF.
    void printRequested(const QUuid& teamId, const QDate& month);

private:
    void showMonth();
    void show(const Status& status);
    void submitOrReopen();
    void setSelfScore(int index);
    QString glance(Workspace& workspace, const QDate& month) const;

    WorkspaceDocument* m_document = nullptr;
    QUuid m_teamId;
    QUuid m_reportId;
    QDate m_submittedOn;
    QString m_readOnlyReason;
    QDate m_today;
    bool m_loading = false;
    std::vector<coaching::ReportingRow> m_rows; // the team's months up to today's

    QLabel* m_due = nullptr;
    QComboBox* m_months = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_glance = nullptr;
    std::tuple<QUuid, QDate, QUuid> m_assembledFor; // the team, month and report of the glance and comments
    std::array<GrowingTextEdit*, 5> m_sections{};
    QPushButton* m_submit = nullptr;
    QPushButton* m_print = nullptr;
    QComboBox* m_selfScore = nullptr;
    QLabel* m_selfMeaning = nullptr;
    QLabel* m_faculty = nullptr;
    QLabel* m_message = nullptr;
    CommentsPanel* m_comments = nullptr;
};

} // namespace pdsa::ui

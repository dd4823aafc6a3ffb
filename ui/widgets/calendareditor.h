// SPDX-License-Identifier: Apache-2.0
#pragma once
// The collaborative page's editing of its calendar and strata, from the keyboard as well: the
// timeline above is a view, these are tables beside it. CalendarEditor lists the learning
// sessions and action periods in date order (Enter or double-click edits one) with Add session…,
// Add action period…, Fill in action periods, Dates…, Edit… and Remove; StrataEditor lists each
// stratum dimension with its categories, with New dimension…, Edit… and Remove. Every edit goes
// through the undo facade (undo/calendarcommands.h); a refusal is shown and the dialog opens again
// with what was typed. In a workspace that may not change the collaborative (a team's, a coach's)
// the buttons are locked with the reason on hover.

#include "domain/collaborative.h"
#include "util/result.h"

#include <QWidget>

#include <vector>

class QPushButton;
class QStandardItemModel;

namespace pdsa::ui {

class FittedTableView;
class WorkspaceDocument;

class CalendarEditor : public QWidget {
    Q_OBJECT

public:
    explicit CalendarEditor(QWidget* parent = nullptr);

    Status load(WorkspaceDocument& document, const Collaborative& collaborative,
                const std::vector<LearningSession>& sessions, const std::vector<ActionPeriod>& periods,
                const QString& lockedReason);
    FittedTableView* view() const { return m_view; }
    QPushButton* addSessionButton() const { return m_addSession; }
    QPushButton* fillButton() const { return m_fill; }

    // The dialogs' work without the dialogs, for the buttons and the tests.
    void addSession();
    void addPeriod();
    void editCurrent();
    void removeCurrent();
    void fillPeriods();
    void editDates();

private:
    void updateButtons();
    bool refused(const Status& status);

    WorkspaceDocument* m_document = nullptr;
    Collaborative m_collaborative;
    std::vector<LearningSession> m_sessions;
    std::vector<ActionPeriod> m_periods;
    QString m_locked;
    QStandardItemModel* m_model = nullptr;
    FittedTableView* m_view = nullptr;
    QPushButton* m_addSession = nullptr;
    QPushButton* m_addPeriod = nullptr;
    QPushButton* m_fill = nullptr;
    QPushButton* m_dates = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
};

class StrataEditor : public QWidget {
    Q_OBJECT

public:
    explicit StrataEditor(QWidget* parent = nullptr);

    Status load(WorkspaceDocument& document, const std::vector<Stratum>& strata, const QString& lockedReason);
    FittedTableView* view() const { return m_view; }
    int dimensionCount() const;

    void newDimension();
    void editCurrent();
    void removeCurrent();

private:
    void updateButtons();
    void edit(const QString& dimension, QStringList categories);

    WorkspaceDocument* m_document = nullptr;
    QString m_locked;
    QStandardItemModel* m_model = nullptr;
    FittedTableView* m_view = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace pdsa::ui

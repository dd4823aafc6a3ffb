// SPDX-License-Identifier: Apache-2.0
#pragma once
// The Feedback page's list: every coach comment of the workspace, one row each, with the team,
// what it is about (the team, a PDSA cycle by title, a month's report, a measure at a month), its
// coach, when it was written, its state in words (new, answered, resolved) and how many replies
// it has; the replies themselves are kept with each row for the page's detail pane. Loaded once
// by load() from coaching::feedbackRows(), served from memory; filtering by team and state is
// the page's proxy.

#include "coaching/reporting.h"

#include <QAbstractTableModel>

#include <vector>

namespace pdsa {
class Workspace;
}

namespace pdsa::ui {

class FeedbackListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TeamColumn, SubjectColumn, CoachColumn, WrittenColumn, StateColumn, RepliesColumn, TextColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, TeamIdRole, StateRole };

    struct Row {
        coaching::FeedbackRow comment;
        QString subject; // "PDSA cycle: Huddle sheet: 3 families"
        std::vector<coaching::FeedbackRow> replies;
    };
    // Every comment of the workspace, or of one team (`teamId` given).
    static Result<std::vector<Row>> load(Workspace& workspace, const QUuid& teamId = {});

    explicit FeedbackListModel(QObject* parent = nullptr);
    void setRows(std::vector<Row> rows);
    const Row& row(int index) const { return m_rows[size_t(index)]; }
    // The row of a comment, or -1.
    int rowOf(const QUuid& commentId) const;

    // How many comments are in each state.
    int count(CommentState state) const;

    static QString stateText(CommentState state);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Row> m_rows;
};

} // namespace pdsa::ui

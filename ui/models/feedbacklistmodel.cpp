// SPDX-License-Identifier: Apache-2.0
#include "models/feedbacklistmodel.h"

#include "format.h"
#include "workspace/workspace.h"

#include <map>

namespace pdsa::ui {

Result<std::vector<FeedbackListModel::Row>> FeedbackListModel::load(Workspace& workspace, const QUuid& teamId) {
    auto all = coaching::feedbackRows(workspace, teamId);
    if (!all)
        return all.error();
    std::vector<Row> rows;
    std::map<QUuid, size_t> byComment;
    for (const coaching::FeedbackRow& r : *all) {
        if (r.kind == coaching::FeedbackKind::Comment) {
            Row row;
            row.comment = r;
            switch (r.subjectKind.value_or(SubjectKind::Team)) {
            case SubjectKind::Team:
                row.subject = tr("The team's work");
                break;
            case SubjectKind::Cycle: {
                auto cycle = workspace.cycles.cycles.find(r.subjectId, true);
                row.subject = tr("PDSA cycle: %1")
                                  .arg(cycle && *cycle ? (**cycle).title : tr("a cycle no longer here"));
                break;
            }
            case SubjectKind::Report:
                row.subject = tr("Monthly report: %1").arg(Format::month(r.month));
                break;
            case SubjectKind::Measure: {
                auto measure = workspace.measures.measures.find(r.subjectId, true);
                const QString name = measure && *measure ? (**measure).name : tr("a measure no longer here");
                row.subject = r.month.isValid() ? tr("Measure: %1 (%2)").arg(name, Format::month(r.month))
                                                : tr("Measure: %1").arg(name);
                break;
            }
            }
            byComment.emplace(r.id, rows.size());
            rows.push_back(std::move(row));
        }
    }
    for (const coaching::FeedbackRow& r : *all)
        if (r.kind == coaching::FeedbackKind::Reply)
            if (const auto found = byComment.find(r.subjectId); found != byComment.end())
                rows[found->second].replies.push_back(r);
    return rows;
}

FeedbackListModel::FeedbackListModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void FeedbackListModel::setRows(std::vector<Row> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int FeedbackListModel::rowOf(const QUuid& commentId) const {
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].comment.id == commentId)
            return int(i);
    return -1;
}

int FeedbackListModel::count(CommentState state) const {
    int n = 0;
    for (const Row& row : m_rows)
        n += row.comment.state == state;
    return n;
}

QString FeedbackListModel::stateText(CommentState state) {
    switch (state) {
    case CommentState::New:
        return tr("● new");
    case CommentState::Answered:
        return tr("↩ answered");
    case CommentState::Resolved:
        return tr("✓ resolved");
    }
    return {};
}

int FeedbackListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FeedbackListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FeedbackListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const Row& row = m_rows[size_t(index.row())];
    const coaching::FeedbackRow& c = row.comment;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TeamColumn:
            return c.team;
        case SubjectColumn:
            return row.subject;
        case CoachColumn:
            return c.author;
        case WrittenColumn:
            return Format::date(c.writtenOn);
        case StateColumn:
            return stateText(c.state.value_or(CommentState::New));
        case RepliesColumn:
            return int(row.replies.size());
        case TextColumn:
            return QString(c.text).replace(QLatin1Char('\n'), QLatin1Char(' '));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TeamColumn:
            return c.team;
        case SubjectColumn:
            return row.subject;
        case CoachColumn:
            return c.author;
        case TextColumn:
            return c.text;
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == RepliesColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case IdRole:
        return c.id;
    case TeamIdRole:
        return c.teamId;
    case StateRole:
        return int(c.state.value_or(CommentState::New));
    default:
        return {};
    }
}

QVariant FeedbackListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TeamColumn:
        return tr("Team");
    case SubjectColumn:
        return tr("About");
    case CoachColumn:
        return tr("Coach");
    case WrittenColumn:
        return tr("Written");
    case StateColumn:
        return tr("State");
    case RepliesColumn:
        return tr("Replies");
    case TextColumn:
        return tr("Comment");
    default:
        return {};
    }
}

} // namespace pdsa::ui

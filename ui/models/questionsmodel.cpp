// SPDX-License-Identifier: Apache-2.0
#include "models/questionsmodel.h"

namespace pdsa::ui {

QuestionsModel::QuestionsModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void QuestionsModel::setQuestions(const QList<PdsaQuestion>& questions) {
    if (questions.size() != m_questions.size()) {
        beginResetModel();
        m_questions = questions;
        endResetModel();
        return;
    }
    for (int row = 0; row < questions.size(); ++row) {
        if (questions[row] == m_questions[row])
            continue;
        m_questions[row] = questions[row];
        emit dataChanged(index(row, QuestionColumn), index(row, PredictionColumn));
    }
}

int QuestionsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_questions.size());
}

int QuestionsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuestionsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PdsaQuestion& question = m_questions[index.row()];
    const QString& text = index.column() == QuestionColumn ? question.question : question.prediction;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole:
        return text;
    case Qt::AccessibleTextRole:
        if (text.isEmpty())
            return index.column() == QuestionColumn ? tr("Question %1, empty").arg(index.row() + 1)
                                                    : tr("Prediction %1, empty").arg(index.row() + 1);
        return text;
    default:
        return {};
    }
}

bool QuestionsModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString text = value.toString();
    if (text == data(index, Qt::EditRole).toString())
        return false;
    emit editRequested(index.row(),
                       index.column() == QuestionColumn ? QuestionPart::Question : QuestionPart::Prediction,
                       text);
    return true;
}

QVariant QuestionsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return section == QuestionColumn ? tr("Question") : tr("Prediction");
}

Qt::ItemFlags QuestionsModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

} // namespace pdsa::ui

// SPDX-License-Identifier: Apache-2.0
#pragma once
// The questions of a PDSA cycle with the prediction for each, as an editable two-column table
// for the worksheet editor. The model never writes to the workspace: an edit is announced by
// editRequested() and the page sends it through the undo facade; the page then hands the
// stored questions back with setQuestions(), which changes only the cells that differ, so a
// table view keeps its current cell and selection while the user works through it.

#include "domain/pdsacycle.h"
#include "undo/commands.h"

#include <QAbstractTableModel>

namespace pdsa::ui {

class QuestionsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { QuestionColumn, PredictionColumn, ColumnCount };

    explicit QuestionsModel(QObject* parent = nullptr);

    void setQuestions(const QList<PdsaQuestion>& questions);
    const QList<PdsaQuestion>& questions() const { return m_questions; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    void editRequested(int row, QuestionPart part, const QString& text);

private:
    QList<PdsaQuestion> m_questions;
};

} // namespace pdsa::ui

// SPDX-License-Identifier: Apache-2.0
#pragma once
// The data grid's view (MeasureDataModel): a spreadsheet-like table, keyboard first. Typing
// starts editing a cell; Enter stores it and goes down a row (to the next period), Tab stores it
// and goes across; Delete clears the cell; Ctrl+V pastes a block copied from Excel or
// LibreOffice (one undo step). A refused cell keeps its editor open with what was typed (nothing
// typed is lost) and shows why, at the cell and in message(); the stored value is unchanged.
//
// Another team's data (it came from their bundle) is shown read-only: no cell opens an editor,
// and paste and Delete are refused with the reason in message(). Selecting and copying still work.

#include "widgets/fittedtableview.h"

namespace pdsa::ui {

class MeasureDataModel;

class MeasureDataGrid : public FittedTableView {
    Q_OBJECT

public:
    explicit MeasureDataGrid(QWidget* parent = nullptr);

    void setDataModel(MeasureDataModel* model);
    // Pastes `text` at the current cell, as Ctrl+V does with the clipboard's text.
    void pasteText(const QString& text);
    // Makes the grid read-only (a non-empty `reason` says why) or editable again (empty).
    void setReadOnlyReason(const QString& reason);
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    // The last refusal, "" after a successful edit.
    QString message() const { return m_message; }

signals:
    void messageChanged(const QString& message);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    void refuse(const QModelIndex& index, const QString& message);
    void setMessage(const QString& message);
    void moveTo(int row, int column, bool edit);

    MeasureDataModel* m_model = nullptr;
    QString m_message;
    QString m_readOnlyReason;
    bool m_refused = false;
};

} // namespace pdsa::ui

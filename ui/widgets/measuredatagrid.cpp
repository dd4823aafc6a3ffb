// SPDX-License-Identifier: Apache-2.0
#include "widgets/measuredatagrid.h"

#include "models/measuredatamodel.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QToolTip>

namespace pdsa::ui {

MeasureDataGrid::MeasureDataGrid(QWidget* parent) : FittedTableView(parent) {
    setObjectName(QStringLiteral("dataGrid"));
    setAccessibleName(tr("Data"));
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setReadOnlyReason(QString());
    setTabKeyNavigation(true);
    setShowGrid(true);
    setAlternatingRowColors(false);
}

void MeasureDataGrid::setDataModel(MeasureDataModel* model) {
    m_model = model;
    setModel(model);
    connect(model, &MeasureDataModel::editRefused, this, &MeasureDataGrid::refuse);
    auto showColumns = [this] {
        for (int c = 0; c < MeasureDataModel::ColumnCount; ++c)
            setColumnHidden(c, !m_model->columnApplies(c));
    };
    connect(model, &QAbstractItemModel::modelReset, this, showColumns);
    showColumns();
    QHeaderView* header = horizontalHeader();
    header->setStretchLastSection(false);
    for (int c = 0; c < MeasureDataModel::ColumnCount; ++c)
        header->setSectionResizeMode(c, c == MeasureDataModel::NoteColumn ? QHeaderView::Stretch
                                                                           : QHeaderView::ResizeToContents);
}

void MeasureDataGrid::setReadOnlyReason(const QString& reason) {
    m_readOnlyReason = reason;
    setEditTriggers(reason.isEmpty() ? QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                                           QAbstractItemView::EditKeyPressed
                                     : QAbstractItemView::NoEditTriggers);
    setToolTip(reason);
    setMessage(QString());
}

void MeasureDataGrid::refuse(const QModelIndex& index, const QString& message) {
    m_refused = true;
    setMessage(message);
    if (isVisible())
        QToolTip::showText(viewport()->mapToGlobal(visualRect(index).bottomLeft()), message, viewport(),
                           visualRect(index));
}

void MeasureDataGrid::setMessage(const QString& message) {
    if (m_message == message)
        return;
    m_message = message;
    emit messageChanged(message);
}

void MeasureDataGrid::moveTo(int row, int column, bool edit) {
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex target = m_model->index(row, column);
    setCurrentIndex(target);
    if (edit && !isReadOnly())
        this->edit(target);
}

void MeasureDataGrid::closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) {
    if (m_refused) {
        // Keep what was typed in the editor, so that the user can correct it.
        m_refused = false;
        if (hint != QAbstractItemDelegate::RevertModelCache) {
            editor->setFocus();
            return;
        }
    } else if (hint != QAbstractItemDelegate::RevertModelCache) {
        setMessage(QString());
    }
    const QModelIndex current = currentIndex();
    if (hint == QAbstractItemDelegate::SubmitModelCache) {
        // Enter: store and go down, as in a spreadsheet.
        FittedTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        moveTo(current.row() + 1, current.column(), false);
        return;
    }
    FittedTableView::closeEditor(editor, hint);
}

void MeasureDataGrid::pasteText(const QString& text) {
    if (!m_model)
        return;
    if (isReadOnly()) {
        setMessage(m_readOnlyReason);
        return;
    }
    if (auto status = m_model->paste(currentIndex(), text); !status) {
        refuse(currentIndex(), status.error().message);
        m_refused = false; // no editor to keep open
    } else {
        setMessage(QString());
    }
}

void MeasureDataGrid::keyPressEvent(QKeyEvent* event) {
    if (state() != QAbstractItemView::EditingState) {
        if (event->matches(QKeySequence::Paste)) {
            pasteText(QApplication::clipboard()->text());
            event->accept();
            return;
        }
        const QModelIndex current = currentIndex();
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && current.isValid()) {
            moveTo(current.row() + 1, current.column(), false);
            event->accept();
            return;
        }
        if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && current.isValid() &&
            isReadOnly()) {
            setMessage(m_readOnlyReason);
            event->accept();
            return;
        }
        if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && current.isValid() &&
            (m_model->flags(current) & Qt::ItemIsEditable)) {
            if (m_model->setData(current, QString()))
                setMessage(QString());
            else
                m_refused = false;
            event->accept();
            return;
        }
    }
    FittedTableView::keyPressEvent(event);
}

} // namespace pdsa::ui

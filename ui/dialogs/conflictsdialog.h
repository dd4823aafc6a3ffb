// SPDX-License-Identifier: Apache-2.0
#pragma once
// "Import conflicts": the records a bundle import found changed both here and in the bundle since
// the two last agreed (core/bundle/conflicts.h). A list of them, and for the selected one both
// versions side by side, field by field, with the fields that differ marked; Keep mine, Take
// theirs and Keep both (only where it makes sense; otherwise disabled, saying why). Each choice
// is one undo step on the document's stack (Edit ▸ Undo, or Ctrl+Z here, brings the conflict
// back); the dialog follows the document, so it can stay open beside the main window.
//
// Part of the bundles work. The main window opens it from File ▸ Import conflicts… and from an
// import's result; it needs nothing but the document.

#include "bundle/conflicts.h"

#include <QDialog>

class QCheckBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace pdsa::ui {

class ConflictListModel;
class WorkspaceDocument;

class ConflictsDialog : public QDialog {
    Q_OBJECT

public:
    explicit ConflictsDialog(WorkspaceDocument& document, QWidget* parent = nullptr);

    // Reads the conflicts again, keeping the selection (or moving it to the next conflict when the
    // selected one was resolved, or to one that came back by undo). The document's changed()
    // signal calls it.
    void reload();
    int conflictCount() const;
    // Selects the conflict `id`; false when it is not listed.
    bool selectConflict(qint64 id);
    // The selected conflict's id; 0 when none is selected.
    qint64 currentConflictId() const;
    // Resolves the selected conflict as one undo step; false, with the reason shown, when it was
    // refused.
    bool resolveCurrent(bundle::Resolution resolution);

    // The parts tests and screenshots reach for.
    QTreeView* listView() const { return m_list; }
    ConflictListModel* model() const { return m_model; }
    QPushButton* keepMineButton() const { return m_keepMine; }
    QPushButton* takeTheirsButton() const { return m_takeTheirs; }
    QPushButton* keepBothButton() const { return m_keepBoth; }
    QCheckBox* onlyDifferencesBox() const { return m_onlyDifferences; }
    QScrollArea* comparisonArea() const { return m_comparison; }
    QLabel* messageLabel() const { return m_message; }
    // True while the "no conflicts" page shows.
    bool showsEmptyState() const;

private:
    // The constructor's parts: the page of conflicts (the list, the selected one's detail with
    // its comparison column titles and choices) and the page shown when none is left.
    QWidget* buildConflictsPage();
    void buildConflictList();
    QWidget* buildDetail();
    void buildComparisonColumns(QWidget* detail);
    QHBoxLayout* buildChoices(QWidget* detail);
    QWidget* buildEmptyPage();
    void showCurrent();
    void showComparison(const bundle::Conflict& conflict);
    // Fits the field names' column header to the longest name (within bounds); returns its width.
    int fitFieldColumn(const bundle::Conflict& conflict);
    const bundle::Conflict* current() const;

    WorkspaceDocument& m_document;
    ConflictListModel* m_model = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_summary = nullptr;
    QSplitter* m_splitter = nullptr;
    QTreeView* m_list = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_state = nullptr;
    QCheckBox* m_onlyDifferences = nullptr;
    QWidget* m_columns = nullptr; // the comparison's column titles, kept in view above it
    QLabel* m_fieldColumn = nullptr;
    QScrollArea* m_comparison = nullptr;
    QPushButton* m_keepMine = nullptr;
    QPushButton* m_takeTheirs = nullptr;
    QPushButton* m_keepBoth = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace pdsa::ui

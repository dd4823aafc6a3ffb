// SPDX-License-Identifier: Apache-2.0
#pragma once
// "Import data from CSV…" for one team's measure: choose a file, see the plan (every new and
// changed cell, with its old value) or every problem (row, column, what was expected), and only
// then import it — one undo step, written in one transaction. A file with any problem imports
// nothing: the Import button stays disabled. The format: docs/csv-import.md.

#include "domain/measure.h"
#include "import/measurecsv.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace pdsa::ui {

class WorkspaceDocument;

class ImportMeasureDataDialog : public QDialog {
    Q_OBJECT

public:
    ImportMeasureDataDialog(WorkspaceDocument& document, const QUuid& teamId, const Measure& measure,
                            QWidget* parent = nullptr);

    // Reads and checks a file (the Choose file… button calls it); writes nothing.
    void loadFile(const QString& path);
    // Plans from a device, for tests and for files opened elsewhere.
    void loadDevice(QIODevice& device, const QString& name);

    const import::ImportPlan& plan() const { return m_plan; }
    bool canImport() const;
    // Imports the plan (the Import button); returns false, with the message shown, on failure.
    bool importPlan();

private:
    void chooseFile();
    void showPlan();

    WorkspaceDocument& m_document;
    QUuid m_teamId;
    Measure m_measure;
    import::ImportPlan m_plan;
    bool m_loaded = false;
    QLabel* m_file = nullptr;
    QLabel* m_summary = nullptr;
    QPlainTextEdit* m_problems = nullptr;
    QTreeWidget* m_cells = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_import = nullptr;
};

} // namespace pdsa::ui

// SPDX-License-Identifier: Apache-2.0
#pragma once
// File ▸ Import bundles… (and bundle files dropped on the window): the files, what each one is
// and whether it can be imported, and what the import will do per kind of record — new,
// updated, unchanged, in conflict — before anything is written. Import applies
// every accepted file in one transaction (core/bundle/importsession.h) with progress; Cancel,
// before or during, leaves the workspace as it was. Afterwards the dialog says what was done and
// offers the conflicts for review.

#include "bundle/importsession.h"

#include <QDialog>

class QVBoxLayout;

#include <optional>
#include <utility>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressDialog;
class QPushButton;
class QTreeWidget;

namespace pdsa::ui {

class WorkspaceDocument;

class ImportBundlesDialog : public QDialog {
    Q_OBJECT

public:
    ImportBundlesDialog(WorkspaceDocument& document, const QStringList& files, QWidget* parent = nullptr);

    // Adds files and reviews them all again (writes nothing).
    void addFiles(const QStringList& files);
    void removeFile(const QString& path);
    QStringList files() const { return m_paths; }

    const std::optional<bundle::ImportSession>& session() const { return m_session; }
    bool canImport() const;
    // Applies the reviewed files (the Import button). On failure or cancel nothing is written
    // and the message is shown in the dialog.
    Status importFiles();
    bool imported() const { return m_applied.has_value(); }
    // Whether Edit ▸ Undo takes the import back (false for one too large to keep, which cleared
    // the history instead).
    bool undoable() const { return m_undoable; }

    QListWidget* fileView() const { return m_fileList; }
    QTreeWidget* planView() const { return m_plan; }
    QString summaryText() const;

signals:
    // After an import that kept conflicts, when the user asks to review them.
    void reviewConflictsRequested();

private:
    void addFileList(QVBoxLayout* layout);
    void addButtons(QVBoxLayout* layout);
    void review();
    void chooseFiles();
    void showReview();
    // The review of each file in the list; returns how many will be imported and how many not.
    std::pair<int, int> listFiles();
    // What the import will do per kind of record, and in all.
    void showTotals();
    QString reviewSummary(int accepted, int refused) const;
    static QString describeBundle(const bundle::Manifest& manifest);
    static QString planStatus(const bundle::ImportPlan& plan);
    void showResult();
    // The undo step's name: "Import Alder County.pdsabundle", "Import 3 bundles".
    QString undoText() const;
    // The progress callback for core: updates the progress dialog, lets Cancel be pressed.
    bundle::ImportSession::Progress progressFor(const QString& verb);

    WorkspaceDocument& m_document;
    QStringList m_paths;
    std::optional<bundle::ImportSession> m_session;
    std::optional<std::vector<bundle::ImportPlan>> m_applied;
    bool m_undoable = false;
    QProgressDialog* m_progress = nullptr;
    QListWidget* m_fileList = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_plan = nullptr;
    QLabel* m_note = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_conflicts = nullptr;
};

} // namespace pdsa::ui

// SPDX-License-Identifier: Apache-2.0
#pragma once
// File ▸ Export bundle…: choose what to send (a team's work, the collaborative template, or the
// coaches' feedback, for the teams ticked), whether to leave notes out, and see — before anything is written — which
// free text the bundle will carry, kind by kind. Export… then asks where to save the file and
// writes it whole (core/bundle/bundle.h); the workspace is only read.

#include "bundle/bundle.h"
#include "bundle/exportsummary.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTreeWidget;
class QVBoxLayout;

namespace pdsa::ui {

class WorkspaceDocument;

class ExportBundleDialog : public QDialog {
    Q_OBJECT

public:
    // `teamId` preselects a team bundle for that team (the team on show); null preselects the
    // first team, or the template when there is no team.
    ExportBundleDialog(WorkspaceDocument& document, const QUuid& teamId, QWidget* parent = nullptr);

    bundle::ExportRequest request() const;
    void setKind(bundle::BundleKind kind);
    bool setTeam(const QUuid& teamId);
    void setWithoutNotes(bool withoutNotes);
    // The teams a feedback bundle is for, ticked (all of them at first).
    QListWidget* feedbackTeamsView() const { return m_feedbackTeams; }

    // The sentence above the free-text table, and the table itself (for tests).
    QString freeTextHeadline() const;
    QTreeWidget* freeTextView() const { return m_freeText; }
    // A file name to offer: "Riverside County 2026-11-23.pdsabundle".
    QString suggestedFileName() const;

    // Writes the bundle to `path`; the dialog stays open on failure, with the message shown.
    Status exportTo(const QString& path);
    const std::optional<bundle::Manifest>& exported() const { return m_exported; }

private:
    QButtonGroup* addKindChoices(QVBoxLayout* layout);
    void addFreeTextSummary(QVBoxLayout* layout);
    void chooseFileAndExport();
    std::vector<QUuid> tickedTeams() const;
    void refresh();

    WorkspaceDocument& m_document;
    QRadioButton* m_team = nullptr;
    QComboBox* m_teams = nullptr;
    QRadioButton* m_template = nullptr;
    QRadioButton* m_feedback = nullptr;
    QComboBox* m_coaches = nullptr;
    QListWidget* m_feedbackTeams = nullptr;
    QCheckBox* m_withoutNotes = nullptr;
    QLabel* m_headline = nullptr;
    QTreeWidget* m_freeText = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_export = nullptr;
    std::optional<bundle::Manifest> m_exported;
};

} // namespace pdsa::ui

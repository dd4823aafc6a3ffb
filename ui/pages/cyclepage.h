// SPDX-License-Identifier: Apache-2.0
#pragma once
// A PDSA cycle's worksheet, editable: grouped Plan / Do / Study / Act like the paper worksheet
// coaches hand out, with the cycle's facts on top (title, status, dates, scale, the change ideas
// it tests and the measures it informs) and its ramp at the bottom. Every edit is saved as it is
// made, through the undo facade (typing in a field merges into one undo step).
//
// The main window calls showTarget() after every change, including the page's own edits. load()
// therefore changes only the widgets whose stored value differs from what they show: the field
// being typed in already shows its value, so its cursor, focus and undo merging are untouched,
// while an undo, a redo or a change made elsewhere is shown at once.
//
// Header actions: "Next cycle" (grows the next cycle of the ramp from this one and opens it),
// "Worksheet" with "Export PDF…" and "Print…" (ui/print/worksheetpdf.h; one menu button keeps the
// header narrow enough for the title at 200 % text), and "Delete" (undoable).
//
// A cycle of a team whose work came from its bundle is read-only: an OwnershipBanner on top
// says whose it is; text fields are read-only (text can still be selected and copied), choices,
// ticks and question buttons are disabled, and so are "Next cycle" and "Delete". Export and print
// stay available.

#include "domain/spreadrecord.h"
#include "pages/page.h"
#include "undo/commands.h"

#include <QDate>
#include <QPointer>

#include <map>
#include <span>
#include <vector>

class QAction;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace pdsa {
class Workspace;
}

namespace pdsa::ui {

class FittedTreeView;
class GrowingTextEdit;
class OptionalDateEdit;
class CommentsPanel;
class OwnershipBanner;
class QuestionsModel;
class RampView;

class CyclePage : public Page {
    Q_OBJECT

public:
    explicit CyclePage(QWidget* parent = nullptr);

    // The day "Next cycle" starts on (today unless fixed for tests and screenshots).
    void setToday(const QDate& today) { m_today = today; }
    QDate today() const;

    QUuid cycleId() const { return m_cycle.meta.id; }
    QLineEdit* titleEdit() const { return m_title; }
    GrowingTextEdit* textEdit(CycleTextField field) const;
    QComboBox* statusCombo() const { return m_status; }
    QComboBox* decisionCombo() const { return m_decision; }
    // Shown when the cycle's decision is Adopt: a spread record filled in from the cycle.
    QPushButton* recordSpreadButton() const { return m_recordSpread; }
    SpreadRecord spreadFromCycle() const;
    void recordSpread();
    OptionalDateEdit* startDateEdit() const { return m_start; }
    OptionalDateEdit* endDateEdit() const { return m_end; }
    QSpinBox* scaleSpin() const { return m_scale; }
    QComboBox* unitCombo() const { return m_unit; }
    QStandardItemModel* ideasModel() const { return m_ideasModel; }
    QStandardItemModel* measuresModel() const { return m_measuresModel; }
    FittedTreeView* ideasView() const { return m_ideasView; }
    FittedTreeView* measuresView() const { return m_measuresView; }
    QuestionsModel* questionsModel() const { return m_questionsModel; }
    QTableView* questionsView() const { return m_questionsView; }
    QPushButton* addQuestionButton() const { return m_addQuestion; }
    QPushButton* removeQuestionButton() const { return m_removeQuestion; }
    QPushButton* moveUpButton() const { return m_moveUp; }
    QPushButton* moveDownButton() const { return m_moveDown; }
    QPushButton* nextCycleButton() const { return m_nextCycle; }
    QPushButton* deleteButton() const { return m_delete; }
    // "Worksheet ▾": Export PDF… and Print….
    QPushButton* worksheetButton() const { return m_worksheet; }
    QAction* exportAction() const { return m_export; }
    QAction* printAction() const { return m_print; }
    QAction* exportRampAction() const { return m_exportRamp; }
    RampView* rampView() const { return m_ramp; }
    OwnershipBanner* ownershipBanner() const { return m_banner; }
    CommentsPanel* commentsPanel() const { return m_comments; }
    // Whether the cycle can be edited here (false: it came from its team's bundle).
    bool isEditable() const { return m_readOnlyReason.isEmpty(); }
    // The last refusal shown (an end before the start, an empty title, a failed export).
    QString message() const;

    // The actions behind the header buttons (also for tests).
    Status startNextCycle();
    Status deleteCycle();

protected:
    Status load(WorkspaceDocument& document, const NavigationTarget& target) override;
    // An edit of cycles alone (typing in this worksheet, say) leaves the change package and the
    // measures as they were: the pickers are read again only when the ticks point elsewhere.
    Status update(WorkspaceDocument& document, const Changes& changes) override;
    Status showCycle(WorkspaceDocument& document, const QUuid& cycleId, bool readPickers);

private:
    // The constructor's parts, in the order the page shows them; each stage returns its form so
    // that the labels of all of them can share one column.
    void buildHeaderActions();
    QFormLayout* buildFactsSection();
    void addTitleRow(Section* facts, QFormLayout* factsForm);
    void addStatusRow(Section* facts, QFormLayout* factsForm);
    void addDatesRow(Section* facts, QFormLayout* factsForm);
    void addScaleRow(Section* facts, QFormLayout* factsForm);
    void addIdeasRow(Section* facts, QFormLayout* factsForm);
    void addMeasuresRow(Section* facts, QFormLayout* factsForm);
    QFormLayout* buildPlanSection();
    void addQuestionsRow(Section* plan, QFormLayout* planForm);
    QFormLayout* buildDoSection();
    QFormLayout* buildStudySection();
    QFormLayout* buildActSection();
    void buildRampSection();
    void alignFormLabels(std::span<QFormLayout* const> forms);
    GrowingTextEdit* addText(QFormLayout* form, CycleTextField field, const QString& label,
                             const QString& placeholder, int lines = 2);
    Status loadPickers(Workspace& workspace);
    // Saves a question cell that is being edited (before the page leaves this cycle).
    void commitOpenEdits();
    // Hides the driver groups without a ticked idea unless "Show all change ideas" is on.
    void showIdeaGroups();
    Status loadRamp(Workspace& workspace);
    void syncWidgets();
    // Makes every edit control read-only or disabled when the cycle is another team's work.
    void applyReadOnly();
    void show(const Status& status, QLabel* where = nullptr);
    void saveScale();
    void saveDates();
    void saveLinks(QStandardItemModel* model, bool ideas);
    void moveQuestion(int delta);
    int currentQuestionRow() const;
    // The worksheet of this cycle, or of its whole ramp (first cycle first), as PDF or printed.
    void exportPdf(bool wholeRamp);
    void print(bool wholeRamp);
    std::vector<QUuid> worksheetIds(bool wholeRamp);

    QPointer<WorkspaceDocument> m_document;
    PdsaCycle m_cycle;
    bool m_loading = false;
    QDate m_today;
    CommentsPanel* m_comments = nullptr;
    bool m_commentsStale = false; // the change update() shows touched comments or replies
    QString m_pickerSignature;
    bool m_pickersRebuilt = false;
    QString m_rampSignature;
    QString m_readOnlyReason; // empty: the team's work is the workspace's own
    OwnershipBanner* m_banner = nullptr;

    QPushButton* m_nextCycle = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_worksheet = nullptr;
    QAction* m_export = nullptr;
    QAction* m_print = nullptr;
    QAction* m_exportRamp = nullptr;
    QAction* m_printRamp = nullptr;
    QLabel* m_message = nullptr;
    QLineEdit* m_title = nullptr;
    QLabel* m_titleMessage = nullptr;
    QComboBox* m_status = nullptr;
    OptionalDateEdit* m_start = nullptr;
    OptionalDateEdit* m_end = nullptr;
    QLabel* m_dateMessage = nullptr;
    QSpinBox* m_scale = nullptr;
    QComboBox* m_unit = nullptr;
    QStandardItemModel* m_ideasModel = nullptr;
    FittedTreeView* m_ideasView = nullptr;
    QCheckBox* m_allIdeas = nullptr;
    QStandardItemModel* m_measuresModel = nullptr;
    FittedTreeView* m_measuresView = nullptr;
    QuestionsModel* m_questionsModel = nullptr;
    QTableView* m_questionsView = nullptr;
    QPushButton* m_addQuestion = nullptr;
    QPushButton* m_removeQuestion = nullptr;
    QPushButton* m_moveUp = nullptr;
    QPushButton* m_moveDown = nullptr;
    QComboBox* m_decision = nullptr;
    QPushButton* m_recordSpread = nullptr;
    RampView* m_ramp = nullptr;
    Section* m_rampSection = nullptr;
    std::map<CycleTextField, GrowingTextEdit*> m_texts;
};

} // namespace pdsa::ui

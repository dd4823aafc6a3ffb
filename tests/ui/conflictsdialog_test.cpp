// SPDX-License-Identifier: Apache-2.0
// The "Import conflicts" dialog: the list and its model, both versions side by side with the
// differences marked, keep mine / take theirs / keep both as single undo steps that move the
// selection on, keep both refused where it makes no sense, the empty state, long texts and 200 %
// text, and an accessible name on every input.
#include "bundle/bundle.h"
#include "bundle/conflicts.h"
#include "bundle/merge.h"
#include "dialogs/conflictsdialog.h"
#include "models/conflictlistmodel.h"
#include "uitestsupport.h"
#include "undo/commands.h"
#include "workspacedocument.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace pdsa;
using namespace pdsa::ui;

namespace {

const QDateTime kStamp(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC);

// Two copies of the demo: "theirs" changes a cycle's lesson, a measure value and a chart note of
// the first team and exports the team's bundle; "mine" (the open document) changes the same three
// differently and imports it, which keeps three conflicts.
class ConflictsDialogTest : public test::UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        const QString theirsPath = demoCopy(QStringLiteral("theirs.pdsa"));
        bundlePath = dir.path(QStringLiteral("team.pdsabundle"));
        {
            auto theirs = test::openOrFail(theirsPath);
            ASSERT_TRUE(theirs);
            teamId = theirs->teams.teams.all().value().front().meta.id;
            cycleId = theirs->cycles.cycles.forTeam(teamId).value().front().meta.id;
            for (const MeasureValue& v : theirs->measures.values.forTeam(teamId).value())
                if (v.stratumId.isNull() && v.value && valueId.isNull())
                    valueId = v.meta.id;
            annotationId = theirs->work.annotations.forTeam(teamId).value().front().meta.id;
            change(*theirs, QStringLiteral("Theirs."), 42);
            auto written = bundle::exportBundleFile(
                *theirs, {bundle::BundleKind::Team, teamId, false, kStamp}, bundlePath);
            ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
        }
        auto opened = WorkspaceDocument::open(demoPath());
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        document = std::move(*opened);
        change(document->workspace(), QStringLiteral("Ours."), 7);
        auto plan = bundle::importBundleFile(document->workspace(), bundlePath);
        ASSERT_TRUE(plan.ok()) << plan.error().message.toStdString();
        ASSERT_EQ(plan->newConflicts, 3);
    }

    void change(Workspace& ws, const QString& words, double number) {
        PdsaCycle c = ws.cycles.cycles.find(cycleId).value().value();
        c.learned = words;
        ASSERT_TRUE(ws.cycles.cycles.save(c, kStamp.addDays(2)).value());
        MeasureValue v = ws.measures.values.find(valueId).value().value();
        v.value = number;
        ASSERT_TRUE(ws.measures.values.save(v, kStamp.addDays(2)).value());
        ChartAnnotation a = ws.work.annotations.find(annotationId).value().value();
        a.text = words;
        ASSERT_TRUE(ws.work.annotations.save(a, kStamp.addDays(2)).value());
    }

    qint64 idOf(const ConflictsDialog& dialog, const QUuid& recordId) {
        for (const bundle::Conflict& c : dialog.model()->conflicts())
            if (c.recordId == recordId)
                return c.id;
        ADD_FAILURE() << "no conflict for the record";
        return 0;
    }

    // The texts of the comparison's labels, in grid order.
    static QStringList comparisonTexts(const ConflictsDialog& dialog) {
        QStringList texts;
        for (const QLabel* label : dialog.comparisonArea()->widget()->findChildren<QLabel*>())
            texts << label->text();
        return texts;
    }

    QString bundlePath;
    QUuid teamId, cycleId, valueId, annotationId;
    std::unique_ptr<WorkspaceDocument> document;
};

} // namespace

TEST_F(ConflictsDialogTest, the_list_model_serves_one_row_per_conflict) {
    ConflictListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setConflicts(bundle::listConflicts(document->workspace()).value());
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.columnCount(), int(ConflictListModel::ColumnCount));
    EXPECT_EQ(model.headerData(ConflictListModel::RecordColumn, Qt::Horizontal).toString(),
              QStringLiteral("Record"));
    const int row = model.rowOf(model.conflicts()[1].id);
    EXPECT_EQ(row, 1);
    EXPECT_EQ(model.index(row, ConflictListModel::BundleColumn).data().toString(),
              QStringLiteral("team.pdsabundle"));
    EXPECT_EQ(model.index(row, 0).data(ConflictListModel::IdRole).toLongLong(), model.conflicts()[1].id);
    EXPECT_EQ(model.rowOf(-5), -1);
    model.setConflicts({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(ConflictsDialogTest, the_selected_conflict_shows_both_versions_with_the_differences_marked) {
    ConflictsDialog dialog(*document);
    dialog.show();
    ASSERT_EQ(dialog.conflictCount(), 3);
    EXPECT_FALSE(dialog.showsEmptyState());
    ASSERT_TRUE(dialog.selectConflict(idOf(dialog, cycleId)));
    QStringList texts = comparisonTexts(dialog);
    EXPECT_TRUE(texts.contains(QStringLiteral("Ours.")));
    EXPECT_TRUE(texts.contains(QStringLiteral("Theirs.")));
    EXPECT_TRUE(texts.contains(QStringLiteral("<b>\u2260 What was learned</b><br><i>differs</i>")))
        << texts.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(texts.contains(QStringLiteral("Title"))) << "an unchanged field, not marked";
    EXPECT_FALSE(dialog.keepBothButton()->isEnabled());
    EXPECT_EQ(
        dialog.keepBothButton()->toolTip(),
        QStringLiteral("Not possible here: Later cycles and chart annotations refer to this cycle; a copy "
                       "would break its ramp."));
    EXPECT_TRUE(dialog.keepMineButton()->isEnabled());
    EXPECT_TRUE(dialog.takeTheirsButton()->isEnabled());

    // Only the differences: the one field.
    dialog.onlyDifferencesBox()->setChecked(true);
    texts = comparisonTexts(dialog);
    EXPECT_EQ(texts, (QStringList{QStringLiteral("<b>\u2260 What was learned</b><br><i>differs</i>"),
                                  QStringLiteral("Ours."), QStringLiteral("Theirs.")}));
    // The column titles stay above the scrolling fields, each over its column.
    QApplication::processEvents();
    const auto titles =
        dialog.findChild<QWidget*>(QStringLiteral("comparisonColumns"))->findChildren<QLabel*>();
    ASSERT_EQ(titles.size(), 3);
    EXPECT_EQ(titles[1]->text(), QStringLiteral("This workspace"));
    const auto cells = dialog.comparisonArea()->widget()->findChildren<QLabel*>();
    for (int column : {1, 2}) {
        EXPECT_EQ(titles[column]->mapToGlobal(QPoint(0, 0)).x(),
                  cells[column]->mapToGlobal(QPoint(0, 0)).x());
        EXPECT_EQ(titles[column]->width(), cells[column]->width());
    }

    ASSERT_TRUE(dialog.selectConflict(idOf(dialog, annotationId)));
    EXPECT_TRUE(dialog.keepBothButton()->isEnabled());
    EXPECT_EQ(
        dialog.keepBothButton()->toolTip(),
        QStringLiteral("Keep this workspace's version and add the bundle's as a separate chart annotation."));
}

TEST_F(ConflictsDialogTest, each_choice_is_one_undo_step_and_the_selection_moves_to_the_next_conflict) {
    ConflictsDialog dialog(*document);
    dialog.show();
    QUndoStack& stack = *document->undoStack();
    const QByteArray before = document->workspace().contentHash().value();
    dialog.listView()->setCurrentIndex(dialog.model()->index(0, 0));
    const qint64 first = dialog.currentConflictId();
    ASSERT_EQ(first, idOf(dialog, valueId));
    const qint64 second = dialog.model()->conflicts()[1].id;
    const QString title = dialog.model()->conflicts()[0].title;

    QTest::mouseClick(dialog.keepMineButton(), Qt::LeftButton);
    EXPECT_EQ(dialog.conflictCount(), 2);
    EXPECT_EQ(dialog.currentConflictId(), second) << "the next conflict, in the place of the one resolved";
    ASSERT_EQ(stack.count(), 1);
    EXPECT_EQ(stack.text(0), QStringLiteral("Keep this workspace's version of \u201c%1\u201d").arg(title));

    stack.undo();
    EXPECT_EQ(dialog.conflictCount(), 3);
    EXPECT_EQ(dialog.currentConflictId(), first) << "the conflict that came back is selected";
    EXPECT_EQ(document->workspace().contentHash().value(), before);
    stack.redo();
    EXPECT_EQ(dialog.conflictCount(), 2);

    // The list is in the order the import met the records: the value, the cycle, the note.
    EXPECT_EQ(document->workspace().measures.values.find(valueId).value()->value, 7.0);
    ASSERT_TRUE(dialog.selectConflict(idOf(dialog, cycleId)));
    QTest::mouseClick(dialog.takeTheirsButton(), Qt::LeftButton);
    EXPECT_EQ(document->workspace().cycles.cycles.find(cycleId).value()->learned, QStringLiteral("Theirs."));
    ASSERT_EQ(dialog.conflictCount(), 1);
    EXPECT_EQ(dialog.model()->conflicts().front().recordId, annotationId);
    EXPECT_TRUE(dialog.keepBothButton()->isEnabled()) << "the one left is selected";
    QTest::mouseClick(dialog.keepBothButton(), Qt::LeftButton);
    EXPECT_TRUE(stack.text(stack.count() - 1).startsWith(QStringLiteral("Keep both versions of \u201c")));
    EXPECT_EQ(bundle::conflictCount(document->workspace()).value(), 0);
    EXPECT_TRUE(dialog.showsEmptyState());
    EXPECT_EQ(stack.count(), 3);

    // Undoing every step brings every conflict and the workspace back exactly.
    while (stack.canUndo())
        stack.undo();
    EXPECT_FALSE(dialog.showsEmptyState());
    EXPECT_EQ(dialog.conflictCount(), 3);
    EXPECT_EQ(document->workspace().contentHash().value(), before);
}

TEST_F(ConflictsDialogTest, keep_both_where_it_makes_no_sense_is_refused_with_the_reason_and_pushes_nothing) {
    ConflictsDialog dialog(*document);
    dialog.show();
    ASSERT_TRUE(dialog.selectConflict(idOf(dialog, valueId)));
    EXPECT_FALSE(dialog.keepBothButton()->isEnabled());
    EXPECT_FALSE(dialog.resolveCurrent(bundle::Resolution::KeepBoth));
    EXPECT_TRUE(dialog.messageLabel()->isVisibleTo(&dialog));
    EXPECT_EQ(dialog.messageLabel()->text(),
              QStringLiteral("A measure has one value per period (and stratum)."));
    EXPECT_EQ(document->undoStack()->count(), 0);
    EXPECT_EQ(dialog.conflictCount(), 3);
    const Status refused =
        command::resolveImportConflict(*document, idOf(dialog, cycleId), bundle::Resolution::KeepBoth);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(document->undoStack()->count(), 0);
}

TEST_F(ConflictsDialogTest, with_no_conflicts_the_dialog_says_so) {
    auto plain = WorkspaceDocument::open(demoCopy(QStringLiteral("plain.pdsa")));
    ASSERT_TRUE(plain.ok());
    ConflictsDialog dialog(**plain);
    dialog.show();
    EXPECT_TRUE(dialog.showsEmptyState());
    EXPECT_EQ(dialog.conflictCount(), 0);
    const auto headings = dialog.findChildren<QLabel*>(QStringLiteral("emptyHeading"));
    ASSERT_EQ(headings.size(), 1);
    EXPECT_EQ(headings.front()->text(), QStringLiteral("No conflicts to resolve"));
    EXPECT_TRUE(headings.front()->isVisible());
}

TEST_F(ConflictsDialogTest, a_long_note_wraps_inside_the_view_also_at_200_percent_text) {
    PdsaCycle mine = document->workspace().cycles.cycles.find(cycleId).value().value();
    QString note;
    while (note.size() < 2000)
        note += QStringLiteral("Families came when the meeting was at the school, not the office. ");
    mine.learned = note.left(2000);
    ASSERT_TRUE(document->workspace().cycles.cycles.save(mine, kStamp.addDays(3)).value());

    const QFont original = QApplication::font();
    for (double scale : {1.0, 2.0}) {
        SCOPED_TRACE(scale);
        QFont font = original;
        font.setPointSizeF(original.pointSizeF() * scale);
        QApplication::setFont(font);
        ConflictsDialog dialog(*document);
        dialog.resize(900, 700);
        dialog.show();
        ASSERT_TRUE(dialog.selectConflict(idOf(dialog, cycleId)));
        QApplication::processEvents();
        QLabel* shown = nullptr;
        for (QLabel* label : dialog.comparisonArea()->widget()->findChildren<QLabel*>())
            if (label->text() == mine.learned)
                shown = label;
        ASSERT_NE(shown, nullptr);
        EXPECT_TRUE(shown->wordWrap());
        EXPECT_LE(shown->mapTo(dialog.comparisonArea()->widget(), QPoint(shown->width(), 0)).x(),
                  dialog.comparisonArea()->viewport()->width())
            << "no text runs past the right edge";
        EXPECT_GT(shown->height(), shown->fontMetrics().height() * 5) << "the note wraps onto many lines";
        EXPECT_GT(dialog.comparisonArea()->verticalScrollBar()->maximum(), 0) << "and scrolls";
        for (QPushButton* button :
             {dialog.keepMineButton(), dialog.takeTheirsButton(), dialog.keepBothButton()})
            EXPECT_GE(button->width(), button->sizeHint().width()) << button->text().toStdString();
    }
    QApplication::setFont(original);
}

TEST_F(ConflictsDialogTest, every_input_has_an_accessible_name_and_a_keyboard_path) {
    ConflictsDialog dialog(*document);
    dialog.show();
    for (QWidget* input : dialog.findChildren<QWidget*>()) {
        const bool isInput = qobject_cast<QAbstractButton*>(input) || qobject_cast<QTreeView*>(input) ||
                             qobject_cast<QScrollArea*>(input);
        if (!isInput || !input->isVisibleTo(&dialog))
            continue;
        const auto* button = qobject_cast<QAbstractButton*>(input);
        EXPECT_FALSE(input->accessibleName().isEmpty() && (!button || button->text().isEmpty()))
            << input->metaObject()->className() << " " << input->objectName().toStdString();
        EXPECT_TRUE(input->focusPolicy() & Qt::TabFocus) << input->objectName().toStdString();
    }
    for (QAbstractButton* button : {static_cast<QAbstractButton*>(dialog.keepMineButton()),
                                    static_cast<QAbstractButton*>(dialog.takeTheirsButton()),
                                    static_cast<QAbstractButton*>(dialog.keepBothButton()),
                                    static_cast<QAbstractButton*>(dialog.onlyDifferencesBox())})
        EXPECT_TRUE(button->text().contains(QLatin1Char('&'))) << button->text().toStdString();

    // Alt+K, Alt+T, Alt+B choose; Space on a focused button does too, and Ctrl+Z in the dialog undoes.
    EXPECT_EQ(dialog.keepMineButton()->shortcut(), QKeySequence(Qt::ALT | Qt::Key_K));
    EXPECT_EQ(dialog.takeTheirsButton()->shortcut(), QKeySequence(Qt::ALT | Qt::Key_T));
    EXPECT_EQ(dialog.keepBothButton()->shortcut(), QKeySequence(Qt::ALT | Qt::Key_B));
    dialog.keepMineButton()->setFocus();
    QTest::keyClick(dialog.keepMineButton(), Qt::Key_Space);
    EXPECT_EQ(dialog.conflictCount(), 2);
    QAction* undo = nullptr;
    for (QAction* action : dialog.actions())
        if (action->shortcut() == QKeySequence(QKeySequence::Undo))
            undo = action;
    ASSERT_NE(undo, nullptr);
    EXPECT_TRUE(undo->isEnabled());
    undo->trigger();
    EXPECT_EQ(dialog.conflictCount(), 3);
}

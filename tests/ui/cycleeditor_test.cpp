// SPDX-License-Identifier: Apache-2.0
// The PDSA cycle editor, its undo facade, the ramp view and the cycle list: models pass
// QAbstractItemModelTester; every kind of edit is undone and redone to the exact record; typing
// merges into one undo step while the editor keeps focus and cursor; "Next cycle" links and
// carries forward; filters and search narrow the list; Tab reaches every input, and every input
// has an accessible name.
#include "cycles/ramp.h"
#include "format.h"
#include "mainwindow.h"
#include "models/cyclefilterproxymodel.h"
#include "models/cyclelistmodel.h"
#include "models/navigationmodel.h"
#include "models/questionsmodel.h"
#include "pages/cyclelistpage.h"
#include "pages/cyclepage.h"
#include "uitestsupport.h"
#include "undo/commands.h"
#include "widgets/fittedtableview.h"
#include "widgets/fittedtreeview.h"
#include "widgets/growingtextedit.h"
#include "widgets/optionaldateedit.h"
#include "widgets/pageheader.h"
#include "widgets/rampview.h"
#include "workspacedocument.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTest>
#include <QUndoStack>

using namespace pdsa;
using namespace pdsa::ui;

namespace {

// Equal apart from the bookkeeping (revision and time grow with every write, undo included).
::testing::AssertionResult sameRecord(PdsaCycle a, const PdsaCycle& b) {
    a.meta = b.meta;
    if (a == b)
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure()
           << "the records differ: " << a.title.toStdString() << " / " << b.title.toStdString();
}

class CycleTest : public test::UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        auto opened = WorkspaceDocument::open(demoPath());
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        document = std::move(*opened);
        auto all = workspace().cycles.cycles.all();
        ASSERT_TRUE(all.ok());
        ASSERT_FALSE(all->empty());
        // A cycle in the middle of a ramp: it has a parent and a child.
        for (const PdsaCycle& c : *all) {
            auto children = workspace().cycles.children(c.meta.id);
            if (!c.parentCycleId.isNull() && children.ok() && !children->empty()) {
                id = c.meta.id;
                break;
            }
        }
        ASSERT_FALSE(id.isNull());
    }

    Workspace& workspace() { return document->workspace(); }
    PdsaCycle stored(const QUuid& cycleId) {
        auto found = workspace().cycles.cycles.find(cycleId);
        EXPECT_TRUE(found.ok() && found->has_value());
        return found.ok() && *found ? **found : PdsaCycle{};
    }
    PdsaCycle stored() { return stored(id); }
    QUndoStack& stack() { return *document->undoStack(); }

    // Runs `edit`, then checks undo gives back the record before and redo the record after.
    void expectUndoable(const std::function<Status()>& edit) {
        const PdsaCycle before = stored();
        const int count = stack().count();
        const Status status = edit();
        ASSERT_TRUE(status.ok()) << status.error().message.toStdString();
        ASSERT_EQ(stack().count(), count + 1);
        const PdsaCycle after = stored();
        EXPECT_FALSE(sameRecord(before, after));
        stack().undo();
        EXPECT_TRUE(sameRecord(stored(), before));
        stack().redo();
        EXPECT_TRUE(sameRecord(stored(), after));
    }

    std::unique_ptr<WorkspaceDocument> document;
    QUuid id;
};

} // namespace

// ---- the facade -------------------------------------------------------------------------------

TEST_F(CycleTest, every_kind_of_edit_is_undone_and_redone_to_the_exact_record) {
    expectUndoable([&] {
        return command::editCycleText(*document, id, CycleTextField::Title, QStringLiteral("Renamed"));
    });
    for (CycleTextField field :
         {CycleTextField::Objective, CycleTextField::PlanWho, CycleTextField::PlanWhat,
          CycleTextField::PlanWhere, CycleTextField::PlanWhen, CycleTextField::DataCollectionPlan,
          CycleTextField::WhatHappened, CycleTextField::Observations, CycleTextField::Problems,
          CycleTextField::Results, CycleTextField::Learned, CycleTextField::NextStep})
        expectUndoable(
            [&] { return command::editCycleText(*document, id, field, QStringLiteral("Changed\ntext")); });
    expectUndoable([&] { return command::setCycleStatus(*document, id, CycleStatus::Running); });
    expectUndoable([&] {
        return command::setCycleDecision(
            *document, id, stored().decision == Decision::Abandon ? Decision::Adopt : Decision::Abandon);
    });
    expectUndoable([&] { return command::setCycleDates(*document, id, QDate(2025, 1, 1), QDate()); });
    expectUndoable([&] { return command::setCycleScale(*document, id, 0, QStringLiteral("workers")); });
    expectUndoable([&] {
        return command::addCycleQuestion(*document, id, {QStringLiteral("Q?"), QStringLiteral("P")});
    });
    expectUndoable([&] { return command::setCycleScale(*document, id, std::nullopt, QString()); });
    expectUndoable([&] {
        return command::addCycleQuestion(*document, id, {QStringLiteral("First?"), {}}, 0);
    });
    expectUndoable([&] {
        return command::editCycleQuestion(*document, id, 0, QuestionPart::Prediction, QStringLiteral("Yes"));
    });
    expectUndoable([&] { return command::moveCycleQuestion(*document, id, 0, 1); });
    expectUndoable([&] { return command::removeCycleQuestion(*document, id, 0); });
    expectUndoable([&] { return command::setCycleChangeIdeas(*document, id, {}); });
    auto ideas = workspace().changePackage.ideas.all();
    ASSERT_TRUE(ideas.ok() && ideas->size() > 2);
    expectUndoable([&] {
        return command::setCycleChangeIdeas(*document, id,
                                            {(*ideas)[1].meta.id, (*ideas)[2].meta.id, (*ideas)[1].meta.id});
    });
    EXPECT_EQ(stored().changeIdeaIds.size(), 2); // the duplicate dropped
    expectUndoable([&] { return command::setCycleMeasures(*document, id, {}); });
}

TEST_F(CycleTest, an_unchanged_value_pushes_nothing) {
    const PdsaCycle cycle = stored();
    EXPECT_TRUE(command::editCycleText(*document, id, CycleTextField::Objective, cycle.objective).ok());
    EXPECT_TRUE(command::setCycleStatus(*document, id, cycle.status).ok());
    EXPECT_TRUE(command::setCycleChangeIdeas(*document, id, cycle.changeIdeaIds).ok());
    EXPECT_EQ(stack().count(), 0);
}

TEST_F(CycleTest, refused_edits_change_nothing_and_say_why) {
    const PdsaCycle before = stored();
    const Status dates = command::setCycleDates(*document, id, QDate(2025, 5, 10), QDate(2025, 5, 9));
    ASSERT_FALSE(dates.ok());
    EXPECT_TRUE(dates.error().message.contains(QStringLiteral("end date cannot be before the start")));
    EXPECT_TRUE(
        command::setCycleDates(*document, id, QDate(2025, 5, 10), QDate(2025, 5, 10)).ok()); // same day
    stack().undo();
    EXPECT_FALSE(command::setCycleScale(*document, id, -1, QStringLiteral("families")).ok());
    EXPECT_FALSE(command::editCycleText(*document, id, CycleTextField::Title, QStringLiteral("   ")).ok());
    EXPECT_FALSE(command::removeCycleQuestion(*document, id, 99).ok());
    EXPECT_FALSE(command::moveCycleQuestion(*document, id, 0, 99).ok());
    EXPECT_EQ(stack().index(), 0);
    EXPECT_TRUE(sameRecord(stored(), before));
    EXPECT_EQ(stored().meta.revision, before.meta.revision + 2); // the one accepted edit and its undo
}

TEST_F(CycleTest, consecutive_typing_in_one_field_merges_into_one_step) {
    const QString original = stored().observations;
    for (const char* typed : {"F", "Fa", "Fam", "Fami"})
        ASSERT_TRUE(
            command::editCycleText(*document, id, CycleTextField::Observations, QString::fromLatin1(typed))
                .ok());
    EXPECT_EQ(stack().count(), 1);
    ASSERT_TRUE(command::editCycleText(*document, id, CycleTextField::Learned, QStringLiteral("x")).ok());
    EXPECT_EQ(stack().count(), 2); // another field: another step
    ASSERT_TRUE(
        command::editCycleQuestion(*document, id, 0, QuestionPart::Question, QStringLiteral("a")).ok());
    ASSERT_TRUE(
        command::editCycleQuestion(*document, id, 0, QuestionPart::Question, QStringLiteral("ab")).ok());
    ASSERT_TRUE(
        command::editCycleQuestion(*document, id, 0, QuestionPart::Prediction, QStringLiteral("c")).ok());
    EXPECT_EQ(stack().count(), 4);
    // A spin box or a date edit changes at every keystroke: those merge too.
    ASSERT_TRUE(command::setCycleScale(*document, id, 1, QStringLiteral("families")).ok());
    ASSERT_TRUE(command::setCycleScale(*document, id, 12, QStringLiteral("families")).ok());
    ASSERT_TRUE(command::setCycleDates(*document, id, QDate(2025, 1, 1), QDate()).ok());
    ASSERT_TRUE(command::setCycleDates(*document, id, QDate(2025, 1, 12), QDate()).ok());
    EXPECT_EQ(stack().count(), 6);
    for (int i = 0; i < 6; ++i)
        stack().undo();
    EXPECT_EQ(stored().observations, original);
}

TEST_F(CycleTest, next_cycle_links_to_the_previous_and_carries_the_plan_forward) {
    const PdsaCycle previous = stored();
    auto next = command::nextCycle(*document, id, QDate(2026, 7, 1));
    ASSERT_TRUE(next.ok()) << next.error().message.toStdString();
    const PdsaCycle created = stored(*next);
    EXPECT_EQ(created.parentCycleId, id);
    EXPECT_EQ(created.teamId, previous.teamId);
    EXPECT_EQ(created.changeIdeaIds, previous.changeIdeaIds);
    EXPECT_EQ(created.measureIds, previous.measureIds);
    EXPECT_EQ(created.scaleCount, previous.scaleCount);
    EXPECT_EQ(created.startDate, QDate(2026, 7, 1));
    EXPECT_EQ(created.status, CycleStatus::Planned);
    EXPECT_TRUE(created.title.endsWith(QStringLiteral("(cycle 2)")));
    auto children = workspace().cycles.children(id);
    ASSERT_TRUE(children.ok());
    EXPECT_EQ(children->size(), 2u); // a branch beside the existing child

    stack().undo();
    EXPECT_FALSE(workspace().cycles.cycles.find(*next)->has_value());
    stack().redo();
    EXPECT_TRUE(sameRecord(stored(*next), created));
}

TEST_F(CycleTest, deleting_a_cycle_relinks_its_children_and_undo_restores_both) {
    const PdsaCycle cycle = stored();
    auto children = workspace().cycles.children(id);
    ASSERT_TRUE(children.ok() && !children->empty());
    const QUuid child = children->front().meta.id;
    ASSERT_TRUE(command::deleteCycle(*document, id).ok());
    EXPECT_FALSE(workspace().cycles.cycles.find(id)->has_value());
    EXPECT_EQ(stored(child).parentCycleId, cycle.parentCycleId); // the ramp stays one chain
    stack().undo();
    EXPECT_TRUE(sameRecord(stored(), cycle));
    EXPECT_EQ(stored(child).parentCycleId, id);
}

TEST_F(CycleTest, a_new_cycle_belongs_to_its_team_and_undo_removes_it) {
    const QUuid team = stored().teamId;
    auto created = command::newCycle(*document, team, QDate(2026, 1, 5));
    ASSERT_TRUE(created.ok());
    const PdsaCycle cycle = stored(*created);
    EXPECT_EQ(cycle.teamId, team);
    EXPECT_EQ(cycle.meta.owner, Owner::ofTeam(team));
    EXPECT_EQ(cycle.startDate, QDate(2026, 1, 5));
    EXPECT_FALSE(cycle.title.isEmpty());
    stack().undo();
    EXPECT_FALSE(workspace().cycles.cycles.find(*created)->has_value());
    EXPECT_FALSE(command::newCycle(*document, QUuid::createUuid(), QDate(2026, 1, 5)).ok());
}

// ---- models -----------------------------------------------------------------------------------

TEST_F(CycleTest, cycle_list_and_questions_models_pass_the_model_tester) {
    CycleListModel model;
    CycleFilterProxyModel proxy;
    proxy.setCycleModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto names = CycleListModel::loadNames(workspace());
    ASSERT_TRUE(names.ok());
    model.setCycles(*workspace().cycles.cycles.all(), *names);
    const int total = model.rowCount();
    EXPECT_GT(total, 0);
    cycles::CycleFilter filter;
    filter.decisions = {Decision::Adopt};
    proxy.setFilter(filter);
    EXPECT_GT(proxy.rowCount(), 0);
    EXPECT_LT(proxy.rowCount(), total);
    proxy.sort(CycleListModel::DatesColumn);
    model.setCycles({}, *names);
    EXPECT_EQ(proxy.rowCount(), 0);

    QuestionsModel questions;
    QAbstractItemModelTester questionsTester(&questions,
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy edits(&questions, &QuestionsModel::editRequested);
    questions.setQuestions({{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("c"), {}}});
    EXPECT_EQ(questions.rowCount(), 2);
    QSignalSpy changed(&questions, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&questions, &QAbstractItemModel::modelReset);
    questions.setQuestions(
        {{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("c"), QStringLiteral("d")}});
    EXPECT_EQ(changed.count(), 1); // only the changed row, no reset
    EXPECT_EQ(reset.count(), 0);
    EXPECT_TRUE(questions.setData(questions.index(1, QuestionsModel::PredictionColumn), QStringLiteral("e")));
    ASSERT_EQ(edits.count(), 1);
    EXPECT_EQ(edits.front().at(0).toInt(), 1);
    questions.setQuestions({});
    EXPECT_EQ(questions.rowCount(), 0);
}

// ---- the editor in the main window ------------------------------------------------------------

namespace {

class CycleEditorTest : public test::UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        window = std::make_unique<MainWindow>();
        window->resize(1200, 800);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        ASSERT_TRUE(window->openWorkspace(demoPath()).ok());
        window->setToday(QDate(2026, 7, 1));
        auto data = NavigationData::load(window->document()->workspace());
        team = data->teams.front().id;
        cycle = data->teams.front().cycles[1].id;
        ASSERT_TRUE(window->navigateTo(NavigationTarget::cycle(team, cycle)));
        page = window->cyclePage();
        QApplication::setActiveWindow(window.get());
    }

    PdsaCycle stored(const QUuid& cycleId) {
        return **window->document()->workspace().cycles.cycles.find(cycleId);
    }
    QUndoStack& stack() { return *window->document()->undoStack(); }

    std::unique_ptr<MainWindow> window;
    CyclePage* page = nullptr;
    QUuid team;
    QUuid cycle;
};

} // namespace

TEST_F(CycleEditorTest, typing_saves_at_once_as_one_undo_step_and_keeps_focus_and_cursor) {
    GrowingTextEdit* edit = page->textEdit(CycleTextField::Observations);
    edit->setFocus();
    ASSERT_TRUE(edit->hasFocus());
    QTextCursor cursor = edit->textCursor();
    cursor.movePosition(QTextCursor::End);
    edit->setTextCursor(cursor);
    const QString before = edit->text();
    QTest::keyClicks(edit, QStringLiteral(" More."));
    EXPECT_EQ(stored(cycle).observations, before + QStringLiteral(" More."));
    EXPECT_EQ(stack().count(), 1);
    EXPECT_TRUE(edit->hasFocus());
    EXPECT_EQ(edit->textCursor().position(), edit->text().size());
    EXPECT_EQ(window->currentPage(), page);

    // Undo comes back to the editor; redo too.
    stack().undo();
    EXPECT_EQ(edit->text(), before);
    EXPECT_EQ(stored(cycle).observations, before);
    stack().redo();
    EXPECT_EQ(edit->text(), before + QStringLiteral(" More."));
}

TEST_F(CycleEditorTest, the_title_keeps_its_cursor_and_an_empty_title_is_refused_with_a_message) {
    QLineEdit* title = page->titleEdit();
    title->setFocus();
    title->setCursorPosition(2);
    QTest::keyClicks(title, QStringLiteral("xy"));
    EXPECT_EQ(title->cursorPosition(), 4);
    EXPECT_EQ(stored(cycle).title, title->text());
    title->selectAll();
    QTest::keyClick(title, Qt::Key_Delete);
    EXPECT_TRUE(title->text().isEmpty());
    EXPECT_FALSE(page->message().isEmpty());
    EXPECT_FALSE(stored(cycle).title.isEmpty());
    EXPECT_EQ(stack().count(), 1);
}

TEST_F(CycleEditorTest, combos_dates_scale_questions_and_pickers_save_through_the_facade) {
    page->statusCombo()->setCurrentIndex(
        page->statusCombo()->findData(static_cast<int>(CycleStatus::Studying)));
    EXPECT_EQ(stored(cycle).status, CycleStatus::Studying);
    page->decisionCombo()->setCurrentIndex(
        page->decisionCombo()->findData(static_cast<int>(Decision::Abandon)));
    EXPECT_EQ(stored(cycle).decision, Decision::Abandon);
    page->scaleSpin()->setValue(12);
    EXPECT_EQ(stored(cycle).scaleCount, 12);

    // An end before the start is refused, the message says why, the edit shows the stored date.
    const QDate start = stored(cycle).startDate;
    page->endDateEdit()->dateEdit()->setDate(start.addDays(-3));
    EXPECT_EQ(stored(cycle).endDate, page->endDateEdit()->date());
    EXPECT_NE(page->endDateEdit()->date(), start.addDays(-3));
    EXPECT_TRUE(page->message().contains(QStringLiteral("end date")));
    page->endDateEdit()->checkBox()->setChecked(false);
    EXPECT_FALSE(stored(cycle).endDate.isValid());

    const int questions = stored(cycle).questions.size();
    page->addQuestionButton()->click();
    EXPECT_EQ(stored(cycle).questions.size(), questions + 1);
    page->questionsModel()->setData(page->questionsModel()->index(0, QuestionsModel::PredictionColumn),
                                    QStringLiteral("All of them"));
    EXPECT_EQ(stored(cycle).questions[0].prediction, QStringLiteral("All of them"));
    page->questionsView()->setCurrentIndex(page->questionsModel()->index(0, 0));
    page->moveDownButton()->click();
    EXPECT_EQ(stored(cycle).questions[1].prediction, QStringLiteral("All of them"));
    page->removeQuestionButton()->click();
    EXPECT_EQ(stored(cycle).questions.size(), questions);

    QStandardItemModel* measures = page->measuresModel();
    QStandardItem* first = measures->item(0);
    const QUuid measureId = first->data(Qt::UserRole + 1).toUuid();
    const bool wasTicked = first->checkState() == Qt::Checked;
    first->setCheckState(wasTicked ? Qt::Unchecked : Qt::Checked);
    QCoreApplication::processEvents(); // the tick is saved once the view's event is over
    EXPECT_EQ(stored(cycle).measureIds.contains(measureId), !wasTicked);
    EXPECT_EQ(measures->item(0), first) << "ticking keeps the picker's items (and the keyboard's place)";

    const int steps = stack().count();
    for (int i = 0; i < steps; ++i)
        stack().undo();
    EXPECT_EQ(page->scaleSpin()->value(), stored(cycle).scaleCount.value_or(-1));
    EXPECT_EQ(page->questionsModel()->questions(), stored(cycle).questions);
}

TEST_F(CycleEditorTest, next_cycle_opens_the_new_cycle_linked_to_this_one) {
    const PdsaCycle previous = stored(cycle);
    ASSERT_TRUE(page->startNextCycle().ok());
    EXPECT_EQ(window->currentTarget().kind, NodeKind::Cycle);
    const QUuid next = window->currentTarget().id;
    EXPECT_NE(next, cycle);
    EXPECT_EQ(page->cycleId(), next);
    EXPECT_EQ(stored(next).parentCycleId, cycle);
    EXPECT_EQ(page->titleEdit()->text(), cycles::nextCycleTitle(previous.title));
    // The ramp on the page shows the new cycle, outlined, among the ramp's cards.
    bool found = false;
    for (RampCard* card : page->rampView()->cards())
        found = found || (card->cycleId() == next && card->isCurrent());
    EXPECT_TRUE(found);
}

TEST_F(CycleEditorTest, a_ramp_card_opens_its_cycle_with_the_keyboard) {
    const QList<RampCard*> cards = page->rampView()->cards();
    ASSERT_GT(cards.size(), 1);
    RampCard* other = nullptr;
    for (RampCard* card : cards)
        if (!card->isCurrent())
            other = card;
    ASSERT_TRUE(other);
    const QUuid target = other->cycleId();
    other->setFocus();
    QTest::keyClick(other, Qt::Key_Return);
    EXPECT_EQ(window->currentTarget().id, target);
    EXPECT_EQ(page->cycleId(), target);
}

TEST_F(CycleEditorTest, new_cycle_action_creates_a_cycle_and_selects_its_title) {
    ASSERT_TRUE(window->newCycleAction()->isEnabled());
    window->newCycleAction()->trigger();
    const QUuid created = window->currentTarget().id;
    EXPECT_NE(created, cycle);
    EXPECT_EQ(stored(created).teamId, team);
    EXPECT_TRUE(page->titleEdit()->hasFocus());
    EXPECT_EQ(page->titleEdit()->selectedText(), page->titleEdit()->text());
}

TEST_F(CycleEditorTest, delete_goes_to_the_cycle_list_and_undo_brings_the_cycle_back) {
    ASSERT_TRUE(page->deleteCycle().ok());
    EXPECT_EQ(window->currentTarget().kind, NodeKind::CyclesFolder);
    EXPECT_EQ(window->currentPage(), window->cycleListPage());
    stack().undo();
    EXPECT_TRUE(window->navigateTo(NavigationTarget::cycle(team, cycle)));
}

TEST_F(CycleEditorTest, tab_reaches_every_input_and_each_has_an_accessible_name) {
    QList<QWidget*> inputs;
    for (QWidget* widget : page->findChildren<QWidget*>()) {
        const bool input = qobject_cast<QLineEdit*>(widget) || qobject_cast<GrowingTextEdit*>(widget) ||
                           qobject_cast<QComboBox*>(widget) || qobject_cast<QAbstractSpinBox*>(widget) ||
                           qobject_cast<QAbstractButton*>(widget) || qobject_cast<QAbstractItemView*>(widget);
        if (!input || !widget->isVisibleTo(page) || !widget->isEnabled() ||
            !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        if (qobject_cast<QLineEdit*>(widget) && (qobject_cast<QComboBox*>(widget->parentWidget()) ||
                                                 qobject_cast<QAbstractSpinBox*>(widget->parentWidget())))
            continue; // the line edit inside an editable combo box or spin box
        inputs << widget;
    }
    ASSERT_GT(inputs.size(), 25);
    for (QWidget* widget : inputs)
        EXPECT_FALSE(widget->accessibleName().isEmpty())
            << widget->metaObject()->className() << " " << widget->objectName().toStdString();

    page->titleEdit()->setFocus();
    QSet<QWidget*> reached;
    for (int i = 0; i < 200 && reached.size() < inputs.size(); ++i) {
        QWidget* focused = QApplication::focusWidget();
        ASSERT_TRUE(focused);
        reached.insert(focused);
        if (focused->focusProxy())
            reached.insert(focused->focusProxy());
        for (QWidget* parent = focused->parentWidget(); parent; parent = parent->parentWidget())
            if (qobject_cast<QComboBox*>(parent) || qobject_cast<QAbstractSpinBox*>(parent))
                reached.insert(parent);
        QTest::keyClick(focused, Qt::Key_Tab);
    }
    for (QWidget* widget : inputs) {
        if (page->header()->isAncestorOf(widget))
            continue; // the header's buttons come before the title in the chain
        EXPECT_TRUE(reached.contains(widget))
            << widget->metaObject()->className() << " " << widget->accessibleName().toStdString();
    }
}

// ---- the cycle list ---------------------------------------------------------------------------

TEST_F(CycleEditorTest, the_cycle_list_filters_and_searches_as_the_user_types) {
    ASSERT_TRUE(window->navigateTo({NodeKind::CyclesFolder, {}, team}));
    CycleListPage* list = window->cycleListPage();
    ASSERT_EQ(window->currentPage(), list);
    QAbstractItemModel* shown = list->view()->model();
    QAbstractItemModelTester tester(shown, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto teamCycles = window->document()->workspace().cycles.cycles.forTeam(team);
    const int all = static_cast<int>(teamCycles->size());
    EXPECT_EQ(shown->rowCount(), all); // this team only

    list->teamCombo()->setCurrentIndex(0); // all teams
    EXPECT_GT(shown->rowCount(), all);
    list->teamCombo()->setCurrentIndex(list->teamCombo()->findData(team));

    list->decisionCombo()->setCurrentIndex(
        list->decisionCombo()->findData(static_cast<int>(Decision::Adapt)));
    const int adapted = shown->rowCount();
    EXPECT_GT(adapted, 0);
    EXPECT_LT(adapted, all);
    for (int row = 0; row < adapted; ++row)
        EXPECT_EQ(shown->index(row, CycleListModel::DecisionColumn).data().toString(),
                  Format::decision(Decision::Adapt));
    list->clearButton()->click();
    list->statusCombo()->setCurrentIndex(
        list->statusCombo()->findData(static_cast<int>(CycleStatus::Planned)));
    for (int row = 0; row < shown->rowCount(); ++row)
        EXPECT_EQ(shown->index(row, CycleListModel::StatusColumn).data().toString(),
                  Format::status(CycleStatus::Planned));

    list->clearButton()->click();
    EXPECT_EQ(shown->rowCount(), all);

    // The first cycle's title word by word, typed: the list narrows to the cycles holding them.
    const QString title = teamCycles->front().title;
    list->searchEdit()->setFocus();
    QTest::keyClicks(list->searchEdit(), title.left(6).toUpper());
    EXPECT_GT(shown->rowCount(), 0);
    EXPECT_LE(shown->rowCount(), all);
    list->searchEdit()->clear();
    QTest::keyClicks(list->searchEdit(), QStringLiteral("zzqx nothing"));
    EXPECT_EQ(shown->rowCount(), 0);
    EXPECT_TRUE(list->emptyLabel()->isVisibleTo(list));
    EXPECT_TRUE(list->emptyLabel()->text().contains(QStringLiteral("zzqx nothing")));
    list->searchEdit()->clear();

    list->decisionCombo()->setCurrentIndex(
        list->decisionCombo()->findData(static_cast<int>(Decision::Adopt)));
    for (int row = 0; row < shown->rowCount(); ++row)
        EXPECT_EQ(shown->index(row, CycleListModel::DecisionColumn).data().toString(),
                  Format::decision(Decision::Adopt));
    list->clearButton()->click();

    list->fromEdit()->checkBox()->setChecked(true);
    list->fromEdit()->dateEdit()->setDate(QDate(2100, 1, 1));
    list->toEdit()->checkBox()->setChecked(true);
    list->toEdit()->dateEdit()->setDate(QDate(2100, 2, 1));
    EXPECT_EQ(shown->rowCount(), 0);
    list->clearButton()->click();

    list->driverCombo()->setCurrentIndex(1);
    EXPECT_LE(shown->rowCount(), all);
    EXPECT_GT(list->ideaCombo()->count(), 1);
    list->ideaCombo()->setCurrentIndex(1);
    const QUuid idea = list->ideaCombo()->currentData().toUuid();
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QUuid shownId = shown->index(row, 0).data(CycleListModel::IdRole).toUuid();
        EXPECT_TRUE(stored(shownId).changeIdeaIds.contains(idea));
    }
    list->clearButton()->click();

    // Enter on a row opens that cycle.
    list->view()->setFocus();
    list->view()->setCurrentIndex(shown->index(0, 0));
    const QUuid first = shown->index(0, 0).data(CycleListModel::IdRole).toUuid();
    QTest::keyClick(list->view(), Qt::Key_Return);
    EXPECT_EQ(window->currentTarget().id, first);
}

TEST_F(CycleEditorTest, the_cycle_list_keeps_its_filters_while_an_edit_reloads_it) {
    ASSERT_TRUE(window->navigateTo({NodeKind::CyclesFolder, {}, team}));
    CycleListPage* list = window->cycleListPage();
    list->searchEdit()->setText(QStringLiteral("famil"));
    const int rows = list->view()->model()->rowCount();
    ASSERT_TRUE(
        command::editCollaborativeField(*window->document(), CollaborativeField::Topic, QStringLiteral("x"))
            .ok());
    EXPECT_EQ(list->searchEdit()->text(), QStringLiteral("famil"));
    EXPECT_EQ(list->view()->model()->rowCount(), rows);
    EXPECT_GT(list->rampView()->rowCount(), 0);
}

TEST_F(CycleEditorTest, every_filter_of_the_cycle_list_has_an_accessible_name_and_takes_focus) {
    ASSERT_TRUE(window->navigateTo({NodeKind::CyclesFolder, {}, team}));
    CycleListPage* list = window->cycleListPage();
    QList<QWidget*> inputs{list->searchEdit(),
                           list->teamCombo(),
                           list->driverCombo(),
                           list->ideaCombo(),
                           list->statusCombo(),
                           list->decisionCombo(),
                           list->fromEdit()->checkBox(),
                           list->fromEdit()->dateEdit(),
                           list->toEdit()->checkBox(),
                           list->toEdit()->dateEdit(),
                           list->clearButton(),
                           list->newCycleButton(),
                           list->view()};
    for (QWidget* widget : inputs) {
        EXPECT_FALSE(widget->accessibleName().isEmpty()) << widget->metaObject()->className();
        EXPECT_TRUE(widget->focusPolicy() & Qt::TabFocus) << widget->accessibleName().toStdString();
    }
    for (RampCard* card : list->rampView()->cards())
        EXPECT_FALSE(card->accessibleName().isEmpty());
    EXPECT_GT(list->rampView()->cards().size(), 0);
}

TEST_F(CycleEditorTest, a_long_text_grows_its_editor_instead_of_scrolling_inside_it) {
    GrowingTextEdit* edit = page->textEdit(CycleTextField::Objective);
    const int before = edit->height();
    QString longText;
    for (int i = 0; i < 60; ++i)
        longText += QStringLiteral("Find out whether the family time plan holds when the caseload doubles. ");
    ASSERT_TRUE(command::editCycleText(*window->document(), cycle, CycleTextField::Objective, longText).ok());
    QApplication::processEvents();
    EXPECT_EQ(edit->text(), longText);
    EXPECT_GT(edit->height(), before * 3);
    // Emptied, it shrinks back to its minimum and shows its placeholder.
    ASSERT_TRUE(
        command::editCycleText(*window->document(), cycle, CycleTextField::Objective, QString()).ok());
    QApplication::processEvents();
    EXPECT_LE(edit->height(), before);
    EXPECT_FALSE(edit->placeholderText().isEmpty());
}

TEST_F(CycleEditorTest, only_the_drivers_of_ticked_ideas_show_until_all_are_asked_for) {
    ASSERT_FALSE(stored(cycle).changeIdeaIds.isEmpty()) << "the demo's cycles test a change idea";
    QStandardItemModel* ideas = page->ideasModel();
    auto hiddenGroups = [&] {
        int hidden = 0;
        for (int row = 0; row < ideas->rowCount(); ++row)
            hidden += page->ideasView()->isRowHidden(row, {}) ? 1 : 0;
        return hidden;
    };
    ASSERT_GT(ideas->rowCount(), 1);
    const int hidden = hiddenGroups();
    EXPECT_GT(hidden, 0);
    EXPECT_LT(hidden, ideas->rowCount()) << "the ticked idea's driver shows";
    QCheckBox* all = nullptr;
    for (QCheckBox* box : page->findChildren<QCheckBox*>())
        if (box->accessibleName() == QStringLiteral("Show all change ideas"))
            all = box;
    ASSERT_NE(all, nullptr);
    all->click();
    EXPECT_EQ(hiddenGroups(), 0);
    all->click();
    EXPECT_EQ(hiddenGroups(), hidden);
}

TEST_F(CycleTest, typing_a_field_back_to_what_it_was_leaves_no_undo_step) {
    const QString before = stored(id).observations;
    QUndoStack& undo = *document->undoStack();
    ASSERT_TRUE(command::editCycleText(*document, id, CycleTextField::Observations, before + QStringLiteral("x")).ok());
    ASSERT_EQ(undo.count(), 1);
    ASSERT_TRUE(command::editCycleText(*document, id, CycleTextField::Observations, before).ok());
    EXPECT_EQ(undo.count(), 0) << "the merged step changed nothing, so it is dropped";
    EXPECT_EQ(stored(id).observations, before);
}

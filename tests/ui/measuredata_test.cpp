// SPDX-License-Identifier: Apache-2.0
// The data grid (MeasureDataModel + MeasureDataGrid) and the CSV import dialog: edits, pastes and
// imports go through the undo facade as one step each; refused input changes nothing.
#include "dialogs/importmeasuredatadialog.h"
#include "dialogs/measuredialog.h"
#include "models/measuredatamodel.h"
#include "models/sharedmeasuresmodel.h"
#include "uitestsupport.h"
#include "undo/commands.h"
#include "widgets/measuredatagrid.h"
#include "workspacedocument.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QCoreApplication>
#include <QLineEdit>
#include <QPixmap>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace pdsa;
using namespace pdsa::ui;

namespace {

class MeasureData : public test::UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        auto opened = WorkspaceDocument::open(demoPath());
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        document = std::move(*opened);
        Workspace& ws = document->workspace();
        team = ws.teams.teams.all()->front();
        const std::vector<Measure> measures = ws.measures.forTeam(team.meta.id).value();
        for (const Measure& m : measures) {
            if (m.dataKind == DataKind::Proportion && !m.stratified && proportion.name.isEmpty())
                proportion = m;
            if (m.dataKind == DataKind::Proportion && m.stratified && stratified.name.isEmpty())
                stratified = m;
        }
        ASSERT_FALSE(proportion.name.isEmpty());
        ASSERT_FALSE(stratified.name.isEmpty());
    }

    void load(const Measure& measure) {
        ASSERT_TRUE(model.load(*document, team.meta.id, measure.meta.id).ok());
    }
    QUndoStack& stack() { return *document->undoStack(); }
    QByteArray hash() { return *document->workspace().contentHash(); }
    int lastStoredRow() const { return model.rowCount() - 2; } // the last row is the next period
    MeasureValue stored(const QModelIndex& index) {
        auto found =
            document->workspace().measures.values.find(model.data(index, MeasureDataModel::IdRole).toUuid());
        return found.ok() && found->has_value() ? **found : MeasureValue{};
    }
    QModelIndex cell(int row, int column) const { return model.index(row, column); }

    std::unique_ptr<WorkspaceDocument> document;
    Team team;
    Measure proportion, stratified;
    MeasureDataModel model;
};

} // namespace

TEST_F(MeasureData, the_grid_is_a_sound_model_with_the_next_period_last) {
    load(proportion);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto series = document->workspace().measures.series(team.meta.id, proportion.meta.id).value();
    ASSERT_EQ(model.rowCount(), static_cast<int>(series.size()) + 1);
    const QDate last = series.back().period;
    EXPECT_EQ(model.data(cell(model.rowCount() - 1, 0), MeasureDataModel::PeriodRole).toDate(),
              last.addMonths(1));
    EXPECT_TRUE(model.data(cell(model.rowCount() - 1, 0), MeasureDataModel::NextPeriodRole).toBool());
    EXPECT_TRUE(model.columnApplies(MeasureDataModel::NumeratorColumn));
    EXPECT_FALSE(model.columnApplies(MeasureDataModel::ValueColumn));
    EXPECT_FALSE(model.columnApplies(MeasureDataModel::StratumColumn));
    EXPECT_FALSE(model.flags(cell(0, MeasureDataModel::PeriodColumn)) & Qt::ItemIsEditable);
    EXPECT_TRUE(model.flags(cell(0, MeasureDataModel::NoteColumn)) & Qt::ItemIsEditable);
}

TEST_F(MeasureData, editing_a_cell_is_one_undo_step_and_unchanged_edits_push_nothing) {
    load(proportion);
    const QModelIndex denominator = cell(lastStoredRow(), MeasureDataModel::DenominatorColumn);
    const MeasureValue before = stored(denominator);
    ASSERT_TRUE(model.setData(denominator, QStringLiteral("500")));
    EXPECT_EQ(stored(denominator).denominator, 500.0);
    EXPECT_EQ(model.data(denominator).toString(), QStringLiteral("500"));
    EXPECT_EQ(stack().count(), 1);
    EXPECT_TRUE(model.setData(denominator, QStringLiteral("500")));
    EXPECT_EQ(stack().count(), 1) << "an unchanged value pushes nothing";

    stack().undo();
    EXPECT_EQ(stored(denominator).denominator, before.denominator);
    EXPECT_EQ(model.data(denominator).toString(), QString::number(*before.denominator));
    stack().redo();
    EXPECT_EQ(stored(denominator).denominator, 500.0);
}

TEST_F(MeasureData, a_fraction_of_a_child_is_refused_in_the_grid_and_in_a_paste_with_the_cores_message) {
    load(proportion);
    QSignalSpy refused(&model, &MeasureDataModel::editRefused);
    const QModelIndex numerator = cell(lastStoredRow(), MeasureDataModel::NumeratorColumn);
    const QString period = model.data(cell(lastStoredRow(), 0)).toString();
    const QByteArray before = hash();
    EXPECT_FALSE(model.setData(numerator, QStringLiteral("2,5")));
    ASSERT_EQ(refused.count(), 1);
    EXPECT_EQ(refused[0][1].toString(), QStringLiteral("%1, numerator: \"2,5\": expected a whole number (the "
                                                       "numerator counts children, families or events)")
                                            .arg(period));
    auto pasted = model.paste(numerator, QStringLiteral("1.234\t2000\n"));
    ASSERT_FALSE(pasted.ok());
    EXPECT_EQ(pasted.error().message,
              QStringLiteral("Nothing was pasted:\nLine 1: %1, numerator: \"1.234\": expected a whole number; if it "
                             "means 1234, write it without a separator")
                  .arg(period));
    EXPECT_EQ(hash(), before);
}

TEST_F(MeasureData, a_numerator_typed_first_waits_for_its_denominator_and_both_are_saved_as_one_step) {
    load(proportion);
    const int next = model.rowCount() - 1; // the empty row for the next period
    const QModelIndex numerator = cell(next, MeasureDataModel::NumeratorColumn);
    const QByteArray before = hash();
    ASSERT_TRUE(model.setData(numerator, QStringLiteral("7")));
    EXPECT_EQ(model.data(numerator).toString(), QStringLiteral("7"));
    EXPECT_TRUE(model.data(numerator, Qt::ToolTipRole).toString().startsWith(QStringLiteral("Not saved yet")));
    EXPECT_EQ(hash(), before) << "a numerator alone is not stored";
    EXPECT_EQ(stack().count(), 0);
    // With PDSA_SCREENSHOT_DIR set, saves the waiting numerator as data-grid-draft.png.
    if (const QString out = qEnvironmentVariable("PDSA_SCREENSHOT_DIR"); !out.isEmpty()) {
        MeasureDataGrid grid;
        grid.setDataModel(&model);
        grid.resize(760, 300);
        grid.show();
        grid.scrollTo(numerator);
        grid.setCurrentIndex(cell(next, MeasureDataModel::DenominatorColumn));
        EXPECT_TRUE(grid.grab().save(out + QStringLiteral("/data-grid-draft.png")));
    }

    ASSERT_TRUE(model.setData(cell(next, MeasureDataModel::DenominatorColumn), QStringLiteral("9")));
    EXPECT_EQ(stack().count(), 1);
    const MeasureValue saved = stored(cell(next, 0));
    EXPECT_EQ(saved.numerator, 7.0);
    EXPECT_EQ(saved.denominator, 9.0);
    EXPECT_TRUE(model.data(numerator, Qt::ToolTipRole).toString().isEmpty());
}

TEST_F(MeasureData, a_bad_cell_is_refused_with_a_message_and_changes_nothing) {
    load(proportion);
    QSignalSpy refused(&model, &MeasureDataModel::editRefused);
    const QModelIndex numerator = cell(lastStoredRow(), MeasureDataModel::NumeratorColumn);
    const QByteArray before = hash();
    const QString period = model.data(cell(lastStoredRow(), 0)).toString();
    const double denominator = *stored(numerator).denominator;

    EXPECT_FALSE(model.setData(numerator, QStringLiteral("abc")));
    EXPECT_FALSE(model.setData(numerator, QString::number(denominator + 1)));
    EXPECT_FALSE(model.setData(numerator, QStringLiteral("-2")));
    ASSERT_EQ(refused.count(), 3);
    EXPECT_EQ(
        refused[0][1].toString(),
        QStringLiteral("%1, numerator: \"abc\": expected a whole number such as 12").arg(period));
    EXPECT_TRUE(refused[1][1].toString().endsWith(
        QStringLiteral("(numerator): the numerator (%1) cannot be larger than the denominator (%2)")
            .arg(denominator + 1)
            .arg(denominator)));
    EXPECT_TRUE(
        refused[2][1].toString().endsWith(QStringLiteral("(numerator): expected a number of 0 or more")));
    EXPECT_EQ(hash(), before);
    EXPECT_EQ(stack().count(), 0);
}

TEST_F(MeasureData, typing_into_the_next_period_adds_it_and_a_new_empty_row) {
    load(proportion);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int rows = model.rowCount();
    const int next = rows - 1;
    const QDate period = model.data(cell(next, 0), MeasureDataModel::PeriodRole).toDate();
    ASSERT_TRUE(model.setData(cell(next, MeasureDataModel::DenominatorColumn), QStringLiteral("20")));
    ASSERT_TRUE(model.setData(cell(next, MeasureDataModel::NumeratorColumn), QStringLiteral("7,0")));
    EXPECT_EQ(model.rowCount(), rows + 1);
    EXPECT_EQ(model.data(cell(rows, 0), MeasureDataModel::PeriodRole).toDate(), period.addMonths(1));
    EXPECT_EQ(stored(cell(next, 0)).numerator, 7.0);
    EXPECT_EQ(stored(cell(next, 0)).meta.owner, Owner::ofTeam(team.meta.id));
    EXPECT_TRUE(model.setData(cell(rows, MeasureDataModel::NoteColumn), QString()))
        << "nothing typed into an empty row stores nothing";
    EXPECT_EQ(stack().count(), 2);

    stack().undo();
    stack().undo();
    EXPECT_EQ(model.rowCount(), rows);
    EXPECT_FALSE(document->workspace()
                     .measures.values.find(measureValueId(team.meta.id, proportion.meta.id, period, {}))
                     ->has_value());
    stack().redo();
    EXPECT_EQ(stored(cell(next, 0)).denominator, 20.0) << "redo brings the removed cell back";
    EXPECT_EQ(model.rowCount(), rows + 1);
}

TEST_F(MeasureData, pasting_a_spreadsheet_block_is_one_step_all_or_nothing) {
    load(proportion);
    const int first = lastStoredRow() - 1;
    const QString block = QStringLiteral("10\t20\tfirst\r\n11\t21\t\r\n12\t22\tthird, with a comma\r\n");
    ASSERT_TRUE(model.paste(cell(first, MeasureDataModel::NumeratorColumn), block).ok());
    EXPECT_EQ(stack().count(), 1);
    EXPECT_EQ(stack().text(0), QStringLiteral("Paste 3 rows"));
    EXPECT_EQ(stored(cell(first, 0)).note, QStringLiteral("first"));
    EXPECT_EQ(stored(cell(first + 1, 0)).numerator, 11.0);
    // The third line went past the stored rows into the next period.
    EXPECT_EQ(stored(cell(first + 2, 0)).denominator, 22.0);
    stack().undo();
    EXPECT_NE(stored(cell(first, 0)).note, QStringLiteral("first"));

    const QByteArray before = hash();
    auto refused =
        model.paste(cell(first, MeasureDataModel::NumeratorColumn), QStringLiteral("1\t2\nx\t3\n5\t4\n"));
    ASSERT_FALSE(refused.ok());
    const QString secondPeriod = model.data(cell(first + 1, 0)).toString();
    EXPECT_EQ(refused.error().message,
              QStringLiteral(
                  "Nothing was pasted:\nLine 2: %1, numerator: \"x\": expected a whole number such as 12"
                  "\nLine 3: %2, %3 (numerator): the numerator (5) cannot be larger than the "
                  "denominator (4)")
                  .arg(secondPeriod, proportion.name,
                       QDate(model.data(cell(first + 2, 0), MeasureDataModel::PeriodRole).toDate())
                           .toString(QStringLiteral("MMM yyyy"))));
    EXPECT_EQ(hash(), before);
}

TEST_F(MeasureData, pasting_from_the_month_column_places_rows_by_their_period) {
    load(proportion);
    const QDate period = model.data(cell(0, 0), MeasureDataModel::PeriodRole).toDate();
    const QString line = QStringLiteral("%1\t3\t9\n").arg(period.toString(QStringLiteral("MMM yyyy")));
    ASSERT_TRUE(model.paste(cell(5, MeasureDataModel::PeriodColumn), line).ok());
    EXPECT_EQ(stored(cell(0, 0)).denominator, 9.0);
}

TEST_F(MeasureData, a_stratified_measure_shows_strata_and_warns_when_they_do_not_add_up) {
    load(stratified);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_TRUE(model.columnApplies(MeasureDataModel::StratumColumn));
    int total = -1;
    for (int r = 0; r < model.rowCount() && total < 0; ++r)
        if (model.data(cell(r, 0), MeasureDataModel::StratumIdRole).toUuid().isNull())
            total = r;
    ASSERT_EQ(total, 0);
    EXPECT_EQ(model.data(cell(0, MeasureDataModel::StratumColumn)).toString(), QStringLiteral("Total"));
    EXPECT_TRUE(model.data(cell(0, 0), MeasureDataModel::WarningRole).toString().isEmpty())
        << model.data(cell(0, 0), MeasureDataModel::WarningRole).toString().toStdString();
    const double numerator = *stored(cell(0, 0)).numerator;
    ASSERT_TRUE(model.setData(cell(0, MeasureDataModel::NumeratorColumn), QString::number(numerator - 1)));
    EXPECT_TRUE(model.data(cell(0, 0), MeasureDataModel::WarningRole)
                    .toString()
                    .contains(QStringLiteral("strata add up to")));
    EXPECT_EQ(model.data(cell(0, MeasureDataModel::NoteColumn), Qt::ToolTipRole),
              model.data(cell(0, 0), MeasureDataModel::WarningRole));
}

namespace {

// The open cell editor (closed ones are hidden until they are deleted).
QLineEdit* openEditor(QWidget& grid) {
    for (QLineEdit* editor : grid.findChildren<QLineEdit*>())
        if (editor->isVisible())
            return editor;
    return nullptr;
}

} // namespace

TEST_F(MeasureData, the_grid_is_keyboard_first_and_keeps_refused_text) {
    load(proportion);
    MeasureDataGrid grid;
    grid.setDataModel(&model);
    grid.resize(600, 600);
    grid.show();
    const int row = lastStoredRow() - 1;
    grid.setCurrentIndex(cell(row, MeasureDataModel::NumeratorColumn));
    QTest::keyClick(&grid, Qt::Key_3); // typing starts editing
    QLineEdit* editor = openEditor(grid);
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(editor->text(), QStringLiteral("3"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits Enter through a queued call
    EXPECT_EQ(stored(cell(row, 0)).numerator, 3.0);
    EXPECT_EQ(grid.currentIndex(), cell(row + 1, MeasureDataModel::NumeratorColumn)) << "Enter goes down";
    EXPECT_EQ(openEditor(grid), nullptr);

    QTest::keyClick(&grid, Qt::Key_Z);
    editor = openEditor(grid);
    ASSERT_NE(editor, nullptr);
    QTest::keyClicks(editor, QStringLiteral("z"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    EXPECT_TRUE(grid.message().contains(QStringLiteral("\"zz\": expected a whole number")))
        << grid.message().toStdString();
    ASSERT_NE(openEditor(grid), nullptr) << "the editor stays open";
    EXPECT_EQ(openEditor(grid)->text(), QStringLiteral("zz")) << "what was typed is kept";
    EXPECT_EQ(stack().count(), 1);

    // Tab goes across.
    QTest::keyClick(openEditor(grid), Qt::Key_Escape);
    QCoreApplication::processEvents();
    grid.setCurrentIndex(cell(row, MeasureDataModel::NumeratorColumn));
    QTest::keyClick(&grid, Qt::Key_Tab);
    EXPECT_EQ(grid.currentIndex(), cell(row, MeasureDataModel::DenominatorColumn));
}

TEST_F(MeasureData, the_import_dialog_previews_then_imports_in_one_undo_step) {
    ImportMeasureDataDialog dialog(*document, team.meta.id, proportion);
    const QByteArray before = hash();
    QByteArray bad("period;numerator;denominator\n2030-01;5;4\n2030-02;x;4\n");
    QBuffer badBuffer(&bad);
    badBuffer.open(QIODevice::ReadOnly);
    dialog.loadDevice(badBuffer, QStringLiteral("bad.csv"));
    EXPECT_FALSE(dialog.canImport());
    EXPECT_EQ(dialog.plan().problems.size(), 2);
    EXPECT_FALSE(dialog.importPlan());
    EXPECT_EQ(hash(), before);

    QByteArray good("period;numerator;denominator;note\n2030-01;3;4;ok\nFeb 2030;1;4;\n");
    QBuffer goodBuffer(&good);
    goodBuffer.open(QIODevice::ReadOnly);
    dialog.loadDevice(goodBuffer, QStringLiteral("good.csv"));
    ASSERT_TRUE(dialog.canImport()) << dialog.plan().problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(dialog.plan().count(import::CellChange::New), 2);
    EXPECT_EQ(hash(), before) << "a preview writes nothing";
    ASSERT_TRUE(dialog.importPlan());
    EXPECT_EQ(stack().count(), 1);
    EXPECT_EQ(stack().text(0), QStringLiteral("Import data from good.csv"));
    const QUuid id = measureValueId(team.meta.id, proportion.meta.id, QDate(2030, 2, 1), {});
    EXPECT_EQ((*document->workspace().measures.values.find(id))->numerator, 1.0);
    stack().undo();
    EXPECT_FALSE(document->workspace().measures.values.find(id)->has_value());
}

// Draws the data grid (a stratified measure with a total that its strata do not add up to) and
// the import preview; with PDSA_SCREENSHOT_DIR set, saves them there as data-grid.png and
// import-preview.png (docs/screenshots/ holds the committed ones).
TEST_F(MeasureData, the_grid_and_the_import_preview_draw) {
    load(stratified);
    ASSERT_TRUE(model.setData(cell(0, MeasureDataModel::NumeratorColumn),
                              QString::number(*stored(cell(0, 0)).numerator + 2)));
    MeasureDataGrid grid;
    grid.setDataModel(&model);
    grid.resize(760, grid.sizeHint().height());
    grid.show();
    grid.setCurrentIndex(cell(1, MeasureDataModel::NumeratorColumn));
    const QPixmap gridShot = grid.grab(QRect(0, 0, 760, std::min(grid.height(), 460)));
    EXPECT_FALSE(gridShot.isNull());

    ImportMeasureDataDialog dialog(*document, team.meta.id, proportion);
    QByteArray csv("period;numerator;denominator;note\n");
    const auto values = document->workspace().measures.series(team.meta.id, proportion.meta.id).value();
    const MeasureValue& last = values.back();
    csv += last.period.toString(QStringLiteral("yyyy-MM")).toLatin1() + ";" +
           QByteArray::number(*last.numerator + 1) + ";" + QByteArray::number(*last.denominator + 1) +
           ";corrected from the case review\n";
    for (int m = 1; m <= 3; ++m)
        csv += last.period.addMonths(m).toString(QStringLiteral("MMM yyyy")).toLatin1() + ";" +
               QByteArray::number(10 + m) + ";" + QByteArray::number(30 + m) + ";\n";
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    dialog.loadDevice(buffer, QStringLiteral("riverside-visits.csv"));
    dialog.resize(720, 420);
    dialog.show();
    const QPixmap previewShot = dialog.grab();
    EXPECT_FALSE(previewShot.isNull());

    const QString out = qEnvironmentVariable("PDSA_SCREENSHOT_DIR");
    if (!out.isEmpty()) {
        EXPECT_TRUE(gridShot.save(out + QStringLiteral("/data-grid.png")));
        EXPECT_TRUE(previewShot.save(out + QStringLiteral("/import-preview.png")));
    }
}

TEST_F(MeasureData, creating_and_editing_a_measure_are_undoable_and_shared_ones_are_read_only) {
    Measure fresh;
    fresh.collaborativeId = proportion.collaborativeId;
    fresh.teamId = team.meta.id;
    fresh.name = QStringLiteral("  Family meetings held within 30 days ");
    fresh.dataKind = DataKind::Rate;
    fresh.ratePer.reset();
    auto& measures = document->workspace().measures.measures;

    EXPECT_EQ(command::saveMeasure(*document, fresh, true).error().message,
              QStringLiteral("A rate needs a positive \"per\" (for example 1,000 days in care)."));
    fresh.ratePer = 1000;
    fresh.baselineStart = QDate(2025, 6, 1);
    fresh.baselineEnd = QDate(2025, 1, 1);
    EXPECT_EQ(command::saveMeasure(*document, fresh, true).error().message,
              QStringLiteral("The baseline needs a first month no later than its last month."));
    fresh.baselineEnd = QDate(2025, 12, 1);
    EXPECT_EQ(stack().count(), 0);

    ASSERT_TRUE(command::saveMeasure(*document, fresh, true).ok());
    EXPECT_EQ(stack().text(0), QStringLiteral("New measure Family meetings held within 30 days"));
    auto created = *measures.find(fresh.meta.id);
    ASSERT_TRUE(created.has_value());
    EXPECT_EQ(created->name, QStringLiteral("Family meetings held within 30 days"));
    EXPECT_EQ(created->meta.owner, Owner::ofTeam(team.meta.id));

    Measure edited = *created;
    edited.goal = 80;
    ASSERT_TRUE(command::saveMeasure(*document, edited, true).ok());
    EXPECT_TRUE(command::saveMeasure(*document, edited, true).ok());
    EXPECT_EQ(stack().count(), 2) << "an unchanged definition pushes nothing";
    EXPECT_EQ((*measures.find(fresh.meta.id))->goal, 80.0);
    stack().undo();
    EXPECT_FALSE((*measures.find(fresh.meta.id))->goal.has_value());
    stack().undo();
    EXPECT_FALSE(measures.find(fresh.meta.id)->has_value());
    stack().redo();
    stack().redo();
    EXPECT_EQ((*measures.find(fresh.meta.id))->goal, 80.0);

    Measure shared = proportion.isShared() ? proportion : stratified;
    ASSERT_TRUE(shared.isShared());
    shared.name = QStringLiteral("Renamed");
    const QByteArray before = hash();
    EXPECT_TRUE(command::saveMeasure(*document, shared, true)
                    .error()
                    .message.contains(QStringLiteral("is a shared measure of the collaborative")));
    EXPECT_EQ(hash(), before);
}

TEST_F(MeasureData, the_measure_dialog_shows_every_field_and_gives_them_back) {
    Measure m = proportion;
    m.goal = 75;
    m.baselineStart = QDate(2025, 1, 1);
    m.baselineEnd = QDate(2025, 6, 1);
    MeasureDialog dialog(m, false);
    EXPECT_EQ(dialog.measure(), m);
    dialog.nameEdit()->setText(QStringLiteral("Visits within 30 days"));
    EXPECT_EQ(dialog.measure().name, QStringLiteral("Visits within 30 days"));
    MeasureDialog readOnly(m, true);
    EXPECT_FALSE(readOnly.nameEdit()->isEnabled());

    dialog.show();
    const QPixmap shot = dialog.grab();
    EXPECT_FALSE(shot.isNull());
    if (const QString out = qEnvironmentVariable("PDSA_SCREENSHOT_DIR"); !out.isEmpty()) {
        EXPECT_TRUE(shot.save(out + QStringLiteral("/measure-dialog.png")));
    }
}

TEST_F(MeasureData, the_organizer_edits_a_shared_definition_that_teams_cannot) {
    Workspace& ws = document->workspace();
    auto shared = ws.measures.measures.where("team_id IS NULL");
    ASSERT_TRUE(shared.ok());
    ASSERT_FALSE(shared->empty()) << "the demo has a shared measure set";

    SharedMeasuresModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setMeasures(ws.measures.forTeam(team.meta.id).value()); // team measures are left out
    ASSERT_EQ(model.rowCount(), int(shared->size()));
    EXPECT_EQ(model.index(0, SharedMeasuresModel::NameColumn).data().toString(), shared->front().name);

    Measure edited = shared->front();
    edited.operationalDefinition += QStringLiteral(" Counted at the end of the month.");
    EXPECT_FALSE(command::saveMeasure(*document, edited, true).ok()) << "a team may not change it";
    ASSERT_TRUE(command::saveMeasure(*document, edited, false).ok()) << "the organizer may";
    EXPECT_EQ(ws.measures.measures.find(edited.meta.id)->value().operationalDefinition,
              edited.operationalDefinition);
    document->undoStack()->undo();
    EXPECT_EQ(ws.measures.measures.find(edited.meta.id)->value().operationalDefinition,
              shared->front().operationalDefinition);

    const std::size_t teamMeasures = ws.measures.forTeam(team.meta.id)->size();
    Measure added;
    added.collaborativeId = shared->front().collaborativeId;
    added.name = QStringLiteral("Siblings placed together");
    ASSERT_TRUE(command::saveMeasure(*document, added, false).ok());
    const Measure stored = ws.measures.measures.find(added.meta.id)->value();
    EXPECT_TRUE(stored.isShared());
    EXPECT_EQ(stored.meta.owner, Owner::organizer());
    EXPECT_EQ(ws.measures.forTeam(team.meta.id)->size(), teamMeasures + 1) << "every team now reports it";
}

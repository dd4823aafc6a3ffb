// SPDX-License-Identifier: Apache-2.0
// The undo facade: edits of the collaborative's details as undoable, merging commands, and the one
// generic command (RecordEdit) behind every edit.
#include "uitestsupport.h"
#include "undo/chartcommands.h"
#include "undo/commands.h"
#include "undo/cyclecommands.h"
#include "undo/recordedit.h"
#include "workspacedocument.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace pdsa;
using namespace pdsa::ui;

namespace {

class UndoFacade : public test::UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        auto opened = WorkspaceDocument::open(demoPath());
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        document = std::move(*opened);
        original = name();
    }

    QString name() { return document->workspace().collaborative.current()->name; }
    Collaborative collaborative() { return *document->workspace().collaborative.current(); }
    QUndoStack& stack() { return *document->undoStack(); }

    std::unique_ptr<WorkspaceDocument> document;
    QString original;
};

} // namespace

TEST_F(UndoFacade, editing_the_name_saves_it_at_once_and_pushes_one_command) {
    const int revision = collaborative().meta.revision;
    ASSERT_TRUE(
        command::editCollaborativeField(*document, CollaborativeField::Name, QStringLiteral("Reunify")).ok());
    EXPECT_EQ(name(), QStringLiteral("Reunify"));
    EXPECT_EQ(collaborative().meta.revision, revision + 1);
    EXPECT_EQ(stack().count(), 1);
    EXPECT_EQ(stack().undoText(), QStringLiteral("Rename collaborative"));

    // Saved means saved: another connection reads it after this one is gone.
    const QString path = document->path();
    document.reset();
    auto reopened = test::openOrFail(path);
    EXPECT_EQ(reopened->collaborative.current()->name, QStringLiteral("Reunify"));
}

TEST_F(UndoFacade, undo_restores_the_name_and_redo_applies_it_again) {
    ASSERT_TRUE(
        command::editCollaborativeField(*document, CollaborativeField::Name, QStringLiteral("Reunify")).ok());
    stack().undo();
    EXPECT_EQ(name(), original);
    stack().redo();
    EXPECT_EQ(name(), QStringLiteral("Reunify"));
}

TEST_F(UndoFacade, consecutive_keystroke_edits_of_one_field_merge_into_one_step) {
    for (const char* typed : {"R", "Re", "Reu", "Reunify"})
        ASSERT_TRUE(
            command::editCollaborativeField(*document, CollaborativeField::Name, QString::fromLatin1(typed))
                .ok());
    EXPECT_EQ(stack().count(), 1);
    EXPECT_EQ(name(), QStringLiteral("Reunify"));
    stack().undo();
    EXPECT_EQ(name(), original);
    EXPECT_FALSE(stack().canUndo());
}

TEST_F(UndoFacade, edits_of_different_fields_stay_separate_steps) {
    ASSERT_TRUE(
        command::editCollaborativeField(*document, CollaborativeField::Name, QStringLiteral("Reunify")).ok());
    ASSERT_TRUE(
        command::editCollaborativeField(*document, CollaborativeField::Topic, QStringLiteral("Reunification"))
            .ok());
    ASSERT_TRUE(
        command::editCollaborativeField(*document, CollaborativeField::Name, QStringLiteral("Reunify 2"))
            .ok());
    EXPECT_EQ(stack().count(), 3);
    stack().undo();
    EXPECT_EQ(name(), QStringLiteral("Reunify"));
    EXPECT_EQ(collaborative().topic, QStringLiteral("Reunification"));
}

TEST_F(UndoFacade, an_unchanged_value_pushes_no_command_and_writes_nothing) {
    const int revision = collaborative().meta.revision;
    QSignalSpy changed(document.get(), &WorkspaceDocument::changed);
    ASSERT_TRUE(command::editCollaborativeField(*document, CollaborativeField::Name, original).ok());
    EXPECT_EQ(stack().count(), 0);
    EXPECT_EQ(collaborative().meta.revision, revision);
    EXPECT_EQ(changed.count(), 0);
}

TEST_F(UndoFacade, typing_back_to_the_original_value_leaves_nothing_to_undo) {
    ASSERT_TRUE(
        command::editCollaborativeField(*document, CollaborativeField::Name, original + QStringLiteral("x"))
            .ok());
    ASSERT_TRUE(command::editCollaborativeField(*document, CollaborativeField::Name, original).ok());
    EXPECT_EQ(stack().count(), 0);
    EXPECT_EQ(name(), original);
}

TEST_F(UndoFacade, an_empty_name_is_refused_and_pushes_nothing) {
    const Status status =
        command::editCollaborativeField(*document, CollaborativeField::Name, QStringLiteral("  "));
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, ErrorCode::Invalid);
    EXPECT_EQ(status.error().message, QStringLiteral("The collaborative needs a name."));
    EXPECT_EQ(stack().count(), 0);
    EXPECT_EQ(name(), original);
}

TEST_F(UndoFacade, editing_several_details_at_once_is_one_undo_step) {
    auto details = command::collaborativeDetails(*document);
    ASSERT_TRUE(details.ok());
    CollaborativeDetails edited = *details;
    edited.name = QStringLiteral("Reunify");
    edited.aim = QStringLiteral("More children home sooner.");
    ASSERT_TRUE(command::editCollaborativeDetails(*document, edited).ok());
    EXPECT_EQ(stack().count(), 1);
    EXPECT_EQ(stack().undoText(), QStringLiteral("Edit collaborative details"));
    EXPECT_EQ(collaborative().aim, QStringLiteral("More children home sooner."));
    stack().undo();
    EXPECT_EQ(name(), details->name);
    EXPECT_EQ(collaborative().aim, details->aim);

    // Nothing changed: nothing pushed.
    ASSERT_TRUE(command::editCollaborativeDetails(*document, *details).ok());
    EXPECT_EQ(stack().index(), 0);
}

TEST_F(UndoFacade, the_document_announces_every_edit_undo_and_redo) {
    QSignalSpy changed(document.get(), &WorkspaceDocument::changed);
    ASSERT_TRUE(
        command::editCollaborativeField(*document, CollaborativeField::Description, QStringLiteral("New"))
            .ok());
    stack().undo();
    stack().redo();
    EXPECT_EQ(changed.count(), 3);
}

// Two classes of command that both merge must never be taken for each other: typing in a cycle
// and then changing a chart setting used to give both the same merge id, and the cycle command
// then read the chart command as one of its own (undefined behaviour, caught by the sanitizers).
TEST_F(UndoFacade, a_cycle_edit_and_a_chart_setting_change_stay_two_steps_that_undo_and_redo_in_order) {
    Workspace& ws = document->workspace();
    auto cycles = ws.cycles.cycles.all();
    ASSERT_TRUE(cycles.ok() && !cycles->empty());
    const PdsaCycle cycle = cycles->front();
    auto measures = ws.measures.forTeam(cycle.teamId);
    ASSERT_TRUE(measures.ok() && !measures->empty());
    const QUuid measureId = measures->front().meta.id;
    auto currentSetting = [&] { return *ws.measures.chartSetting(cycle.teamId, measureId); };
    auto currentObjective = [&] { return (*ws.cycles.cycles.find(cycle.meta.id))->objective; };

    const ChartSetting settingBefore = currentSetting();
    const QString objectiveBefore = cycle.objective;
    for (const char* typed : {"T", "Te", "Test"})
        ASSERT_TRUE(command::editCycleText(*document, cycle.meta.id, CycleTextField::Objective,
                                           QString::fromLatin1(typed))
                        .ok());
    ChartSetting changed = settingBefore;
    changed.twoSigma = !settingBefore.twoSigma;
    ASSERT_TRUE(command::editChartSetting(*document, changed, QStringLiteral("Show two-sigma limits")).ok());
    ASSERT_EQ(stack().count(), 2);

    stack().undo();
    EXPECT_EQ(currentSetting().twoSigma, settingBefore.twoSigma);
    EXPECT_EQ(currentObjective(), QStringLiteral("Test"));
    stack().undo();
    EXPECT_EQ(currentObjective(), objectiveBefore);
    EXPECT_EQ(currentSetting().twoSigma, settingBefore.twoSigma);

    stack().redo();
    EXPECT_EQ(currentObjective(), QStringLiteral("Test"));
    EXPECT_EQ(currentSetting().twoSigma, settingBefore.twoSigma);
    stack().redo();
    EXPECT_EQ(currentObjective(), QStringLiteral("Test"));
    EXPECT_EQ(currentSetting().twoSigma, !settingBefore.twoSigma);
    EXPECT_FALSE(stack().canRedo());
}

// The generic command behind every edit: records of several tables, written in one transaction,
// undone and redone as one step; a refused write pushes nothing.
TEST_F(UndoFacade, one_record_edit_over_two_tables_undoes_and_redoes_both_as_one_step) {
    Workspace& workspace = document->workspace();
    Team team = workspace.teams.teams.all().value().front();
    const Team teamBefore = team;
    team.site = QStringLiteral("Family court, 2nd floor");
    TeamMember member;
    member.meta.owner = Owner::ofTeam(team.meta.id);
    member.teamId = team.meta.id;
    member.name = QStringLiteral("Dana Whitfield");
    member.role = QStringLiteral("Parent partner");
    auto edit = std::make_unique<RecordEdit<Team, TeamMember>>(
        *document, QStringLiteral("Add a parent partner"),
        std::vector<RecordState<Team>>{{team.meta.id, teamBefore, team}},
        std::vector<RecordState<TeamMember>>{{member.meta.id, std::nullopt, member}});
    ASSERT_TRUE(pushApplied(*document, std::move(edit)).ok());
    const auto site = [&] { return workspace.teams.teams.find(team.meta.id).value()->site; };
    const auto memberThere = [&] { return workspace.teams.members.find(member.meta.id).value().has_value(); };
    EXPECT_EQ(site(), team.site);
    EXPECT_TRUE(memberThere());
    EXPECT_EQ(stack().count(), 1);

    stack().undo();
    EXPECT_EQ(site(), teamBefore.site);
    EXPECT_FALSE(memberThere());
    stack().redo();
    EXPECT_EQ(site(), team.site);
    EXPECT_TRUE(memberThere());
}

TEST_F(UndoFacade, a_record_edit_core_refuses_is_not_pushed_and_writes_nothing) {
    Workspace& workspace = document->workspace();
    Team team = workspace.teams.teams.all().value().front();
    const Team before = team;
    team.name = QString(); // a team needs a name: the file's CHECK refuses it
    auto edit = std::make_unique<RecordEdit<Team>>(*document, QStringLiteral("Clear the name"),
                                                   std::vector<RecordState<Team>>{{team.meta.id, before, team}});
    EXPECT_FALSE(pushApplied(*document, std::move(edit)).ok());
    EXPECT_EQ(stack().count(), 0);
    EXPECT_EQ(workspace.teams.teams.find(team.meta.id).value()->name, before.name);
}

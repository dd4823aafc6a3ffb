// SPDX-License-Identifier: Apache-2.0
// Setting up a team: the undo facade's team edits (new team, details, members, aim) with their
// refusals, undo and redo; the dialogs; the main window's New team action and the team page's
// member controls, down to an empty workspace that gets its first team, cycle and measure.
#include "dialogs/aimdialog.h"
#include "dialogs/memberdialog.h"
#include "dialogs/teamdialog.h"
#include "mainwindow.h"
#include "models/membersmodel.h"
#include "models/navigationmodel.h"
#include "navigationtarget.h"
#include "pages/collaborativepage.h"
#include "pages/teampage.h"
#include "uitestsupport.h"
#include "undo/commands.h"
#include "widgets/fittedtableview.h"
#include "widgets/optionaldateedit.h"
#include "workspacedocument.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <memory>

using namespace pdsa;
using pdsa::test::normalized;
using namespace pdsa::ui;

namespace {

struct Contents {
    std::vector<Team> teams;
    std::vector<TeamMember> members;
    std::vector<Aim> aims;
    bool operator==(const Contents&) const = default;
};

void PrintTo(const Contents& contents, std::ostream* out) {
    *out << contents.teams.size() << " teams, " << contents.members.size() << " members, "
         << contents.aims.size() << " aims";
}

class TeamSetup : public test::UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        auto opened = WorkspaceDocument::open(demoPath());
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        document = std::move(*opened);
        team = ws().teams.teams.all().value().front();
    }

    Workspace& ws() { return document->workspace(); }
    QUndoStack& stack() { return *document->undoStack(); }

    Contents contents() {
        return {normalized(ws().teams.teams.all().value()), normalized(ws().teams.members.all().value()),
                normalized(ws().teams.aims.all().value())};
    }
    std::vector<TeamMember> members() { return ws().teams.members.forTeam(team.meta.id).value(); }
    std::vector<QString> memberNames() {
        std::vector<QString> names;
        for (const TeamMember& m : members())
            names.push_back(m.name);
        return names;
    }

    // Undo restores `before`, redo `after`, and undo again `before`.
    void expectUndoRedo(const Contents& before, const Contents& after) {
        EXPECT_EQ(contents(), after);
        stack().undo();
        EXPECT_EQ(contents(), before);
        stack().redo();
        EXPECT_EQ(contents(), after);
        stack().undo();
        EXPECT_EQ(contents(), before);
    }

    // A refused edit pushes nothing and writes nothing.
    void expectRefused(const Status& status, const Contents& before, const QString& message) {
        ASSERT_FALSE(status.ok());
        EXPECT_EQ(status.error().message, message);
        EXPECT_EQ(stack().count(), 0);
        EXPECT_EQ(contents(), before);
    }

    std::unique_ptr<WorkspaceDocument> document;
    Team team;
};

TeamDetails riverbend() {
    return {QStringLiteral("  Riverbend Reunification Team "),
            QStringLiteral("Riverbend County DCFS"),
            AgencyKind::Tribal,
            QStringLiteral("North office"),
            QStringLiteral("Riverbend Family Court"),
            QStringLiteral("Family time within 72 hours")};
}

} // namespace

TEST_F(TeamSetup, new_team_is_owned_by_itself_in_the_workspaces_collaborative_as_one_step) {
    const Contents before = contents();
    auto created = command::newTeam(*document, riverbend());
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    const Team stored = ws().teams.teams.find(*created).value().value();
    EXPECT_EQ(stored.name, QStringLiteral("Riverbend Reunification Team"));
    EXPECT_EQ(stored.agency, QStringLiteral("Riverbend County DCFS"));
    EXPECT_EQ(stored.agencyKind, AgencyKind::Tribal);
    EXPECT_EQ(stored.site, QStringLiteral("North office"));
    EXPECT_EQ(stored.courtPartner, QStringLiteral("Riverbend Family Court"));
    EXPECT_EQ(stored.description, QStringLiteral("Family time within 72 hours"));
    EXPECT_EQ(stored.meta.owner, Owner::ofTeam(*created));
    EXPECT_EQ(stored.collaborativeId, ws().collaborative.current()->meta.id);
    EXPECT_EQ(stack().count(), 1);
    EXPECT_EQ(stack().undoText(), QStringLiteral("New team Riverbend Reunification Team"));
    const Contents after = contents();
    expectUndoRedo(before, after);
    EXPECT_FALSE(ws().teams.teams.find(*created).value().has_value());
}

TEST_F(TeamSetup, a_team_without_a_name_or_with_a_taken_name_is_refused) {
    const Contents before = contents();
    TeamDetails blank = riverbend();
    blank.name = QStringLiteral("   ");
    auto unnamed = command::newTeam(*document, blank);
    ASSERT_FALSE(unnamed.ok());
    expectRefused(Status(unnamed.error()), before, QStringLiteral("The team needs a name."));
    TeamDetails taken = riverbend();
    taken.name = team.name.toUpper();
    auto refused = command::newTeam(*document, taken);
    ASSERT_FALSE(refused.ok());
    expectRefused(Status(refused.error()), before,
                  QStringLiteral("Another team is already called \"%1\": give this team a name of its own.")
                      .arg(team.name));
}

TEST_F(TeamSetup, editing_a_teams_details_is_one_step_and_undo_restores_the_record) {
    const Contents before = contents();
    TeamDetails details = command::teamDetails(*document, team.meta.id).value();
    EXPECT_EQ(details.name, team.name);
    EXPECT_EQ(details.agency, team.agency);
    details.name = QStringLiteral("Renamed team");
    details.site = QStringLiteral("South office");
    details.agencyKind = AgencyKind::Private;
    ASSERT_TRUE(command::editTeam(*document, team.meta.id, details).ok());
    const Team stored = ws().teams.teams.find(team.meta.id).value().value();
    EXPECT_EQ(stored.name, QStringLiteral("Renamed team"));
    EXPECT_EQ(stored.site, QStringLiteral("South office"));
    EXPECT_EQ(stored.agencyKind, AgencyKind::Private);
    EXPECT_EQ(stored.meta.owner, team.meta.owner);
    EXPECT_EQ(stack().count(), 1);
    expectUndoRedo(before, contents());
}

TEST_F(TeamSetup, editing_a_team_without_a_change_pushes_nothing) {
    const Contents before = contents();
    TeamDetails details = command::teamDetails(*document, team.meta.id).value();
    details.name = QStringLiteral("  ") + details.name + QStringLiteral(" ");
    ASSERT_TRUE(command::editTeam(*document, team.meta.id, details).ok());
    EXPECT_EQ(stack().count(), 0);
    EXPECT_EQ(contents(), before);
}

TEST_F(TeamSetup, renaming_a_team_to_another_teams_name_or_to_nothing_is_refused) {
    const auto teams = ws().teams.teams.all().value();
    ASSERT_GE(teams.size(), 2u);
    const Contents before = contents();
    TeamDetails details = command::teamDetails(*document, team.meta.id).value();
    details.name = teams[1].name;
    expectRefused(command::editTeam(*document, team.meta.id, details), before,
                  QStringLiteral("Another team is already called \"%1\": give this team a name of its own.")
                      .arg(teams[1].name));
    details.name.clear();
    expectRefused(command::editTeam(*document, team.meta.id, details), before,
                  QStringLiteral("The team needs a name."));
}

TEST_F(TeamSetup, adding_a_member_puts_it_last_owned_by_the_team) {
    const Contents before = contents();
    const size_t count = members().size();
    auto added = command::addMember(*document, team.meta.id,
                                    {QStringLiteral(" Dana Whitfield "), QStringLiteral("Parent partner"),
                                     QStringLiteral("Family advocates")});
    ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
    const auto list = members();
    ASSERT_EQ(list.size(), count + 1);
    const TeamMember& last = list.back();
    EXPECT_EQ(last.meta.id, *added);
    EXPECT_EQ(last.name, QStringLiteral("Dana Whitfield"));
    EXPECT_EQ(last.role, QStringLiteral("Parent partner"));
    EXPECT_EQ(last.organization, QStringLiteral("Family advocates"));
    EXPECT_EQ(last.teamId, team.meta.id);
    EXPECT_EQ(last.meta.owner, Owner::ofTeam(team.meta.id));
    EXPECT_EQ(stack().undoText(), QStringLiteral("Add member Dana Whitfield"));
    expectUndoRedo(before, contents());
}

TEST_F(TeamSetup, a_member_without_a_name_is_refused) {
    const Contents before = contents();
    auto added =
        command::addMember(*document, team.meta.id, {QStringLiteral(" "), QStringLiteral("Lead"), {}});
    ASSERT_FALSE(added.ok());
    expectRefused(Status(added.error()), before, QStringLiteral("The member needs a name."));
    const QUuid first = members().front().meta.id;
    expectRefused(command::editMember(*document, first, {QString(), QStringLiteral("Lead"), {}}), before,
                  QStringLiteral("The member needs a name."));
}

TEST_F(TeamSetup, editing_and_removing_a_member_are_undoable_and_an_unchanged_edit_pushes_nothing) {
    const TeamMember first = members().front();
    const Contents before = contents();
    ASSERT_TRUE(
        command::editMember(*document, first.meta.id, {first.name, first.role, first.organization}).ok());
    EXPECT_EQ(stack().count(), 0);

    ASSERT_TRUE(command::editMember(
                    *document, first.meta.id,
                    {QStringLiteral("Alex Moreno"), QStringLiteral("Team lead"), QStringLiteral("County")})
                    .ok());
    const TeamMember edited = ws().teams.members.find(first.meta.id).value().value();
    EXPECT_EQ(edited.name, QStringLiteral("Alex Moreno"));
    EXPECT_EQ(edited.role, QStringLiteral("Team lead"));
    EXPECT_EQ(edited.organization, QStringLiteral("County"));
    expectUndoRedo(before, contents());

    ASSERT_TRUE(command::removeMember(*document, first.meta.id).ok());
    EXPECT_FALSE(ws().teams.members.find(first.meta.id).value().has_value());
    EXPECT_EQ(stack().undoText(), QStringLiteral("Remove member %1").arg(first.name));
    const Contents removed = contents();
    stack().undo();
    EXPECT_EQ(contents(), before);
    stack().redo();
    EXPECT_EQ(contents(), removed);
}

TEST_F(TeamSetup, moving_a_member_renumbers_the_list_in_one_step_and_stops_at_the_ends) {
    ASSERT_TRUE(command::addMember(*document, team.meta.id, {QStringLiteral("Zed"), {}, {}}).ok());
    stack().clear();
    const auto names = memberNames();
    ASSERT_GE(names.size(), 3u);
    const Contents before = contents();
    const QUuid last = members().back().meta.id;
    ASSERT_TRUE(command::moveMember(*document, last, -1).ok());
    auto moved = names;
    std::swap(moved[moved.size() - 1], moved[moved.size() - 2]);
    EXPECT_EQ(memberNames(), moved);
    EXPECT_EQ(stack().count(), 1);
    const auto list = members();
    for (size_t i = 0; i < list.size(); ++i)
        EXPECT_EQ(list[i].position, static_cast<int>(i));
    expectUndoRedo(before, contents());

    stack().clear();
    ASSERT_TRUE(command::moveMember(*document, members().front().meta.id, -1).ok());
    ASSERT_TRUE(command::moveMember(*document, last, 1).ok());
    EXPECT_EQ(stack().count(), 0);
    EXPECT_EQ(contents(), before);
}

TEST_F(TeamSetup, setting_the_aim_edits_the_current_one_or_creates_the_first) {
    const Contents before = contents();
    const AimDetails aim{QStringLiteral("By June 2026, 60% of children have family time within 72 hours"),
                         QStringLiteral("Family time within 72 hours"), QStringLiteral("from 35% to 60%"),
                         QDate(2026, 6, 30)};
    ASSERT_TRUE(command::setAim(*document, team.meta.id, aim).ok());
    EXPECT_EQ(command::aimDetails(*document, team.meta.id).value(), aim);
    EXPECT_EQ(stack().count(), 1);
    expectUndoRedo(before, contents());

    auto created = command::newTeam(*document, riverbend());
    ASSERT_TRUE(created.ok());
    EXPECT_EQ(command::aimDetails(*document, *created).value(), AimDetails{});
    ASSERT_TRUE(command::setAim(*document, *created, aim).ok());
    const auto aims = ws().teams.aims.forTeam(*created).value();
    ASSERT_EQ(aims.size(), 1u);
    EXPECT_EQ(aims.front().meta.owner, Owner::ofTeam(*created));
    EXPECT_EQ(aims.front().statement, aim.statement);
    const Contents withTeam = contents();
    stack().undo();
    EXPECT_TRUE(ws().teams.aims.forTeam(*created).value().empty());
    stack().redo();
    EXPECT_EQ(contents(), withTeam);
}

TEST_F(TeamSetup, an_aim_without_a_statement_is_refused_and_an_unchanged_aim_pushes_nothing) {
    const Contents before = contents();
    expectRefused(
        command::setAim(*document, team.meta.id, {QStringLiteral("  "), QStringLiteral("x"), {}, {}}), before,
        QStringLiteral("The aim needs a statement: what the team will accomplish, how much and by when."));
    const AimDetails current = command::aimDetails(*document, team.meta.id).value();
    if (!current.statement.isEmpty()) {
        ASSERT_TRUE(command::setAim(*document, team.meta.id, current).ok());
        EXPECT_EQ(stack().count(), 0);
    }
}

// ---- dialogs -------------------------------------------------------------------------------------

TEST(TeamDialogs, team_dialog_gives_back_every_field_and_needs_a_name) {
    TeamDialog dialog(TeamDialog::Mode::Edit, riverbend());
    TeamDetails expected = riverbend();
    expected.name = expected.name.trimmed();
    EXPECT_EQ(dialog.details(), expected);
    dialog.nameEdit()->setText(QStringLiteral("Other"));
    dialog.agencyEdit()->setText(QStringLiteral("State DHS"));
    dialog.agencyKindBox()->setCurrentIndex(1);
    dialog.siteEdit()->setText(QStringLiteral("Capital"));
    dialog.courtPartnerEdit()->setText(QStringLiteral("Capital court"));
    dialog.descriptionEdit()->setPlainText(QStringLiteral("About\nus"));
    EXPECT_EQ(dialog.details(), (TeamDetails{QStringLiteral("Other"), QStringLiteral("State DHS"),
                                             AgencyKind::State, QStringLiteral("Capital"),
                                             QStringLiteral("Capital court"), QStringLiteral("About\nus")}));
    EXPECT_TRUE(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.nameEdit()->setText(QStringLiteral("  "));
    EXPECT_FALSE(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    for (QWidget* input : std::initializer_list<QWidget*>{
             dialog.nameEdit(), dialog.agencyEdit(), dialog.agencyKindBox(), dialog.siteEdit(),
             dialog.courtPartnerEdit(), dialog.descriptionEdit()})
        EXPECT_FALSE(input->accessibleName().isEmpty()) << input->metaObject()->className();
}

TEST(TeamDialogs, member_dialog_gives_back_every_field_and_warns_against_child_level_data) {
    MemberDialog dialog(MemberDialog::Mode::New, {});
    EXPECT_FALSE(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.nameEdit()->setText(QStringLiteral(" Dana "));
    dialog.roleEdit()->setText(QStringLiteral("Parent partner"));
    dialog.organizationEdit()->setText(QStringLiteral("Advocates"));
    EXPECT_TRUE(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    EXPECT_EQ(dialog.details(), (MemberDetails{QStringLiteral("Dana"), QStringLiteral("Parent partner"),
                                               QStringLiteral("Advocates")}));
    bool warns = false;
    for (const QLabel* label : dialog.findChildren<QLabel*>())
        warns = warns || label->text().contains(QStringLiteral("child-level data"));
    EXPECT_TRUE(warns);
    for (QWidget* input :
         std::initializer_list<QWidget*>{dialog.nameEdit(), dialog.roleEdit(), dialog.organizationEdit()})
        EXPECT_FALSE(input->accessibleName().isEmpty());
}

TEST(TeamDialogs, aim_dialog_gives_back_every_field_including_no_date) {
    const AimDetails aim{QStringLiteral("Statement"), QStringLiteral("What"), QStringLiteral("Much"),
                         QDate(2026, 6, 30)};
    AimDialog dialog(QStringLiteral("Team"), aim);
    EXPECT_EQ(dialog.details(), aim);
    dialog.byWhenEdit()->setDate({});
    dialog.whatEdit()->setText(QStringLiteral("Other"));
    EXPECT_EQ(dialog.details(),
              (AimDetails{QStringLiteral("Statement"), QStringLiteral("Other"), QStringLiteral("Much"), {}}));
    dialog.statementEdit()->setPlainText(QString());
    EXPECT_FALSE(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    for (QWidget* input :
         std::initializer_list<QWidget*>{dialog.statementEdit(), dialog.whatEdit(), dialog.howMuchEdit(),
                                         dialog.byWhenEdit()->dateEdit()})
        EXPECT_FALSE(input->accessibleName().isEmpty());
}

// ---- the window and the team page -----------------------------------------------------------------

class TeamSetupWindow : public test::UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        window = std::make_unique<MainWindow>();
        window->resize(1280, 900);
        window->show();
    }
    Workspace& ws() { return window->document()->workspace(); }
    QUndoStack& stack() { return *window->document()->undoStack(); }

    std::unique_ptr<MainWindow> window;
};

TEST_F(TeamSetupWindow, a_new_team_appears_in_the_navigation_tree_and_its_page_opens) {
    ASSERT_TRUE(window->openWorkspace(demoPath()).ok());
    EXPECT_TRUE(window->newTeamAction()->isEnabled());
    EXPECT_FALSE(window->newTeamAction()->shortcut().isEmpty());
    auto created = window->newTeam(riverbend());
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    const QModelIndex index = window->navigationModel()->indexOf(NavigationTarget::team(*created));
    ASSERT_TRUE(index.isValid());
    EXPECT_EQ(index.data().toString(), QStringLiteral("Riverbend Reunification Team"));
    EXPECT_EQ(window->currentTarget().teamId, *created);
    EXPECT_EQ(window->currentPage(), window->teamPage());
    window->document()->undoStack()->undo();
    EXPECT_FALSE(window->navigationModel()->indexOf(NavigationTarget::team(*created)).isValid());
}

TEST_F(TeamSetupWindow, an_empty_workspace_gets_a_team_then_its_members_aim_measure_and_cycle) {
    ASSERT_TRUE(
        window->createWorkspace(dir.path(QStringLiteral("new.pdsa")), QStringLiteral("Permanency BSC")).ok());
    EXPECT_TRUE(window->collaborativePage()->newTeamButton()->isVisibleTo(window.get()));
    auto created = window->newTeam({QStringLiteral("First team"), {}, AgencyKind::County, {}, {}, {}});
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    TeamPage* page = window->teamPage();
    EXPECT_EQ(window->currentPage(), page);
    EXPECT_TRUE(page->addMemberButton()->isVisibleTo(page));
    EXPECT_TRUE(page->editAimButton()->isVisibleTo(page));
    EXPECT_FALSE(page->membersView()->isVisibleTo(page));

    auto member = command::addMember(*window->document(), *created,
                                     {QStringLiteral("Dana"), QStringLiteral("Lead"), {}});
    ASSERT_TRUE(member.ok());
    ASSERT_TRUE(command::setAim(*window->document(), *created, {QStringLiteral("Aim"), {}, {}, {}}).ok());
    EXPECT_TRUE(page->membersView()->isVisibleTo(page));
    EXPECT_EQ(page->membersModel()->rowCount(), 1);

    Measure measure;
    measure.collaborativeId = ws().collaborative.current()->meta.id;
    measure.teamId = *created;
    measure.name = QStringLiteral("Visits within 72 hours");
    ASSERT_TRUE(command::saveMeasure(*window->document(), measure, true).ok());
    ASSERT_TRUE(window->newCycle(*created).ok());
    EXPECT_EQ(ws().cycles.cycles.forTeam(*created).value().size(), 1u);
    EXPECT_TRUE(
        window->navigationModel()->indexOf(NavigationTarget::measure(*created, measure.meta.id)).isValid());
}

TEST_F(TeamSetupWindow, the_team_pages_member_buttons_move_and_remove_the_selected_member) {
    ASSERT_TRUE(window->openWorkspace(demoPath()).ok());
    const QUuid teamId = ws().teams.teams.all().value().front().meta.id;
    ASSERT_TRUE(window->navigateTo(NavigationTarget::team(teamId)));
    TeamPage* page = window->teamPage();
    QAbstractItemModelTester tester(page->membersModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_GE(page->membersModel()->rowCount(), 2);
    const QUuid second = page->membersModel()->index(1, 0).data(MembersModel::IdRole).toUuid();
    page->selectMember(second);
    EXPECT_TRUE(page->moveMemberUpButton()->isEnabled());
    page->moveMemberUpButton()->click();
    EXPECT_EQ(page->membersModel()->index(0, 0).data(MembersModel::IdRole).toUuid(), second);
    EXPECT_EQ(page->selectedMember(), second);
    EXPECT_FALSE(page->moveMemberUpButton()->isEnabled());
    const int rows = page->membersModel()->rowCount();
    page->removeMemberButton()->click();
    EXPECT_EQ(page->membersModel()->rowCount(), rows - 1);
    EXPECT_FALSE(page->selectedMember().isNull());
    EXPECT_EQ(stack().count(), 2);
    stack().undo();
    EXPECT_EQ(page->membersModel()->rowCount(), rows);
}

TEST_F(TeamSetupWindow, delete_on_the_members_table_removes_the_selected_member) {
    ASSERT_TRUE(window->openWorkspace(demoPath()).ok());
    const QUuid teamId = ws().teams.teams.all().value().front().meta.id;
    ASSERT_TRUE(window->navigateTo(NavigationTarget::team(teamId)));
    QApplication::setActiveWindow(window.get());
    TeamPage* page = window->teamPage();
    const int rows = page->membersModel()->rowCount();
    const QUuid first = page->membersModel()->index(0, 0).data(MembersModel::IdRole).toUuid();
    page->selectMember(first);
    page->membersView()->setFocus();
    QTest::keyClick(page->membersView(), Qt::Key_Delete);
    EXPECT_EQ(page->membersModel()->rowCount(), rows - 1);
    EXPECT_FALSE(ws().teams.members.find(first).value().has_value());
    EXPECT_EQ(stack().count(), 1);
}

TEST_F(TeamSetupWindow, the_collaborative_pages_new_team_button_opens_the_dialog_and_then_the_team) {
    ASSERT_TRUE(
        window->createWorkspace(dir.path(QStringLiteral("new.pdsa")), QStringLiteral("Permanency BSC")).ok());
    test::whenModalAppears([](QWidget* modal) {
        auto* dialog = qobject_cast<TeamDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        dialog->nameEdit()->setText(QStringLiteral("Cedar team"));
        dialog->siteEdit()->setText(QStringLiteral("West office"));
        dialog->accept();
    });
    window->collaborativePage()->newTeamButton()->click();
    const auto teams = ws().teams.teams.all().value();
    ASSERT_EQ(teams.size(), 1u);
    EXPECT_EQ(teams.front().name, QStringLiteral("Cedar team"));
    EXPECT_EQ(teams.front().site, QStringLiteral("West office"));
    EXPECT_EQ(window->currentTarget(), NavigationTarget::team(teams.front().meta.id));
    EXPECT_EQ(stack().count(), 1);
}

TEST_F(TeamSetupWindow, a_taken_name_in_edit_team_is_explained_and_the_dialog_comes_back) {
    ASSERT_TRUE(window->openWorkspace(demoPath()).ok());
    const auto teams = ws().teams.teams.all().value();
    ASSERT_GE(teams.size(), 2u);
    ASSERT_TRUE(window->navigateTo(NavigationTarget::team(teams[0].meta.id)));
    QString message;
    bool cameBack = false;
    test::whenModalAppears([&](QWidget* modal) {
        auto* dialog = qobject_cast<TeamDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        EXPECT_EQ(dialog->details().name, teams[0].name);
        dialog->nameEdit()->setText(teams[1].name);
        test::whenModalAppears([&](QWidget* box) {
            auto* warning = qobject_cast<QMessageBox*>(box);
            ASSERT_NE(warning, nullptr);
            message = warning->text();
            test::whenModalAppears([&](QWidget* again) {
                auto* same = qobject_cast<TeamDialog*>(again);
                ASSERT_NE(same, nullptr);
                cameBack = same->details().name == teams[1].name;
                same->reject();
            });
            warning->accept();
        });
        dialog->accept();
    });
    window->teamPage()->editTeamButton()->click();
    EXPECT_EQ(message,
              QStringLiteral("Another team is already called \"%1\": give this team a name of its own.")
                  .arg(teams[1].name));
    EXPECT_TRUE(cameBack);
    EXPECT_EQ(stack().count(), 0);
    EXPECT_EQ(ws().teams.teams.find(teams[0].meta.id).value()->name, teams[0].name);
}

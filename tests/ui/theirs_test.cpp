// SPDX-License-Identifier: Apache-2.0
// Whose work is theirs (bundles): in an organizer's workspace that imported a team's bundle, that
// team's pages say whose work it is and where it came from, every edit control is read-only or
// disabled with the reason, the document refuses any edit of its records (the workspace stays
// byte for byte the same), and a team made here stays editable. An import marks the team at
// once, without reopening the workspace.
#include "bundle/bundle.h"
#include "bundle/conflicts.h"
#include "bundle/merge.h"
#include "charts/measurechartpanel.h"
#include "mainwindow.h"
#include "models/measuredatamodel.h"
#include "models/navigationmodel.h"
#include "navigationtarget.h"
#include "pages/collaborativepage.h"
#include "pages/cyclelistpage.h"
#include "pages/cyclepage.h"
#include "pages/measurepage.h"
#include "pages/teampage.h"
#include "uitestsupport.h"
#include "undo/commands.h"
#include "widgets/growingtextedit.h"
#include "widgets/measuredatagrid.h"
#include "widgets/ownershipbanner.h"
#include "workspacedocument.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QUndoStack>

#include <memory>

using namespace pdsa;
using namespace pdsa::ui;

namespace {

const QDateTime kMade(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
const QDateTime kImported(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC);

class Theirs : public test::UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        const QString source = dir.path(QStringLiteral("source.pdsa"));
        test::writeDemo(source);
        {
            auto ws = test::openOrFail(source);
            ASSERT_TRUE(ws);
            const auto teams = ws->teams.teams.all().value();
            ASSERT_GE(teams.size(), 2u);
            theirsId = teams[0].meta.id;
            theirsName = teams[0].name;
            laterId = teams[1].meta.id;
            templateFile = write(*ws, {bundle::BundleKind::Template, {}, false, kMade},
                                 QStringLiteral("template-2026-11.pdsabundle"));
            theirsFile = write(*ws, {bundle::BundleKind::Team, theirsId, false, kMade},
                               QStringLiteral("team-one-2026-11.pdsabundle"));
            laterFile = write(*ws, {bundle::BundleKind::Team, laterId, false, kMade},
                              QStringLiteral("team-two-2026-11.pdsabundle"));
        }
        // The organizer's workspace: the template, then one team's bundle.
        organizer = dir.path(QStringLiteral("organizer.pdsa"));
        {
            auto created = Workspace::createEmpty(organizer);
            ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
            (*created)->setClock([] { return kImported; });
            for (const QString& file : {templateFile, theirsFile}) {
                auto imported = bundle::importBundleFile(**created, file);
                ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
            }
        }
        window = std::make_unique<MainWindow>();
        window->resize(1280, 900);
        window->show();
        ASSERT_TRUE(window->openWorkspace(organizer).ok());
        // A team set up here: the organizer's own work, editable.
        auto local = command::newTeam(document(), {QStringLiteral("Lakeside Family Team"),
                                                   QStringLiteral("Lakeside County"),
                                                   AgencyKind::County,
                                                   {},
                                                   {},
                                                   {}});
        ASSERT_TRUE(local.ok()) << local.error().message.toStdString();
        localId = *local;
    }

    QString write(Workspace& ws, const bundle::ExportRequest& request, const QString& name) {
        const QString path = dir.path(name);
        auto written = bundle::exportBundleFile(ws, request, path);
        EXPECT_TRUE(written.ok()) << written.error().message.toStdString();
        return path;
    }

    WorkspaceDocument& document() { return *window->document(); }
    Workspace& ws() { return document().workspace(); }

    NavigationTarget firstMeasureOf(const QUuid& teamId) {
        const auto measures = ws().measures.forTeam(teamId).value();
        EXPECT_FALSE(measures.empty());
        return measures.empty() ? NavigationTarget()
                                : NavigationTarget::measure(teamId, measures.front().meta.id);
    }
    QUuid firstCycleOf(const QUuid& teamId) {
        const auto cycles = ws().cycles.cycles.forTeam(teamId).value();
        EXPECT_FALSE(cycles.empty());
        return cycles.empty() ? QUuid() : cycles.front().meta.id;
    }
    QModelIndex navigationNode(const QUuid& teamId) {
        return window->navigationModel()->indexOf(NavigationTarget::team(teamId));
    }

    QString templateFile;
    QString theirsFile;
    QString laterFile;
    QString organizer;
    QUuid theirsId;
    QString theirsName;
    QUuid laterId;
    QUuid localId;
    std::unique_ptr<MainWindow> window;
};

QString expectedBanner(const QString& teamName) {
    return QStringLiteral("%1's work, imported from team-one-2026-11.pdsabundle (made 20 Nov 2026, imported "
                          "21 Nov 2026). It is read-only here: changes come with their next bundle.")
        .arg(teamName);
}

TEST_F(Theirs, the_document_knows_whose_work_arrived_by_import) {
    EXPECT_TRUE(document().isTheirs(theirsId));
    EXPECT_FALSE(document().isTheirs(localId));
    EXPECT_FALSE(document().isTheirs(QUuid()));
    const auto entry = document().arrivedFrom(Owner::ofTeam(theirsId));
    ASSERT_TRUE(entry);
    EXPECT_EQ(entry->fileName, QStringLiteral("team-one-2026-11.pdsabundle"));
    EXPECT_EQ(entry->createdAt, kMade);
    EXPECT_EQ(entry->importedAt, kImported);
    EXPECT_TRUE(document().arrivedFrom(Owner::organizer())); // the collaborative came from the template
    EXPECT_TRUE(document().readOnlyReason(localId).isEmpty());
    EXPECT_TRUE(document().readOnlyReason(theirsId).contains(theirsName));
}

TEST_F(Theirs, an_imported_teams_pages_say_whose_work_it_is_and_the_local_teams_do_not) {
    ASSERT_TRUE(window->navigateTo(NavigationTarget::team(theirsId)));
    EXPECT_EQ(window->teamPage()->ownershipBanner()->text(), expectedBanner(theirsName));
    ASSERT_TRUE(window->navigateTo(firstMeasureOf(theirsId)));
    EXPECT_EQ(window->measurePage()->ownershipBanner()->text(), expectedBanner(theirsName));
    ASSERT_TRUE(window->navigateTo(NavigationTarget::cycle(theirsId, firstCycleOf(theirsId))));
    EXPECT_EQ(window->cyclePage()->ownershipBanner()->text(), expectedBanner(theirsName));
    ASSERT_TRUE(window->navigateTo({NodeKind::CyclesFolder, {}, theirsId}));
    EXPECT_EQ(window->cycleListPage()->ownershipBanner()->text(), expectedBanner(theirsName));

    EXPECT_FALSE(window->cycleListPage()->newCycleButton()->isEnabled());

    ASSERT_TRUE(window->navigateTo(NavigationTarget::team(localId)));
    EXPECT_TRUE(window->teamPage()->ownershipBanner()->isHidden());
    EXPECT_TRUE(window->teamPage()->ownershipBanner()->text().isEmpty());
    ASSERT_TRUE(window->navigateTo({NodeKind::CyclesFolder, {}, localId}));
    EXPECT_TRUE(window->cycleListPage()->ownershipBanner()->isHidden());
    EXPECT_TRUE(window->cycleListPage()->newCycleButton()->isEnabled());
    QStringList teamChoices;
    for (int i = 0; i < window->cycleListPage()->teamCombo()->count(); ++i)
        teamChoices << window->cycleListPage()->teamCombo()->itemText(i);
    EXPECT_TRUE(teamChoices.contains(QStringLiteral("%1 (imported)").arg(theirsName)))
        << teamChoices.join(u'|').toStdString();
    EXPECT_TRUE(teamChoices.contains(QStringLiteral("Lakeside Family Team")));
}

TEST_F(Theirs, a_long_bundle_name_is_shortened_in_the_banner_and_whole_in_its_tooltip) {
    repo::ImportLogEntry entry;
    entry.ownerName = QStringLiteral("Riverside County");
    entry.fileName =
        QStringLiteral("riverside-county-family-reunification-team-bundle-november-2026.pdsabundle");
    entry.createdAt = kMade;
    entry.importedAt = kImported;
    const QString text = OwnershipBanner::describe(entry);
    EXPECT_FALSE(text.contains(entry.fileName));
    EXPECT_TRUE(text.contains(QStringLiteral("…"))) << text.toStdString();
    EXPECT_TRUE(text.startsWith(QStringLiteral("Riverside County's work, imported from riverside-county")));
    OwnershipBanner banner;
    banner.setArrival(entry);
    EXPECT_TRUE(
        banner.findChild<QLabel*>(QStringLiteral("ownershipText"))->toolTip().contains(entry.fileName));
}

TEST_F(Theirs, the_team_page_of_an_imported_team_disables_every_edit_and_says_why) {
    ASSERT_TRUE(window->navigateTo(NavigationTarget::team(theirsId)));
    TeamPage* page = window->teamPage();
    EXPECT_FALSE(page->isEditable());
    for (QPushButton* button : {page->editTeamButton(), page->editAimButton(), page->newMeasureButton(),
                                page->addMemberButton(), page->editMemberButton(), page->removeMemberButton(),
                                page->moveMemberUpButton(), page->moveMemberDownButton()}) {
        EXPECT_FALSE(button->isEnabled()) << button->text().toStdString();
        EXPECT_EQ(button->toolTip(), document().readOnlyReason(theirsId)) << button->text().toStdString();
    }
    EXPECT_FALSE(window->newCycleAction()->isEnabled());

    ASSERT_TRUE(window->navigateTo(NavigationTarget::team(localId)));
    EXPECT_TRUE(page->isEditable());
    for (QPushButton* button :
         {page->editTeamButton(), page->editAimButton(), page->newMeasureButton(), page->addMemberButton()}) {
        EXPECT_TRUE(button->isEnabled()) << button->text().toStdString();
        EXPECT_NE(button->toolTip(), document().readOnlyReason(theirsId));
    }
    EXPECT_EQ(page->editTeamButton()->toolTip(),
              QStringLiteral("Change the team's name, agency, site, court partner and description"));
    EXPECT_TRUE(window->newCycleAction()->isEnabled());
}

TEST_F(Theirs, the_measure_page_of_an_imported_team_keeps_viewing_and_refuses_editing) {
    ASSERT_TRUE(window->navigateTo(firstMeasureOf(theirsId)));
    MeasurePage* page = window->measurePage();
    const QByteArray before = ws().contentHash().value();
    EXPECT_TRUE(page->dataGrid()->isReadOnly());
    EXPECT_EQ(page->dataGrid()->editTriggers(), QAbstractItemView::NoEditTriggers);
    page->dataGrid()->setCurrentIndex(page->dataModel()->index(0, 1));
    page->dataGrid()->pasteText(QStringLiteral("5\t10\n6\t10"));
    EXPECT_EQ(page->dataGrid()->message(), document().readOnlyReason(theirsId));
    EXPECT_FALSE(page->importButton()->isEnabled());
    EXPECT_EQ(page->editButton()->text(), QStringLiteral("View &definition…"));
    EXPECT_TRUE(page->editButton()->isEnabled()); // the definition can still be read
    for (QWidget* control : page->chartPanel()->settingControls())
        EXPECT_FALSE(control->isEnabled()) << control->accessibleName().toStdString();
    for (QAction* action : page->chartPanel()->writingActions())
        EXPECT_FALSE(action->isEnabled()) << action->text().toStdString();
    EXPECT_EQ(ws().contentHash().value(), before);

    ASSERT_TRUE(window->navigateTo(NavigationTarget::team(localId)));
    Measure own;
    own.collaborativeId = ws().collaborative.current().value().meta.id;
    own.teamId = localId;
    own.name = QStringLiteral("Visits within a week");
    own.unit = QStringLiteral("%");
    ASSERT_TRUE(command::saveMeasure(document(), own, true).ok());
    ASSERT_TRUE(window->navigateTo(NavigationTarget::measure(localId, own.meta.id)));
    EXPECT_FALSE(page->dataGrid()->isReadOnly());
    EXPECT_TRUE(page->importButton()->isEnabled());
    EXPECT_EQ(page->editButton()->text(), QStringLiteral("&Edit definition…"));
    EXPECT_TRUE(page->chartPanel()->settingControls().front()->isEnabled());
    for (QAction* action : page->chartPanel()->writingActions())
        EXPECT_TRUE(action->isEnabled()) << action->text().toStdString();
}

TEST_F(Theirs, the_cycle_page_of_an_imported_team_is_read_only_but_can_be_copied_and_exported) {
    const QUuid cycleId = firstCycleOf(theirsId);
    ASSERT_TRUE(window->navigateTo(NavigationTarget::cycle(theirsId, cycleId)));
    CyclePage* page = window->cyclePage();
    EXPECT_FALSE(page->isEditable());
    EXPECT_TRUE(page->titleEdit()->isReadOnly());
    EXPECT_TRUE(page->titleEdit()->isEnabled());
    GrowingTextEdit* objective = page->textEdit(CycleTextField::Objective);
    EXPECT_TRUE(objective->isReadOnly());
    EXPECT_TRUE(objective->isEnabled());
    EXPECT_TRUE(objective->textInteractionFlags() & Qt::TextSelectableByKeyboard);
    EXPECT_TRUE(page->scaleSpin()->isReadOnly());
    for (QWidget* control : std::initializer_list<QWidget*>{
             page->statusCombo(), page->decisionCombo(), page->unitCombo(), page->addQuestionButton(),
             page->removeQuestionButton(), page->moveUpButton(), page->moveDownButton(),
             page->nextCycleButton(), page->deleteButton()}) {
        EXPECT_FALSE(control->isEnabled()) << control->accessibleName().toStdString();
        EXPECT_EQ(control->toolTip(), document().readOnlyReason(theirsId));
    }
    EXPECT_TRUE(page->worksheetButton()->isEnabled());
    EXPECT_EQ(page->questionsView()->editTriggers(), QAbstractItemView::NoEditTriggers);
    for (QStandardItemModel* model : {page->ideasModel(), page->measuresModel()})
        for (int row = 0; row < model->rowCount(); ++row)
            EXPECT_FALSE(model->item(row)->isCheckable());

    const QByteArray before = ws().contentHash().value();
    EXPECT_FALSE(page->startNextCycle().ok());
    EXPECT_FALSE(page->deleteCycle().ok());
    EXPECT_EQ(ws().contentHash().value(), before);
    EXPECT_FALSE(window->newCycleAction()->isEnabled());

    // The local team's new cycle is editable again on the same page.
    auto local = command::newCycle(document(), localId, QDate(2026, 11, 22));
    ASSERT_TRUE(local.ok()) << local.error().message.toStdString();
    ASSERT_TRUE(window->navigateTo(NavigationTarget::cycle(localId, *local)));
    EXPECT_TRUE(page->isEditable());
    EXPECT_FALSE(page->titleEdit()->isReadOnly());
    EXPECT_FALSE(page->textEdit(CycleTextField::Objective)->isReadOnly());
    EXPECT_TRUE(page->statusCombo()->isEnabled());
    EXPECT_TRUE(page->nextCycleButton()->isEnabled());
    EXPECT_TRUE(page->ownershipBanner()->isHidden());
}

TEST_F(Theirs, the_document_refuses_any_edit_of_an_imported_teams_records_and_changes_nothing) {
    const QByteArray before = ws().contentHash().value();
    const int steps = document().undoStack()->count();

    TeamDetails details = command::teamDetails(document(), theirsId).value();
    details.site = QStringLiteral("Somewhere else");
    const Status edited = command::editTeam(document(), theirsId, details);
    ASSERT_FALSE(edited.ok());
    EXPECT_TRUE(edited.error().message.contains(QStringLiteral("read-only")))
        << edited.error().message.toStdString();
    EXPECT_FALSE(command::addMember(document(), theirsId, {QStringLiteral("Pat"), {}, {}}).ok());
    EXPECT_FALSE(command::setAim(document(), theirsId, {QStringLiteral("More visits"), {}, {}, {}}).ok());
    const QUuid cycleId = firstCycleOf(theirsId);
    EXPECT_FALSE(
        command::editCycleText(document(), cycleId, CycleTextField::Objective, QStringLiteral("x")).ok());
    EXPECT_FALSE(command::deleteCycle(document(), cycleId).ok());
    EXPECT_FALSE(command::newCycle(document(), theirsId, QDate(2026, 11, 22)).ok());
    const NavigationTarget measure = firstMeasureOf(theirsId);
    EXPECT_FALSE(command::addChartAnnotation(document(), theirsId, measure.id, QDate(2026, 1, 1),
                                             QStringLiteral("Note"))
                     .ok());

    EXPECT_EQ(ws().contentHash().value(), before);
    EXPECT_EQ(document().undoStack()->count(), steps);

    // The workspace's own team is edited as before.
    EXPECT_TRUE(command::addMember(document(), localId, {QStringLiteral("Pat"), {}, {}}).ok());
    EXPECT_EQ(document().undoStack()->count(), steps + 1);
}

TEST_F(Theirs, a_write_past_the_facade_that_touches_their_records_is_rolled_back) {
    // The workspace's connection checks every row written against the edit rights: even a path
    // that forgot to ask (an old undo step, a control left enabled) cannot change their records.
    const QByteArray before = ws().contentHash().value();
    const Status written = document().write([&](Workspace& workspace) -> Status {
        Team team = workspace.teams.teams.find(theirsId).value().value();
        team.site = QStringLiteral("Changed here");
        auto saved = workspace.teams.teams.save(team, workspace.now());
        return saved ? Status() : Status(saved.error());
    });
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().code, ErrorCode::NotYours);
    EXPECT_TRUE(written.error().message.contains(QStringLiteral("'s work came from their bundle: it is read-only here")))
        << written.error().message.toStdString();
    EXPECT_EQ(ws().contentHash().value(), before);

    const Status own = document().write([&](Workspace& workspace) -> Status {
        Team team = workspace.teams.teams.find(localId).value().value();
        team.site = QStringLiteral("Changed here");
        auto saved = workspace.teams.teams.save(team, workspace.now());
        return saved ? Status() : Status(saved.error());
    });
    EXPECT_TRUE(own.ok());
    EXPECT_NE(ws().contentHash().value(), before);
}

TEST_F(Theirs, the_navigation_tree_marks_an_imported_team_in_words) {
    NavigationModel* model = window->navigationModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    const QModelIndex theirs = navigationNode(theirsId);
    ASSERT_TRUE(theirs.isValid());
    EXPECT_EQ(theirs.data().toString(), QStringLiteral("%1 (imported)").arg(theirsName));
    EXPECT_TRUE(theirs.data(NavigationModel::ImportedRole).toBool());
    EXPECT_TRUE(
        theirs.data(Qt::ToolTipRole)
            .toString()
            .startsWith(QStringLiteral("%1's work, from their bundle imported 21 Nov 2026").arg(theirsName)));
    const QModelIndex local = navigationNode(localId);
    ASSERT_TRUE(local.isValid());
    EXPECT_EQ(local.data().toString(), QStringLiteral("Lakeside Family Team"));
    EXPECT_FALSE(local.data(NavigationModel::ImportedRole).toBool());
}

TEST_F(Theirs, an_import_marks_the_team_without_reopening_the_workspace) {
    ASSERT_TRUE(window->navigateTo(NavigationTarget::collaborative()));
    ASSERT_FALSE(document().isTheirs(laterId));
    ASSERT_FALSE(navigationNode(laterId).isValid()); // not here yet

    ASSERT_TRUE(bundle::importBundleFile(ws(), laterFile).ok());
    document().notifyChanged();

    EXPECT_TRUE(document().isTheirs(laterId));
    const QModelIndex node = navigationNode(laterId);
    ASSERT_TRUE(node.isValid());
    EXPECT_TRUE(node.data(NavigationModel::ImportedRole).toBool());
    ASSERT_TRUE(window->navigateTo(NavigationTarget::team(laterId)));
    EXPECT_TRUE(window->teamPage()->ownershipBanner()->text().contains(
        QStringLiteral("team-two-2026-11.pdsabundle")));
    EXPECT_FALSE(window->teamPage()->editTeamButton()->isEnabled());
}

TEST_F(Theirs, the_collaborative_page_notes_the_template_marks_imported_teams_and_stays_editable) {
    ASSERT_TRUE(window->navigateTo(NavigationTarget::collaborative()));
    CollaborativePage* page = window->collaborativePage();
    const QString today = QStringLiteral("21 Nov 2026");
    EXPECT_EQ(page->templateNote()->text(),
              QStringLiteral("Shared definitions from the organizer's template imported %1.").arg(today));
    QStringList names;
    QAbstractItemModel* teams = page->teamsView()->model();
    for (int row = 0; row < teams->rowCount(); ++row)
        names << teams->index(row, 0).data().toString();
    EXPECT_TRUE(names.contains(QStringLiteral("%1 (imported)").arg(theirsName)))
        << names.join(u'|').toStdString();
    EXPECT_TRUE(names.contains(QStringLiteral("Lakeside Family Team")));
    for (QPushButton* button : page->findChildren<QPushButton*>())
        if (button->text() == QStringLiteral("Edit &details…")) {
            EXPECT_TRUE(button->isEnabled());
        }
}

TEST_F(Theirs, a_conflict_in_an_imported_teams_work_can_still_be_settled_but_not_doubled) {
    // Their cycle and chart note differ here from the bundle's newer versions: conflicts between
    // two versions of their work, which choosing one must be allowed to settle although their work
    // is read-only; keeping both would add a record to their work, so it is refused.
    const QUuid cycleId = firstCycleOf(theirsId);
    const QUuid noteId = ws().work.annotations.forTeam(theirsId).value().front().meta.id;
    // Their records as an earlier version of their work left them here (an edit would be refused).
    ASSERT_TRUE(ws().transactImport([&]() -> Status {
                        PdsaCycle mine = ws().cycles.cycles.find(cycleId).value().value();
                        mine.learned = QStringLiteral("Here.");
                        PDSA_TRY(ws().cycles.cycles.save(mine, kImported));
                        ChartAnnotation myNote = ws().work.annotations.find(noteId).value().value();
                        myNote.text = QStringLiteral("Here.");
                        PDSA_TRY(ws().work.annotations.save(myNote, kImported));
                        return Status{};
                    })
                    .ok());
    QString changed;
    {
        auto source = test::openOrFail(dir.path(QStringLiteral("source.pdsa")));
        ASSERT_TRUE(source);
        PdsaCycle c = source->cycles.cycles.find(cycleId).value().value();
        c.learned = QStringLiteral("There.");
        ASSERT_TRUE(source->cycles.cycles.save(c, kImported).value());
        ChartAnnotation n = source->work.annotations.find(noteId).value().value();
        n.text = QStringLiteral("There.");
        ASSERT_TRUE(source->work.annotations.save(n, kImported).value());
        changed = write(*source, {bundle::BundleKind::Team, theirsId, false, kMade},
                        QStringLiteral("team-one-later.pdsabundle"));
    }
    auto plan = bundle::importBundleFile(ws(), changed);
    ASSERT_TRUE(plan.ok()) << plan.error().message.toStdString();
    ASSERT_EQ(plan->newConflicts, 2);
    document().notifyChanged();
    qint64 cycleConflict = 0, noteConflict = 0;
    for (const bundle::Conflict& c : bundle::listConflicts(ws()).value())
        (c.recordId == cycleId ? cycleConflict : noteConflict) = c.id;

    const QByteArray before = ws().contentHash().value();
    const Status doubled =
        command::resolveImportConflict(document(), noteConflict, bundle::Resolution::KeepBoth);
    ASSERT_FALSE(doubled.ok());
    EXPECT_EQ(
        doubled.error().message,
        QStringLiteral("Keep both would add a record to another team's imported work, which is read-only "
                       "here. Keep this workspace's version or take the bundle's."));
    EXPECT_EQ(ws().contentHash().value(), before);

    const Status taken =
        command::resolveImportConflict(document(), cycleConflict, bundle::Resolution::TakeTheirs);
    ASSERT_TRUE(taken.ok()) << taken.error().message.toStdString();
    EXPECT_EQ(ws().cycles.cycles.find(cycleId).value()->learned, QStringLiteral("There."));
    document().undoStack()->undo();
    EXPECT_EQ(ws().cycles.cycles.find(cycleId).value()->learned, QStringLiteral("Here."));
    EXPECT_EQ(bundle::conflictCount(ws()).value(), 2);
}

TEST_F(Theirs, the_organizer_adds_an_idea_beside_an_imported_teams_own_and_theirs_stays_as_it_was) {
    // Their own change idea under a shared driver arrives with their next bundle.
    ChangeIdea theirIdea;
    QString next;
    {
        auto source = test::openOrFail(dir.path(QStringLiteral("source.pdsa")));
        ASSERT_TRUE(source);
        const auto ideas = source->changePackage.ideas.all().value();
        ASSERT_FALSE(ideas.empty());
        theirIdea.meta.owner = Owner::ofTeam(theirsId);
        theirIdea.driverId = ideas.front().driverId;
        theirIdea.name = QStringLiteral("Their own idea");
        theirIdea.position = 0;
        ASSERT_TRUE(source->changePackage.ideas.save(theirIdea, kMade).value());
        next = write(*source, {bundle::BundleKind::Team, theirsId, false, kMade},
                     QStringLiteral("team-one-with-idea.pdsabundle"));
    }
    ASSERT_TRUE(bundle::importBundleFile(ws(), next).ok());
    document().notifyChanged();
    const ChangeIdea arrived = ws().changePackage.ideas.find(theirIdea.meta.id).value().value();

    auto added =
        command::addChangeIdea(document(), theirIdea.driverId, QStringLiteral("Organizer's idea"), {}, {}, 0);
    ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
    EXPECT_EQ(ws().changePackage.ideas.find(theirIdea.meta.id).value().value(), arrived);
    EXPECT_TRUE(ws().changePackage.ideas.find(*added).value().has_value());
}

} // namespace

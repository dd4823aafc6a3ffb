// SPDX-License-Identifier: Apache-2.0
// The bundle dialogs: export says what free text the bundle carries before writing it; import
// lists each file with what it is and whether it can be imported, previews per kind of record,
// applies everything in one go (or, cancelled, nothing), and bundles dropped on the window open
// the import.
#include "bundle/bundle.h"
#include "bundle/merge.h"
#include "support/bundlefiles.h"
#include "dialogs/exportbundledialog.h"
#include "dialogs/importbundlesdialog.h"
#include "dialogs/workspaceownerdialog.h"
#include "mainwindow.h"
#include "models/recentfilesmodel.h"
#include "recentfiles.h"
#include "uitestsupport.h"
#include "workspacedocument.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>

#include <memory>

using namespace pdsa;
using namespace pdsa::ui;

namespace {

const QDateTime kMade(QDate(2026, 3, 4), QTime(5, 6), Qt::UTC);

class BundleDialogsTest : public test::UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        auto demo = test::openOrFail(demoPath());
        ASSERT_TRUE(demo);
        const Team team = demo->teams.teams.all().value().front();
        teamId = team.meta.id;
        teamName = team.name;
        templateFile =
            write(*demo, {bundle::BundleKind::Template, {}, false, kMade}, QStringLiteral("template"));
        teamFile = write(*demo, {bundle::BundleKind::Team, teamId, false, kMade}, QStringLiteral("team"));
        target = dir.path(QStringLiteral("empty.pdsa"));
        ASSERT_TRUE(Workspace::createEmpty(target).ok());
    }

    QString write(Workspace& ws, const bundle::ExportRequest& request, const QString& name) {
        const QString path = dir.path(name + QLatin1String(bundle::kSuffix));
        auto written = bundle::exportBundleFile(ws, request, path);
        EXPECT_TRUE(written.ok()) << written.error().message.toStdString();
        return path;
    }

    static QStringList column(const QTreeWidget* view, int c) {
        QStringList texts;
        for (int row = 0; row < view->topLevelItemCount(); ++row)
            texts << view->topLevelItem(row)->text(c);
        return texts;
    }

    QUuid teamId;
    QString teamName, templateFile, teamFile, target;
};

TEST_F(BundleDialogsTest, export_says_which_free_text_is_included_and_what_leaving_notes_out_does) {
    auto document = WorkspaceDocument::open(demoPath());
    ASSERT_TRUE(document.ok());
    ExportBundleDialog dialog(**document, teamId);
    EXPECT_EQ(dialog.request().kind, bundle::BundleKind::Team);
    EXPECT_EQ(dialog.request().teamId, teamId);
    EXPECT_TRUE(dialog.freeTextHeadline().contains(QStringLiteral("Free text included")))
        << dialog.freeTextHeadline().toStdString();
    const QStringList kinds = column(dialog.freeTextView(), 0);
    EXPECT_TRUE(kinds.contains(QStringLiteral("PDSA cycles")));
    EXPECT_FALSE(kinds.contains(QStringLiteral("Coach comments")));
    const int cycles = int(kinds.indexOf(QStringLiteral("PDSA cycles")));
    EXPECT_TRUE(column(dialog.freeTextView(), 3)[cycles].contains(QStringLiteral("what happened")));
    EXPECT_EQ(column(dialog.freeTextView(), 4)[cycles], QStringLiteral("Included"));

    dialog.setWithoutNotes(true);
    EXPECT_TRUE(dialog.freeTextHeadline().contains(QStringLiteral("Notes left out")))
        << dialog.freeTextHeadline().toStdString();
    EXPECT_EQ(column(dialog.freeTextView(), 4)[cycles], QStringLiteral("Left out"));

    dialog.setKind(bundle::BundleKind::Template);
    EXPECT_FALSE(column(dialog.freeTextView(), 0).contains(QStringLiteral("PDSA cycles")));
    EXPECT_TRUE(column(dialog.freeTextView(), 0).contains(QStringLiteral("Change ideas")));
}

TEST_F(BundleDialogsTest, export_writes_the_chosen_bundle_under_a_suggested_name) {
    auto document = WorkspaceDocument::open(demoPath());
    ASSERT_TRUE(document.ok());
    ExportBundleDialog dialog(**document, teamId);
    dialog.setWithoutNotes(true);
    EXPECT_TRUE(dialog.suggestedFileName().startsWith(teamName + QLatin1Char(' ')));
    EXPECT_TRUE(dialog.suggestedFileName().endsWith(QStringLiteral(".pdsabundle")));
    const QString path = dir.path(QStringLiteral("sent.pdsabundle"));
    ASSERT_TRUE(dialog.exportTo(path).ok());
    auto read = bundle::readBundleFile(path);
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    EXPECT_EQ(read->manifest.kind, bundle::BundleKind::Team);
    EXPECT_EQ(read->manifest.ownerName, teamName);
    EXPECT_TRUE(read->manifest.withoutNotes);
}

TEST_F(BundleDialogsTest, import_previews_each_file_and_per_kind_of_record_before_writing) {
    const QString junk = dir.path(QStringLiteral("junk.pdsabundle"));
    test::writeBytes(junk, "PK but not really");
    const QByteArray before = test::fileBytes(target);
    {
        auto document = WorkspaceDocument::open(target);
        ASSERT_TRUE(document.ok());
        ImportBundlesDialog dialog(**document, {teamFile, junk, templateFile});
        ASSERT_EQ(dialog.fileView()->count(), 3);
        const QString refused = dialog.fileView()->item(0)->text();
        EXPECT_TRUE(refused.startsWith(QStringLiteral("junk.pdsabundle\nWill not be imported: ")))
            << refused.toStdString();
        EXPECT_TRUE(dialog.fileView()->item(1)->text().startsWith(
            QStringLiteral("template.pdsabundle\nTemplate of ")));
        EXPECT_TRUE(
            dialog.fileView()->item(2)->text().contains(QStringLiteral("Team bundle of %1").arg(teamName)));
        EXPECT_TRUE(dialog.fileView()->item(2)->text().contains(QStringLiteral("Ready: ")));
        EXPECT_EQ(dialog.summaryText(), QStringLiteral("2 files ready to import, 1 will not be imported."));
        const QStringList kinds = column(dialog.planView(), 0);
        EXPECT_TRUE(kinds.contains(QStringLiteral("PDSA cycles")));
        EXPECT_EQ(kinds.last(), QStringLiteral("Total"));
        EXPECT_TRUE(dialog.canImport());
        dialog.reject();
    }
    EXPECT_EQ(test::fileBytes(target), before);
}

TEST_F(BundleDialogsTest, import_applies_every_accepted_file_as_one_undo_step_after_the_earlier_ones) {
    auto document = WorkspaceDocument::open(target);
    ASSERT_TRUE(document.ok());
    Workspace& workspace = (*document)->workspace();
    QUndoStack& stack = *(*document)->undoStack();
    stack.push(new QUndoCommand(QStringLiteral("an earlier step")));
    const QByteArray before = workspace.contentHash().value();
    int changes = 0;
    QObject::connect(document->get(), &WorkspaceDocument::changed, [&] { ++changes; });
    ImportBundlesDialog dialog(**document, {teamFile, templateFile});
    ASSERT_TRUE(dialog.importFiles().ok());
    EXPECT_TRUE(dialog.imported());
    EXPECT_TRUE(dialog.undoable());
    EXPECT_FALSE(dialog.canImport());
    EXPECT_TRUE(dialog.summaryText().startsWith(QStringLiteral("Imported 2 files: ")))
        << dialog.summaryText().toStdString();
    EXPECT_TRUE(dialog.summaryText().endsWith(QStringLiteral("Edit ▸ Undo takes the whole import back.")))
        << dialog.summaryText().toStdString();
    EXPECT_EQ(changes, 1);
    const auto teams = workspace.teams.teams.all().value();
    ASSERT_EQ(teams.size(), 1u);
    EXPECT_EQ(teams.front().meta.id, teamId);
    EXPECT_TRUE(dialog.fileView()->item(1)->text().endsWith(QStringLiteral("\nImported.")));
    const QByteArray imported = workspace.contentHash().value();

    ASSERT_EQ(stack.count(), 2) << "the earlier step is kept";
    EXPECT_EQ(stack.undoText(), QStringLiteral("Import 2 bundles"));
    stack.undo();
    EXPECT_EQ(workspace.contentHash().value(), before);
    EXPECT_TRUE(workspace.teams.teams.all().value().empty());
    EXPECT_FALSE(workspace.rights().isTheirs(teamId));
    EXPECT_EQ(changes, 2);
    stack.redo();
    EXPECT_EQ(workspace.contentHash().value(), imported);
    EXPECT_TRUE(workspace.rights().isTheirs(teamId)) << "the team's work is read-only here again";
    EXPECT_EQ(changes, 3);
}

TEST_F(BundleDialogsTest, importing_nothing_new_is_not_offered) {
    auto document = WorkspaceDocument::open(demoPath());
    ASSERT_TRUE(document.ok());
    ImportBundlesDialog dialog(**document, {teamFile});
    EXPECT_FALSE(dialog.canImport());
    EXPECT_EQ(dialog.summaryText(),
              QStringLiteral("Nothing to import: every record in these files is already in this workspace."));
    EXPECT_FALSE(dialog.importFiles().ok());
}

TEST_F(BundleDialogsTest, bundles_dropped_on_the_window_open_the_import_with_those_files) {
    MainWindow window;
    const QString path = dir.path(QStringLiteral("from-template.pdsa"));
    const Status created = window.createWorkspaceFromTemplate(templateFile, path);
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    window.show();
    EXPECT_TRUE(window.importBundlesAction()->isEnabled());
    EXPECT_TRUE(window.exportBundleAction()->isEnabled());

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(teamFile), QUrl::fromLocalFile(dir.path(QStringLiteral("notes.txt")))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    auto* dialog = window.findChild<ImportBundlesDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->files(), QStringList{QFileInfo(teamFile).absoluteFilePath()});
    EXPECT_TRUE(dialog->canImport());
    dialog->reject();

    QMimeData text;
    text.setText(QStringLiteral("not files"));
    QDragEnterEvent other(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &other);
    EXPECT_FALSE(other.isAccepted());

    window.closeWorkspace();
    EXPECT_FALSE(window.importBundlesAction()->isEnabled());
    EXPECT_FALSE(window.exportBundleAction()->isEnabled());
}

TEST_F(BundleDialogsTest, a_workspace_from_the_template_records_whose_it_is_and_says_so_in_the_title) {
    WorkspaceOwnerDialog whose;
    EXPECT_FALSE(whose.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled())
        << "a team's workspace needs the team's name";
    auto* teamName = whose.findChild<QLineEdit*>();
    ASSERT_NE(teamName, nullptr);
    QTest::keyClicks(teamName, QStringLiteral("Pine Valley"));
    EXPECT_TRUE(whose.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
    EXPECT_EQ(whose.owner(), WorkspaceOwner::team(QStringLiteral("Pine Valley")));

    MainWindow window;
    const QString path = dir.path(QStringLiteral("pine-valley.pdsa"));
    const Status created = window.createWorkspaceFromTemplate(templateFile, path, false, whose.owner());
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral(" — Pine Valley's workspace — ")))
        << window.windowTitle().toStdString();
    EXPECT_EQ(window.document()->workspace().rights().owner(), WorkspaceOwner::team(QStringLiteral("Pine Valley")));

    // The start page's recent list says whose it is too.
    RecentFilesModel recent;
    recent.setFiles(RecentFiles::list());
    ASSERT_GE(recent.rowCount(), 1);
    EXPECT_EQ(recent.index(0).data(RecentFilesModel::PathRole).toString(), QFileInfo(path).absoluteFilePath());
    EXPECT_TRUE(recent.index(0).data().toString().endsWith(QStringLiteral("   —   Pine Valley's workspace")))
        << recent.index(0).data().toString().toStdString();
}

TEST_F(BundleDialogsTest, a_new_workspace_starts_from_the_template_and_nothing_else) {
    MainWindow window;
    const QString refused = dir.path(QStringLiteral("from-team.pdsa"));
    const Status status = window.createWorkspaceFromTemplate(teamFile, refused);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(
        status.error().message,
        QStringLiteral("team.pdsabundle is a bundle of %1, not a collaborative template. A new workspace "
                       "starts from the organizer's template; import the other bundles into it afterwards.")
            .arg(teamName));
    EXPECT_FALSE(QFileInfo::exists(refused));
    EXPECT_EQ(window.document(), nullptr);

    const QString path = dir.path(QStringLiteral("team start.pdsa"));
    ASSERT_TRUE(window.createWorkspaceFromTemplate(templateFile, path).ok());
    ASSERT_NE(window.document(), nullptr);
    auto demo = test::openOrFail(demoPath());
    ASSERT_TRUE(demo);
    EXPECT_EQ(window.document()->displayName(), demo->displayName());
    EXPECT_TRUE(window.document()->workspace().teams.teams.all().value().empty());
}

TEST_F(BundleDialogsTest, opening_a_workspace_without_a_collaborative_says_how_to_start_it) {
    MainWindow window;
    const Status status = window.openWorkspace(target);
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().message.contains(QStringLiteral("holds no collaborative yet")))
        << status.error().message.toStdString();
    EXPECT_TRUE(status.error().message.contains(QStringLiteral("New workspace from template")));
}

TEST_F(BundleDialogsTest, a_workspace_made_from_a_template_replaces_a_file_only_when_asked_and_whole) {
    MainWindow window;
    const QString existing = dir.path(QStringLiteral("existing.pdsa"));
    test::writeBytes(existing, "an earlier file");
    // Not a template: refused before the existing file is touched, even when replacing was confirmed.
    EXPECT_FALSE(window.createWorkspaceFromTemplate(teamFile, existing, true).ok());
    EXPECT_EQ(test::fileBytes(existing), QByteArray("an earlier file"));
    // Replacing was not confirmed: refused.
    const Status unconfirmed = window.createWorkspaceFromTemplate(templateFile, existing, false);
    ASSERT_FALSE(unconfirmed.ok());
    EXPECT_TRUE(unconfirmed.error().message.contains(QStringLiteral("already exists")));
    EXPECT_EQ(test::fileBytes(existing), QByteArray("an earlier file"));
    EXPECT_FALSE(QFileInfo::exists(existing + QStringLiteral(".new")));
    // Confirmed: the new workspace takes its place, and an open workspace is never replaced.
    ASSERT_TRUE(window.createWorkspaceFromTemplate(templateFile, existing, true).ok());
    ASSERT_NE(window.document(), nullptr);
    EXPECT_TRUE(window.document()->workspace().collaborative.current().ok());
    const Status open = window.createWorkspaceFromTemplate(templateFile, existing, true);
    ASSERT_FALSE(open.ok());
    EXPECT_TRUE(open.error().message.contains(QStringLiteral("and is open")));
}

} // namespace

TEST_F(BundleDialogsTest, a_bundle_that_lies_is_refused_in_the_preview_with_the_rule_and_its_text_escaped) {
    // The workspace holds the collaborative already; two well-formed bundles lie.
    {
        auto ws = test::openOrFail(target);
        ASSERT_TRUE(bundle::importBundleFile(*ws, templateFile).ok());
    }
    QUuid otherTeam;
    {
        auto demo = test::openOrFail(demoPath());
        for (const Team& team : demo->teams.teams.all().value())
            if (team.meta.id != teamId)
                otherTeam = team.meta.id;
    }
    const QString foreign = dir.path(QStringLiteral("cycle-of-another-team.pdsabundle"));
    test::alterFirstRecord(teamFile, QStringLiteral("records/pdsa_cycle.jsonl"),
                           [&](QJsonObject& cycle) {
                               cycle.insert(QStringLiteral("team_id"), otherTeam.toString(QUuid::WithoutBraces));
                           },
                           foreign);
    const QString escapes = dir.path(QStringLiteral("escapes.pdsabundle"));
    const QString field = QStringLiteral("x\x1b[2K\rAll bundles imported") + QChar(0x202e) + QString(500, QLatin1Char('y'));
    test::alterFirstRecord(teamFile, QStringLiteral("records/pdsa_cycle.jsonl"),
                           [&](QJsonObject& cycle) { cycle.insert(field, 1); }, escapes);
    const QByteArray before = test::fileBytes(target);
    {
        auto document = WorkspaceDocument::open(target);
        ASSERT_TRUE(document.ok());
        ImportBundlesDialog dialog(**document, {foreign, escapes});
        ASSERT_EQ(dialog.fileView()->count(), 2);
        const QString first = dialog.fileView()->item(0)->text();
        EXPECT_TRUE(first.startsWith(QStringLiteral("cycle-of-another-team.pdsabundle\nTeam bundle of ")))
            << first.toStdString();
        EXPECT_TRUE(first.contains(QStringLiteral("\nWill not be imported: cycle-of-another-team.pdsabundle, "
                                                  "records/pdsa_cycle.jsonl, line 1: ")))
            << first.toStdString();
        EXPECT_TRUE(first.contains(QStringLiteral("it names the team %1, but the bundle is the team %2's")
                                       .arg(otherTeam.toString(QUuid::WithoutBraces), teamId.toString(QUuid::WithoutBraces))))
            << first.toStdString();
        const QString second = dialog.fileView()->item(1)->text();
        EXPECT_TRUE(second.contains(QStringLiteral("x\\u001b[2K\\u000dAll bundles imported\\u202eyyy"))) << second.toStdString();
        EXPECT_FALSE(second.contains(QChar(0x1b)));
        EXPECT_FALSE(second.contains(QChar(0x202e)));
        EXPECT_LT(second.size(), 400) << "the 500-character field name is cut";
        EXPECT_EQ(dialog.summaryText(), QStringLiteral("None of the files can be imported; see why above."))
            << dialog.summaryText().toStdString();
        EXPECT_FALSE(dialog.canImport());
        EXPECT_FALSE(dialog.importFiles().ok());
        dialog.reject();
    }
    EXPECT_EQ(test::fileBytes(target), before);
}

TEST_F(BundleDialogsTest, every_kind_of_lie_is_refused_in_the_preview_and_leaves_the_workspace_as_it_was) {
    {
        auto ws = test::openOrFail(target);
        ASSERT_TRUE(bundle::importBundleFile(*ws, templateFile).ok());
    }
    const QString other = QUuid::createUuid().toString(QUuid::WithoutBraces);
    struct Lie {
        QString file;
        QString rule;
    };
    std::vector<Lie> lies;
    const auto lie = [&](const QString& name, const QString& from, const QString& entry,
                         const std::function<void(QJsonObject&)>& change, const QString& rule) {
        const QString file = dir.path(name + QLatin1String(bundle::kSuffix));
        test::alterFirstRecord(from, entry, change, file);
        lies.push_back({file, rule});
    };
    lie(QStringLiteral("second-collaborative"), templateFile, QStringLiteral("records/collaborative.jsonl"),
        [&](QJsonObject& c) { c.insert(QStringLiteral("id"), other); },
        QStringLiteral("a bundle never brings another collaborative"));
    lie(QStringLiteral("delete-collaborative"), templateFile, QStringLiteral("records/collaborative.jsonl"),
        [&](QJsonObject& c) { c.insert(QStringLiteral("deleted"), true); },
        QStringLiteral("a bundle cannot delete the collaborative"));
    lie(QStringLiteral("new-team"), teamFile, QStringLiteral("records/team.jsonl"),
        [&](QJsonObject& t) { t.insert(QStringLiteral("id"), other); },
        QStringLiteral("a team's bundle holds its own team record"));
    lie(QStringLiteral("shared-looking-measure"), teamFile, QStringLiteral("records/measure.jsonl"),
        [&](QJsonObject& m) { m.insert(QStringLiteral("team_id"), QJsonValue::Null); },
        QStringLiteral("it names no team, as if it were the organizer's"));
    lie(QStringLiteral("upper-case-id"), teamFile, QStringLiteral("records/pdsa_cycle.jsonl"),
        [&](QJsonObject& c) { c.insert(QStringLiteral("id"), c.value(QStringLiteral("id")).toString().toUpper()); },
        QStringLiteral("line 1: field \"id\""));
    const QByteArray before = test::fileBytes(target);
    for (const Lie& l : lies) {
        auto document = WorkspaceDocument::open(target);
        ASSERT_TRUE(document.ok());
        ImportBundlesDialog dialog(**document, {l.file});
        ASSERT_EQ(dialog.fileView()->count(), 1);
        const QString shown = dialog.fileView()->item(0)->text();
        EXPECT_TRUE(shown.contains(QStringLiteral("\nWill not be imported: ")) && shown.contains(l.rule))
            << QFileInfo(l.file).fileName().toStdString() << ": " << shown.toStdString();
        EXPECT_FALSE(dialog.canImport());
        dialog.reject();
    }
    EXPECT_EQ(test::fileBytes(target), before);
}

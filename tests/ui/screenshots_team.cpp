// SPDX-License-Identifier: Apache-2.0
// The team set-up screens: the New team dialog, the team page with its edit controls (a member
// selected), a new team's empty page, the member and aim dialogs, then the page and the dialog at
// 200 % text. Every edit made here is taken back at the end.
#include "dialogs/aimdialog.h"
#include "dialogs/memberdialog.h"
#include "dialogs/teamdialog.h"
#include "models/membersmodel.h"
#include "navigationtarget.h"
#include "pages/teampage.h"
#include "screenshotsupport.h"
#include "undo/commands.h"
#include "widgets/fittedtableview.h"
#include "workspacedocument.h"

#include <QFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QUndoStack>

namespace pdsa::shots {

namespace {

ui::TeamDetails longTeam() {
    return {QStringLiteral("Riverbend County and Three Rivers Tribal Nation Reunification Team"),
            QStringLiteral("Riverbend County Department of Children and Family Services"),
            AgencyKind::Tribal,
            QStringLiteral("North Valley regional office"),
            QStringLiteral("Riverbend Juvenile Dependency Court, Department 4"),
            QStringLiteral(
                "Tests family time within 72 hours of removal with the parent partners and the court.")};
}

// Shows `dialog` beside the window, saves it and closes it.
template <typename Dialog> bool shootDialog(Dialog& dialog, const QString& folder, const QString& name) {
    dialog.show();
    const bool ok = save(dialog, folder, name);
    dialog.close();
    return ok;
}

bool shootPage(ui::MainWindow& window, const QUuid& teamId, const QString& folder, const QString& suffix) {
    window.navigateTo(ui::NavigationTarget::team(teamId));
    ui::TeamPage& page = *window.teamPage();
    if (page.membersModel()->rowCount() > 1)
        page.selectMember(page.membersModel()->index(1, 0).data(ui::MembersModel::IdRole).toUuid());
    page.membersView()->setFocus();
    // The members and their buttons at the top, so that 200 % text still shows them.
    settle();
    if (auto* scroll = page.findChild<QScrollArea*>()) {
        const QPoint at = page.membersView()->mapTo(scroll->widget(), QPoint(0, 0));
        scroll->verticalScrollBar()->setValue(at.y() - 4 * page.fontMetrics().height());
    }
    bool ok = save(window, folder, QStringLiteral("team-setup%1.png").arg(suffix));
    ui::TeamDialog dialog(ui::TeamDialog::Mode::New, longTeam(), &window);
    ok &= shootDialog(dialog, folder, QStringLiteral("team-dialog%1.png").arg(suffix));
    return ok;
}

} // namespace

bool shootTeam(ui::MainWindow& window, const QString& folder) {
    ui::WorkspaceDocument& document = *window.document();
    auto teams = document.workspace().teams.teams.all();
    if (!teams || teams->empty())
        return false;
    const QUuid teamId = teams->front().meta.id;
    const int undoTo = document.undoStack()->index();
    bool ok = shootPage(window, teamId, folder, QString());

    ui::MemberDetails member;
    if (auto members = document.workspace().teams.members.forTeam(teamId); members && !members->empty())
        member = {members->front().name, members->front().role, members->front().organization};
    ui::MemberDialog memberDialog(ui::MemberDialog::Mode::Edit, member, &window);
    ok &= shootDialog(memberDialog, folder, QStringLiteral("team-member-dialog.png"));
    auto aim = ui::command::aimDetails(document, teamId);
    ui::AimDialog aimDialog(teams->front().name, aim ? *aim : ui::AimDetails{}, &window);
    ok &= shootDialog(aimDialog, folder, QStringLiteral("team-aim-dialog.png"));

    // 200 % text in a window of its own (the open workspace is locked by `window`).
    QTemporaryDir dir;
    const QString copy = QDir(dir.path()).filePath(QStringLiteral("demo.pdsa"));
    ok &= QFile::copy(document.path(), copy);
    const QFont font = QApplication::font();
    QFont doubled = font;
    doubled.setPointSizeF(font.pointSizeF() * 2);
    QApplication::setFont(doubled);
    {
        auto large = makeWindow();
        ok &= large->openWorkspace(copy).ok() && shootPage(*large, teamId, folder, QStringLiteral("-200"));
    }
    QApplication::setFont(font);

    // A new team's page: nothing yet but the ways to set it up.
    auto created = window.newTeam(longTeam());
    ok &= created.ok() && save(window, folder, QStringLiteral("team-new.png"));

    document.undoStack()->setIndex(undoTo);
    settle();
    return ok;
}

} // namespace pdsa::shots

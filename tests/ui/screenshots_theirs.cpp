// SPDX-License-Identifier: Apache-2.0
// Screenshots of another team's work in an organizer's workspace (bundles): the demo's first
// team exported as a bundle and imported into a workspace made from the demo's template, so that
// its team page, a measure page, a cycle page and its cycle list show the "Imported" banner and their
// read-only controls; the team page once more at 200 % text.
#include "bundle/bundle.h"
#include "bundle/merge.h"
#include "navigationtarget.h"
#include "pages/cyclelistpage.h"
#include "screenshotsupport.h"
#include "workspace/workspace.h"
#include "workspacedocument.h"

#include <QComboBox>
#include <QRegularExpression>

namespace pdsa::shots {

namespace {

const QDateTime kMade(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
const QDateTime kImported(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC);

// Writes organizer.pdsa in `work`: the template of `demoPath`, then its first team's bundle.
// Returns the path (empty on failure) and that team's id.
QString organizerWorkspace(const QString& demoPath, const QString& work, QUuid& teamId) {
    QStringList files;
    {
        auto demo = Workspace::open(demoPath);
        if (!demo)
            return {};
        auto teams = (*demo)->teams.teams.all();
        if (!teams || teams->empty())
            return {};
        teamId = teams->front().meta.id;
        QString slug = teams->front().name.toLower();
        slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
        slug.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
        const QString templateFile = QDir(work).filePath(QStringLiteral("template-2026-11.pdsabundle"));
        const QString teamFile = QDir(work).filePath(slug + QStringLiteral("-2026-11.pdsabundle"));
        if (!bundle::exportBundleFile(**demo, {bundle::BundleKind::Template, {}, false, kMade},
                                      templateFile) ||
            !bundle::exportBundleFile(**demo, {bundle::BundleKind::Team, teamId, false, kMade}, teamFile))
            return {};
        files = {templateFile, teamFile};
    }
    const QString path = QDir(work).filePath(QStringLiteral("organizer.pdsa"));
    auto created = Workspace::createEmpty(path);
    if (!created)
        return {};
    (*created)->setClock([] { return kImported; });
    for (const QString& file : files)
        if (!bundle::importBundleFile(**created, file))
            return {};
    return path;
}

} // namespace

bool shootTheirs(const QString& demoPath, const QString& work, const QString& folder) {
    QUuid teamId;
    const QString path = organizerWorkspace(demoPath, work, teamId);
    if (path.isEmpty()) {
        std::fprintf(stderr, "cannot build the organizer's workspace\n");
        return false;
    }
    bool ok = true;
    ui::NavigationTarget measure;
    {
        auto window = makeWindow();
        if (!window->openWorkspace(path).ok())
            return false;
        Workspace& ws = window->document()->workspace();
        auto measures = ws.measures.forTeam(teamId);
        auto cycles = ws.cycles.cycles.forTeam(teamId);
        if (!measures || measures->empty() || !cycles || cycles->empty())
            return false;
        measure = ui::NavigationTarget::measure(teamId, measures->front().meta.id);
        window->navigateTo(ui::NavigationTarget::team(teamId));
        ok &= save(*window, folder, QStringLiteral("theirs-team.png"));
        window->navigateTo(measure);
        ok &= save(*window, folder, QStringLiteral("theirs-measure.png"));
        window->navigateTo(
            ui::NavigationTarget::cycle(teamId, cycles->at(cycles->size() > 3 ? 2 : 0).meta.id));
        ok &= save(*window, folder, QStringLiteral("theirs-cycle.png"));
        window->navigateTo({ui::NodeKind::CyclesFolder, {}, teamId});
        window->cycleListPage()->teamCombo()->setCurrentIndex(0); // "All teams": rows say whose
        ok &= save(*window, folder, QStringLiteral("theirs-cycle-list.png"));
        window->navigateTo(ui::NavigationTarget::collaborative());
        ok &= save(*window, folder, QStringLiteral("theirs-collaborative.png"));
    }
    {
        const QFont normal = QApplication::font();
        QFont doubled = normal;
        doubled.setPointSizeF(normal.pointSizeF() * 2);
        QApplication::setFont(doubled);
        auto window = makeWindow();
        if (window->openWorkspace(path).ok()) {
            window->navigateTo(ui::NavigationTarget::team(teamId));
            ok &= save(*window, folder, QStringLiteral("theirs-team-200.png"));
            window->navigateTo(measure);
            ok &= save(*window, folder, QStringLiteral("theirs-measure-200.png"));
        } else {
            ok = false;
        }
        window.reset();
        QApplication::setFont(normal);
    }
    return ok;
}

} // namespace pdsa::shots

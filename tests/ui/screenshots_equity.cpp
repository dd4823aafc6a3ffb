// SPDX-License-Identifier: Apache-2.0
// Screenshots of equity: the disparity view of the demo's outcome measure for its first team (the
// gap chart beside the groups' rates), the team's equity summary and the collaborative's equity
// section (its summary and the whole collaborative's disparity view).

#include "charts/disparitypanel.h"
#include "pages/collaborativepage.h"
#include "pages/measurepage.h"
#include "pages/teampage.h"
#include "screenshotsupport.h"
#include "widgets/equitysummary.h"
#include "widgets/section.h"
#include "workspacedocument.h"

namespace pdsa::shots {

namespace {

// The first team with a stratified proportion measure, and that measure.
bool stratifiedMeasure(ui::MainWindow& window, QUuid& team, QUuid& measure) {
    Workspace& ws = window.document()->workspace();
    auto teams = ws.teams.teams.all();
    if (!teams)
        return false;
    for (const Team& t : *teams) {
        auto measures = ws.measures.forTeam(t.meta.id);
        if (!measures)
            continue;
        for (const Measure& m : *measures)
            if (m.stratified && m.dataKind == DataKind::Proportion) {
                team = t.meta.id;
                measure = m.meta.id;
                return true;
            }
    }
    return false;
}

} // namespace

bool shootEquity(ui::MainWindow& window, const QString& folder, const QString& suffix) {
    QUuid team, measure;
    if (!stratifiedMeasure(window, team, measure))
        return false;
    bool ok = true;
    window.navigateTo(ui::NavigationTarget::measure(team, measure));
    settle();
    ui::MeasurePage* page = window.measurePage();
    ok &= scrollToSection(page, page->disparityPanel()) &&
          save(window, folder, QStringLiteral("equity-disparity%1.png").arg(suffix));

    window.navigateTo(ui::NavigationTarget::team(team));
    settle();
    ok &= scrollToSection(window.teamPage(), window.teamPage()->equitySummary()) &&
          save(window, folder, QStringLiteral("equity-team%1.png").arg(suffix));

    window.navigateTo(ui::NavigationTarget::collaborative());
    settle();
    ui::CollaborativePage* collaborative = window.collaborativePage();
    ok &= scrollToSection(collaborative, collaborative->equitySummary());
    settle(); // the section is read when first painted
    ok &= scrollToSection(collaborative, collaborative->equitySummary()) &&
          save(window, folder, QStringLiteral("equity-collaborative%1.png").arg(suffix));
    return ok;
}

} // namespace pdsa::shots

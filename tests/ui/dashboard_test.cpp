// SPDX-License-Identifier: Apache-2.0
// The organizer's dashboard: a section per shared measure with the pooled chart over a tile per
// team on one scale; the tiles sort, follow an action period, carry a text alternative, and open
// the team's page of the measure from the keyboard.

#include "mainwindow.h"
#include "pages/dashboardpage.h"
#include "report/dashboard.h"
#include "report/spreadreport.h"
#include "uitestsupport.h"
#include "workspacedocument.h"

#include <QAction>
#include <QComboBox>
#include <QTest>

#include <gtest/gtest.h>

#include <cmath>

using namespace pdsa;
using namespace pdsa::ui;

namespace {

class Dashboard : public test::UiTest {};

} // namespace

TEST_F(Dashboard, each_shared_measure_has_a_tile_per_team_on_one_scale_and_the_pooled_chart_sums_the_teams) {
    auto document = openDemoDocument();
    ASSERT_NE(document, nullptr);
    Workspace& ws = document->workspace();
    const auto boards = report::dashboard(ws, {}).value();
    const auto shared = ws.measures.forTeam(QUuid()).value();
    const auto teams = ws.teams.teams.all().value();
    ASSERT_EQ(boards.size(), shared.size());
    for (const report::DashboardMeasure& board : boards) {
        ASSERT_EQ(board.tiles.size(), teams.size()) << board.measure.name.toStdString();
        // One scale holds every point, centre line and limit of every team and of the aggregate.
        const auto within = [&](const report::ChartSketch& sketch, const char* what) {
            ASSERT_TRUE(sketch.low && sketch.high) << what;
            EXPECT_EQ(*sketch.low, *board.tiles.front().sketch.low) << what;
            EXPECT_EQ(*sketch.high, *board.tiles.front().sketch.high) << what;
            for (const std::vector<double>* series : {&sketch.y, &sketch.centre, &sketch.upper, &sketch.lower})
                for (double v : *series)
                    if (!std::isnan(v)) {
                        EXPECT_GE(v, *sketch.low - 1e-9) << what;
                        EXPECT_LE(v, *sketch.high + 1e-9) << what;
                    }
        };
        for (const report::DashboardTile& tile : board.tiles)
            within(tile.sketch, "a team");
        if (board.pooled)
            within(board.aggregate, "the aggregate");
        EXPECT_EQ(board.pooled, board.measure.hasDenominator());
        if (!board.pooled)
            continue;
        // The aggregate's first month is the teams' first months summed.
        const auto totals = report::monthlyTotals(ws, board.measure.meta.id).value();
        ASSERT_FALSE(totals.empty());
        double n = 0, d = 0;
        for (const auto& [team, nd] : totals.begin()->second) {
            n += nd.first;
            d += nd.second;
        }
        const double scale = board.measure.dataKind == DataKind::Proportion ? 100 : board.measure.ratePer.value_or(1);
        EXPECT_NEAR(board.aggregate.y.front(), n / d * scale, 1e-9) << board.measure.name.toStdString();
    }
}

TEST_F(Dashboard, tiles_sort_follow_an_action_period_and_open_the_measure_from_the_keyboard) {
    auto window = test::openMainWindow(demoPath(), QDate(2025, 12, 1));
    auto* action = window->findChild<QAction*>(QStringLiteral("dashboardAction"));
    ASSERT_NE(action, nullptr);
    action->trigger(); // Reports ▸ Dashboard
    DashboardPage* page = window->dashboardPage();
    ASSERT_GT(page->measureCount(), 0);
    const auto names = [&] {
        std::vector<QString> out;
        for (DashboardTileButton* b : page->tiles(0))
            out.push_back(b->tile().team);
        return out;
    };
    auto byName = names();
    EXPECT_TRUE(std::is_sorted(byName.begin(), byName.end(),
                               [](const QString& a, const QString& b) { return a.toLower() < b.toLower(); }));

    page->sortBox()->setCurrentIndex(page->sortBox()->findData(int(DashboardPage::SortBy::Latest)));
    const bool up = window->document()->workspace().measures.forTeam(QUuid()).value().front().improvement == Improvement::Up;
    const auto tiles = page->tiles(0);
    for (size_t i = 1; i < tiles.size(); ++i)
        if (tiles[i - 1]->tile().latestValue && tiles[i]->tile().latestValue) {
            EXPECT_GE(*tiles[i - 1]->tile().latestValue * (up ? 1 : -1), *tiles[i]->tile().latestValue * (up ? 1 : -1));
        }

    // An action period: the charts show its months only.
    ASSERT_GT(page->monthsBox()->count(), 1);
    page->monthsBox()->setCurrentIndex(1);
    const auto [from, to] = page->monthsBox()->currentData().value<QPair<QDate, QDate>>();
    const int months = (to.year() - from.year()) * 12 + to.month() - from.month() + 1;
    for (DashboardTileButton* b : page->tiles(0))
        EXPECT_LE(int(b->tile().sketch.y.size()), months);

    // Enter on a tile opens that team's page of the measure.
    DashboardTileButton* first = page->tiles(0).front();
    EXPECT_FALSE(first->accessibleName().isEmpty());
    first->setFocus();
    QTest::keyClick(first, Qt::Key_Return);
    EXPECT_EQ(window->currentTarget(), NavigationTarget::measure(first->tile().teamId, first->measureId()));
}

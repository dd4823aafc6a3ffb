// SPDX-License-Identifier: Apache-2.0
// Equity in the app: the measure page's disparity view (one dimension, the group furthest from the
// rest drawn first, the verdict in words, the gap chart's band, zero line and small-number points),
// its exports (small numbers suppressed unless asked), the team's equity summary and the
// collaborative's equity section, read when first painted.

#include "charts/disparitychartview.h"
#include "charts/disparitypanel.h"
#include "equity/disparityloader.h"
#include "mainwindow.h"
#include "workspace/measurechartloader.h"
#include "pages/collaborativepage.h"
#include "pages/measurepage.h"
#include "pages/teampage.h"
#include "uitestsupport.h"
#include "widgets/equitysummary.h"
#include "widgets/section.h"
#include "workspacedocument.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QUndoStack>
#include <QTableWidget>

using namespace pdsa;
using namespace pdsa::ui;

namespace {

const QString kOutcome = QStringLiteral("Children reunified within 12 months of entry");

class Equity : public test::UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        document = openDemoDocument();
        ASSERT_NE(document, nullptr);
        auto team = document->workspace().teams.lookup(QStringLiteral("Alder County (demo)"));
        ASSERT_TRUE(team.ok());
        teamId = team->meta.id;
        auto measure = document->workspace().measures.lookup({}, kOutcome);
        ASSERT_TRUE(measure.ok());
        measureId = measure->meta.id;
    }
    std::unique_ptr<WorkspaceDocument> document;
    QUuid teamId, measureId;
};

const PlannedSeries* seriesOf(const ChartPlan& plan, SeriesRole role) {
    for (const PlannedSeries& s : plan.series)
        if (s.role == role)
            return &s;
    return nullptr;
}

} // namespace

TEST_F(Equity, the_disparity_view_shows_race_first_and_draws_the_group_furthest_from_the_rest) {
    DisparityPanel panel;
    // The team's cycles and phases, as the measure page hands them over from its chart.
    auto chart = loadMeasureChart(document->workspace(), teamId, measureId);
    ASSERT_TRUE(chart.ok());
    ASSERT_TRUE(panel.load(*document, teamId, measureId, {chart->markers, chart->setting.phaseStarts}).ok());
    ASSERT_TRUE(panel.hasData());
    EXPECT_EQ(panel.dimensionBox()->currentText(), QStringLiteral("Race/ethnicity"));
    const equity::Disparity& d = panel.disparity();
    ASSERT_EQ(d.groups.size(), 5u);
    EXPECT_EQ(panel.groupsTable()->rowCount(), 5);
    // The group drawn is the one furthest from the rest in its latest window with a difference.
    double furthest = 0;
    std::size_t expected = 0;
    for (std::size_t g = 0; g < d.groups.size(); ++g)
        for (auto p = d.groups[g].periods.rbegin(); p != d.groups[g].periods.rend(); ++p)
            if (p->difference) {
                if (std::abs(*p->difference) > furthest) {
                    furthest = std::abs(*p->difference);
                    expected = g;
                }
                break;
            }
    EXPECT_EQ(panel.currentGroup(), expected);
    const QString name = d.groups[expected].stratum.name;
    EXPECT_TRUE(panel.verdictLabel()->text().startsWith(name + QStringLiteral(": ")))
        << panel.verdictLabel()->text().toStdString();
    EXPECT_TRUE(panel.verdictLabel()->text().contains(QStringLiteral("the rest of Race/ethnicity")));
    EXPECT_TRUE(panel.verdictLabel()->text().contains(equity::gapSentence(d.groups[expected], d.window)));

    const ChartPlan& gap = panel.gapView()->plan();
    EXPECT_TRUE(gap.title.contains(name));
    ASSERT_NE(seriesOf(gap, SeriesRole::ZeroLine), nullptr);
    EXPECT_EQ(seriesOf(gap, SeriesRole::ZeroLine)->points.front().y(), 0.0);
    EXPECT_NE(seriesOf(gap, SeriesRole::Band), nullptr) << "the interval is drawn as a band";
    EXPECT_NE(seriesOf(gap, SeriesRole::CycleMarkers), nullptr);
    EXPECT_FALSE(seriesOf(gap, SeriesRole::CycleMarkers)->points.isEmpty()) << "the team's cycles, as on its chart";

    // The ratio column says when 0.5 was added to each cell.
    for (std::size_t g = 0; g < d.groups.size(); ++g)
        for (auto p = d.groups[g].periods.rbegin(); p != d.groups[g].periods.rend(); ++p)
            if (p->difference) {
                EXPECT_EQ(panel.groupsTable()->item(int(g), 4)->text().endsWith(QStringLiteral(" †")), p->ratioCorrected);
                break;
            }

    panel.groupsTable()->setCurrentCell(int((expected + 1) % 5), 0);
    EXPECT_EQ(panel.currentGroup(), (expected + 1) % 5);
    EXPECT_TRUE(panel.gapView()->plan().title.contains(d.groups[(expected + 1) % 5].stratum.name));
}

TEST_F(Equity, small_numbers_are_hollow_on_screen_and_left_out_of_exports_unless_asked) {
    DisparityPanel panel;
    ASSERT_TRUE(panel.load(*document, teamId, measureId).ok());
    panel.windowBox()->setCurrentIndex(0); // monthly: one team's months per group are small
    emit panel.windowBox()->activated(0);
    const equity::Disparity& d = panel.disparity();
    EXPECT_EQ(d.window, equity::Window::Month);
    std::size_t smallGroup = d.groups.size();
    for (std::size_t g = 0; g < d.groups.size() && smallGroup == d.groups.size(); ++g)
        for (const auto& p : d.groups[g].periods)
            if (p.small && p.difference)
                smallGroup = g;
    ASSERT_LT(smallGroup, d.groups.size());
    panel.setCurrentGroup(smallGroup);
    const PlannedSeries* hollow = seriesOf(panel.gapView()->plan(), SeriesRole::SmallNumbers);
    ASSERT_NE(hollow, nullptr);
    EXPECT_FALSE(hollow->points.isEmpty());
    EXPECT_TRUE(hollow->name.contains(QStringLiteral("under 11")));

    const ChartPlan exported = planGapChart(d, smallGroup, {}, SmallNumbers::Suppressed);
    EXPECT_TRUE(seriesOf(exported, SeriesRole::SmallNumbers)->points.isEmpty());
    ASSERT_FALSE(exported.labels.empty());
    EXPECT_EQ(exported.labels.front().text, QStringLiteral("<11"));

    const QString csv = dir.path(QStringLiteral("gap.csv"));
    ASSERT_TRUE(panel.exportTo(csv, QSize(1200, 500), false).ok());
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList rows = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    int suppressed = 0;
    for (const QString& row : rows.mid(1)) {
        // Counted from the end: a group's name may hold a comma (quoted).
        const QStringList cells = row.split(QLatin1Char(','));
        const qsizetype n = cells.size();
        if (cells.last() == QLatin1String("true")) {
            ++suppressed;
            EXPECT_TRUE(cells[n - 16].isEmpty() && cells[n - 15].isEmpty()) << row.toStdString();
        }
    }
    EXPECT_GT(suppressed, 0);
    const QString inside = dir.path(QStringLiteral("gap-internal.csv"));
    ASSERT_TRUE(panel.exportTo(inside, QSize(1200, 500), true).ok());
    QFile internal(inside);
    ASSERT_TRUE(internal.open(QIODevice::ReadOnly));
    EXPECT_FALSE(QString::fromUtf8(internal.readAll()).contains(QStringLiteral(",true\r\n")))
        << "with small numbers included nothing is suppressed";

    for (const char* suffix : {"png", "svg", "pdf"}) {
        const QString path = dir.path(QStringLiteral("gap.%1").arg(QString::fromLatin1(suffix)));
        ASSERT_TRUE(panel.exportTo(path, QSize(1200, 500), false).ok()) << suffix;
        EXPECT_GT(QFile(path).size(), 1000) << suffix;
    }
}

TEST_F(Equity, the_measure_page_shows_the_view_only_for_measures_entered_by_stratum) {
    auto window = test::openMainWindow(demoCopy(QStringLiteral("window.pdsa")), QDate(2026, 7, 15));
    window->navigateTo(NavigationTarget::measure(teamId, measureId));
    EXPECT_FALSE(window->measurePage()->equitySection()->isHidden());
    EXPECT_TRUE(window->measurePage()->disparityPanel()->hasData());
    auto other = window->document()->workspace().measures.lookup(
        {}, QStringLiteral("Families with family time within 7 days of removal"));
    ASSERT_TRUE(other.ok());
    window->navigateTo(NavigationTarget::measure(teamId, other->meta.id));
    EXPECT_TRUE(window->measurePage()->equitySection()->isHidden());
}

TEST_F(Equity, the_team_page_summarises_each_stratified_measure_by_dimension_and_opens_it) {
    auto window = test::openMainWindow(demoCopy(QStringLiteral("window.pdsa")), QDate(2026, 7, 15));
    window->navigateTo(NavigationTarget::team(teamId));
    EquitySummary* summary = window->teamPage()->equitySummary();
    ASSERT_EQ(summary->rowCount(), 4) << "two stratified measures by two dimensions";
    EXPECT_EQ(summary->table()->item(0, 0)->text(), kOutcome);
    EXPECT_EQ(summary->table()->item(0, 1)->text(), QStringLiteral("Race/ethnicity"));
    EXPECT_FALSE(summary->table()->item(0, 4)->text().isEmpty());
    emit summary->table()->cellActivated(0, 0);
    EXPECT_EQ(window->currentTarget().kind, NodeKind::Measure);
    EXPECT_EQ(window->currentTarget().id, measureId);
}

TEST_F(Equity, the_collaborative_page_reads_its_equity_when_first_painted) {
    auto window = test::openMainWindow(demoCopy(QStringLiteral("window.pdsa")), QDate(2026, 7, 15));
    window->navigateTo(NavigationTarget::collaborative());
    CollaborativePage* page = window->collaborativePage();
    auto* scroll = page->findChild<QScrollArea*>();
    ASSERT_NE(scroll, nullptr);
    scroll->verticalScrollBar()->setValue(page->equitySection()->mapTo(scroll->widget(), QPoint(0, 0)).y());
    page->equitySection()->repaint();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    EXPECT_EQ(page->equitySummary()->rowCount(), 4);
    DisparityPanel* panel = page->disparityPanel();
    ASSERT_TRUE(panel->hasData());
    EXPECT_EQ(panel->measureBox()->currentText(), kOutcome);
    // Every team's counts: the sum of the teams' views.
    std::vector<double> teams(panel->disparity().groups.front().periods.size(), 0.0);
    auto all = document->workspace().teams.teams.all();
    ASSERT_TRUE(all.ok());
    for (const Team& team : *all) {
        DisparityPanel one;
        ASSERT_TRUE(one.load(*window->document(), team.meta.id, measureId).ok());
        for (std::size_t i = 0; i < teams.size(); ++i)
            teams[i] += one.disparity().groups.front().periods[i].denominator.value_or(0);
    }
    for (std::size_t i = 0; i < teams.size(); ++i)
        EXPECT_EQ(panel->disparity().groups.front().periods[i].denominator.value_or(0), teams[i]) << i;

    emit page->equitySummary()->table()->cellActivated(3, 0);
    EXPECT_EQ(panel->dimensionBox()->currentText(), page->equitySummary()->table()->item(3, 1)->text());
    EXPECT_EQ(panel->disparity().measure.name, page->equitySummary()->table()->item(3, 0)->text());
}

TEST_F(Equity, the_organizer_sets_the_minimum_cell_size_and_undo_takes_it_back) {
    auto window = test::openMainWindow(demoCopy(QStringLiteral("window.pdsa")), QDate(2026, 7, 15));
    window->navigateTo(NavigationTarget::collaborative());
    QSpinBox* box = window->collaborativePage()->minCellSizeBox();
    EXPECT_EQ(box->value(), 11);
    EXPECT_TRUE(box->isEnabled()) << "the demo is the organizer's workspace";
    box->setValue(5);
    emit box->editingFinished();
    EXPECT_EQ(window->document()->workspace().collaborative.current()->minCellSize, 5);
    window->document()->undoStack()->undo();
    EXPECT_EQ(window->document()->workspace().collaborative.current()->minCellSize, 11);
    EXPECT_EQ(window->collaborativePage()->minCellSizeBox()->value(), 11);
}

TEST_F(Equity, opening_the_collaborative_page_leaves_its_equity_unread_until_scrolled_to) {
    auto window = test::openMainWindow(demoCopy(QStringLiteral("window.pdsa")), QDate(2026, 7, 15));
    window->navigateTo(NavigationTarget::collaborative());
    (void)window->grab();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    EXPECT_EQ(window->collaborativePage()->equitySummary()->rowCount(), 0)
        << "every team's stratified values are read only when the section shows";
}

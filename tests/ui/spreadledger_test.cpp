// SPDX-License-Identifier: Apache-2.0
// The spread ledger: core's rule of a spread record through the undo facade (refusals with their
// words, one undo step each), the Spread page's filters and its concept × site view as of a month,
// and an Adopt decision's "Record spread…" filled in from the cycle.

#include "dialogs/spreaddialog.h"
#include "mainwindow.h"
#include "pages/cyclepage.h"
#include "pages/spreadpage.h"
#include "report/spreadreport.h"
#include "uitestsupport.h"
#include "undo/commands.h"
#include "widgets/fittedtableview.h"
#include "workspacedocument.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <set>

using namespace pdsa;
using namespace pdsa::ui;

namespace {

class SpreadLedger : public test::UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        document = openDemoDocument();
        ASSERT_NE(document, nullptr);
        team = document->workspace().teams.teams.all().value().front();
    }
    SpreadRecord sample() const {
        SpreadRecord r;
        r.teamId = team.meta.id;
        r.practice = QStringLiteral("Icebreaker meeting within 7 days");
        r.toSite = QStringLiteral("North unit");
        r.spreadOn = QDate(2025, 5, 1);
        r.status = SpreadStatus::InProgress;
        return r;
    }
    std::unique_ptr<WorkspaceDocument> document;
    Team team;
};

} // namespace

TEST_F(SpreadLedger, a_record_needs_a_practice_a_site_and_once_under_way_a_date_and_each_edit_is_one_step) {
    QUndoStack& stack = *document->undoStack();
    SpreadRecord noSite = sample();
    noSite.toSite = QStringLiteral("  ");
    auto refused = command::addSpread(*document, noSite);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().message.toStdString(), "Name the site or unit Icebreaker meeting within 7 days spread to.");
    SpreadRecord undated = sample();
    undated.spreadOn = QDate();
    undated.status = SpreadStatus::Sustained;
    refused = command::addSpread(*document, undated);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().message.toStdString(),
              "Icebreaker meeting within 7 days is sustained at North unit: give the date it started there (only a "
              "planned spread may have no date yet).");
    EXPECT_EQ(stack.count(), 0);

    undated.status = SpreadStatus::Planned;
    auto added = command::addSpread(*document, undated);
    ASSERT_TRUE(added) << added.error().message.toStdString();
    auto stored = document->workspace().work.spread.find(*added).value();
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->meta.owner, Owner::ofTeam(team.meta.id)) << "the team's record, for the team's bundle";

    SpreadRecord moved = *stored;
    moved.status = SpreadStatus::Spread;
    moved.spreadOn = QDate(2025, 9, 1);
    ASSERT_TRUE(command::editSpread(*document, moved));
    EXPECT_EQ(stack.count(), 2);
    stack.undo();
    EXPECT_EQ(document->workspace().work.spread.find(*added).value()->status, SpreadStatus::Planned);
    ASSERT_TRUE(command::removeSpread(*document, *added));
    EXPECT_FALSE(document->workspace().work.spread.find(*added).value());
    stack.undo();
    EXPECT_TRUE(document->workspace().work.spread.find(*added).value());
}

TEST_F(SpreadLedger, the_page_lists_every_record_filters_them_and_shows_concept_by_site_as_of_a_month) {
    const auto ledger = report::spreadLedger(document->workspace()).value();
    ASSERT_GE(ledger.size(), 2u);
    document.reset();
    auto window = test::openMainWindow(demoPath(), QDate(2026, 7, 15));
    // Reports ▸ Spread ledger, as from the keyboard (Alt+R, L).
    auto* ledgerAction = window->findChild<QAction*>(QStringLiteral("spreadLedgerAction"));
    ASSERT_NE(ledgerAction, nullptr);
    ledgerAction->trigger();
    SpreadPage* page = window->spreadPage();
    EXPECT_EQ(window->currentTarget(), NavigationTarget::spread());
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->shownRows(), int(ledger.size()));

    page->statusFilter()->setCurrentIndex(page->statusFilter()->findData(int(SpreadStatus::Sustained)));
    int sustained = 0;
    for (const report::SpreadRow& r : ledger)
        sustained += r.status == SpreadStatus::Sustained;
    EXPECT_EQ(page->shownRows(), sustained);
    page->statusFilter()->setCurrentIndex(0);

    page->teamFilter()->setCurrentIndex(page->teamFilter()->findData(ledger.front().teamId));
    int ofTeam = 0;
    for (const report::SpreadRow& r : ledger)
        ofTeam += r.teamId == ledger.front().teamId;
    EXPECT_EQ(page->shownRows(), ofTeam);
    page->teamFilter()->setCurrentIndex(0);

    std::set<QString> concepts;
    QDate first, last;
    for (const report::SpreadRow& r : ledger) {
        concepts.insert(r.changeConcept);
        first = first.isValid() ? std::min(first, r.spreadOn) : r.spreadOn;
        last = std::max(last, r.spreadOn);
    }
    page->conceptFilter()->setCurrentIndex(page->conceptFilter()->findData(*concepts.begin()));
    int ofConcept = 0;
    for (const report::SpreadRow& r : ledger)
        ofConcept += r.changeConcept == *concepts.begin();
    EXPECT_EQ(page->shownRows(), ofConcept);

    QAbstractItemModel* matrix = page->matrixView()->model();
    EXPECT_EQ(matrix->rowCount(), int(concepts.size())) << "a row per change concept, as of the latest month";
    page->asOf()->setDate(first);
    int cells = 0;
    for (int r = 0; r < matrix->rowCount(); ++r)
        for (int c = 1; c < matrix->columnCount(); ++c) // after the concept's name
            cells += !matrix->index(r, c).data().toString().isEmpty();
    int byFirst = 0;
    for (const report::SpreadRow& r : ledger)
        byFirst += r.spreadOn < QDate(first.year(), first.month(), 1).addMonths(1);
    EXPECT_GE(byFirst, cells);
    EXPECT_LT(cells, int(ledger.size())) << "earlier, fewer practices had spread";
}

TEST_F(SpreadLedger, an_adopted_cycle_offers_record_spread_filled_in_from_the_cycle) {
    PdsaCycle adopted;
    for (const PdsaCycle& c : document->workspace().cycles.cycles.all().value())
        if (c.decision == Decision::Adopt && !c.changeIdeaIds.isEmpty()) {
            adopted = c;
            break;
        }
    ASSERT_FALSE(adopted.meta.id.isNull());
    const QString idea = document->workspace().changePackage.ideas.find(adopted.changeIdeaIds.front()).value()->name;
    const auto before = report::spreadLedger(document->workspace()).value().size();
    document.reset();
    auto window = test::openMainWindow(demoPath(), QDate(2026, 7, 15));
    ASSERT_TRUE(window->navigateTo(NavigationTarget::cycle(adopted.teamId, adopted.meta.id)));
    CyclePage* page = window->cyclePage();
    EXPECT_TRUE(page->recordSpreadButton()->isVisibleTo(page));
    const SpreadRecord filled = page->spreadFromCycle();
    EXPECT_EQ(filled.teamId, adopted.teamId);
    EXPECT_EQ(filled.changeIdeaId, adopted.changeIdeaIds.front());
    EXPECT_EQ(filled.practice, idea);
    EXPECT_TRUE(filled.note.contains(adopted.title));

    bool asked = false;
    test::whenModalAppears([&](QWidget* modal) {
        auto* dialog = qobject_cast<SpreadDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        asked = true;
        SpreadRecord r = dialog->record();
        EXPECT_EQ(r.practice, idea);
        EXPECT_TRUE(r.toSite.isEmpty()) << "where it spread is the team's to say";
        auto* site = dialog->findChildren<QLineEdit*>().at(1);
        site->setText(QStringLiteral("Intake unit 3"));
        dialog->accept();
    });
    page->recordSpreadButton()->click();
    ASSERT_TRUE(asked);
    const auto after = report::spreadLedger(window->document()->workspace()).value();
    ASSERT_EQ(after.size(), before + 1);
    EXPECT_TRUE(std::any_of(after.begin(), after.end(), [&](const report::SpreadRow& r) {
        return r.toSite == QLatin1String("Intake unit 3") && r.practice == idea && r.teamId == adopted.teamId;
    }));

    // Another decision hides the offer.
    page->decisionCombo()->setCurrentIndex(page->decisionCombo()->findData(int(Decision::Adapt)));
    EXPECT_FALSE(page->recordSpreadButton()->isVisibleTo(page));
}

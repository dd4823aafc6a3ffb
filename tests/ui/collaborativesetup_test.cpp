// SPDX-License-Identifier: Apache-2.0
// Setting up a collaborative from nothing: its dates, learning sessions, action periods and strata
// through the undo facade (refusals change nothing, each edit one undo step), the collaborative
// page's calendar and strata editors (open when empty, locked in a team's workspace), and the
// template of a collaborative set up this way starting a team's workspace as the demo's does.

#include "equity/disparityloader.h"
#include "mainwindow.h"
#include "pages/collaborativepage.h"
#include "support/testsupport.h"
#include "uitestsupport.h"
#include "undo/commands.h"
#include "widgets/calendareditor.h"
#include "widgets/calendartimeline.h"
#include "widgets/fittedtableview.h"
#include "workspacedocument.h"

#include <QPushButton>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <algorithm>

using namespace pdsa;
using pdsa::test::normalized;
using namespace pdsa::ui;

namespace {

class CollaborativeSetup : public test::UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        path = dir.path(QStringLiteral("new.pdsa"));
        auto created = WorkspaceDocument::create(path, QStringLiteral("Safe and Sooner"));
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        document = std::move(*created);
    }
    Workspace& ws() { return document->workspace(); }
    QUndoStack& stack() { return *document->undoStack(); }
    std::vector<ActionPeriod> periods() { return ws().collaborative.actionPeriods.all().value(); }
    std::vector<LearningSession> sessions() { return ws().collaborative.sessions.all().value(); }

    // Dates, three sessions, the periods between them, two dimensions and a stratified shared
    // outcome measure: what an organizer sets up before the first learning session.
    void setUpCalendarAndStrata() {
        ASSERT_TRUE(command::setCollaborativeDates(*document, QDate(2027, 1, 1), QDate(2028, 6, 30)));
        ASSERT_TRUE(command::addSession(*document, {QStringLiteral("Learning session 1"), SessionKind::LearningSession,
                                                    QDate(2027, 1, 20), QDate(2027, 1, 21), QStringLiteral("Capitol")}));
        ASSERT_TRUE(command::addSession(*document, {QStringLiteral("Learning session 2"), SessionKind::LearningSession,
                                                    QDate(2027, 9, 14), QDate(2027, 9, 15), QStringLiteral("Riverside")}));
        auto summit = command::addSession(*document, {QStringLiteral("Summit"), SessionKind::Summit, QDate(2028, 6, 20),
                                                      QDate(), QStringLiteral("Capitol")});
        ASSERT_TRUE(summit) << summit.error().message.toStdString();
        ASSERT_EQ(command::fillActionPeriods(*document).value(), 3);
        ASSERT_TRUE(command::defineDimension(*document, QString(), QStringLiteral("Age group"),
                                             {QStringLiteral("Under 1"), QStringLiteral("1 to 5"), QStringLiteral("6 to 17")}));
        ASSERT_TRUE(command::defineDimension(*document, QString(), QStringLiteral("Race/ethnicity"),
                                             {QStringLiteral("Black or African American"), QStringLiteral("White"),
                                              QStringLiteral("Another group")}));
        Measure measure;
        measure.collaborativeId = ws().collaborative.current().value().meta.id;
        measure.name = QStringLiteral("Children reunified within 12 months");
        measure.numeratorDefinition = QStringLiteral("Reunified within 12 months");
        measure.denominatorDefinition = QStringLiteral("Entered care in the cohort month");
        measure.unit = QStringLiteral("%");
        measure.stratified = true;
        ASSERT_TRUE(command::saveMeasure(*document, measure, false));
    }

    QString path;
    std::unique_ptr<WorkspaceDocument> document;
};

} // namespace

TEST_F(CollaborativeSetup, sessions_and_the_periods_between_them_are_set_up_each_as_one_undo_step) {
    setUpCalendarAndStrata();
    const auto made = periods();
    ASSERT_EQ(made.size(), 3u);
    std::vector<QDate> starts;
    for (const ActionPeriod& p : made)
        starts.push_back(p.startDate);
    std::sort(starts.begin(), starts.end());
    EXPECT_EQ(starts, (std::vector<QDate>{QDate(2027, 1, 22), QDate(2027, 9, 16), QDate(2028, 6, 21)}));

    // Undo the strata, the measure and the fill: the periods go in one step, and come back in one.
    const auto before = normalized(made);
    stack().undo(); // the measure
    stack().undo(); // race/ethnicity
    stack().undo(); // age group
    ASSERT_TRUE(ws().collaborative.strata.all().value().empty());
    stack().undo(); // the fill
    EXPECT_TRUE(periods().empty());
    stack().redo();
    EXPECT_EQ(normalized(periods()), before);
}

TEST_F(CollaborativeSetup, a_refused_calendar_edit_names_the_rule_and_writes_nothing) {
    setUpCalendarAndStrata();
    const int steps = stack().count();
    const auto sessionsBefore = normalized(sessions());
    auto outside = command::addSession(*document, {QStringLiteral("Learning session 3"), SessionKind::LearningSession,
                                                   QDate(2028, 8, 1), QDate(), QString()});
    ASSERT_FALSE(outside);
    EXPECT_EQ(outside.error().message.toStdString(),
              "Learning session 3 (2028-08-01) falls outside the collaborative's dates (2027-01-01 to 2028-06-30).");
    auto clash = command::addActionPeriod(*document, {QStringLiteral("Extra"), QDate(2027, 9, 1), QDate(2027, 9, 30)});
    ASSERT_FALSE(clash);
    EXPECT_EQ(clash.error().message.toStdString(),
              "Extra (2027-09-01 to 2027-09-30) overlaps Learning session 2 (2027-09-14 to 2027-09-15): action periods "
              "run between the learning sessions.");
    const Status shrink = command::setCollaborativeDates(*document, QDate(2027, 1, 1), QDate(2027, 12, 31));
    ASSERT_FALSE(shrink);
    EXPECT_EQ(shrink.error().message.toStdString(),
              "Summit (2028-06-20) falls outside the collaborative's dates (2027-01-01 to 2027-12-31).");
    const Status twice = command::defineDimension(*document, QStringLiteral("Age group"), QStringLiteral("Age group"),
                                                  {QStringLiteral("Under 1"), QStringLiteral("under 1")});
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().message.toStdString(),
              "Age group already has a category \"Under 1\": each category of a dimension is named once.");
    EXPECT_EQ(stack().count(), steps);
    EXPECT_EQ(normalized(sessions()), sessionsBefore);
}

TEST_F(CollaborativeSetup, editing_a_dimension_keeps_the_categories_it_keeps_and_one_with_data_cannot_go) {
    {
        auto opened = WorkspaceDocument::open(demoPath());
        ASSERT_TRUE(opened.ok());
        document = std::move(*opened);
    }
    std::vector<Stratum> ages;
    for (const Stratum& s : ws().collaborative.strata.all().value())
        if (s.dimension == QLatin1String("Age group"))
            ages.push_back(s);
    ASSERT_EQ(ages.size(), 4u);
    QStringList names;
    for (const Stratum& s : ages)
        names << s.name;
    // Renamed, reordered, one category added: the kept ones keep their ids (and so their data).
    QStringList reordered = names;
    std::reverse(reordered.begin(), reordered.end());
    ASSERT_TRUE(command::defineDimension(*document, QStringLiteral("Age group"), QStringLiteral("Age at entry"),
                                         reordered + QStringList{QStringLiteral("18 and over")}));
    std::vector<Stratum> after;
    for (const Stratum& s : ws().collaborative.strata.all().value())
        if (s.dimension == QLatin1String("Age at entry"))
            after.push_back(s);
    ASSERT_EQ(after.size(), 5u);
    for (const Stratum& old : ages)
        EXPECT_TRUE(std::any_of(after.begin(), after.end(), [&](const Stratum& s) { return s.meta.id == old.meta.id; }))
            << old.name.toStdString();
    EXPECT_EQ(equity::strataDimensions(ws()).value(),
              (QStringList{QStringLiteral("Race/ethnicity"), QStringLiteral("Age at entry")}))
        << "an edited dimension keeps its place";
    stack().undo();

    const Status dropped = command::defineDimension(*document, QStringLiteral("Age group"), QStringLiteral("Age group"),
                                                    names.mid(1));
    ASSERT_FALSE(dropped);
    EXPECT_TRUE(dropped.error().message.startsWith(names.front() + QStringLiteral(" of Age group holds data (")))
        << dropped.error().message.toStdString();
    EXPECT_FALSE(command::removeDimension(*document, QStringLiteral("Age group")));
}

TEST_F(CollaborativeSetup, the_collaborative_page_keeps_its_calendar_and_strata_editors_open_when_empty) {
    document.reset();
    auto window = test::openMainWindow(path, QDate(2027, 2, 1));
    window->navigateTo(NavigationTarget::collaborative());
    CollaborativePage* page = window->collaborativePage();
    ASSERT_NE(page, nullptr);
    EXPECT_TRUE(page->calendarEditor()->isVisibleTo(page));
    EXPECT_TRUE(page->calendarEditor()->addSessionButton()->isEnabled());
    EXPECT_FALSE(page->timeline()->isVisibleTo(page)) << "nothing to draw yet";
    EXPECT_TRUE(page->strataEditor()->isVisibleTo(page));

    WorkspaceDocument& open = *window->document();
    ASSERT_TRUE(command::setCollaborativeDates(open, QDate(2027, 1, 1), QDate(2027, 12, 31)));
    ASSERT_TRUE(command::addSession(open, {QStringLiteral("LS1"), SessionKind::LearningSession, QDate(2027, 2, 10),
                                           QDate(), QString()}));
    ASSERT_EQ(command::fillActionPeriods(open).value(), 1);
    window->navigateTo(NavigationTarget::collaborative());
    EXPECT_TRUE(page->timeline()->isVisibleTo(page));
    EXPECT_EQ(page->calendarEditor()->view()->model()->rowCount(), 2) << "LS1 and the action period after it";
}

TEST_F(CollaborativeSetup, its_template_starts_a_teams_workspace_with_the_calendar_strata_and_measures_as_the_demos_does) {
    setUpCalendarAndStrata();
    const auto organizerSessions = normalized(sessions());
    const auto organizerPeriods = normalized(periods());
    const auto organizerStrata = normalized(ws().collaborative.strata.all().value());
    const auto organizerMeasures = normalized(ws().measures.forTeam(QUuid()).value());
    document.reset();

    // The same steps for this collaborative and for the demo: the template, `pdsa init --as team`,
    // the import.
    for (const QString& source : {path, demoPath()}) {
        const QString templ = dir.path(QFileInfo(source).baseName() + QStringLiteral(".pdsabundle"));
        auto run = test::runPdsa({QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--workspace"), source,
                                  QStringLiteral("--template"), QStringLiteral("--out"), templ});
        ASSERT_EQ(run.code, 0) << run.err.toStdString();
        const QString team = dir.path(QFileInfo(source).baseName() + QStringLiteral("-team.pdsa"));
        run = test::runPdsa({QStringLiteral("init"), QStringLiteral("--out"), team, QStringLiteral("--as"),
                             QStringLiteral("team:Pine County")});
        ASSERT_EQ(run.code, 0) << run.err.toStdString();
        run = test::runPdsa({QStringLiteral("bundle"), QStringLiteral("import"), QStringLiteral("--workspace"), team, templ});
        ASSERT_EQ(run.code, 0) << run.err.toStdString();
        auto teamWs = test::openOrFail(team);
        EXPECT_FALSE(teamWs->collaborative.sessions.all().value().empty()) << source.toStdString();
        EXPECT_FALSE(teamWs->collaborative.actionPeriods.all().value().empty()) << source.toStdString();
        EXPECT_FALSE(teamWs->collaborative.strata.all().value().empty()) << source.toStdString();
        if (source != path)
            continue;
        EXPECT_EQ(normalized(teamWs->collaborative.sessions.all().value()), organizerSessions);
        EXPECT_EQ(normalized(teamWs->collaborative.actionPeriods.all().value()), organizerPeriods);
        EXPECT_EQ(normalized(teamWs->collaborative.strata.all().value()), organizerStrata);
        EXPECT_EQ(normalized(teamWs->measures.forTeam(QUuid()).value()), organizerMeasures);
        teamWs.reset();

        // In the team's workspace the calendar is the organizer's: refused, and the page says so.
        auto opened = WorkspaceDocument::open(team);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        // A webinar inside an action period meets every calendar rule: only whose calendar it is refuses it.
        auto refused = command::addSession(**opened, {QStringLiteral("Data webinar"), SessionKind::Webinar,
                                                      QDate(2027, 12, 1), QDate(), QString()});
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.error().code, ErrorCode::NotYours) << refused.error().message.toStdString();
        opened->reset();
        auto window = test::openMainWindow(team, QDate(2027, 2, 1));
        window->navigateTo(NavigationTarget::collaborative());
        QPushButton* add = window->collaborativePage()->calendarEditor()->addSessionButton();
        EXPECT_FALSE(add->isEnabled());
        EXPECT_FALSE(add->toolTip().isEmpty()) << "the reason is on hover";
    }
}

// SPDX-License-Identifier: Apache-2.0
// The calendar timeline: its items for the demo, "today", keyboard and accessibility.
#include "uitestsupport.h"
#include "widgets/calendartimeline.h"

#include <QAccessible>
#include <QSignalSpy>
#include <QTest>

using namespace pdsa;
using namespace pdsa::ui;

namespace {

class Timeline : public test::UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        auto workspace = test::openOrFail(demoPath());
        ASSERT_TRUE(workspace);
        calendar =
            CalendarData::from(*workspace->collaborative.current(), *workspace->collaborative.sessions.all(),
                               *workspace->collaborative.actionPeriods.all());
        timeline.resize(900, timeline.sizeHint().height());
        timeline.setToday(QDate(2000, 1, 1));
        timeline.setCalendar(calendar);
    }

    QStringList labels() const {
        QStringList list;
        for (int i = 0; i < timeline.itemCount(); ++i)
            list << timeline.item(i).label;
        return list;
    }

    CalendarData calendar;
    CalendarTimeline timeline;
};

} // namespace

TEST_F(Timeline, shows_the_learning_sessions_the_summit_and_the_action_periods_in_date_order) {
    EXPECT_EQ(labels(),
              (QStringList{QStringLiteral("LS1"), QStringLiteral("Action period 1"), QStringLiteral("LS2"),
                           QStringLiteral("Action period 2"), QStringLiteral("LS3"),
                           QStringLiteral("Action period 3"), QStringLiteral("Summit")}));
    for (int i = 0; i < timeline.itemCount(); ++i) {
        const QRect rect = timeline.itemRect(i);
        EXPECT_TRUE(timeline.rect().contains(rect)) << i;
        EXPECT_EQ(timeline.itemAt(rect.center()), i) << timeline.item(i).label.toStdString();
        EXPECT_FALSE(timeline.item(i).description.isEmpty());
    }
    EXPECT_EQ(timeline.item(0).name, QStringLiteral("LS1: Learning session 1"));
    EXPECT_TRUE(timeline.item(0).description.contains(QStringLiteral("Harbor City Conference Center")));
}

TEST_F(Timeline, marks_today_only_within_the_calendar) {
    EXPECT_FALSE(labels().contains(QStringLiteral("Today")));
    timeline.setToday(calendar.start.addMonths(5));
    EXPECT_TRUE(labels().contains(QStringLiteral("Today")));
}

TEST_F(Timeline, arrow_keys_move_between_items_and_report_them) {
    QSignalSpy current(&timeline, &CalendarTimeline::currentItemChanged);
    timeline.setCurrentItem(0);
    QTest::keyClick(&timeline, Qt::Key_Right);
    EXPECT_EQ(timeline.currentItem(), 1);
    QTest::keyClick(&timeline, Qt::Key_End);
    EXPECT_EQ(timeline.currentItem(), timeline.itemCount() - 1);
    QTest::keyClick(&timeline, Qt::Key_Right);
    EXPECT_EQ(timeline.currentItem(), timeline.itemCount() - 1);
    ASSERT_EQ(current.count(), 3);
    EXPECT_EQ(current.last().at(1).toString(), timeline.item(timeline.itemCount() - 1).description);
}

TEST_F(Timeline, every_item_is_an_accessible_child_with_its_name) {
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(&timeline);
    ASSERT_NE(accessible, nullptr);
    EXPECT_EQ(accessible->text(QAccessible::Name), QStringLiteral("Collaborative calendar"));
    ASSERT_EQ(accessible->childCount(), timeline.itemCount());
    for (int i = 0; i < accessible->childCount(); ++i) {
        QAccessibleInterface* child = accessible->child(i);
        ASSERT_NE(child, nullptr);
        EXPECT_EQ(child->text(QAccessible::Name), timeline.item(i).name);
        EXPECT_EQ(child->text(QAccessible::Description), timeline.item(i).description);
        EXPECT_EQ(accessible->indexOfChild(child), i);
        EXPECT_EQ(child->parent(), accessible);
    }
}

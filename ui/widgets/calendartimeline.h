// SPDX-License-Identifier: Apache-2.0
#pragma once
// The collaborative's calendar drawn as a timeline: months along the axis (years beneath),
// action periods as shaded bands, learning sessions and the summit as labelled markers ("LS1",
// "LS2", "LS3", "Summit") and a "Today" line when today falls within the collaborative.
//
// Every drawn item is reachable without a mouse: the widget takes focus, the arrow keys move
// between items in date order and currentItemChanged() reports the focused item's description
// (the page shows it in a caption). Hovering an item shows the same description as a tooltip.
// For assistive technology each item is an accessible child with its own name, description
// and screen rectangle (see CalendarTimelineAccessible in the .cpp).

#include "domain/collaborative.h"

#include <QDate>
#include <QRect>
#include <QWidget>

#include <vector>

class QPainter;

namespace pdsa::ui {

struct CalendarData {
    struct Session {
        QString label; // "LS1", "Summit"
        QString name;  // "Learning session 1"
        SessionKind kind = SessionKind::LearningSession;
        QDate start;
        QDate end;
        QString location;
    };
    struct Period {
        QString name; // "Action period 1"
        QDate start;
        QDate end;
    };
    QDate start;
    QDate end;
    std::vector<Session> sessions;
    std::vector<Period> periods;

    // The calendar of a collaborative, with the short labels (LS1…, Summit) assigned in date order.
    static CalendarData from(const Collaborative& collaborative, std::vector<LearningSession> sessions,
                             const std::vector<ActionPeriod>& periods);
    bool isEmpty() const { return sessions.empty() && periods.empty() && !start.isValid(); }
};

class CalendarTimeline : public QWidget {
    Q_OBJECT

public:
    enum class ItemType { Session, ActionPeriod, Today };
    struct Item {
        ItemType type = ItemType::Session;
        QString label;       // what is drawn: "LS1", "Action period 1", "Today"
        QString name;        // the accessible name: "LS1: Learning session 1"
        QString description; // the tooltip: name, dates, place
        SessionKind kind = SessionKind::LearningSession;
        QDate start;
        QDate end;
    };

    explicit CalendarTimeline(QWidget* parent = nullptr);

    void setCalendar(const CalendarData& calendar);
    // Today's date (the system date unless a test or screenshot sets another).
    void setToday(const QDate& today);

    int itemCount() const { return static_cast<int>(m_items.size()); }
    const Item& item(int index) const { return m_items[static_cast<size_t>(index)]; }
    // Where item `index` is drawn, in widget coordinates.
    QRect itemRect(int index) const;
    int itemAt(const QPoint& point) const;
    int currentItem() const { return m_current; }
    void setCurrentItem(int index);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void currentItemChanged(int index, const QString& description);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Geometry {
        int labelTop = 0;
        int bandTop = 0;
        int bandHeight = 0;
        int axisY = 0;
        int monthTop = 0;
        int yearTop = 0;
        int left = 0;
        int right = 0;
    };
    void rebuildItems();
    void layoutItems();
    // paintEvent()'s layers, from the back.
    void paintMonths(QPainter& painter, const Geometry& g, const QDate& first, const QDate& last) const;
    void paintActionPeriods(QPainter& painter) const;
    void paintToday(QPainter& painter, const Geometry& g) const;
    void paintSessions(QPainter& painter, const Geometry& g) const;
    Geometry geometry() const;
    double xFor(const QDate& date) const;
    QDate firstDay() const;
    QDate lastDay() const;

    CalendarData m_calendar;
    QDate m_today;
    std::vector<Item> m_items;
    std::vector<QRect> m_rects;
    int m_current = -1;
};

} // namespace pdsa::ui

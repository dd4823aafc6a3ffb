// SPDX-License-Identifier: Apache-2.0
#include "widgets/calendartimeline.h"

#include "format.h"
#include "theme.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPointer>
#include <QToolTip>

#include <algorithm>
#include <map>

namespace pdsa::ui {

// ---- accessibility: one accessible child per drawn item ---------------------------------------

namespace {

class TimelineItemAccessible : public QAccessibleInterface {
public:
    TimelineItemAccessible(CalendarTimeline* timeline, int index)
        : m_timeline(timeline)
        , m_index(index) {}

    bool isValid() const override { return m_timeline && m_index < m_timeline->itemCount(); }
    QObject* object() const override { return nullptr; }
    QWindow* window() const override { return m_timeline ? m_timeline->window()->windowHandle() : nullptr; }
    QAccessibleInterface* childAt(int, int) const override { return nullptr; }
    QAccessibleInterface* parent() const override {
        return QAccessible::queryAccessibleInterface(m_timeline);
    }
    QAccessibleInterface* child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface*) const override { return -1; }
    QString text(QAccessible::Text t) const override {
        if (!isValid())
            return QString();
        const CalendarTimeline::Item& item = m_timeline->item(m_index);
        switch (t) {
        case QAccessible::Name:
            return item.name;
        case QAccessible::Description:
            return item.description;
        default:
            return QString();
        }
    }
    void setText(QAccessible::Text, const QString&) override {}
    QRect rect() const override {
        if (!isValid())
            return {};
        const QRect local = m_timeline->itemRect(m_index);
        return {m_timeline->mapToGlobal(local.topLeft()), local.size()};
    }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override {
        QAccessible::State state;
        if (!isValid())
            return state;
        state.focusable = true;
        state.selectable = true;
        state.focused = m_timeline->hasFocus() && m_timeline->currentItem() == m_index;
        state.selected = m_timeline->currentItem() == m_index;
        state.invisible = !m_timeline->isVisible();
        state.readOnly = true;
        return state;
    }

private:
    QPointer<CalendarTimeline> m_timeline;
    int m_index;
};

class CalendarTimelineAccessible : public QAccessibleWidget {
public:
    explicit CalendarTimelineAccessible(QWidget* widget)
        : QAccessibleWidget(widget, QAccessible::List) {}
    ~CalendarTimelineAccessible() override {
        for (const auto& [index, id] : m_childIds)
            QAccessible::deleteAccessibleInterface(id);
    }

    int childCount() const override { return timeline()->itemCount(); }
    QAccessibleInterface* child(int index) const override {
        if (index < 0 || index >= timeline()->itemCount())
            return nullptr;
        auto found = m_childIds.find(index);
        if (found == m_childIds.end())
            found = m_childIds
                        .emplace(index, QAccessible::registerAccessibleInterface(
                                            new TimelineItemAccessible(timeline(), index)))
                        .first;
        return QAccessible::accessibleInterface(found->second);
    }
    int indexOfChild(const QAccessibleInterface* child) const override {
        for (const auto& [index, id] : m_childIds)
            if (QAccessible::accessibleInterface(id) == child)
                return index;
        return -1;
    }
    QAccessibleInterface* childAt(int x, int y) const override {
        return child(timeline()->itemAt(timeline()->mapFromGlobal(QPoint(x, y))));
    }
    QAccessibleInterface* focusChild() const override {
        return timeline()->hasFocus() ? child(timeline()->currentItem()) : nullptr;
    }

private:
    CalendarTimeline* timeline() const { return static_cast<CalendarTimeline*>(widget()); }
    mutable std::map<int, QAccessible::Id> m_childIds;
};

QAccessibleInterface* timelineAccessibleFactory(const QString& className, QObject* object) {
    if (className == QLatin1String("pdsa::ui::CalendarTimeline") && object && object->isWidgetType())
        return new CalendarTimelineAccessible(static_cast<QWidget*>(object));
    return nullptr;
}

} // namespace

// ---- data -------------------------------------------------------------------------------------

CalendarData CalendarData::from(const Collaborative& collaborative, std::vector<LearningSession> sessions,
                                const std::vector<ActionPeriod>& periods) {
    CalendarData data;
    data.start = collaborative.startDate;
    data.end = collaborative.endDate;
    std::stable_sort(
        sessions.begin(), sessions.end(),
        [](const LearningSession& a, const LearningSession& b) { return a.startDate < b.startDate; });
    int ordinal = 0;
    for (const LearningSession& session : sessions) {
        if (session.kind == SessionKind::LearningSession)
            ++ordinal;
        data.sessions.push_back(
            {Format::sessionShortName(session, ordinal), session.name, session.kind, session.startDate,
             session.endDate.isValid() ? session.endDate : session.startDate, session.location});
    }
    for (const ActionPeriod& period : periods)
        data.periods.push_back({period.name, period.startDate, period.endDate});
    return data;
}

// ---- widget -----------------------------------------------------------------------------------

CalendarTimeline::CalendarTimeline(QWidget* parent)
    : QWidget(parent)
    , m_today(QDate::currentDate()) {
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(timelineAccessibleFactory);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Collaborative calendar"));
    setAccessibleDescription(tr("Learning sessions and action periods in date order; use the arrow keys to "
                                "move between them."));
}

void CalendarTimeline::setCalendar(const CalendarData& calendar) {
    m_calendar = calendar;
    rebuildItems();
}

void CalendarTimeline::setToday(const QDate& today) {
    m_today = today;
    rebuildItems();
}

QDate CalendarTimeline::firstDay() const {
    QDate first = m_calendar.start;
    for (const auto& s : m_calendar.sessions)
        if (s.start.isValid() && (!first.isValid() || s.start < first))
            first = s.start;
    for (const auto& p : m_calendar.periods)
        if (p.start.isValid() && (!first.isValid() || p.start < first))
            first = p.start;
    return first.isValid() ? QDate(first.year(), first.month(), 1) : QDate();
}

QDate CalendarTimeline::lastDay() const {
    QDate last = m_calendar.end;
    for (const auto& s : m_calendar.sessions)
        if (s.end.isValid() && (!last.isValid() || s.end > last))
            last = s.end;
    for (const auto& p : m_calendar.periods)
        if (p.end.isValid() && (!last.isValid() || p.end > last))
            last = p.end;
    if (!last.isValid())
        last = firstDay().addMonths(11);
    return last.isValid() ? QDate(last.year(), last.month(), 1).addMonths(1).addDays(-1) : QDate();
}

void CalendarTimeline::rebuildItems() {
    m_items.clear();
    for (const auto& s : m_calendar.sessions) {
        Item item;
        item.type = ItemType::Session;
        item.kind = s.kind;
        item.label = s.label;
        item.name = s.label == s.name ? s.name : tr("%1: %2").arg(s.label, s.name);
        item.description =
            s.location.isEmpty()
                ? tr("%1\n%2").arg(item.name, Format::dateRange(s.start, s.end))
                : tr("%1\n%2\n%3").arg(item.name, Format::dateRange(s.start, s.end), s.location);
        item.start = s.start;
        item.end = s.end;
        m_items.push_back(item);
    }
    for (const auto& p : m_calendar.periods) {
        Item item;
        item.type = ItemType::ActionPeriod;
        item.label = p.name;
        item.name = p.name;
        const int months = qMax(1, qRound(p.start.daysTo(p.end) / 30.44));
        item.description = tr("%1\n%2 (%3)")
                               .arg(p.name, Format::dateRange(p.start, p.end),
                                    months == 1 ? tr("about a month") : tr("about %1 months").arg(months));
        item.start = p.start;
        item.end = p.end;
        m_items.push_back(item);
    }
    const QDate first = firstDay();
    const QDate last = lastDay();
    if (m_today.isValid() && first.isValid() && m_today >= first && m_today <= last) {
        Item item;
        item.type = ItemType::Today;
        item.label = tr("Today");
        item.name = tr("Today");
        item.description = tr("Today, %1").arg(Format::date(m_today));
        item.start = item.end = m_today;
        m_items.push_back(item);
    }
    std::stable_sort(m_items.begin(), m_items.end(),
                     [](const Item& a, const Item& b) { return a.start < b.start; });
    m_current = m_items.empty() ? -1 : qBound(-1, m_current, itemCount() - 1);
    layoutItems();
    updateGeometry();
    update();
}

CalendarTimeline::Geometry CalendarTimeline::geometry() const {
    const QFontMetrics metrics = fontMetrics();
    const int fh = metrics.height();
    Geometry g;
    g.labelTop = fh / 2;
    g.bandTop = g.labelTop + fh * 2;
    g.bandHeight = fh * 19 / 10;
    g.axisY = g.bandTop + g.bandHeight + fh / 4;
    g.monthTop = g.axisY + fh / 3;
    g.yearTop = g.monthTop + fh;
    int widest = 0;
    for (const auto& s : m_calendar.sessions)
        widest = qMax(widest, metrics.horizontalAdvance(s.label));
    const int margin = qMax(fh, widest / 2 + fh / 2);
    g.left = margin;
    g.right = width() - margin;
    return g;
}

double CalendarTimeline::xFor(const QDate& date) const {
    const Geometry g = geometry();
    const QDate first = firstDay();
    const qint64 days = first.daysTo(lastDay()) + 1;
    if (days <= 0)
        return g.left;
    return g.left + (g.right - g.left) * static_cast<double>(first.daysTo(date)) / static_cast<double>(days);
}

void CalendarTimeline::layoutItems() {
    m_rects.clear();
    const Geometry g = geometry();
    const QFontMetrics metrics = fontMetrics();
    const int fh = metrics.height();
    for (const Item& item : m_items) {
        switch (item.type) {
        case ItemType::Session: {
            const double x = (xFor(item.start) + xFor(item.end.addDays(1))) / 2;
            const int half = qMax(metrics.horizontalAdvance(item.label) / 2, fh / 2) + 3;
            m_rects.emplace_back(qRound(x) - half, g.labelTop - 2, 2 * half, g.axisY - g.labelTop + 4);
            break;
        }
        case ItemType::ActionPeriod: {
            const int x1 = qRound(xFor(item.start));
            const int x2 = qRound(xFor(item.end.addDays(1)));
            m_rects.emplace_back(x1, g.bandTop, qMax(2, x2 - x1), g.bandHeight);
            break;
        }
        case ItemType::Today: {
            const int x = qRound(xFor(item.start));
            m_rects.emplace_back(x - 3, g.labelTop - 2, metrics.horizontalAdvance(item.label) + 10,
                                 g.axisY - g.labelTop + 4);
            break;
        }
        }
    }
}

QRect CalendarTimeline::itemRect(int index) const {
    return index >= 0 && index < static_cast<int>(m_rects.size()) ? m_rects[static_cast<size_t>(index)]
                                                                  : QRect();
}

int CalendarTimeline::itemAt(const QPoint& point) const {
    // Markers sit on top of the bands: look at sessions and today first.
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < itemCount(); ++i) {
            const bool band = m_items[static_cast<size_t>(i)].type == ItemType::ActionPeriod;
            if ((pass == 0) == band)
                continue;
            if (itemRect(i).contains(point))
                return i;
        }
    }
    return -1;
}

void CalendarTimeline::setCurrentItem(int index) {
    index = itemCount() == 0 ? -1 : qBound(0, index, itemCount() - 1);
    if (index == m_current)
        return;
    m_current = index;
    update();
    emit currentItemChanged(index, index >= 0 ? item(index).description : QString());
    if (index >= 0 && hasFocus()) {
        QAccessibleEvent event(this, QAccessible::Focus);
        event.setChild(index);
        QAccessible::updateAccessibility(&event);
    }
}

QSize CalendarTimeline::sizeHint() const {
    const int fh = fontMetrics().height();
    const int months =
        firstDay().isValid() ? qMax(1, static_cast<int>(firstDay().daysTo(lastDay()) / 30) + 1) : 12;
    return {qMax(fh * 30, months * fh * 5 / 2), geometry().yearTop + fh + fh / 2};
}

QSize CalendarTimeline::minimumSizeHint() const {
    return {fontMetrics().height() * 16, sizeHint().height()};
}

bool CalendarTimeline::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int index = itemAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), item(index).description, this, itemRect(index));
        else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void CalendarTimeline::resizeEvent(QResizeEvent*) {
    layoutItems();
}

void CalendarTimeline::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        layoutItems();
        updateGeometry();
    }
}

void CalendarTimeline::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Up:
        setCurrentItem(m_current <= 0 ? 0 : m_current - 1);
        break;
    case Qt::Key_Right:
    case Qt::Key_Down:
        setCurrentItem(m_current + 1);
        break;
    case Qt::Key_Home:
        setCurrentItem(0);
        break;
    case Qt::Key_End:
        setCurrentItem(itemCount() - 1);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void CalendarTimeline::mousePressEvent(QMouseEvent* event) {
    const int index = itemAt(event->position().toPoint());
    if (index >= 0)
        setCurrentItem(index);
    QWidget::mousePressEvent(event);
}

void CalendarTimeline::focusInEvent(QFocusEvent* event) {
    QWidget::focusInEvent(event);
    if (m_current < 0 && itemCount() > 0)
        setCurrentItem(0);
    else
        emit currentItemChanged(m_current, m_current >= 0 ? item(m_current).description : QString());
    update();
}

void CalendarTimeline::focusOutEvent(QFocusEvent* event) {
    QWidget::focusOutEvent(event);
    update();
}

void CalendarTimeline::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const Geometry g = geometry();

    // The card behind the timeline.
    const QRectF card = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(QPen(pal.color(QPalette::Mid), 1));
    painter.setBrush(pal.color(QPalette::Base));
    painter.drawRoundedRect(card, 4, 4);

    const QDate first = firstDay();
    const QDate last = lastDay();
    if (!first.isValid())
        return;

    paintMonths(painter, g, first, last);
    paintActionPeriods(painter);
    paintToday(painter, g);
    paintSessions(painter, g);

    // The focused item.
    if (hasFocus() && m_current >= 0) {
        QPen focusPen(pal.color(QPalette::Highlight), 2);
        painter.setPen(focusPen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(itemRect(m_current)).adjusted(-1, -1, 1, 1), 4, 4);
    }
}

// Month grid, ticks and labels (every month, or every 2nd, 3rd… where names would not fit), and
// the year at each January.
void CalendarTimeline::paintMonths(QPainter& painter, const Geometry& g, const QDate& first,
                                   const QDate& last) const {
    const QPalette pal = palette();
    const QFontMetrics metrics = fontMetrics();
    const int fh = metrics.height();
    const QColor muted = Theme::mutedText(pal);
    int widestMonth = 0;
    for (int m = 1; m <= 12; ++m)
        widestMonth =
            qMax(widestMonth, metrics.horizontalAdvance(Format::locale().monthName(m, QLocale::ShortFormat)));
    const double monthWidth = (g.right - g.left) * 30.44 / qMax<qint64>(1, first.daysTo(last) + 1);
    int step = 1;
    for (int candidate : {1, 2, 3, 6, 12}) {
        step = candidate;
        if (monthWidth * candidate >= widestMonth + fh / 2)
            break;
    }
    QFont yearFont = font();
    yearFont.setBold(true);
    const QFontMetrics yearMetrics(yearFont);
    double lastYearLabelEnd = -1e9;
    for (QDate month = first; month <= last; month = month.addMonths(1)) {
        const double x0 = xFor(month);
        const double x1 = xFor(month.addMonths(1));
        const bool january = month.month() == 1;
        painter.setPen(QPen(january ? pal.color(QPalette::Mid) : pal.color(QPalette::Midlight), 1));
        if (month != first)
            painter.drawLine(QPointF(x0, g.bandTop), QPointF(x0, g.axisY));
        painter.setPen(QPen(pal.color(QPalette::Dark), 1));
        painter.drawLine(QPointF(x0, g.axisY), QPointF(x0, g.axisY + (january ? fh / 2 : fh / 5)));
        const int monthIndex = (month.year() - first.year()) * 12 + month.month() - first.month();
        if (monthIndex % step == 0) {
            painter.setPen(muted);
            const QString name = Format::locale().monthName(month.month(), QLocale::ShortFormat);
            painter.drawText(QRectF(x0, g.monthTop, qMax(x1 - x0, static_cast<double>(widestMonth)), fh),
                             (step == 1 ? Qt::AlignHCenter : Qt::AlignLeft) | Qt::AlignVCenter, name);
        }
        if (january || month == first) {
            const QString year = QString::number(month.year());
            if (x0 >= lastYearLabelEnd) {
                painter.setFont(yearFont);
                painter.setPen(pal.color(QPalette::WindowText));
                painter.drawText(QPointF(x0 + 2, g.yearTop + yearMetrics.ascent()), year);
                painter.setFont(font());
                lastYearLabelEnd = x0 + yearMetrics.horizontalAdvance(year) + fh;
            }
        }
    }
    painter.setPen(QPen(pal.color(QPalette::Dark), 1));
    painter.drawLine(QPointF(g.left, g.axisY), QPointF(g.right, g.axisY));
}

// Action periods as bands.
void CalendarTimeline::paintActionPeriods(QPainter& painter) const {
    const QFontMetrics metrics = fontMetrics();
    const int fh = metrics.height();
    for (int i = 0; i < itemCount(); ++i) {
        const Item& it = item(i);
        if (it.type != ItemType::ActionPeriod)
            continue;
        const QRectF band = QRectF(itemRect(i)).adjusted(1, 2, -1, -2);
        painter.setPen(QPen(Theme::accent().lighter(150), 1));
        painter.setBrush(Theme::accentSoft());
        painter.drawRoundedRect(band, 3, 3);
        const QString text = metrics.elidedText(it.label, Qt::ElideRight, qRound(band.width()) - fh / 2);
        if (text.size() > 3) {
            painter.setPen(Theme::accent().darker(140));
            painter.drawText(band.adjusted(fh / 4, 0, -fh / 4, 0), Qt::AlignCenter, text);
        }
    }
}

// Today, as a dashed line with its label.
void CalendarTimeline::paintToday(QPainter& painter, const Geometry& g) const {
    const QFontMetrics metrics = fontMetrics();
    const int fh = metrics.height();
    for (int i = 0; i < itemCount(); ++i) {
        const Item& it = item(i);
        if (it.type != ItemType::Today)
            continue;
        const double x = xFor(it.start);
        QPen pen(Theme::today(), 1.5, Qt::DashLine);
        painter.setPen(pen);
        painter.drawLine(QPointF(x, g.labelTop + fh), QPointF(x, g.axisY));
        painter.setPen(Theme::today());
        painter.drawText(QPointF(x + 3, g.labelTop + metrics.ascent()), it.label);
    }
}

// Learning sessions and the summit as markers: a diamond (a webinar: a dot) over a line to the
// axis, with the session's label above.
void CalendarTimeline::paintSessions(QPainter& painter, const Geometry& g) const {
    const QPalette pal = palette();
    const int fh = fontMetrics().height();
    QFont labelFont = font();
    labelFont.setBold(true);
    const double diamond = fh * 0.42;
    for (int i = 0; i < itemCount(); ++i) {
        const Item& it = item(i);
        if (it.type != ItemType::Session)
            continue;
        const QColor colour = it.kind == SessionKind::Summit ? Theme::summit() : Theme::accent();
        const double x = (xFor(it.start) + xFor(it.end.addDays(1))) / 2;
        const double cy = g.labelTop + fh * 1.5;
        painter.setPen(QPen(colour, 1.5));
        painter.drawLine(QPointF(x, cy), QPointF(x, g.axisY));
        QPainterPath marker;
        if (it.kind == SessionKind::Webinar) {
            marker.addEllipse(QPointF(x, cy), diamond * 0.8, diamond * 0.8);
        } else {
            marker.moveTo(x, cy - diamond);
            marker.lineTo(x + diamond, cy);
            marker.lineTo(x, cy + diamond);
            marker.lineTo(x - diamond, cy);
            marker.closeSubpath();
        }
        painter.setPen(QPen(pal.color(QPalette::Base), 1));
        painter.setBrush(colour);
        painter.drawPath(marker);
        painter.setFont(labelFont);
        painter.setPen(colour.darker(115));
        painter.drawText(QRectF(x - fh * 4, g.labelTop, fh * 8, fh), Qt::AlignHCenter | Qt::AlignVCenter,
                         it.label);
        painter.setFont(font());
    }
}

} // namespace pdsa::ui

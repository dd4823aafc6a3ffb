// SPDX-License-Identifier: Apache-2.0
#include "widgets/rampview.h"

#include "format.h"
#include "theme.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QVBoxLayout>

#include <algorithm>

namespace pdsa::ui {

namespace {

// Cards and arrows placed left to right, wrapping to the next line when the width runs out.
class CardFlow : public QWidget {
public:
    explicit CardFlow(QWidget* parent)
        : QWidget(parent) {
        QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
    }

    void add(QWidget* item) {
        m_items.push_back(item);
        updateGeometry();
    }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return heightFor(width); }
    QSize sizeHint() const override {
        const int width = this->width() > 0 ? this->width() : minimumSizeHint().width() * 3;
        return {width, heightFor(width)};
    }
    QSize minimumSizeHint() const override {
        int widest = 0;
        for (QWidget* item : m_items)
            widest = std::max(widest, item->sizeHint().width());
        return {widest, heightFor(widest)};
    }

protected:
    void resizeEvent(QResizeEvent*) override { place(width(), true); }

private:
    int heightFor(int width) const { return const_cast<CardFlow*>(this)->place(width, false); }

    // Lays the items out for `width`; returns the height needed.
    int place(int width, bool apply) {
        const int gap = fontMetrics().height() / 2;
        int x = 0;
        int y = 0;
        int lineHeight = 0;
        for (size_t i = 0; i < m_items.size(); ++i) {
            QWidget* item = m_items[i];
            const QSize size = item->sizeHint();
            // An arrow wraps together with the card it points to, so a line never ends in an arrow.
            int needed = size.width();
            if (!qobject_cast<RampCard*>(item) && i + 1 < m_items.size())
                needed += gap + m_items[i + 1]->sizeHint().width();
            if (x > 0 && x + needed > width) {
                x = 0;
                y += lineHeight + gap;
                lineHeight = 0;
            }
            lineHeight = std::max(lineHeight, size.height());
            if (apply)
                item->setGeometry(QRect(QPoint(x, y), size));
            x += size.width() + gap;
        }
        // Arrows are vertically centred on their line.
        if (apply)
            for (QWidget* item : m_items)
                if (!qobject_cast<RampCard*>(item))
                    item->move(item->x(), item->y() + (cardHeight() - item->height()) / 2);
        return y + lineHeight;
    }

    int cardHeight() const {
        for (QWidget* item : m_items)
            if (qobject_cast<RampCard*>(item))
                return item->sizeHint().height();
        return 0;
    }

    std::vector<QWidget*> m_items;
};

} // namespace

RampCard::RampCard(const PdsaCycle& cycle, bool current, QWidget* parent)
    : QAbstractButton(parent)
    , m_id(cycle.meta.id)
    , m_current(current)
    , m_title(cycle.title.trimmed().isEmpty() ? tr("Untitled cycle") : cycle.title)
    , m_scale(Format::scale(cycle.scaleCount, cycle.scaleUnit))
    , m_dates(Format::dateRange(cycle.startDate, cycle.endDate)) {
    if (cycle.decision != Decision::None) {
        m_decisionText = Format::decision(cycle.decision);
        m_decisionColor = Theme::decisionColor(cycle.decision);
    } else {
        m_decisionText = Format::status(cycle.status);
        m_decisionColor = Theme::statusColor(cycle.status);
    }
    if (m_dates.isEmpty())
        m_dates = tr("No dates yet");
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setToolTip(m_title);
    //: A ramp card read aloud: title, scale, dates, decision or status
    setAccessibleName(tr("%1; %2; %3; %4").arg(m_title, m_scale, m_dates, m_decisionText));
    setAccessibleDescription(current ? tr("The cycle on show") : tr("Press Enter to open this cycle"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

QSize RampCard::sizeHint() const {
    const QFontMetrics fm = fontMetrics();
    const int pad = fm.height() / 2;
    // Two lines of title, then scale, dates and decision.
    return {fm.averageCharWidth() * 26 + 2 * pad, fm.lineSpacing() * 5 + pad * 2 + fm.height() / 2};
}

void RampCard::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        click();
        return;
    }
    QAbstractButton::keyPressEvent(event);
}

void RampCard::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const int pad = fm.height() / 2;
    const QRectF frame = QRectF(rect()).adjusted(1, 1, -1, -1);
    QColor fill = palette().color(QPalette::Base);
    if (isDown())
        fill = palette().color(QPalette::Midlight);
    else if (underMouse())
        fill = Theme::accentSoft();
    painter.setPen(QPen(m_current ? Theme::accent() : palette().color(QPalette::Mid), m_current ? 2.5 : 1));
    painter.setBrush(fill);
    painter.drawRoundedRect(frame, pad * 0.6, pad * 0.6);

    // A band in the decision's colour down the left edge.
    QPainterPath band;
    band.addRoundedRect(QRectF(frame.left(), frame.top(), pad * 0.6, frame.height()), pad * 0.3, pad * 0.3);
    painter.fillPath(band, m_decisionColor);

    const int left = pad + pad / 2;
    const int textWidth = width() - left - pad;
    int y = pad;
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(palette().color(QPalette::Text));
    const QFontMetrics boldMetrics(bold);
    // The title on two lines, elided at the end of the second.
    QString rest = m_title;
    for (int line = 0; line < 2 && !rest.isEmpty(); ++line) {
        QString shown = rest;
        if (line == 1 || boldMetrics.horizontalAdvance(rest) <= textWidth) {
            shown = boldMetrics.elidedText(rest, Qt::ElideRight, textWidth);
            rest.clear();
        } else {
            int cut = rest.size();
            while (cut > 0 && boldMetrics.horizontalAdvance(rest.left(cut)) > textWidth)
                cut = rest.lastIndexOf(QLatin1Char(' '), cut - 1);
            if (cut <= 0)
                cut = std::max(1, static_cast<int>(rest.size()) / 2);
            shown = rest.left(cut);
            rest = rest.mid(cut).trimmed();
        }
        painter.drawText(QRect(left, y, textWidth, fm.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                         shown);
        y += fm.lineSpacing();
    }
    y = pad + 2 * fm.lineSpacing() + fm.height() / 4;
    painter.setFont(Theme::scaled(font(), 1.1));
    painter.drawText(QRect(left, y, textWidth, fm.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                     fm.elidedText(m_scale, Qt::ElideRight, textWidth));
    y += fm.lineSpacing();
    painter.setFont(font());
    painter.setPen(Theme::mutedText(palette()));
    painter.drawText(QRect(left, y, textWidth, fm.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                     fm.elidedText(m_dates, Qt::ElideRight, textWidth));
    y += fm.lineSpacing();
    const int dot = fm.height() * 6 / 10;
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_decisionColor);
    painter.drawEllipse(QRectF(left, y + (fm.lineSpacing() - dot) / 2.0, dot, dot));
    painter.setPen(m_decisionColor.darker(115));
    painter.setFont(bold);
    painter.drawText(QRect(left + dot + pad / 2, y, textWidth - dot - pad / 2, fm.lineSpacing()),
                     Qt::AlignLeft | Qt::AlignVCenter, m_decisionText);

    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect().adjusted(3, 3, -3, -3);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }
}

RampView::RampView(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
    , m_empty(new QLabel(this)) {
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(fontMetrics().height() / 2);
    m_empty->setWordWrap(true);
    Theme::makeMuted(m_empty);
    m_empty->setText(tr("No cycles in this ramp yet."));
    m_layout->addWidget(m_empty);
    setAccessibleName(tr("Ramp"));
}

void RampView::setEmptyText(const QString& text) {
    m_empty->setText(text);
}

QList<RampCard*> RampView::cards() const {
    QList<RampCard*> list;
    for (QWidget* row : m_rows)
        list += row->findChildren<RampCard*>();
    return list;
}

void RampView::setRows(const std::vector<Row>& rows, const QUuid& currentId) {
    QUuid focused;
    for (RampCard* card : cards())
        if (card->hasFocus())
            focused = card->cycleId();
    // Later, not now: a card's click may be what reloaded the page, and it is still being
    // delivered. Detached at once so that the new cards are the only ones found.
    for (QWidget* row : m_rows) {
        row->hide();
        row->setParent(nullptr);
        row->deleteLater();
    }
    m_rows.clear();
    m_empty->setVisible(rows.empty());
    RampCard* refocus = nullptr;
    for (const Row& row : rows) {
        auto* box = new QWidget(this);
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->setSpacing(fontMetrics().height() / 4);
        if (!row.heading.isEmpty()) {
            auto* heading = new QLabel(row.heading, box);
            heading->setWordWrap(true);
            QFont font = heading->font();
            font.setBold(true);
            heading->setFont(font);
            boxLayout->addWidget(heading);
        }
        auto* flow = new CardFlow(box);
        bool first = true;
        for (const PdsaCycle& cycle : row.cycles) {
            if (!first) {
                auto* arrow = new QLabel(QStringLiteral("→"), flow);
                arrow->setFont(Theme::scaled(font(), 1.5));
                Theme::makeMuted(arrow);
                arrow->setAccessibleName(tr("grew into"));
                flow->add(arrow);
            }
            first = false;
            auto* card = new RampCard(cycle, cycle.meta.id == currentId, flow);
            const QUuid id = cycle.meta.id;
            connect(card, &QAbstractButton::clicked, this, [this, id] { emit cycleActivated(id); });
            if (id == focused)
                refocus = card;
            flow->add(card);
        }
        boxLayout->addWidget(flow);
        m_layout->addWidget(box);
        m_rows.push_back(box);
    }
    if (refocus)
        refocus->setFocus(Qt::OtherFocusReason);
}

} // namespace pdsa::ui

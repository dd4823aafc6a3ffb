// SPDX-License-Identifier: Apache-2.0
#include "widgets/driverdiagramview.h"

#include "format.h"
#include "theme.h"

#include <QCoreApplication>
#include <QDir>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QImage>
#include <QKeyEvent>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScrollBar>
#include <QSvgGenerator>
#include <QTextLayout>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <functional>

namespace pdsa::ui {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(pdsa::ui::DriverDiagram)
};

// Widths and gaps in multiples of the font's pixel size, so 200 % text doubles the diagram.
constexpr qreal kAimWidth = 12;
constexpr qreal kPrimaryWidth = 12;
constexpr qreal kSecondaryWidth = 13;
constexpr qreal kIdeaWidth = 16;
constexpr qreal kColumnGap = 2.5;
constexpr qreal kMargin = 1.0;
constexpr qreal kPadding = 0.5;
constexpr qreal kIdeaGap = 0.6;
constexpr qreal kSecondaryGap = 1.4;
constexpr qreal kPrimaryGap = 2.4;
// Lines of a name before the rest is elided (the whole name is in the tooltip).
constexpr int kMaxNameLines = 6;
constexpr int kMaxAimLines = 14;
constexpr int kMaxTeamLines = 2;

constexpr double kMinZoom = 0.25;
constexpr double kMaxZoom = 4.0;

// The diagram is a document (like a chart): it is drawn in these colours on white, on the screen
// as in every export.
const QColor kInk(0x1d, 0x27, 0x33);
const QColor kMuted(0x5b, 0x66, 0x73);
const QColor kBorder(0x8a, 0x97, 0xa8);
const QColor kConnector(0x7a, 0x86, 0x96);
const QColor kPrimaryFill(0xd9, 0xe6, 0xf5);
const QColor kSecondaryFill(0xee, 0xf3, 0xfa);

QFont pixelSized(const QFont& base) {
    QFont font = base;
    if (base.pixelSize() <= 0)
        font.setPixelSize(std::max(6, qRound(base.pointSizeF() * 96.0 / 72.0)));
    return font;
}

// `text` wrapped into lines no wider than `width`; after `maxLines` the last line is elided.
QStringList wrap(const QString& text, const QFont& font, qreal width, int maxLines) {
    QStringList lines;
    const QString simplified = text.simplified();
    QTextLayout layout(simplified, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            const QString rest = simplified.mid(line.textStart());
            lines << QFontMetricsF(font).elidedText(rest, Qt::ElideRight, width);
            break;
        }
        lines << simplified.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    if (lines.isEmpty())
        lines << Format::decision(Decision::None); // the dash of an empty value
    return lines;
}

} // namespace

QString DriverDiagramLayout::cyclesText(int cycles) {
    if (cycles == 0)
        return Text::tr("Not tested yet");
    return cycles == 1 ? Text::tr("1 cycle") : Text::tr("%1 cycles").arg(cycles);
}

QString DriverDiagramLayout::decisionText(int cycles, Decision decision) {
    if (decision != Decision::None)
        return Format::decision(decision);
    return cycles > 0 ? Text::tr("no decision yet") : QString();
}

namespace {

using Kind = DriverDiagramLayout::Kind;
using Box = DriverDiagramLayout::Box;

// The four columns' widths and left edges, in pixels.
struct Columns {
    qreal widths[4];
    qreal lefts[4];
};

Columns columnsFor(qreal em) {
    Columns columns{{kAimWidth * em, kPrimaryWidth * em, kSecondaryWidth * em, kIdeaWidth * em}, {}};
    columns.lefts[0] = kMargin * em;
    for (int c = 1; c < 4; ++c)
        columns.lefts[c] = columns.lefts[c - 1] + columns.widths[c - 1] + kColumnGap * em;
    return columns;
}

// Adds a box for every item of the change package, each with its text wrapped to its column and
// its height (but not yet its place); returns the children of each box, by index.
std::vector<std::vector<int>> addBoxes(DriverDiagramLayout& layout, const ChangePackageData& data,
                                       const Columns& columns) {
    const qreal lh = layout.lineHeight;
    const qreal pad = layout.padding;
    const auto& widths = columns.widths;
    auto addBox = [&](Kind kind, const QUuid& id, int parent, const QString& name,
                      const QString& description) {
        const int column = static_cast<int>(kind);
        Box box;
        box.kind = kind;
        box.id = id;
        box.parent = parent;
        box.name = name;
        box.description = description;
        const QFont& font = kind == Kind::PrimaryDriver ? layout.boldFont : layout.font;
        const qreal textWidth = widths[column] - 2 * pad;
        box.lines = wrap(name, font, textWidth, kind == Kind::Aim ? kMaxAimLines : kMaxNameLines);
        qreal height = 2 * pad + lh * box.lines.size();
        if (kind == Kind::Aim)
            height += lh; // the "Aim" label above the text
        box.rect = QRectF(columns.lefts[column], 0, widths[column], height);
        layout.boxes.push_back(std::move(box));
        return static_cast<int>(layout.boxes.size()) - 1;
    };

    const QString aim = data.aim.trimmed().isEmpty() ? Text::tr("No aim written yet") : data.aim;
    const int aimIndex = addBox(Kind::Aim, {}, -1, aim, {});
    std::vector<std::vector<int>> children(1);
    auto link = [&](int parent, int child) {
        if (children.size() <= static_cast<size_t>(child))
            children.resize(static_cast<size_t>(child) + 1);
        children[static_cast<size_t>(parent)].push_back(child);
    };
    for (const auto& primary : data.primaries) {
        const int p = addBox(Kind::PrimaryDriver, primary.id, aimIndex, primary.name, primary.description);
        link(aimIndex, p);
        for (const auto& secondary : primary.secondaries) {
            const int s =
                addBox(Kind::SecondaryDriver, secondary.id, p, secondary.name, secondary.description);
            link(p, s);
            for (const auto& idea : secondary.ideas) {
                const int i = addBox(Kind::ChangeIdea, idea.id, s, idea.name, idea.description);
                Box& box = layout.boxes[static_cast<size_t>(i)];
                box.teamName = idea.teamName;
                box.cycles = idea.cycles;
                box.decision = idea.latestDecision;
                if (!idea.teamName.isEmpty()) {
                    QFont italic = layout.font;
                    italic.setItalic(true);
                    box.teamLines = wrap(Text::tr("Idea of %1").arg(idea.teamName), italic,
                                         widths[3] - 2 * pad, kMaxTeamLines);
                }
                box.rect.setHeight(box.rect.height() + std::ceil(lh * 1.3) + lh * box.teamLines.size());
                link(s, i);
            }
        }
    }
    children.resize(layout.boxes.size());
    return children;
}

// Places the tree under box `root` from `top` down: each subtree takes the height of its box or
// of its children stacked, whichever is more; a parent sits in the middle of its children.
void placeBoxes(DriverDiagramLayout& layout, const std::vector<std::vector<int>>& children, int root,
                qreal top, qreal em) {
    auto gapAfter = [&](int index) {
        switch (layout.boxes[static_cast<size_t>(index)].kind) {
        case Kind::ChangeIdea:
            return kIdeaGap * em;
        case Kind::SecondaryDriver:
            return kSecondaryGap * em;
        default:
            return kPrimaryGap * em;
        }
    };
    std::function<qreal(int)> extent = [&](int index) {
        const auto& kids = children[static_cast<size_t>(index)];
        qreal span = 0;
        for (size_t k = 0; k < kids.size(); ++k)
            span += extent(kids[k]) + (k + 1 < kids.size() ? gapAfter(kids[k]) : 0);
        return std::max(span, layout.boxes[static_cast<size_t>(index)].rect.height());
    };
    std::function<void(int, qreal)> place = [&](int index, qreal y) {
        Box& box = layout.boxes[static_cast<size_t>(index)];
        const auto& kids = children[static_cast<size_t>(index)];
        const qreal total = extent(index);
        box.rect.moveTop(std::round(y + (total - box.rect.height()) / 2));
        qreal span = 0;
        for (size_t k = 0; k < kids.size(); ++k)
            span += extent(kids[k]) + (k + 1 < kids.size() ? gapAfter(kids[k]) : 0);
        qreal childY = y + (total - span) / 2;
        for (int kid : kids) {
            place(kid, childY);
            childY += extent(kid) + gapAfter(kid);
        }
    };
    place(root, top);
}

// A connector from every box to its parent: right from the parent, down or up halfway across the
// gap, then right into the child.
void addConnectors(DriverDiagramLayout& layout, qreal em) {
    const qreal lh = layout.lineHeight;
    for (size_t i = 0; i < layout.boxes.size(); ++i) {
        const Box& box = layout.boxes[i];
        if (box.parent < 0)
            continue;
        const QRectF from = layout.boxes[static_cast<size_t>(box.parent)].rect;
        const qreal middle = std::round(from.right() + kColumnGap * em / 2);
        const qreal startY = std::round(from.center().y());
        qreal endY = std::round(box.rect.center().y());
        if (std::abs(endY - startY) < lh / 2)
            endY = startY; // a lone child sits level with its parent: one straight line, no jog
        QPolygonF path;
        path << QPointF(from.right(), startY) << QPointF(middle, startY) << QPointF(middle, endY)
             << QPointF(box.rect.left(), endY);
        layout.connectors.push_back({box.parent, static_cast<int>(i), path});
    }
}

} // namespace

DriverDiagramLayout DriverDiagramLayout::compute(const ChangePackageData& data, const QFont& base) {
    DriverDiagramLayout layout;
    layout.font = pixelSized(base);
    layout.boldFont = layout.font;
    layout.boldFont.setBold(true);
    const qreal em = layout.font.pixelSize();
    const QFontMetricsF metrics(layout.font);
    const QFontMetricsF boldMetrics(layout.boldFont);
    layout.lineHeight = std::ceil(std::max(metrics.lineSpacing(), boldMetrics.lineSpacing()));
    layout.padding = std::round(kPadding * em);

    const Columns columns = columnsFor(em);
    const qreal headingHeight = std::ceil(layout.lineHeight * 1.6);
    const QString headings[] = {Text::tr("Aim"), Text::tr("Primary drivers"), Text::tr("Secondary drivers"),
                                Text::tr("Change ideas")};
    for (int c = 0; c < 4; ++c)
        layout.headings.push_back(
            {headings[c], QRectF(columns.lefts[c], kMargin * em, columns.widths[c], headingHeight)});
    const qreal top = kMargin * em + headingHeight + 0.5 * em;

    const std::vector<std::vector<int>> children = addBoxes(layout, data, columns);
    placeBoxes(layout, children, 0, top, em); // the aim is the first box

    qreal bottom = top;
    for (const Box& box : layout.boxes)
        bottom = std::max(bottom, box.rect.bottom());
    layout.size = QSizeF(std::ceil(columns.lefts[3] + columns.widths[3] + kMargin * em),
                         std::ceil(bottom + kMargin * em));
    addConnectors(layout, em);
    return layout;
}

int DriverDiagramLayout::indexOf(const QUuid& id) const {
    for (size_t i = 0; i < boxes.size(); ++i)
        if (boxes[i].id == id)
            return static_cast<int>(i);
    return -1;
}

int DriverDiagramLayout::boxAt(const QPointF& point) const {
    for (size_t i = 0; i < boxes.size(); ++i)
        if (boxes[i].rect.contains(point))
            return static_cast<int>(i);
    return -1;
}

namespace {

// The status line of a change idea at `y`: the decision as a coloured label with its word, then
// the cycles.
void paintIdeaStatus(QPainter& painter, const DriverDiagramLayout& layout, const Box& box, qreal x, qreal y,
                     qreal width) {
    const qreal lh = layout.lineHeight;
    const qreal pad = layout.padding;
    const qreal radius = pad * 0.6;
    qreal statusX = x;
    painter.setFont(layout.font);
    const QFontMetricsF metrics(layout.font);
    if (box.decision != Decision::None) {
        QFont bold = layout.boldFont;
        const QString word = Format::decision(box.decision);
        const qreal wordWidth = QFontMetricsF(bold).horizontalAdvance(word) + pad;
        const QRectF label(statusX, y, wordWidth, lh);
        painter.setPen(Qt::NoPen);
        painter.setBrush(Theme::decisionColor(box.decision));
        painter.drawRoundedRect(label, radius, radius);
        painter.setPen(Qt::white);
        painter.setFont(bold);
        painter.drawText(label, Qt::AlignCenter, word);
        painter.setFont(layout.font);
        statusX += wordWidth + pad / 2;
    }
    QString status = DriverDiagramLayout::cyclesText(box.cycles);
    if (box.decision == Decision::None && box.cycles > 0)
        status = Text::tr("%1, %2").arg(status, DriverDiagramLayout::decisionText(box.cycles, box.decision));
    painter.setPen(kMuted);
    painter.drawText(QRectF(statusX, y, x + width - statusX, lh), Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(status, Qt::ElideRight, x + width - statusX));
}

// One box: its fill by kind (outlined in the accent colour when selected), its text, and for a
// change idea the team it belongs to and its status line.
void paintBox(QPainter& painter, const DriverDiagramLayout& layout, const Box& box, bool isSelected) {
    const qreal lh = layout.lineHeight;
    const qreal pad = layout.padding;
    const qreal radius = pad * 0.6;
    QColor fill = Qt::white;
    if (box.kind == Kind::Aim)
        fill = Theme::accentSoft();
    else if (box.kind == Kind::PrimaryDriver)
        fill = kPrimaryFill;
    else if (box.kind == Kind::SecondaryDriver)
        fill = kSecondaryFill;
    painter.setBrush(fill);
    if (isSelected)
        painter.setPen(QPen(Theme::accent(), std::max(2.0, lh / 7)));
    else
        painter.setPen(box.kind == Kind::Aim ? QPen(Theme::accent(), 1.5) : QPen(kBorder, 1));
    painter.drawRoundedRect(box.rect, radius, radius);

    qreal y = box.rect.top() + pad;
    const qreal x = box.rect.left() + pad;
    const qreal width = box.rect.width() - 2 * pad;
    if (box.kind == Kind::Aim) {
        painter.setFont(layout.boldFont);
        painter.setPen(kInk);
        painter.drawText(QRectF(x, y, width, lh), Qt::AlignLeft | Qt::AlignVCenter, Text::tr("Aim"));
        y += lh;
    }
    painter.setFont(box.kind == Kind::PrimaryDriver ? layout.boldFont : layout.font);
    painter.setPen(kInk);
    for (const QString& line : box.lines) {
        painter.drawText(QRectF(x, y, width, lh), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += lh;
    }
    if (box.kind != Kind::ChangeIdea)
        return;
    QFont italic = layout.font;
    italic.setItalic(true);
    painter.setFont(italic);
    painter.setPen(kMuted);
    for (const QString& line : box.teamLines) {
        painter.drawText(QRectF(x, y, width, lh), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += lh;
    }
    y += std::ceil(lh * 0.15);
    paintIdeaStatus(painter, layout, box, x, y, width);
}

} // namespace

void paintDriverDiagram(QPainter& painter, const DriverDiagramLayout& layout, int selected) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), layout.size), Qt::white);

    painter.setFont(layout.boldFont);
    painter.setPen(kMuted);
    for (const auto& heading : layout.headings)
        painter.drawText(heading.rect, Qt::AlignLeft | Qt::AlignVCenter, heading.text);

    painter.setBrush(Qt::NoBrush);
    painter.setPen(
        QPen(kConnector, std::max(1.0, layout.lineHeight / 14), Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    for (const auto& connector : layout.connectors)
        painter.drawPolyline(connector.path);

    for (size_t i = 0; i < layout.boxes.size(); ++i)
        paintBox(painter, layout, layout.boxes[i], static_cast<int>(i) == selected);
    painter.restore();
}

Status exportDriverDiagram(const DriverDiagramLayout& layout, const QString& path, DiagramFormat format,
                           const QString& title) {
    QSaveFile file(path);
    auto failed = [&](const QString& why) {
        return Error{ErrorCode::Io, Text::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why)};
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    const QSizeF size = layout.size;
    switch (format) {
    case DiagramFormat::Png: {
        // Twice the resolution of the screen at 100 %, so the picture stays sharp in a slide.
        QImage image((size * 2).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2);
        image.fill(Qt::white);
        QPainter painter(&image);
        paintDriverDiagram(painter, layout);
        painter.end();
        if (!image.save(&file, "PNG"))
            return failed(file.errorString());
        break;
    }
    case DiagramFormat::Svg: {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setTitle(title);
        generator.setDescription(Text::tr("Driver diagram drawn by PDSA Tracker"));
        generator.setResolution(96);
        generator.setSize(size.toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), size));
        QPainter painter(&generator);
        paintDriverDiagram(painter, layout);
        painter.end();
        break;
    }
    case DiagramFormat::Pdf: {
        // One page the size of the diagram, at 96 dots per inch: one layout unit is one dot.
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("PDSA Tracker"));
        writer.setResolution(96);
        writer.setPageSize(QPageSize(QSizeF(size.width() * 0.75, size.height() * 0.75), QPageSize::Point,
                                     title, QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&writer);
        paintDriverDiagram(painter, layout);
        painter.end();
        break;
    }
    }
    if (file.error() != QFileDevice::NoError)
        return failed(file.errorString());
    if (!file.commit())
        return failed(file.errorString());
    return {};
}

// ---- the view --------------------------------------------------------------------------------

DriverDiagramView::DriverDiagramView(QWidget* parent)
    : QAbstractScrollArea(parent) {
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setBackgroundRole(QPalette::Base);
    relayout();
}

void DriverDiagramView::setChangePackage(const ChangePackageData& data) {
    m_data = data;
    relayout();
}

void DriverDiagramView::relayout() {
    const QUuid selected = selectedItem();
    const bool hadSelection = m_selected >= 0;
    m_layout = DriverDiagramLayout::compute(m_data, font());
    m_selected = hadSelection ? m_layout.indexOf(selected) : -1;
    updateScrollBars();
    updateGeometry();
    viewport()->update();
}

void DriverDiagramView::changeEvent(QEvent* event) {
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        relayout();
}

void DriverDiagramView::setZoom(double zoom) {
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (std::abs(zoom - m_zoom) < 1e-6)
        return;
    m_zoom = zoom;
    updateScrollBars();
    viewport()->update();
    emit zoomChanged(m_zoom);
}

void DriverDiagramView::zoomIn() {
    setZoom(m_zoom * 1.25);
}

void DriverDiagramView::zoomOut() {
    setZoom(m_zoom / 1.25);
}

void DriverDiagramView::fitToView() {
    const QSize area = viewport()->size();
    if (m_layout.size.isEmpty() || area.isEmpty())
        return;
    setZoom(std::min({1.0, area.width() / m_layout.size.width(), area.height() / m_layout.size.height()}));
}

QUuid DriverDiagramView::selectedItem() const {
    return m_selected >= 0 ? m_layout.boxes[static_cast<size_t>(m_selected)].id : QUuid();
}

void DriverDiagramView::selectItem(const QUuid& id) {
    if (id.isNull() && m_selected == 0)
        return; // the aim (it has no id, and the outline has no row for it) stays chosen
    const int index = id.isNull() ? -1 : m_layout.indexOf(id);
    selectIndex(index, false);
}

void DriverDiagramView::selectIndex(int index, bool announce) {
    if (index == m_selected)
        return;
    m_selected = index;
    if (index >= 0) {
        ensureVisible(index);
        const auto& box = m_layout.boxes[static_cast<size_t>(index)];
        QString text = box.name;
        if (box.kind == DriverDiagramLayout::Kind::ChangeIdea)
            text = Text::tr("%1, %2").arg(text, DriverDiagramLayout::cyclesText(box.cycles));
        if (box.decision != Decision::None)
            text = Text::tr("%1, %2").arg(text, Format::decision(box.decision));
        setAccessibleDescription(text);
    }
    viewport()->update();
    if (announce)
        emit itemSelected(selectedItem());
}

QSize DriverDiagramView::sizeHint() const {
    const int frame = 2 * frameWidth();
    const int line = fontMetrics().height();
    return QSize(std::min(qRound(m_layout.size.width() * m_zoom), line * 60) + frame,
                 std::min(qRound(m_layout.size.height() * m_zoom), line * 36) + frame);
}

void DriverDiagramView::updateScrollBars() {
    const QSize area = viewport()->size();
    const QSize content = (m_layout.size * m_zoom).toSize();
    horizontalScrollBar()->setRange(0, std::max(0, content.width() - area.width()));
    horizontalScrollBar()->setPageStep(area.width());
    horizontalScrollBar()->setSingleStep(std::max(1, qRound(m_layout.lineHeight * m_zoom)));
    verticalScrollBar()->setRange(0, std::max(0, content.height() - area.height()));
    verticalScrollBar()->setPageStep(area.height());
    verticalScrollBar()->setSingleStep(std::max(1, qRound(m_layout.lineHeight * m_zoom)));
}

void DriverDiagramView::resizeEvent(QResizeEvent* event) {
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void DriverDiagramView::paintEvent(QPaintEvent*) {
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), Qt::white);
    painter.translate(-horizontalScrollBar()->value(), -verticalScrollBar()->value());
    painter.scale(m_zoom, m_zoom);
    paintDriverDiagram(painter, m_layout, m_selected);
    if (hasFocus() && m_selected < 0) {
        // Where the keyboard is: the diagram itself, until a box is chosen.
        painter.resetTransform();
        painter.setPen(QPen(Theme::accent(), 1, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(viewport()->rect().adjusted(1, 1, -2, -2));
    }
}

QPointF DriverDiagramView::toDiagram(const QPoint& point) const {
    return QPointF(point.x() + horizontalScrollBar()->value(), point.y() + verticalScrollBar()->value()) /
           m_zoom;
}

void DriverDiagramView::ensureVisible(int index) {
    const QRectF rect = m_layout.boxes[static_cast<size_t>(index)].rect;
    const QRect shown(horizontalScrollBar()->value(), verticalScrollBar()->value(), viewport()->width(),
                      viewport()->height());
    const QRect target = QRectF(rect.topLeft() * m_zoom, rect.size() * m_zoom).toAlignedRect();
    if (target.left() < shown.left() || target.right() > shown.right())
        horizontalScrollBar()->setValue(target.left() - std::max(0, (shown.width() - target.width()) / 2));
    if (target.top() < shown.top() || target.bottom() > shown.bottom())
        verticalScrollBar()->setValue(target.top() - std::max(0, (shown.height() - target.height()) / 2));
}

void DriverDiagramView::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) {
        const int index = m_layout.boxAt(toDiagram(event->pos()));
        if (index >= 0)
            selectIndex(index, true);
    }
    QAbstractScrollArea::mousePressEvent(event);
}

void DriverDiagramView::mouseDoubleClickEvent(QMouseEvent* event) {
    const int index = m_layout.boxAt(toDiagram(event->pos()));
    if (event->button() == Qt::LeftButton && index >= 0) {
        selectIndex(index, true);
        emit itemActivated(selectedItem());
        return;
    }
    QAbstractScrollArea::mouseDoubleClickEvent(event);
}

void DriverDiagramView::wheelEvent(QWheelEvent* event) {
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->angleDelta().y() > 0)
            zoomIn();
        else if (event->angleDelta().y() < 0)
            zoomOut();
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

// Up and Down go to the previous and next box of the same column, Left to the parent, Right to
// the first child.
int DriverDiagramView::neighbour(int index, int key) const {
    if (index < 0)
        return m_layout.boxes.empty() ? -1 : 0;
    const auto& box = m_layout.boxes[static_cast<size_t>(index)];
    const int count = static_cast<int>(m_layout.boxes.size());
    switch (key) {
    case Qt::Key_Left:
        return box.parent >= 0 ? box.parent : index;
    case Qt::Key_Right:
        for (int i = index + 1; i < count; ++i)
            if (m_layout.boxes[static_cast<size_t>(i)].parent == index)
                return i;
        return index;
    case Qt::Key_Up:
        for (int i = index - 1; i >= 0; --i)
            if (m_layout.boxes[static_cast<size_t>(i)].kind == box.kind)
                return i;
        return index;
    case Qt::Key_Down:
        for (int i = index + 1; i < count; ++i)
            if (m_layout.boxes[static_cast<size_t>(i)].kind == box.kind)
                return i;
        return index;
    default:
        return index;
    }
}

void DriverDiagramView::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (event->modifiers() == Qt::NoModifier) {
            selectIndex(neighbour(m_selected, event->key()), true);
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selected >= 0) {
            emit itemActivated(selectedItem());
            return;
        }
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
        setZoom(1.0);
        return;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void DriverDiagramView::focusInEvent(QFocusEvent* event) {
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

bool DriverDiagramView::viewportEvent(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int index = m_layout.boxAt(toDiagram(help->pos()));
        if (index < 0) {
            QToolTip::hideText();
            return true;
        }
        const auto& box = m_layout.boxes[static_cast<size_t>(index)];
        QString tip = box.name;
        if (!box.description.isEmpty())
            tip += QStringLiteral("\n\n") + box.description;
        if (box.kind == DriverDiagramLayout::Kind::ChangeIdea) {
            tip += QStringLiteral("\n\n") + DriverDiagramLayout::cyclesText(box.cycles);
            if (const QString decision = DriverDiagramLayout::decisionText(box.cycles, box.decision);
                !decision.isEmpty())
                tip += QStringLiteral(" · ") + decision;
            if (!box.teamName.isEmpty())
                tip += QLatin1Char('\n') + Text::tr("Idea of %1").arg(box.teamName);
        }
        QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace pdsa::ui

// SPDX-License-Identifier: Apache-2.0
#pragma once
// The drawn driver diagram of the change package: four columns (aim → primary drivers →
// secondary drivers → change ideas) of boxes with wrapped text, joined by orthogonal connectors
// from each parent to each of its children. Every change idea shows how many PDSA cycles tested
// it and the latest decision, in colour and in words.
//
// Three parts, so each can be tested alone:
// - DriverDiagramLayout::compute() places the boxes and connectors (plain geometry, no painting);
// - paintDriverDiagram() draws a layout on any QPainter: the screen, a QImage, an SVG or a PDF;
// - DriverDiagramView shows it, scrolling when it is larger than the view, with zoom and fit, a
//   selection (click, or the arrow keys) and exportDriverDiagram() for PNG, SVG and PDF.
// The collaborative page owns the view and feeds it ChangePackageData after every change.

#include "domain/pdsacycle.h"
#include "models/changepackagemodel.h"
#include "util/result.h"

#include <QAbstractScrollArea>
#include <QFont>
#include <QPolygonF>
#include <QRectF>
#include <QStringList>
#include <QUuid>

#include <vector>

class QPainter;

namespace pdsa::ui {

struct DriverDiagramLayout {
    enum class Kind { Aim, PrimaryDriver, SecondaryDriver, ChangeIdea };

    struct Box {
        Kind kind = Kind::Aim;
        QUuid id; // null for the aim
        int parent = -1;
        QRectF rect;
        QStringList lines; // the name, wrapped to the box (the last line elided when too long)
        QString name;
        QString description;
        QString teamName;      // a team's own idea
        QStringList teamLines; // "Idea of <team>", wrapped like the name
        int cycles = 0;
        Decision decision = Decision::None;
    };
    // An orthogonal line from the middle of a parent's right edge to the middle of a child's left.
    struct Connector {
        int from = -1;
        int to = -1;
        QPolygonF path;
    };
    struct Heading {
        QString text;
        QRectF rect;
    };

    std::vector<Box> boxes;
    std::vector<Connector> connectors;
    std::vector<Heading> headings;
    QSizeF size;
    // The fonts the text was measured with (sized in pixels, so the layout means the same on every
    // device), the height of one line and the padding inside a box.
    QFont font;
    QFont boldFont;
    qreal lineHeight = 0;
    qreal padding = 0;

    // Lays out `data` with text in `base` (its pixel or point size decides the scale).
    static DriverDiagramLayout compute(const ChangePackageData& data, const QFont& base);

    int indexOf(const QUuid& id) const;
    int boxAt(const QPointF& point) const;
    // The line under the name of a change idea: "3 cycles" and the decision word.
    static QString cyclesText(int cycles);
    static QString decisionText(int cycles, Decision decision);
};

// Draws `layout` (in its own coordinates: 0,0 to layout.size) with the box `selected` (an index
// into layout.boxes, -1 for none) highlighted.
void paintDriverDiagram(QPainter& painter, const DriverDiagramLayout& layout, int selected = -1);

enum class DiagramFormat { Png, Svg, Pdf };

// Writes the diagram to `path` through QSaveFile; `title` names the SVG and PDF document.
Status exportDriverDiagram(const DriverDiagramLayout& layout, const QString& path, DiagramFormat format,
                           const QString& title);

class DriverDiagramView : public QAbstractScrollArea {
    Q_OBJECT

public:
    explicit DriverDiagramView(QWidget* parent = nullptr);

    void setChangePackage(const ChangePackageData& data);
    const DriverDiagramLayout& diagramLayout() const { return m_layout; }

    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    void zoomIn();
    void zoomOut();
    // The whole diagram in the view (never larger than actual size).
    void fitToView();

    QUuid selectedItem() const;
    // Selects the box of `id` (nothing for an unknown id; a null id keeps the aim if it is chosen)
    // and scrolls it into view.
    void selectItem(const QUuid& id);

    QSize sizeHint() const override;

signals:
    // The user picked a box (click or arrow keys); a null id is the aim.
    void itemSelected(const QUuid& id);
    // Double click or Enter on a box: the page opens it in the outline.
    void itemActivated(const QUuid& id);
    void zoomChanged(double zoom);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;

private:
    void relayout();
    void updateScrollBars();
    QPointF toDiagram(const QPoint& viewportPoint) const;
    void selectIndex(int index, bool announce);
    void ensureVisible(int index);
    int neighbour(int index, int key) const;

    ChangePackageData m_data;
    DriverDiagramLayout m_layout;
    double m_zoom = 1.0;
    int m_selected = -1;
};

} // namespace pdsa::ui

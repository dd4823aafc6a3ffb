// SPDX-License-Identifier: Apache-2.0
#pragma once
// A report's content as a document model, apart from how it is written: headings, paragraphs,
// tables and small charts, in order. One model, three writers: htmlFile() here (one
// self-contained file, the charts as inline SVG), printHtml() for ui/print to paint as a PDF (the
// charts as images it draws from the same sketches), and the report's own CSV files for the numbers.
// Qt Core only.

#include "util/result.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace pdsa::report {

// One small chart: the engine's points, centre line, limits and signals, ready to draw.
struct ChartSketch {
    QString measure;
    QString latest;           // "42 % (2025-03)", or "no value yet"
    QString signalText;       // "new signal this month: shift" or empty
    std::vector<double> y;    // NaN: a gap (or a point left out: a small number)
    std::vector<double> centre;
    std::vector<double> lower, upper; // control limits (empty for a run chart; NaN where none)
    std::vector<bool> signal; // the point takes part in a signal
    std::optional<double> goal;
    int monthPoint = -1;      // a point to ring (the report's month), -1 for none
    // With axis labels (the first and last period), the value scale is labelled at the left and the
    // periods under the chart.
    QString firstLabel, lastLabel;
    QString emptyText;        // said when no point is drawn (empty: "No values yet")
    int width = kChartWidth, height = kChartHeight; // pixels at 96 dpi
    std::optional<double> low, high; // a scale shared with other charts (unset: its own values')
    static constexpr int kChartWidth = 300;
    static constexpr int kChartHeight = 120;
    bool axes() const { return !firstLabel.isEmpty(); }
};

inline constexpr int kChartWidth = ChartSketch::kChartWidth;
inline constexpr int kChartHeight = ChartSketch::kChartHeight;

// Where a sketch's points sit in its box, for both of its drawings (the HTML file's SVG and the
// PDF's painting): the values, centre line, limits and goal span the plot area, the box less a
// padding and any axis labels (a flat chart gets a band of ±1 around its value).
class SketchScale {
public:
    explicit SketchScale(const ChartSketch& sketch);
    bool empty() const { return m_empty; } // no value to draw
    double x(size_t point) const;
    double y(double value) const;
    double left() const { return m_left; }
    double right() const { return m_right; }
    double top() const { return kPadding; }
    double bottom() const { return m_bottom; }
    double low() const { return m_low; }
    double high() const { return m_high; }
    // The scale's ends as labelled at the left.
    QString lowText() const;
    QString highText() const;
    static constexpr double kPadding = 8;
    static constexpr double kAxisLeft = 40;   // room for the value labels
    static constexpr double kAxisBottom = 16; // room for the period labels

private:
    size_t m_points = 0;
    double m_low = 0, m_high = 1;
    double m_left = kPadding, m_right = kChartWidth - kPadding, m_bottom = kChartHeight - kPadding;
    bool m_empty = true;
};

// A chart sketch as inline SVG (role="img", `alt` as its label): the limits dashed, the centre line,
// the values (signals as larger orange points, the ringed point), the goal as a dashed green line.
QString chartSvg(const ChartSketch& sketch, const QString& alt);

struct Table {
    QString caption;          // what the table shows, read before it
    QStringList headers;
    std::vector<QStringList> rows;
    std::vector<bool> numeric; // per column: numbers, set right-aligned (missing: text)
};

struct Block {
    enum class Kind { Heading, Paragraph, Note, Table, Chart };
    Kind kind = Kind::Paragraph;
    int level = 2;          // a heading's level, 1 to 3
    bool newPage = false;   // a heading that starts a printed page
    QString text;           // a heading's, paragraph's or note's text; a chart's text alternative
    Table table;
    int chart = -1;         // a chart's index in Document::charts
};

struct Document {
    QString title;  // the HTML file's title and the PDF's
    QString footer; // the line under each printed page
    std::vector<Block> blocks;
    std::vector<ChartSketch> charts;

    void heading(int level, const QString& text, bool newPage = false);
    void paragraph(const QString& text);
    void note(const QString& text); // a remark in grey (an empty section's "none yet")
    void table(Table table);
    void chart(ChartSketch sketch, const QString& alt);
};

// The document as a standalone HTML file (UTF-8, no script, nothing fetched): headings, tables with
// header cells and captions, each chart as inline SVG with its text alternative. The same document
// gives the same bytes.
QString htmlFile(const Document& document);

// Writes htmlFile() at `path` (through QSaveFile: all or nothing).
Status writeHtmlFile(const Document& document, const QString& path);

// The document's body as HTML for QTextDocument, chart N as <img src="pdsa-chart:N"> of its
// sketch's size (pixels at 96 dpi) times `chartScale` for the painter to fill.
QString printHtml(const Document& document, double chartScale = 1.0);

} // namespace pdsa::report

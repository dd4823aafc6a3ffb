// SPDX-License-Identifier: Apache-2.0
#pragma once
// A team's assessment scores month by month, as a small chart: the faculty's score (filled dots on
// a solid line) and the team's self-score (hollow dots on a dashed line) on the 1.0–5.0 scale, a
// dashed rule at 4.0 (the collaborative's success level), and a ⚑ over each month where the two
// are 1.0 or more apart. Drawn with QPainter from the rows it is given (the team's reporting
// months): it reads nothing itself. Its accessible description says the same in words.

#include "coaching/reporting.h"

#include <QWidget>

#include <vector>

namespace pdsa::ui {

class ScoreHistoryChart : public QWidget {
    Q_OBJECT

public:
    explicit ScoreHistoryChart(QWidget* parent = nullptr);

    void setRows(std::vector<coaching::ReportingRow> rows);
    // The months whose faculty and self-score are 1.0 or more apart.
    std::vector<QDate> gapMonths() const;
    // Whether any month has a score.
    bool hasScores() const;
    // "Latest faculty score 3.5 (May 2026); self-score 4.5 (May 2026). ⚑ 1.0 apart in May 2026."
    QString summary() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    std::vector<coaching::ReportingRow> m_rows;
};

} // namespace pdsa::ui

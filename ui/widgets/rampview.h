// SPDX-License-Identifier: Apache-2.0
#pragma once
// A ramp drawn as rows of linked cards: one row per chain of PDSA cycles (grouped under the
// change idea they test), each card showing a cycle's title, scale ("1 family" → "5 families" →
// "whole unit"), dates, and its decision as a colour and a word, so a coach sees at once how a
// change grew from one family to the whole unit. Rows wrap when the cards do not fit the width
// (long ramps, 200 % text). Cards are buttons: Tab reaches each, Enter, Space or a click opens
// the cycle (cycleActivated). The cycle on show is outlined in the accent colour.

#include "domain/pdsacycle.h"

#include <QAbstractButton>
#include <QList>
#include <QUuid>

#include <vector>

class QLabel;
class QVBoxLayout;

namespace pdsa::ui {

// One card of the ramp view.
class RampCard : public QAbstractButton {
    Q_OBJECT

public:
    RampCard(const PdsaCycle& cycle, bool current, QWidget* parent = nullptr);

    QUuid cycleId() const { return m_id; }
    bool isCurrent() const { return m_current; }
    QString scaleText() const { return m_scale; }
    QString decisionText() const { return m_decisionText; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QUuid m_id;
    bool m_current = false;
    QString m_title;
    QString m_scale;
    QString m_dates;
    QString m_decisionText;
    QColor m_decisionColor;
};

class RampView : public QWidget {
    Q_OBJECT

public:
    struct Row {
        QString heading;               // the change idea, or "Branch from …"
        std::vector<PdsaCycle> cycles; // in ramp order
    };

    explicit RampView(QWidget* parent = nullptr);

    // Replaces the rows; `currentId` is outlined. Keeps keyboard focus on the same cycle's card
    // when it is still there.
    void setRows(const std::vector<Row>& rows, const QUuid& currentId = {});
    void setEmptyText(const QString& text);

    QList<RampCard*> cards() const;
    int rowCount() const { return static_cast<int>(m_rows.size()); }

signals:
    void cycleActivated(const QUuid& cycleId);

private:
    QVBoxLayout* m_layout = nullptr;
    QLabel* m_empty = nullptr;
    std::vector<QWidget*> m_rows;
};

} // namespace pdsa::ui

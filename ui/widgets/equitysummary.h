// SPDX-License-Identifier: Apache-2.0
#pragma once
// The equity summary of the team page and the collaborative dashboard: per measure entered by
// stratum and per dimension, the group furthest from the rest of its dimension in the latest
// quarter, by how much, and whether its gap is narrowing (equity::equitySummary). A row opens the
// measure's disparity view.

#include "util/result.h"

#include <QUuid>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace pdsa::ui {

class WorkspaceDocument;

class EquitySummary : public QWidget {
    Q_OBJECT

public:
    explicit EquitySummary(QWidget* parent = nullptr);

    // The team's measures; a null team: the whole collaborative's shared measures.
    Status load(WorkspaceDocument& document, const QUuid& teamId);
    QTableWidget* table() const { return m_table; }
    int rowCount() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

signals:
    // A row was chosen: the measure and dimension to show in the disparity view.
    void measureActivated(const QUuid& measureId, const QString& dimension);

private:
    void fitColumns();

    QTableWidget* m_table = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace pdsa::ui

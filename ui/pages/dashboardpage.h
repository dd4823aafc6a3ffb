// SPDX-License-Identifier: Apache-2.0
#pragma once
// The organizer's dashboard (report/dashboard.h): for each shared measure, the collaborative
// aggregate above one small chart per team on one scale, signals marked, each with the team's
// latest value and the goal. The tiles sort by team name, latest value, change since the baseline
// or assessment score, and the months follow an action period. Each tile is a button: Tab reaches
// it, Enter or a click opens that team's page of the measure, and its accessible name says the
// team, the latest value and the signals.

#include "pages/page.h"
#include "report/dashboard.h"

#include <QAbstractButton>
#include <QImage>

#include <vector>

class QComboBox;
class QGridLayout;
class QLabel;

namespace pdsa::ui {

class Section;

class DashboardTileButton : public QAbstractButton {
    Q_OBJECT

public:
    DashboardTileButton(const report::DashboardTile& tile, const QUuid& measureId, const QString& goal,
                        QWidget* parent = nullptr);
    const report::DashboardTile& tile() const { return m_tile; }
    QUuid measureId() const { return m_measureId; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override; // Enter opens, as Space does

private:
    report::DashboardTile m_tile;
    QUuid m_measureId;
    QString m_goal;
    QImage m_chart; // drawn once, at the screen's resolution
    QSize m_chartFor; // the room it was drawn for
};

class DashboardPage : public Page {
    Q_OBJECT

public:
    enum class SortBy { Name, Latest, Change, Score };

    explicit DashboardPage(QWidget* parent = nullptr);

    QComboBox* sortBox() const { return m_sort; }
    QComboBox* monthsBox() const { return m_months; }
    // The tiles of the measure at `index` (the shared set's order), in the order shown.
    std::vector<DashboardTileButton*> tiles(int index) const;
    int measureCount() const { return int(m_boards.size()); }

protected:
    Status load(WorkspaceDocument& document, const NavigationTarget& target) override;
    bool shows(const Changes& changes) const override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    int columns() const; // as many tiles a row as the page's width takes
    Status rebuild();
    void arrange();

    WorkspaceDocument* m_document = nullptr;
    QComboBox* m_sort = nullptr;
    QComboBox* m_months = nullptr;
    QLabel* m_note = nullptr;
    QWidget* m_boardsBox = nullptr; // the measures' sections
    std::vector<report::DashboardMeasure> m_boards;
    struct Shown {
        Section* section = nullptr;
        QLabel* aggregate = nullptr;
        QLabel* reading = nullptr;
        QGridLayout* grid = nullptr;
        std::vector<DashboardTileButton*> tiles;
    };
    std::vector<Shown> m_shown;
    int m_columns = 1;
};

} // namespace pdsa::ui

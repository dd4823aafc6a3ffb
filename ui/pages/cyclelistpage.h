// SPDX-License-Identifier: Apache-2.0
#pragma once
// The "PDSA cycles" folder of a team: every cycle in a table with filters (team — this team or
// all teams of the collaborative —, driver, change idea, status, decision, a date range) and a
// search box that looks in every field; the list narrows as the user types. Enter or a
// double-click opens a cycle. When nothing matches, the page says which filters left nothing.
// Below the list, the ramps of the cycles shown, grouped per change idea.
//
// The filters are the page's own state: they stay as they are while the page reloads after an
// edit, and start again from "this team, everything" when another team's folder is opened.
//
// The folder of a team whose work came from its bundle starts with an OwnershipBanner, and its
// "New PDSA cycle" is disabled (the tooltip says why); imported teams are marked in the team filter.

#include "cycles/cyclefilter.h"
#include "pages/page.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pdsa::ui {

class CycleFilterProxyModel;
class CycleListModel;
class FittedTableView;
class OptionalDateEdit;
class OwnershipBanner;
class RampView;

class CycleListPage : public Page {
    Q_OBJECT

public:
    explicit CycleListPage(QWidget* parent = nullptr);

    CycleListModel* model() const { return m_model; }
    CycleFilterProxyModel* proxy() const { return m_proxy; }
    FittedTableView* view() const { return m_view; }
    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* teamCombo() const { return m_team; }
    QComboBox* driverCombo() const { return m_driver; }
    QComboBox* ideaCombo() const { return m_idea; }
    QComboBox* statusCombo() const { return m_status; }
    QComboBox* decisionCombo() const { return m_decision; }
    OptionalDateEdit* fromEdit() const { return m_from; }
    OptionalDateEdit* toEdit() const { return m_to; }
    QPushButton* clearButton() const { return m_clear; }
    QPushButton* newCycleButton() const { return m_newCycle; }
    QLabel* emptyLabel() const { return m_empty; }
    RampView* rampView() const { return m_ramps; }
    OwnershipBanner* ownershipBanner() const { return m_banner; }

    // Shows at most this many ramps below the list (each is a row of cards).
    static constexpr int kMaxRamps = 40;

signals:
    void newCycleRequested(const QUuid& teamId);

protected:
    Status load(WorkspaceDocument& document, const NavigationTarget& target) override;

private:
    // The constructor's parts: the three sections, then the filters' connections.
    void buildFindSection();
    void buildListSection();
    void buildRampSection();
    void connectFilters();
    void applyFilter();
    void updateIdeaChoices();
    void updateResult();
    QString whyEmpty() const;

    QPointer<WorkspaceDocument> m_document;
    QUuid m_teamId;
    bool m_loading = false;
    std::vector<PdsaCycle> m_allCycles;
    struct IdeaChoice {
        QUuid id;
        QString name;
        QUuid driverId;
        QUuid primaryId;
    };
    std::vector<IdeaChoice> m_ideaChoices;

    CycleListModel* m_model = nullptr;
    CycleFilterProxyModel* m_proxy = nullptr;
    QPushButton* m_newCycle = nullptr;
    OwnershipBanner* m_banner = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_team = nullptr;
    QComboBox* m_driver = nullptr;
    QComboBox* m_idea = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_decision = nullptr;
    OptionalDateEdit* m_from = nullptr;
    OptionalDateEdit* m_to = nullptr;
    QPushButton* m_clear = nullptr;
    Section* m_listSection = nullptr;
    QLabel* m_count = nullptr;
    FittedTableView* m_view = nullptr;
    QLabel* m_empty = nullptr;
    Section* m_rampSection = nullptr;
    RampView* m_ramps = nullptr;
};

} // namespace pdsa::ui

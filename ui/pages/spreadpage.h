// SPDX-License-Identifier: Apache-2.0
#pragma once
// The spread ledger: the practices the teams spread beyond their pilot sites, every team's (a
// team's workspace holds its own and the others' it imported). The ledger lists and filters the
// records (team, change concept, status, the months they date from) and records, edits and removes
// them through the undo facade; "By change concept and site" shows, as of a month, how far each
// concept has spread to each site (the furthest status of its practices there).

#include "pages/page.h"
#include "report/spreadreport.h"

#include <QDate>

#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace pdsa::ui {

class FittedTableView;
class OptionalDateEdit;

class SpreadPage : public Page {
    Q_OBJECT

public:
    explicit SpreadPage(QWidget* parent = nullptr);

    FittedTableView* ledgerView() const { return m_view; }
    FittedTableView* matrixView() const { return m_matrixView; }
    QComboBox* teamFilter() const { return m_team; }
    QComboBox* conceptFilter() const { return m_concept; }
    QComboBox* statusFilter() const { return m_status; }
    QDateEdit* asOf() const { return m_asOf; }
    int shownRows() const;

    // The buttons' work, for the tests: the dialog opens prefilled.
    void newRecord();
    void editCurrent();
    void removeCurrent();

protected:
    Status load(WorkspaceDocument& document, const NavigationTarget& target) override;
    bool shows(const Changes& changes) const override;

private:
    void applyFilter();
    void fillMatrix();
    void updateButtons();
    void openDialog(const SpreadRecord& record, bool isNew);

    WorkspaceDocument* m_document = nullptr;
    std::vector<report::SpreadRow> m_rows;
    QString m_readOnly;
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    FittedTableView* m_view = nullptr;
    QComboBox* m_team = nullptr;
    QComboBox* m_concept = nullptr;
    QComboBox* m_status = nullptr;
    OptionalDateEdit* m_from = nullptr;
    OptionalDateEdit* m_to = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
    QStandardItemModel* m_matrix = nullptr;
    FittedTableView* m_matrixView = nullptr;
    QDateEdit* m_asOf = nullptr;
};

} // namespace pdsa::ui

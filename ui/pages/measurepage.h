#pragma once
// One team's measure: its definition (type, operational definition, numerator and denominator,
// data source, frequency, kind of data, the direction of improvement, goal and baseline), read
// only, and the team's values newest first. Charts come later; this page is their home.

#include "pages/page.h"

class QLabel;

namespace pdsa::ui {

class FieldGrid;
class FittedTableView;
class MeasureValuesModel;

class MeasurePage : public Page {
    Q_OBJECT

public:
    explicit MeasurePage(QWidget* parent = nullptr);

    MeasureValuesModel* valuesModel() const { return m_valuesModel; }

protected:
    Status load(WorkspaceDocument& document, const NavigationTarget& target) override;

private:
    FieldGrid* m_definition = nullptr;
    QLabel* m_type = nullptr;
    QLabel* m_operational = nullptr;
    QLabel* m_numerator = nullptr;
    QLabel* m_denominator = nullptr;
    QLabel* m_source = nullptr;
    QLabel* m_frequency = nullptr;
    QLabel* m_kind = nullptr;
    QLabel* m_improvement = nullptr;
    QLabel* m_goal = nullptr;
    QLabel* m_baseline = nullptr;
    QLabel* m_strata = nullptr;
    Section* m_valuesSection = nullptr;
    MeasureValuesModel* m_valuesModel = nullptr;
    FittedTableView* m_valuesView = nullptr;
};

} // namespace pdsa::ui

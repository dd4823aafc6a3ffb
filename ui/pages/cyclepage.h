#pragma once
// A PDSA cycle as the worksheet coaches hand out, read only: a summary (status, dates, scale,
// decision, the change ideas it tests, the measures it informs, the cycle it grew from and the
// ones that grew from it), then Plan (objective, questions with predictions, who/what/where/when,
// data collection), Do, Study and Act. Rendered as HTML in a QTextBrowser so that it reflows,
// selects and copies like a document; links to other cycles of the ramp navigate.

#include "pages/page.h"

class QTextBrowser;

namespace pdsa::ui {

class CyclePage : public Page {
    Q_OBJECT

public:
    explicit CyclePage(QWidget* parent = nullptr);

    QTextBrowser* worksheet() const { return m_worksheet; }

protected:
    Status load(WorkspaceDocument& document, const NavigationTarget& target) override;

private:
    QTextBrowser* m_worksheet = nullptr;
    QUuid m_teamId;
    QUuid m_cycleId;
};

} // namespace pdsa::ui

// SPDX-License-Identifier: Apache-2.0
#pragma once
// Reports ▸ Spread report…: the collaborative's spread report (core/report/spreadreport.h) with
// its options (the months, the minimum cell size), a preview of the pages as they print, and
// saving as a PDF, one HTML file or a folder of CSV files.

#include "report/spreadreport.h"

#include <QDialog>

#include <optional>

class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace pdsa {
class Workspace;
}

namespace pdsa::ui {

class SpreadReportDialog : public QDialog {
    Q_OBJECT

public:
    explicit SpreadReportDialog(Workspace& workspace, QWidget* parent = nullptr);

    // The report as the options now stand (nothing when they are refused: the reason is shown).
    const std::optional<report::SpreadReport>& current() const { return m_report; }
    QTextBrowser* preview() const { return m_preview; }
    // Chooses the report's months, as the person does in the month fields.
    void chooseMonths(const QDate& from, const QDate& to);
    // Saves as `format` ("pdf", "html" or "csv") at `path` without asking: the buttons' work.
    Status save(const QString& format, const QString& path);

private:
    void rebuild();                                     // with the options as they stand
    void showReport(Result<report::SpreadReport> built);// the report, or why there is none
    void saveAs(const QString& format);

    Workspace& m_workspace;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QSpinBox* m_minCell = nullptr;
    bool m_fromChosen = false, m_toChosen = false; // the person set the month: the report is limited to it
    QLabel* m_status = nullptr;
    QTextBrowser* m_preview = nullptr;
    QList<QPushButton*> m_saveButtons;
    std::optional<report::SpreadReport> m_report;
};

} // namespace pdsa::ui

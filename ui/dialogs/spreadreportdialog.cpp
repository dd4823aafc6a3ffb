// SPDX-License-Identifier: Apache-2.0
#include "dialogs/spreadreportdialog.h"

#include "print/documentpdf.h"
#include "report/document.h"
#include "workspace/workspace.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace pdsa::ui {

namespace {

QDate monthOf(const QDate& day) { return QDate(day.year(), day.month(), 1); }

} // namespace

SpreadReportDialog::SpreadReportDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace) {
    setWindowTitle(tr("Spread report"));
    auto* layout = new QVBoxLayout(this);

    auto* options = new QHBoxLayout;
    const auto monthEdit = [this] {
        auto* edit = new QDateEdit(this);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM"));
        edit->setCalendarPopup(false);
        return edit;
    };
    m_from = monthEdit();
    m_to = monthEdit();
    m_minCell = new QSpinBox(this);
    m_minCell->setRange(0, Collaborative::kMaxMinCellSize);
    m_minCell->setToolTip(tr("Counts of children or families from 1 to this less one are shown as \"<N\"; 0 shows every count"));
    auto* fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To"), this);
    toLabel->setBuddy(m_to);
    auto* cellLabel = new QLabel(tr("&Minimum cell size"), this);
    cellLabel->setBuddy(m_minCell);
    for (QLabel* label : {fromLabel, toLabel, cellLabel})
        label->setMinimumWidth(label->fontMetrics().horizontalAdvance(label->text().remove(QLatin1Char('&'))) + 4);
    options->addWidget(fromLabel);
    options->addWidget(m_from);
    options->addSpacing(12);
    options->addWidget(toLabel);
    options->addWidget(m_to);
    options->addSpacing(12);
    options->addWidget(cellLabel);
    options->addWidget(m_minCell);
    options->addStretch(1);
    layout->addLayout(options);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_preview = new QTextBrowser(this);
    m_preview->setOpenLinks(false);
    m_preview->setAccessibleName(tr("Report preview"));
    m_preview->setMinimumSize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 30);
    layout->addWidget(m_preview, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    const auto saveButton = [&](const QString& text, const QString& format) {
        auto* button = buttons->addButton(text, QDialogButtonBox::ActionRole);
        connect(button, &QPushButton::clicked, this, [this, format] { saveAs(format); });
        m_saveButtons << button;
    };
    saveButton(tr("Save as &PDF…"), QStringLiteral("pdf"));
    saveButton(tr("Save as &HTML…"), QStringLiteral("html"));
    saveButton(tr("Save &CSV files…"), QStringLiteral("csv"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // The options start as `pdsa report spread` starts without any: every month with data, every
    // cycle, the collaborative's minimum cell size. The months are passed on only once chosen.
    const QDate thisMonth = monthOf(QDate::currentDate());
    QDate first = QDate(2000, 1, 1), last = thisMonth; // without a start date, any month since 2000
    if (auto collaborative = workspace.collaborative.current()) {
        m_minCell->setValue(collaborative->minCellSize);
        if (collaborative->startDate.isValid())
            first = last = monthOf(collaborative->startDate);
        if (collaborative->endDate.isValid())
            last = std::max(last, monthOf(collaborative->endDate));
    }
    // The report with no option chosen is the first one shown: built once here.
    auto whole = report::spreadReport(workspace, {});
    if (whole) {
        if (whole->from.isValid())
            first = std::min(first, whole->from);
        if (whole->to.isValid())
            last = std::max(last, whole->to);
        for (QDateEdit* edit : {m_from, m_to})
            edit->setDateRange(first, last);
        m_from->setDate(whole->from.isValid() ? whole->from : first);
        m_to->setDate(whole->to.isValid() ? whole->to : last);
    } else {
        for (QDateEdit* edit : {m_from, m_to})
            edit->setDateRange(first, last);
        m_from->setDate(first);
        m_to->setDate(last);
    }
    connect(m_from, &QDateEdit::userDateChanged, this, [this] { m_fromChosen = true; });
    connect(m_to, &QDateEdit::userDateChanged, this, [this] { m_toChosen = true; });
    connect(m_from, &QDateEdit::dateChanged, this, &SpreadReportDialog::rebuild);
    connect(m_to, &QDateEdit::dateChanged, this, &SpreadReportDialog::rebuild);
    connect(m_minCell, &QSpinBox::valueChanged, this, &SpreadReportDialog::rebuild);
    showReport(std::move(whole));
}

void SpreadReportDialog::rebuild() {
    report::SpreadOptions options;
    if (m_fromChosen)
        options.from = monthOf(m_from->date());
    if (m_toChosen)
        options.to = monthOf(m_to->date());
    options.minCell = m_minCell->value();
    showReport(report::spreadReport(m_workspace, options));
}

void SpreadReportDialog::showReport(Result<report::SpreadReport> built) {
    for (QPushButton* button : std::as_const(m_saveButtons))
        button->setEnabled(bool(built));
    if (!built) {
        m_report.reset();
        m_status->setText(built.error().message);
        m_preview->clear();
        return;
    }
    m_report = std::move(*built);
    const report::Document document = report::spreadDocument(*m_report);
    m_status->setText(tr("%1 teams · %2 to %3 · counts under %4 suppressed")
                          .arg(m_report->teams.size())
                          .arg(m_report->from.toString(QStringLiteral("yyyy-MM")), m_report->to.toString(QStringLiteral("yyyy-MM")))
                          .arg(m_report->minCell));
    // The charts grow with the text, as the pages they stand for would.
    const qreal grow = std::max<qreal>(1.0, QFontInfo(font()).pointSizeF() / 9.0);
    QTextDocument* text = m_preview->document();
    const qreal zoom = devicePixelRatioF();
    for (size_t i = 0; i < document.charts.size(); ++i) {
        QImage image = print::chartImage(document.charts[i], zoom * grow);
        image.setDevicePixelRatio(zoom);
        text->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("pdsa-chart:%1").arg(i)), image);
    }
    const int scroll = m_preview->verticalScrollBar() ? m_preview->verticalScrollBar()->value() : 0;
    m_preview->setHtml(report::printHtml(document, grow));
    if (m_preview->verticalScrollBar())
        m_preview->verticalScrollBar()->setValue(scroll);
}

void SpreadReportDialog::chooseMonths(const QDate& from, const QDate& to) {
    m_fromChosen = from.isValid();
    m_toChosen = to.isValid();
    const QSignalBlocker a(m_from), b(m_to);
    if (from.isValid())
        m_from->setDate(from);
    if (to.isValid())
        m_to->setDate(to);
    rebuild();
}

Status SpreadReportDialog::save(const QString& format, const QString& path) {
    if (!m_report)
        return Error{ErrorCode::Invalid, m_status->text()};
    if (format == QLatin1String("csv"))
        return report::writeSpreadCsvFolder(*m_report, path);
    const report::Document document = report::spreadDocument(*m_report);
    if (format == QLatin1String("html"))
        return report::writeHtmlFile(document, path);
    return print::writeDocumentPdf(document, path);
}

void SpreadReportDialog::saveAs(const QString& format) {
    if (!m_report)
        return;
    const QString base = tr("%1 spread report").arg(m_report->collaborative.name);
    QString path;
    if (format == QLatin1String("csv")) {
        path = QFileDialog::getExistingDirectory(this, tr("Save the CSV files in"));
    } else {
        const bool pdf = format == QLatin1String("pdf");
        path = QFileDialog::getSaveFileName(this, pdf ? tr("Save the spread report as PDF") : tr("Save the spread report as HTML"),
                                            base + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".html")),
                                            pdf ? tr("PDF files (*.pdf)") : tr("HTML files (*.html)"));
    }
    if (path.isEmpty())
        return;
    if (auto saved = save(format, path); !saved)
        QMessageBox::warning(this, tr("Cannot save the report"), saved.error().message);
}

} // namespace pdsa::ui

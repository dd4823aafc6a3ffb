// SPDX-License-Identifier: Apache-2.0
#include "dialogs/importmeasuredatadialog.h"

#include "format.h"
#include "undo/commands.h"
#include "workspacedocument.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pdsa::ui {

namespace {

QString number(const std::optional<double>& value) {
    return value ? QString::number(*value, 'g', 12) : QString();
}

} // namespace

ImportMeasureDataDialog::ImportMeasureDataDialog(WorkspaceDocument& document, const QUuid& teamId,
                                                 const Measure& measure, QWidget* parent)
    : QDialog(parent), m_document(document), m_teamId(teamId), m_measure(measure) {
    setObjectName(QStringLiteral("importMeasureDataDialog"));
    setWindowTitle(tr("Import data for %1").arg(measure.name));
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(
        measure.hasDenominator()
            ? tr("A CSV file with the columns <b>period</b>, <b>numerator</b>, <b>denominator</b> and optionally "
                 "<b>note</b>%1. Nothing is written until you press Import; empty cells keep what is stored.")
                  .arg(measure.stratified ? tr(" and <b>stratum</b>") : QString())
            : tr("A CSV file with the columns <b>period</b>, <b>value</b> and optionally <b>note</b>%1. Nothing is "
                 "written until you press Import; empty cells keep what is stored.")
                  .arg(measure.stratified ? tr(" and <b>stratum</b>") : QString()),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* fileRow = new QHBoxLayout;
    m_file = new QLabel(tr("No file chosen"), this);
    m_file->setObjectName(QStringLiteral("fileLabel"));
    auto* choose = new QPushButton(tr("Choose file…"), this);
    connect(choose, &QPushButton::clicked, this, &ImportMeasureDataDialog::chooseFile);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    layout->addLayout(fileRow);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_problems = new QPlainTextEdit(this);
    m_problems->setObjectName(QStringLiteral("problemsView"));
    m_problems->setReadOnly(true);
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->hide();
    layout->addWidget(m_problems);

    m_cells = new QTreeWidget(this);
    m_cells->setObjectName(QStringLiteral("planView"));
    m_cells->setAccessibleName(tr("Cells to import"));
    m_cells->setRootIsDecorated(false);
    m_cells->setAlternatingRowColors(true);
    m_cells->setHeaderLabels({tr("Change"), tr("Period"), tr("Stratum"), tr("New"), tr("Was"), tr("Row")});
    m_cells->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_cells, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (importPlan())
            accept();
    });
    layout->addWidget(m_buttons);
    resize(720, 480);
}

void ImportMeasureDataDialog::chooseFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import data from CSV"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void ImportMeasureDataDialog::loadFile(const QString& path) {
    QFile file(path);
    m_file->setText(QFileInfo(path).fileName());
    if (!file.open(QIODevice::ReadOnly)) {
        m_plan = import::ImportPlan{};
        m_plan.source = QFileInfo(path).fileName();
        m_plan.problems << tr("%1: cannot read it (%2)").arg(m_plan.source, file.errorString());
        m_loaded = true;
        showPlan();
        return;
    }
    loadDevice(file, QFileInfo(path).fileName());
}

void ImportMeasureDataDialog::loadDevice(QIODevice& device, const QString& name) {
    m_file->setText(name);
    auto plan = import::planMeasureImport(device, name, m_document.workspace(), m_measure, m_teamId);
    if (plan) {
        m_plan = std::move(*plan);
    } else {
        m_plan = import::ImportPlan{};
        m_plan.source = name;
        m_plan.problems << plan.error().message;
    }
    m_loaded = true;
    showPlan();
}

bool ImportMeasureDataDialog::canImport() const {
    return m_loaded && m_plan.ok() &&
           m_plan.count(import::CellChange::New) + m_plan.count(import::CellChange::Changed) > 0;
}

void ImportMeasureDataDialog::showPlan() {
    m_cells->clear();
    const bool ok = m_plan.ok();
    m_problems->setVisible(!ok);
    m_cells->setVisible(ok);
    if (!ok) {
        m_summary->setText(tr("<b>This file cannot be imported</b> — %n problem(s). Nothing has been written; "
                              "correct the file and choose it again.",
                              nullptr, static_cast<int>(m_plan.problems.size())));
        m_problems->setPlainText(m_plan.problems.join(QLatin1Char('\n')));
    } else {
        const int created = m_plan.count(import::CellChange::New);
        const int changed = m_plan.count(import::CellChange::Changed);
        const int same = m_plan.count(import::CellChange::Unchanged);
        m_summary->setText(tr("%1 new, %2 changed and %3 unchanged cells (%4, separated by \"%5\").")
                               .arg(created)
                               .arg(changed)
                               .arg(same)
                               .arg(m_plan.encoding, QString(m_plan.separator)));
        auto text = [this](const MeasureValue& v) {
            QString t = m_measure.hasDenominator()
                            ? QStringLiteral("%1 / %2").arg(number(v.numerator), number(v.denominator))
                            : number(v.value);
            if (!v.note.isEmpty())
                t += QStringLiteral(" · ") + v.note;
            return t;
        };
        for (const import::PlannedCell& cell : m_plan.cells) {
            const QString change = cell.change == import::CellChange::New       ? tr("New")
                                   : cell.change == import::CellChange::Changed ? tr("Changed")
                                                                                 : tr("Unchanged");
            auto* item = new QTreeWidgetItem(
                m_cells, {change, Format::period(cell.value.period, m_measure.frequency),
                          cell.stratumName.isEmpty() ? tr("Total") : cell.stratumName, text(cell.value),
                          cell.old && cell.change == import::CellChange::Changed ? text(*cell.old) : QString(),
                          QString::number(cell.row)});
            if (cell.change == import::CellChange::Unchanged)
                for (int c = 0; c < item->columnCount(); ++c)
                    item->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
        }
    }
    m_import->setEnabled(canImport());
}

bool ImportMeasureDataDialog::importPlan() {
    if (!canImport())
        return false;
    std::vector<MeasureValue> values;
    for (const import::PlannedCell& cell : m_plan.cells)
        if (cell.change != import::CellChange::Unchanged)
            values.push_back(cell.value);
    if (auto status = command::setMeasureValues(m_document, m_measure, std::move(values),
                                                tr("Import data from %1").arg(m_plan.source));
        !status) {
        m_summary->setText(status.error().message);
        return false;
    }
    return true;
}

} // namespace pdsa::ui

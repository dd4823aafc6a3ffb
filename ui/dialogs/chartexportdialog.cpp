// SPDX-License-Identifier: Apache-2.0
#include "dialogs/chartexportdialog.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace pdsa::ui {

namespace {

struct ExportText {
    Q_DECLARE_TR_FUNCTIONS(pdsa::ui::ChartExportDialog)
};

} // namespace

std::optional<ChartExportChoice> askChartExport(QWidget* parent, const QString& title, const QSize& initial,
                                                const QString& smallNumbersNote) {
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto* form = new QFormLayout(&dialog);
    auto* width = new QSpinBox(&dialog);
    width->setRange(200, 10000);
    width->setValue(initial.width());
    auto* height = new QSpinBox(&dialog);
    height->setRange(150, 10000);
    height->setValue(initial.height());
    form->addRow(ExportText::tr("&Width:"), width);
    form->addRow(ExportText::tr("H&eight:"), height);
    QCheckBox* includeSmall = nullptr;
    if (!smallNumbersNote.isEmpty()) {
        includeSmall = new QCheckBox(ExportText::tr("&Include small numbers"), &dialog);
        form->addRow(includeSmall);
        auto* note = new QLabel(smallNumbersNote, &dialog);
        note->setWordWrap(true);
        form->addRow(note);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return ChartExportChoice{QSize(width->value(), height->value()), includeSmall && includeSmall->isChecked()};
}

} // namespace pdsa::ui

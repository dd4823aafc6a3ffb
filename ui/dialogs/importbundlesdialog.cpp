// SPDX-License-Identifier: Apache-2.0
#include "dialogs/importbundlesdialog.h"

#include "format.h"
#include "undo/commands.h"
#include "util/displaytext.h"
#include "workspacedocument.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace pdsa::ui {

namespace {

const char kFolderKey[] = "bundles/importFolder";

// Core's messages begin with the file name, which the list already shows.
QString withoutFileName(const QString& message, const QString& name) {
    const QString prefix = name + QStringLiteral(": ");
    return message.startsWith(prefix) ? message.mid(prefix.size()) : message;
}

} // namespace

ImportBundlesDialog::ImportBundlesDialog(WorkspaceDocument& document, const QStringList& files,
                                         QWidget* parent)
    : QDialog(parent)
    , m_document(document) {
    setObjectName(QStringLiteral("importBundlesDialog"));
    setWindowTitle(tr("Import bundles"));
    auto* layout = new QVBoxLayout(this);

    auto* intro =
        new QLabel(tr("Bundles from teams, the organizer or coaches. Nothing is written until you press "
                      "Import; then every file below that can be imported goes in together, or none "
                      "does."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    addFileList(layout);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_plan = new QTreeWidget(this);
    m_plan->setObjectName(QStringLiteral("planView"));
    m_plan->setAccessibleName(tr("What the import will do, per kind of record"));
    m_plan->setRootIsDecorated(false);
    m_plan->setAlternatingRowColors(true);
    m_plan->setHeaderLabels({tr("Kind of record"), tr("New"), tr("Updated"), tr("Unchanged"), tr("Conflicts")});
    m_plan->header()->setStretchLastSection(false);
    m_plan->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_plan->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_plan, 3);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("noteLabel"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);

    addButtons(layout);

    resize(760, 620);
    addFiles(files);
}

void ImportBundlesDialog::addFileList(QVBoxLayout* layout) {
    auto* filesRow = new QHBoxLayout;
    m_fileList = new QListWidget(this);
    m_fileList->setObjectName(QStringLiteral("fileList"));
    m_fileList->setAccessibleName(tr("Files to import"));
    m_fileList->setWordWrap(true);
    m_fileList->setTextElideMode(Qt::ElideMiddle);
    m_fileList->setAlternatingRowColors(true);
    filesRow->addWidget(m_fileList, 1);
    auto* fileButtons = new QVBoxLayout;
    auto* add = new QPushButton(tr("&Add files…"), this);
    connect(add, &QPushButton::clicked, this, &ImportBundlesDialog::chooseFiles);
    m_remove = new QPushButton(tr("&Remove"), this);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem* item = m_fileList->currentItem())
            removeFile(item->data(Qt::UserRole).toString());
    });
    fileButtons->addWidget(add);
    fileButtons->addWidget(m_remove);
    fileButtons->addStretch();
    filesRow->addLayout(fileButtons);
    layout->addLayout(filesRow, 2);
}

void ImportBundlesDialog::addButtons(QVBoxLayout* layout) {
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setDefault(true);
    m_conflicts = m_buttons->addButton(tr("Re&view conflicts…"), QDialogButtonBox::ActionRole);
    m_conflicts->hide();
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (imported())
            accept();
        else
            (void)importFiles(); // a failure is shown in the dialog
    });
    connect(m_conflicts, &QPushButton::clicked, this, [this] {
        accept();
        emit reviewConflictsRequested();
    });
    layout->addWidget(m_buttons);
}

void ImportBundlesDialog::addFiles(const QStringList& files) {
    for (const QString& file : files) {
        const QString path = QFileInfo(file).absoluteFilePath();
        if (!m_paths.contains(path))
            m_paths << path;
    }
    review();
}

void ImportBundlesDialog::removeFile(const QString& path) {
    m_paths.removeAll(path);
    review();
}

bool ImportBundlesDialog::canImport() const {
    return !imported() && m_session && m_session->changesAnything();
}

QString ImportBundlesDialog::summaryText() const {
    return m_summary->text();
}

bundle::ImportSession::Progress ImportBundlesDialog::progressFor(const QString& verb) {
    delete m_progress;
    m_progress = new QProgressDialog(this);
    m_progress->setWindowTitle(windowTitle());
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    return [this, verb, clock](const QString& file, qint64 done, qint64 total) {
        if (clock->elapsed() < 50 && done > 0 && done < total)
            return !m_progress->wasCanceled();
        clock->restart();
        const QLocale locale;
        m_progress->setLabelText(
            tr("%1 %2…\n%3 of %4 records").arg(verb, file, locale.toString(done), locale.toString(total)));
        m_progress->setValue(total > 0 ? int(qMin<qint64>(1000, done * 1000 / total)) : 0);
        return !m_progress->wasCanceled();
    };
}

void ImportBundlesDialog::review() {
    m_session.reset();
    m_applied.reset();
    if (!m_paths.isEmpty()) {
        //: Progress while reviewing: "Checking team.pdsabundle…"
        auto reviewed =
            bundle::ImportSession::review(m_document.workspace(), m_paths, progressFor(tr("Checking")));
        m_progress->reset();
        if (reviewed)
            m_session = std::move(*reviewed);
        else if (reviewed.error().code == ErrorCode::Cancelled)
            m_summary->setText(tr("Checking was cancelled; nothing will be imported."));
        else
            m_summary->setText(tr("Cannot check the files: %1").arg(reviewed.error().message));
    }
    showReview();
}

void ImportBundlesDialog::chooseFiles() {
    QSettings settings;
    QString folder = settings.value(QLatin1String(kFolderKey)).toString();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QStringList chosen = QFileDialog::getOpenFileNames(
        this, tr("Import bundles"), folder, tr("PDSA Tracker bundles (*.pdsabundle);;All files (*)"));
    if (chosen.isEmpty())
        return;
    settings.setValue(QLatin1String(kFolderKey), QFileInfo(chosen.front()).absolutePath());
    addFiles(chosen);
}

void ImportBundlesDialog::showReview() {
    m_fileList->clear();
    m_plan->clear();
    if (m_session) {
        const auto [accepted, refused] = listFiles();
        showTotals();
        m_summary->setText(reviewSummary(accepted, refused));
    } else if (m_paths.isEmpty()) {
        m_summary->setText(tr("No files yet: add bundle files, or drop them on the main window."));
    }
    m_note->setText(tr(
        "<b>Conflicts</b>: where a record changed both here and in the bundle since they last agreed, this "
        "workspace's version stays and the bundle's is kept for you to review. A record someone else owns here "
        "is never overwritten: a bundle that tries is not imported. Edit ▸ Undo takes the whole import back in "
        "one step."));
    m_remove->setEnabled(!m_paths.isEmpty());
    m_import->setText(tr("&Import"));
    m_import->setEnabled(canImport());
    m_conflicts->hide();
    m_buttons->button(QDialogButtonBox::Cancel)->setVisible(true);
}

QString ImportBundlesDialog::describeBundle(const bundle::Manifest& m) {
    const QString made = Format::date(m.createdAt.toLocalTime().date());
    QString what;
    switch (m.kind) {
    case bundle::BundleKind::Team:
        what = tr("Team bundle of %1, made %2").arg(shownText(m.ownerName), made);
        break;
    case bundle::BundleKind::Template:
        what = tr("Template of %1, made %2").arg(shownText(m.collaborativeName), made);
        break;
    case bundle::BundleKind::Feedback:
        what = m.owner.coach.isEmpty()
                   ? tr("Coaches' feedback for %1, made %2").arg(shownText(m.collaborativeName), made)
                   : tr("Feedback of coach %1 for %2, made %3")
                         .arg(shownText(m.ownerName), shownText(m.collaborativeName), made);
        break;
    }
    if (m.withoutNotes)
        what += tr(", without notes");
    return what;
}

QString ImportBundlesDialog::planStatus(const bundle::ImportPlan& plan) {
    const QLocale locale;
    const bundle::TablePlan sum = plan.totals();
    QStringList parts;
    if (sum.added)
        parts << tr("%1 new").arg(locale.toString(sum.added));
    if (sum.updated)
        parts << tr("%1 updated").arg(locale.toString(sum.updated));
    if (sum.conflicts)
        parts << tr("%1 in conflict").arg(locale.toString(sum.conflicts));
    return parts.isEmpty() ? tr("Nothing new: every record is already here.")
                           : tr("Ready: %1.").arg(parts.join(QStringLiteral(", ")));
}

std::pair<int, int> ImportBundlesDialog::listFiles() {
    const QIcon ready = style()->standardIcon(QStyle::SP_DialogApplyButton);
    const QIcon refusedIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    int accepted = 0, refused = 0;
    for (const bundle::FileReview& file : m_session->files()) {
        const QString what = file.manifest ? describeBundle(*file.manifest) : QString();
        QString status;
        if (file.plan) {
            ++accepted;
            status = planStatus(*file.plan);
        } else if (file.refusal) {
            ++refused;
            status = tr("Will not be imported: %1").arg(withoutFileName(file.refusal->message, file.name));
        }
        auto* item = new QListWidgetItem(
            file.plan ? ready : refusedIcon,
            QStringLiteral("%1\n%2%3").arg(file.name, what.isEmpty() ? QString() : what + QLatin1Char('\n'), status),
            m_fileList);
        item->setData(Qt::UserRole, file.path);
        item->setToolTip(file.refusal ? file.refusal->message : file.path);
    }
    return {accepted, refused};
}

void ImportBundlesDialog::showTotals() {
    const QLocale locale;
    bundle::TablePlan total{tr("Total")};
    for (const bundle::TablePlan& t : m_session->totals()) {
        if (t.added + t.updated + t.unchanged + t.conflicts == 0)
            continue;
        auto* item = new QTreeWidgetItem(m_plan);
        item->setText(0, Format::recordKind(t.table));
        const qint64 counts[] = {t.added, t.updated, t.unchanged, t.conflicts};
        for (int c = 0; c < 4; ++c) {
            item->setText(c + 1, counts[c] ? locale.toString(counts[c]) : QStringLiteral("–"));
            item->setTextAlignment(c + 1, Qt::AlignRight | Qt::AlignVCenter);
        }
        total.add(t);
    }
    if (m_plan->topLevelItemCount() == 0)
        return;
    auto* item = new QTreeWidgetItem(m_plan);
    item->setText(0, total.table);
    const qint64 counts[] = {total.added, total.updated, total.unchanged, total.conflicts};
    QFont bold = item->font(0);
    bold.setBold(true);
    for (int c = 0; c < 5; ++c) {
        if (c > 0) {
            item->setText(c, locale.toString(counts[c - 1]));
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        }
        item->setFont(c, bold);
    }
}

QString ImportBundlesDialog::reviewSummary(int accepted, int refused) const {
    if (m_paths.isEmpty())
        return tr("No files yet: add bundle files, or drop them on the main window.");
    if (accepted == 0)
        return tr("None of the files can be imported; see why above.");
    if (!m_session->changesAnything())
        return tr("Nothing to import: every record in these files is already in this workspace.");
    return (accepted == 1 ? tr("1 file ready to import") : tr("%1 files ready to import").arg(accepted)) +
           (refused ? tr(", %1 will not be imported").arg(refused) : QString()) + QLatin1Char('.');
}

Status ImportBundlesDialog::importFiles() {
    if (!canImport())
        return makeError(ErrorCode::Invalid, tr("There is nothing to import."));
    //: Progress while importing: "Importing team.pdsabundle…"
    QByteArray changes;
    auto applied = m_session->apply(m_document.workspace(), progressFor(tr("Importing")), &changes);
    m_progress->reset();
    if (!applied) {
        m_summary->setText(applied.error().code == ErrorCode::Cancelled
                               ? tr("The import was cancelled; nothing was imported.")
                               : tr("Nothing was imported: %1").arg(applied.error().message));
        return applied.error();
    }
    m_applied = std::move(*applied);
    m_undoable = command::pushAppliedImport(m_document, undoText(), changes);
    m_document.notifyChanged();
    showResult();
    return {};
}

QString ImportBundlesDialog::undoText() const {
    if (m_applied && m_applied->size() == 1)
        return tr("Import %1").arg(m_applied->front().source);
    return tr("Import %1 bundles").arg(m_applied ? m_applied->size() : 0);
}

void ImportBundlesDialog::showResult() {
    const QLocale locale;
    qint64 added = 0, updated = 0, conflicts = 0;
    for (const bundle::ImportPlan& plan : *m_applied) {
        const bundle::TablePlan sum = plan.totals();
        added += sum.added;
        updated += sum.updated;
        conflicts += plan.newConflicts;
    }
    const qint64 files = qint64(m_applied->size());
    QString text = (files == 1 ? tr("Imported 1 file: ") : tr("Imported %1 files: ").arg(files)) +
                   tr("%1 new records, %2 updated.").arg(locale.toString(added), locale.toString(updated));
    if (conflicts > 0)
        text += QLatin1Char(' ') +
                (conflicts == 1
                     ? tr("1 conflict kept for you to review: both versions are kept until you choose.")
                     : tr("%1 conflicts kept for you to review: both versions are kept until you choose.")
                           .arg(locale.toString(conflicts)));
    text += QLatin1Char(' ') + (m_undoable ? tr("Edit ▸ Undo takes the whole import back.")
                                           : tr("This import was too large to keep for Edit ▸ Undo; "
                                                "the undo history was cleared."));
    m_summary->setText(text);
    for (int row = 0; row < m_fileList->count(); ++row) {
        QListWidgetItem* item = m_fileList->item(row);
        const bool done = std::any_of(m_applied->begin(), m_applied->end(), [&](const bundle::ImportPlan& p) {
            return QFileInfo(item->data(Qt::UserRole).toString()).fileName() == p.source;
        });
        if (done) {
            QStringList lines = item->text().split(QLatin1Char('\n'));
            lines.last() = tr("Imported.");
            item->setText(lines.join(QLatin1Char('\n')));
        }
    }
    m_import->setText(tr("&Close"));
    m_import->setEnabled(true);
    m_conflicts->setVisible(conflicts > 0);
    m_buttons->button(QDialogButtonBox::Cancel)->setVisible(false);
    m_remove->setEnabled(false);
}

} // namespace pdsa::ui

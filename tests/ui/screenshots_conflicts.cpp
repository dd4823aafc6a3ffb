// SPDX-License-Identifier: Apache-2.0
// The "Import conflicts" dialog: a PDSA cycle's conflict selected, a measure value's, the dialog at
// 200 % text, and its empty state once every conflict is resolved. The conflicts are real: two
// copies of the open demo change the same records differently, one exports its team's bundle and
// the other imports it. The open workspace itself is never changed.
#include "bundle/bundle.h"
#include "bundle/merge.h"
#include "dialogs/conflictsdialog.h"
#include "models/conflictlistmodel.h"
#include "screenshotsupport.h"
#include "storage/workspacefile.h"
#include "workspacedocument.h"

#include <QTemporaryDir>

namespace pdsa::shots {

namespace {

struct Changed {
    QUuid cycle;
    QUuid value;
};

// One side's edits of the first team's records: a cycle's study notes, a month's value and a
// chart note.
Status edit(Workspace& ws, const QUuid& teamId, bool theirs, Changed& changed) {
    const QDateTime at(QDate(2026, 6, theirs ? 12 : 14), QTime(10, 30), Qt::UTC);
    auto cycles = ws.cycles.cycles.forTeam(teamId);
    if (!cycles || cycles->empty())
        return makeError(ErrorCode::NotFound, QStringLiteral("the demo's first team has no cycles"));
    PdsaCycle cycle = cycles->size() > 2 ? (*cycles)[2] : cycles->front();
    changed.cycle = cycle.meta.id;
    cycle.learned =
        theirs ? QStringLiteral("Parents came to 7 of 8 first visits once the parent partner called "
                                "the day before. Setting the date at the removal hearing alone was "
                                "not enough: the reminder mattered more than the date.")
               : QStringLiteral("Parents came to 6 of 8 first visits when the date was set at the "
                                "removal hearing. Two families needed bus passes; the parent partner "
                                "arranged them the same day.");
    cycle.decision = theirs ? Decision::Adapt : Decision::Adopt;
    cycle.nextStep =
        theirs ? QStringLiteral("Test the reminder call with all four caseworkers in July.") : cycle.nextStep;
    PDSA_TRY(ws.cycles.cycles.save(cycle, at));

    auto values = ws.measures.values.forTeam(teamId);
    if (!values)
        return values.error();
    for (auto it = values->rbegin(); it != values->rend(); ++it) {
        if (!it->stratumId.isNull() || !it->numerator || !it->denominator)
            continue;
        MeasureValue value = *it;
        changed.value = value.meta.id;
        value.numerator = *value.numerator + (theirs ? 2 : 1);
        value.denominator = *value.denominator + (theirs ? 2 : 0);
        value.note =
            theirs ? QStringLiteral("Corrected after the court's monthly list came in.") : value.note;
        PDSA_TRY(ws.measures.values.save(value, at));
        break;
    }
    return {};
}

bool selectConflictOf(ui::ConflictsDialog& dialog, const QUuid& recordId) {
    for (const bundle::Conflict& conflict : dialog.model()->conflicts())
        if (conflict.recordId == recordId)
            return dialog.selectConflict(conflict.id);
    return false;
}

} // namespace

bool shootConflicts(ui::MainWindow& window, const QString& folder) {
    QTemporaryDir dir;
    const QString minePath = QDir(dir.path()).filePath(QStringLiteral("mine.pdsa"));
    const QString theirsPath = QDir(dir.path()).filePath(QStringLiteral("theirs.pdsa"));
    const QString bundlePath = QDir(dir.path()).filePath(QStringLiteral("Riverside team, June.pdsabundle"));
    Workspace& open = window.document()->workspace();
    if (!storage::backupTo(open.database(), minePath) || !storage::backupTo(open.database(), theirsPath))
        return false;
    auto teams = open.teams.teams.all();
    if (!teams || teams->empty())
        return false;
    const QUuid teamId = teams->front().meta.id;

    Changed changed;
    {
        auto theirs = Workspace::open(theirsPath);
        if (!theirs || !edit(**theirs, teamId, true, changed) ||
            !bundle::exportBundleFile(**theirs, {bundle::BundleKind::Team, teamId, false, {}}, bundlePath))
            return false;
    }
    auto document = ui::WorkspaceDocument::open(minePath);
    if (!document || !edit((*document)->workspace(), teamId, false, changed) ||
        !bundle::importBundleFile((*document)->workspace(), bundlePath))
        return false;

    bool ok = true;
    {
        ui::ConflictsDialog dialog(**document, &window);
        dialog.resize(1000, 720);
        dialog.show();
        ok &= selectConflictOf(dialog, changed.cycle) &&
              save(dialog, folder, QStringLiteral("conflicts-cycle.png"));
        ok &= selectConflictOf(dialog, changed.value) &&
              save(dialog, folder, QStringLiteral("conflicts-measure-value.png"));
    }
    {
        const QFont font = QApplication::font();
        QFont doubled = font;
        doubled.setPointSizeF(font.pointSizeF() * 2);
        QApplication::setFont(doubled);
        {
            // Doubled text: the dialog as large as the main window in the other screenshots.
            ui::ConflictsDialog dialog(**document, &window);
            dialog.resize(kWindowSize);
            dialog.show();
            ok &= selectConflictOf(dialog, changed.cycle) &&
                  save(dialog, folder, QStringLiteral("conflicts-200.png"));
        }
        QApplication::setFont(font);
    }
    {
        ui::ConflictsDialog dialog(**document, &window);
        dialog.resize(1000, 720);
        dialog.show();
        while (dialog.conflictCount() > 0 && dialog.resolveCurrent(bundle::Resolution::KeepMine))
            ;
        ok &= dialog.showsEmptyState() && save(dialog, folder, QStringLiteral("conflicts-empty.png"));
    }
    return ok;
}

} // namespace pdsa::shots

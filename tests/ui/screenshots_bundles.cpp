// SPDX-License-Identifier: Apache-2.0
// The bundle dialogs: export of a team's bundle with its free text listed, and without notes;
// whose a new workspace is (at normal and 200 % text); the import of several files (one damaged)
// into a workspace started from the template, before and after importing; and the import at
// 200 % text. The demo open in the window is only read.
#include "bundle/bundle.h"
#include "bundle/merge.h"
#include "dialogs/exportbundledialog.h"
#include "dialogs/importbundlesdialog.h"
#include "dialogs/workspaceownerdialog.h"
#include "screenshotsupport.h"
#include "workspacedocument.h"

#include <QFile>
#include <QTemporaryDir>

namespace pdsa::shots {

namespace {

QString writeBundle(Workspace& ws, const bundle::ExportRequest& request, const QString& path) {
    auto written = bundle::exportBundleFile(ws, request, path);
    if (!written)
        std::fprintf(stderr, "cannot export %s: %s\n", qPrintable(path), qPrintable(written.error().message));
    return path;
}

} // namespace

bool shootBundles(ui::MainWindow& window, const QString& folder) {
    ui::WorkspaceDocument& document = *window.document();
    Workspace& demo = document.workspace();
    const auto teams = demo.teams.teams.all().value();
    bool ok = true;
    {
        ui::ExportBundleDialog dialog(document, teams.front().meta.id, &window);
        dialog.show();
        ok &= save(dialog, folder, QStringLiteral("bundle-export.png"));
        dialog.setWithoutNotes(true);
        ok &= save(dialog, folder, QStringLiteral("bundle-export-without-notes.png"));
        dialog.close();
    }

    for (const double scale : {1.0, 2.0}) {
        const QFont normal = QApplication::font();
        QFont font = normal;
        font.setPointSizeF(normal.pointSizeF() * scale);
        QApplication::setFont(font);
        ui::WorkspaceOwnerDialog dialog(&window);
        dialog.setOwner(WorkspaceOwner::team(QStringLiteral("Harbor County Child Welfare and Juvenile Court")));
        dialog.show();
        ok &= save(dialog, folder, scale == 1.0 ? QStringLiteral("workspace-owner.png")
                                                : QStringLiteral("workspace-owner-200.png"));
        dialog.close();
        QApplication::setFont(normal);
    }

    QTemporaryDir dir;
    const auto file = [&](const QString& name) { return QDir(dir.path()).filePath(name); };
    const QString templ = writeBundle(demo, {bundle::BundleKind::Template, {}, false, {}},
                                      file(QStringLiteral("Timely Permanency template.pdsabundle")));
    QStringList files;
    for (const Team& team : teams)
        files << writeBundle(demo, {bundle::BundleKind::Team, team.meta.id, false, {}},
                             file(team.name + QStringLiteral(" 2026-11.pdsabundle")));
    files << writeBundle(demo, {bundle::BundleKind::Feedback, {}, true, {}, QStringLiteral("Dr. Evelyn Marsh (faculty, demo)")},
                         file(QStringLiteral("Coaches feedback.pdsabundle")));
    // A bundle cut short on its way by e-mail.
    QFile whole(files.front());
    if (whole.open(QIODevice::ReadOnly)) {
        const QByteArray bytes = whole.readAll();
        QFile cut(file(QStringLiteral("Harbor County (from e-mail).pdsabundle")));
        if (cut.open(QIODevice::WriteOnly))
            cut.write(bytes.left(bytes.size() / 2));
        files << cut.fileName();
    }

    const QString target = file(QStringLiteral("team start.pdsa"));
    {
        auto created = Workspace::createEmpty(target);
        auto read = bundle::readBundleFile(templ);
        if (!created || !read || !bundle::importBundle(**created, *read, QStringLiteral("template")))
            return false;
    }
    auto opened = ui::WorkspaceDocument::open(target);
    if (!opened)
        return false;
    {
        ui::ImportBundlesDialog dialog(**opened, files, &window);
        dialog.show();
        ok &= save(dialog, folder, QStringLiteral("bundle-import.png"));
        if (dialog.importFiles())
            ok &= save(dialog, folder, QStringLiteral("bundle-import-done.png"));
        dialog.close();
    }
    {
        const QFont normal = QApplication::font();
        QFont large = normal;
        large.setPointSizeF(normal.pointSizeF() * 2);
        QApplication::setFont(large);
        ui::ImportBundlesDialog dialog(**opened, files, &window);
        dialog.resize(kWindowSize);
        dialog.show();
        ok &= save(dialog, folder, QStringLiteral("bundle-import-200.png"));
        dialog.close();
        QApplication::setFont(normal);
    }
    return ok;
}

} // namespace pdsa::shots

// SPDX-License-Identifier: Apache-2.0
// The UI's own layering rules, checked on the source (docs/architecture.md): widgets change a
// workspace only through the undo facade (ui/undo/commands.h), never by building QUndoCommands;
// and ui/ reaches storage only through the repositories and the workspace, never by including a
// storage/ header or calling SQLite itself.

#include "support/testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace {

// Lines of ui/ files (outside `allowed`, a folder under ui/) that match `forbidden`.
QStringList offendingLines(const QRegularExpression& forbidden, const QString& allowed = {}) {
    QStringList found;
    const QString root = QStringLiteral(PDSA_SOURCE_DIR "/ui/");
    QDirIterator it(root, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!allowed.isEmpty() && path.mid(root.size()).startsWith(allowed))
            continue;
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        int line = 0;
        while (!file.atEnd()) {
            ++line;
            const QString text = QString::fromUtf8(file.readLine());
            if (forbidden.match(text).hasMatch())
                found << QStringLiteral("%1:%2: %3").arg(path).arg(line).arg(text.trimmed());
        }
    }
    return found;
}

} // namespace

TEST(UiLayering, only_the_undo_folder_builds_undo_commands) {
    const QRegularExpression forbidden(
        QStringLiteral(R"re(#\s*include\s*[<"](QUndoCommand|undo/(?!commands\.h)\w+\.h)|\bQUndoCommand\b)re"));
    const QStringList found = offendingLines(forbidden, QStringLiteral("undo/"));
    EXPECT_TRUE(found.isEmpty()) << found.join(QLatin1Char('\n')).toStdString();
}

TEST(UiLayering, the_ui_reaches_storage_only_through_repositories) {
    const QRegularExpression forbidden(
        QStringLiteral(R"re(#\s*include\s*"(storage/|repositories/recordtable\.h)|\bsqlite3\w*\b)re"));
    const QStringList found = offendingLines(forbidden);
    EXPECT_TRUE(found.isEmpty()) << found.join(QLatin1Char('\n')).toStdString();
}

// The layering rule from docs/architecture.md, checked on the source: core/ includes no GUI
// header (widgets, painting, undo), and no layer includes one above it.

#include "support/testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace {

QStringList offendingIncludes(const QString& folder, const QRegularExpression& forbidden)
{
    QStringList found;
    QDirIterator it(QStringLiteral(PDSA_SOURCE_DIR) + QLatin1Char('/') + folder,
                    {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
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

TEST(Layering, core_includes_no_gui_widget_painting_or_undo_header)
{
    const QRegularExpression forbidden(QStringLiteral(
        R"(#\s*include\s*[<"](Qt(Gui|Widgets|Charts|Svg|PrintSupport)/|Q(Widget|Application|GuiApplication|Color|Pixmap|Image|Painter|Font|Icon|Undo\w*|Chart\w*)\b|ui/))"));
    const QStringList found = offendingIncludes(QStringLiteral("core"), forbidden);
    EXPECT_TRUE(found.isEmpty()) << found.join(QLatin1Char('\n')).toStdString();
}

TEST(Layering, core_and_ui_do_not_include_the_apps)
{
    const QRegularExpression forbidden(QStringLiteral(R"(#\s*include\s*"(app|gui|cli/main)/)"));
    QStringList found = offendingIncludes(QStringLiteral("core"), forbidden);
    found += offendingIncludes(QStringLiteral("ui"), forbidden);
    EXPECT_TRUE(found.isEmpty()) << found.join(QLatin1Char('\n')).toStdString();
}

TEST(Layering, only_the_storage_and_repository_layers_contain_sql)
{
    const QRegularExpression sql(QStringLiteral(R"(\b(SELECT\s+\S|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+TABLE)\b)"));
    QStringList found;
    for (const QString& folder : {QStringLiteral("core/domain"), QStringLiteral("core/demo"),
                                  QStringLiteral("core/workspace"), QStringLiteral("ui"), QStringLiteral("app")})
        found += offendingIncludes(folder, sql);
    EXPECT_TRUE(found.isEmpty()) << found.join(QLatin1Char('\n')).toStdString();
}

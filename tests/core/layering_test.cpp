// SPDX-License-Identifier: Apache-2.0
// The layering rules from docs/architecture.md, checked on the source: core/ includes no GUI
// header (widgets, painting, undo) and nothing of ui/ or app/, ui/ nothing of app/; domain never
// includes the chart engine that builds on it; Qt Charts stays in the chart views; and the
// test-only fault injection is not part of the product.
//
// Includes name a header relative to its folder's root ("cli/cli.h" is app/cli/cli.h), so a rule
// about a folder checks the headers that folder holds, not only paths that spell its name.

#include "support/testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

#include <functional>

namespace {

QString sourcePath(const QString& folder)
{
    return QStringLiteral(PDSA_SOURCE_DIR) + QLatin1Char('/') + folder;
}

// Every .h and .cpp file under `folder` (which must exist: a rule about a folder that moved away
// would otherwise pass unnoticed).
QStringList sourceFiles(const QString& folder)
{
    EXPECT_TRUE(QFileInfo(sourcePath(folder)).isDir()) << folder.toStdString() << " is not a folder";
    QStringList files;
    QDirIterator it(sourcePath(folder), {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

// The lines of files under `folder` for which `offends(file, line)` holds, as "path:line: text".
QStringList offendingLines(const QString& folder,
                           const std::function<bool(const QString& file, const QString& line)>& offends)
{
    QStringList found;
    for (const QString& path : sourceFiles(folder)) {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        int line = 0;
        while (!file.atEnd()) {
            ++line;
            const QString text = QString::fromUtf8(file.readLine());
            if (offends(path, text))
                found << QStringLiteral("%1:%2: %3").arg(path).arg(line).arg(text.trimmed());
        }
    }
    return found;
}

QStringList offendingIncludes(const QString& folder, const QRegularExpression& forbidden)
{
    return offendingLines(folder, [&](const QString&, const QString& line) {
        return forbidden.match(line).hasMatch();
    });
}

// Every header under `folder`, named as an #include names it: relative to the folder.
QSet<QString> headersIn(const QString& folder)
{
    QSet<QString> headers;
    const QDir root(sourcePath(folder));
    for (const QString& path : sourceFiles(folder))
        if (path.endsWith(QLatin1String(".h")))
            headers.insert(root.relativeFilePath(path));
    return headers;
}

// The #include "…" lines under `folder` that name one of `headers`, or a path through one of
// `folders` spelled out ("ui/format.h").
QStringList includesOf(const QString& folder, const QSet<QString>& headers, const QStringList& folders)
{
    static const QRegularExpression include(QStringLiteral(R"re(^\s*#\s*include\s*"([^"]+)")re"));
    return offendingLines(folder, [&](const QString&, const QString& line) {
        const auto match = include.match(line);
        if (!match.hasMatch())
            return false;
        const QString header = match.captured(1);
        if (headers.contains(header))
            return true;
        for (const QString& name : folders)
            if (header.startsWith(name + QLatin1Char('/')))
                return true;
        return false;
    });
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
    const QSet<QString> appHeaders = headersIn(QStringLiteral("app"));
    EXPECT_TRUE(appHeaders.contains(QStringLiteral("cli/cli.h"))); // the check sees the CLI's headers
    const QStringList folders = {QStringLiteral("app"), QStringLiteral("gui"), QStringLiteral("cli")};
    QStringList found = includesOf(QStringLiteral("core"), appHeaders, folders);
    found += includesOf(QStringLiteral("ui"), appHeaders, folders);
    EXPECT_TRUE(found.isEmpty()) << found.join(QLatin1Char('\n')).toStdString();
}

TEST(Layering, core_includes_nothing_from_ui)
{
    const QSet<QString> uiHeaders = headersIn(QStringLiteral("ui"));
    EXPECT_TRUE(uiHeaders.contains(QStringLiteral("print/worksheetpdf.h")));
    const QStringList found = includesOf(QStringLiteral("core"), uiHeaders, {QStringLiteral("ui")});
    EXPECT_TRUE(found.isEmpty()) << found.join(QLatin1Char('\n')).toStdString();
}

// Analysis builds on domain (a measure's chart reads measures, cycles and chart settings), so
// domain must not include analysis, not even through another folder: it includes only domain and
// util headers. The chart types both need are domain's (domain/charttypes.h).
TEST(Layering, domain_includes_only_domain_and_util_so_analysis_can_build_on_it)
{
    const QRegularExpression forbidden(QStringLiteral(R"re(#\s*include\s*"(?!(domain|util)/))re"));
    const QStringList found = offendingIncludes(QStringLiteral("core/domain"), forbidden);
    EXPECT_TRUE(found.isEmpty()) << found.join(QLatin1Char('\n')).toStdString();
}

// Qt Charts is deprecated upstream from Qt 6.10: only the chart views draw with it, so that it can
// be replaced without touching anything else.
TEST(Layering, only_the_chart_views_include_qt_charts)
{
    const QRegularExpression charts(QStringLiteral(
        R"re(#\s*include\s*<(QtCharts\b|Q(\w*Chart\w*|\w*Series|\w*Axis|Legend\w*|BarSet|BoxSet|CandlestickSet|PieSlice)>))re"));
    const auto isChartView = [](const QString& path) {
        const QFileInfo file(path);
        return file.absolutePath() == sourcePath(QStringLiteral("ui/charts")) &&
               file.completeBaseName().endsWith(QLatin1String("view"));
    };
    QStringList found;
    for (const QString& folder : {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")})
        found += offendingLines(folder, [&](const QString& file, const QString& line) {
            return !isChartView(file) && charts.match(line).hasMatch();
        });
    EXPECT_TRUE(found.isEmpty()) << found.join(QLatin1Char('\n')).toStdString();
}

// The fault-injecting VFS is test support (tests/support): no product code includes it or holds it.
TEST(Layering, the_product_does_not_ship_the_fault_injection)
{
    const QRegularExpression forbidden(QStringLiteral(R"(#\s*include\s*[<"]\S*faultinjection)"));
    QStringList found;
    for (const QString& folder : {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")}) {
        found += offendingIncludes(folder, forbidden);
        for (const QString& path : sourceFiles(folder))
            if (QFileInfo(path).fileName().startsWith(QLatin1String("faultinjection")))
                found << path;
    }
    EXPECT_TRUE(found.isEmpty()) << found.join(QLatin1Char('\n')).toStdString();
}

TEST(Layering, only_the_storage_and_repository_layers_contain_sql)
{
    const QRegularExpression sql(QStringLiteral(R"(\b(SELECT\s+\S|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+TABLE)\b)"));
    QStringList found;
    for (const QString& folder : {QStringLiteral("core/domain"), QStringLiteral("core/demo"),
                                  QStringLiteral("core/report"), QStringLiteral("core/workspace"),
                                  QStringLiteral("ui"), QStringLiteral("app")})
        found += offendingIncludes(folder, sql);
    EXPECT_TRUE(found.isEmpty()) << found.join(QLatin1Char('\n')).toStdString();
}

// SPDX-License-Identifier: Apache-2.0
#include "uitestsupport.h"

#include "bundle/bundle.h"
#include "mainwindow.h"
#include "workspacedocument.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTimer>
#include <QWidget>

namespace pdsa::test {

void UiTest::SetUp() {
    QSettings().clear();
}

void UiTest::TearDown() {
    QSettings().clear();
}

QString UiTest::demoPath() {
    if (m_demo.isEmpty()) {
        m_demo = dir.path(QStringLiteral("demo.pdsa"));
        writeDemo(m_demo);
    }
    return m_demo;
}

std::unique_ptr<ui::WorkspaceDocument> UiTest::openDemoDocument() {
    auto opened = ui::WorkspaceDocument::open(demoPath());
    EXPECT_TRUE(opened.ok()) << opened.error().message.toStdString();
    return opened.ok() ? std::move(*opened) : nullptr;
}

QString UiTest::demoCopy(const QString& name) {
    const QString path = dir.path(name);
    writeDemo(path);
    return path;
}

QString UiTest::coachWorkspace(const QString& coach) {
    QStringList files;
    {
        auto source = openOrFail(demoPath());
        if (!source)
            return {};
        const QDateTime made(QDate(2026, 7, 1), QTime(9, 0), Qt::UTC);
        const auto write = [&](const bundle::ExportRequest& request, const QString& name) {
            const QString path = dir.path(name);
            EXPECT_TRUE(bundle::exportBundleFile(*source, request, path).ok()) << name.toStdString();
            files << path;
        };
        write({bundle::BundleKind::Template, {}, false, made}, QStringLiteral("template.pdsabundle"));
        for (const Team& team : source->teams.teams.all().value())
            write({bundle::BundleKind::Team, team.meta.id, false, made}, team.name + QStringLiteral(".pdsabundle"));
        if (source->work.comments.where("owner_coach = ?1", [&](storage::Query& q) { q.bind(1, coach); })->size() > 0)
            write({bundle::BundleKind::Feedback, {}, false, made, coach}, QStringLiteral("feedback.pdsabundle"));
    }
    const QString path = dir.path(QStringLiteral("coach.pdsa"));
    EXPECT_EQ(runPdsa({QStringLiteral("init"), QStringLiteral("--out"), path, QStringLiteral("--as"),
                       QStringLiteral("coach:") + coach})
                  .code,
              0);
    EXPECT_EQ(runPdsa(QStringList{QStringLiteral("bundle"), QStringLiteral("import"), QStringLiteral("--workspace"), path} +
                      files)
                  .code,
              0);
    return path;
}

std::unique_ptr<ui::MainWindow> openMainWindow(const QString& path, const QDate& today) {
    auto window = std::make_unique<ui::MainWindow>();
    window->resize(1280, 900);
    window->show();
    const Status opened = window->openWorkspace(path);
    EXPECT_TRUE(opened.ok()) << opened.error().message.toStdString();
    window->setToday(today);
    QApplication::processEvents();
    return window;
}

namespace {

QString poppler(const QString& program, const QStringList& args) {
    QProcess process;
    process.start(program, args);
    if (!process.waitForStarted()) {
        ADD_FAILURE() << program.toStdString()
                      << " could not be started: install the Debian package poppler-utils to read PDFs back";
        return {};
    }
    process.waitForFinished();
    EXPECT_EQ(process.exitCode(), 0) << program.toStdString() << ": "
                                     << process.readAllStandardError().toStdString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

void poll(const std::shared_ptr<std::function<void(QWidget*)>>& handler, int attemptsLeft) {
    QTimer::singleShot(0, qApp, [handler, attemptsLeft] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            (*handler)(modal);
            return;
        }
        if (attemptsLeft > 0)
            poll(handler, attemptsLeft - 1);
    });
}

} // namespace

QString pdfText(const QString& path) {
    return poppler(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
}

int pdfPages(const QString& path) {
    const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)$"), QRegularExpression::MultilineOption);
    const auto match = pages.match(poppler(QStringLiteral("pdfinfo"), {path}));
    EXPECT_TRUE(match.hasMatch()) << path.toStdString();
    return match.captured(1).toInt();
}

void whenModalAppears(std::function<void(QWidget*)> handler) {
    poll(std::make_shared<std::function<void(QWidget*)>>(std::move(handler)), 10000);
}

} // namespace pdsa::test

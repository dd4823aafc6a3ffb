// SPDX-License-Identifier: Apache-2.0
#include "uitestsupport.h"

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

QString UiTest::demoCopy(const QString& name) {
    const QString path = dir.path(name);
    writeDemo(path);
    return path;
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

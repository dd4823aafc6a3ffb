// SPDX-License-Identifier: Apache-2.0
#include "uitestsupport.h"

#include <QApplication>
#include <QFile>
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

void whenModalAppears(std::function<void(QWidget*)> handler) {
    poll(std::make_shared<std::function<void(QWidget*)>>(std::move(handler)), 10000);
}

} // namespace pdsa::test

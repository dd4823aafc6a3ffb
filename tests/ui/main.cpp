// SPDX-License-Identifier: Apache-2.0
// Test runner for the UI library: a QApplication on the offscreen platform, in QStandardPaths
// test mode (so settings, recent files and the demo go to a test folder, never the user's),
// with a fixed US English locale and font so that formatted text and layouts are the same on
// every machine.
#include <QApplication>
#include <QFile>
#include <QFont>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char** argv) {
    // ctest runs test processes in parallel; each gets a home of its own so that no two share a
    // settings file (test mode's folders live under $HOME/.qttest).
    QTemporaryDir home;
    qputenv("HOME", QFile::encodeName(home.path()));
    for (const char* variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        qunsetenv(variable);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // also when ctest lists the tests
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QApplication::setOrganizationName(QStringLiteral("PDSA Tracker"));
    QApplication::setApplicationName(QStringLiteral("PDSA Tracker UI tests"));
    QApplication app(argc, argv);
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

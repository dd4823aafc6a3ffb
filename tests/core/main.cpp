// SPDX-License-Identifier: Apache-2.0
// Test runner for the core library: a QCoreApplication (for QStandardPaths and event-free Qt
// Core classes) in test mode, so no test touches the user's real data folder.
#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    // ctest runs test processes in parallel; each gets a home of its own (test mode's folders
    // live under $HOME/.qttest), so no two share a file.
    QTemporaryDir home;
    qputenv("HOME", QFile::encodeName(home.path()));
    for (const char* variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        qunsetenv(variable);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

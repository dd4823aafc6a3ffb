// Test runner for the core library: a QCoreApplication (for QStandardPaths and event-free Qt
// Core classes) in test mode, so no test touches the user's real data folder.
#include <QCoreApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

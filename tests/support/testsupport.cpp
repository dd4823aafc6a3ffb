// SPDX-License-Identifier: Apache-2.0
#include "support/testsupport.h"

#include "cli/cli.h"

#include <QDir>
#include <QFile>
#include <QTextStream>

#include <gtest/gtest.h>

namespace pdsa::test {

TempDir::TempDir() { EXPECT_TRUE(m_dir.isValid()); }

QString TempDir::path(const QString& name) const { return QDir(m_dir.path()).filePath(name); }

demo::DemoOptions smallDemo()
{
    demo::DemoOptions options;
    options.teams = 2;
    options.months = 12;
    options.measures = 7;
    options.cycles = 10;
    return options;
}

void writeDemo(const QString& path, const demo::DemoOptions& options)
{
    auto status = demo::writeDemoFile(path, options);
    ASSERT_TRUE(status.ok()) << status.error().message.toStdString();
}

std::unique_ptr<Workspace> openOrFail(const QString& path, const Workspace::OpenOptions& options)
{
    auto opened = Workspace::open(path, options);
    EXPECT_TRUE(opened.ok()) << (opened.ok() ? std::string() : opened.error().message.toStdString());
    return opened.ok() ? std::move(*opened) : nullptr;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

CliRun runPdsa(const QStringList& args)
{
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    const int code = cli::runCli(args, outStream, errStream);
    return {code, out, err};
}

QString dataPath(const QString& relative) { return QDir(QStringLiteral(PDSA_TEST_DATA_DIR)).filePath(relative); }

} // namespace pdsa::test

// SPDX-License-Identifier: Apache-2.0
#pragma once
// Helpers for the test programs: a temporary folder per test, demo workspaces of a chosen size,
// and whole-file byte comparisons (the proof that a refused or failed write changed nothing).

#include "demo/demogenerator.h"
#include "workspace/workspace.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace pdsa::test {

class TempDir {
public:
    TempDir();
    QString path(const QString& name) const;
    QString root() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

// The smallest demo that still has every kind of record.
demo::DemoOptions smallDemo();

// The demo's first coach (the first team's, and every other team's after it); the second is
// kDemoCoach2. Their feedback bundles are theirs alone.
inline const QString kDemoCoach = QStringLiteral("Dr. Evelyn Marsh (faculty, demo)");
inline const QString kDemoCoach2 = QStringLiteral("Joaquin Reyes (faculty, demo)");

// Writes a demo workspace file at `path` (the test fails if that does not work).
void writeDemo(const QString& path, const demo::DemoOptions& options = smallDemo());

// Opens a workspace read-write, failing the test with the error if it cannot.
std::unique_ptr<Workspace> openOrFail(const QString& path, const Workspace::OpenOptions& options = {});

QByteArray fileBytes(const QString& path);
void writeBytes(const QString& path, const QByteArray& bytes);

// What `pdsa ARGS…` does, run in-process.
struct CliRun {
    int code;
    QString out;
    QString err;
};
CliRun runPdsa(const QStringList& args);

// A fixture file from tests/data.
QString dataPath(const QString& relative);

} // namespace pdsa::test

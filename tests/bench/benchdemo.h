// SPDX-License-Identifier: Apache-2.0
#pragma once
// The demo workspaces the benchmark programs measure: each written once per program, the first
// time it is asked for, into a scratch folder that goes with the program.

#include "demo/demogenerator.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

namespace pdsa::bench {

inline const QTemporaryDir& scratch()
{
    static QTemporaryDir dir;
    return dir;
}

// The demo of `teams` teams over `months` months (demo-TxM.pdsa in the scratch folder).
inline QString demoFile(int teams, int months)
{
    const QString path = QDir(scratch().path()).filePath(QStringLiteral("demo-%1x%2.pdsa").arg(teams).arg(months));
    if (!QFile::exists(path)) {
        demo::DemoOptions options;
        options.teams = teams;
        options.months = months;
        if (!demo::writeDemoFile(path, options).ok())
            qFatal("cannot write the demo");
    }
    return path;
}

} // namespace pdsa::bench

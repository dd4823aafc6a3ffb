#pragma once
// `pdsa bundle export` and `pdsa bundle verify` (docs/bundle-format.md). Import comes with the
// merge (issue 5).

#include <QStringList>
#include <QTextStream>

namespace pdsa::cli {

int bundleCommand(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace pdsa::cli

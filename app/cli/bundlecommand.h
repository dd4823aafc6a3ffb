// SPDX-License-Identifier: Apache-2.0
#pragma once
// `pdsa bundle export`, `verify` and `import` (docs/bundle-format.md), and `pdsa init`, the empty
// workspace a collaborative's template is imported into.

#include <QStringList>
#include <QTextStream>

namespace pdsa::cli {

int bundleCommand(const QStringList& args, QTextStream& out, QTextStream& err);
int initCommand(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace pdsa::cli

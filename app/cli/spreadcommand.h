// SPDX-License-Identifier: Apache-2.0
#pragma once
// `pdsa report spread`: the collaborative's spread report as a PDF, one HTML file or a folder of
// CSV files (core/report/spreadreport.h).

#include <QStringList>
#include <QTextStream>

namespace pdsa::cli {

int spreadReportCommand(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace pdsa::cli

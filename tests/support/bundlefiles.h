// SPDX-License-Identifier: Apache-2.0
#pragma once
// Bundles altered as someone with a text editor and a ZIP tool would alter them: the entries
// changed, and the manifest's sizes, counts and checksums made to match again, so that only the
// rules about what a record may say can refuse them.

#include "bundle/ziparchive.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <vector>

namespace pdsa::test {

// Writes to `to` the bundle `from` with its entries changed by `change` (entries may be added or
// removed), its manifest made to match again.
void rewriteBundle(const QString& from, const std::function<void(std::vector<bundle::ZipEntry>&)>& change,
                   const QString& to);

// Every entry of the bundle at `path`, as it is.
std::vector<bundle::ZipEntry> bundleEntries(const QString& path);

// The first line of `entry`.
QByteArray firstLine(const bundle::ZipEntry& entry);

// Writes to `to` the bundle `from` with the first record of `entryName` changed by `change`;
// returns that record's id after the change.
QString alterFirstRecord(const QString& from, const QString& entryName,
                         const std::function<void(QJsonObject&)>& change, const QString& to);

} // namespace pdsa::test

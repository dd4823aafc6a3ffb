// SPDX-License-Identifier: Apache-2.0
#pragma once
// The bundle's container: a ZIP archive (libzip), read and written wholly in memory so that no
// entry of a bundle ever becomes a file. Reading is defensive because bundles arrive by e-mail
// and USB stick: only the entry names the caller expects are accepted (no paths, no links, no
// folders, no duplicates), encrypted entries are refused, and every entry's size is capped both
// as declared and as actually inflated, so a compression bomb stops at the cap.

#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <vector>

namespace pdsa::bundle {

struct ZipEntry {
    QString name;
    QByteArray data;
};

struct ZipLimits {
    int maxEntries = 64;
    qint64 maxEntrySize = qint64(1) << 30; // bytes, inflated
    qint64 maxTotalSize = qint64(2) << 30;
    // Whether `name` is an entry the format has (exact names, never a path the caller builds).
    std::function<bool(const QString& name)> expected;
    // Whether to inflate `name`; an entry not wanted is checked all the same (its name, kind,
    // encryption and declared size) but returned without its data. Unset: every entry.
    std::function<bool(const QString& name)> wanted;
};

// A ZIP archive of `entries` in that order, deflated, every time stamp fixed (1980-01-01), so
// that the same entries always give the same bytes.
Result<QByteArray> writeZip(const std::vector<ZipEntry>& entries);

// The entries of the archive in `bytes`, in archive order. `source` names the file in messages.
Result<std::vector<ZipEntry>> readZip(const QByteArray& bytes, const ZipLimits& limits,
                                      const QString& source);

} // namespace pdsa::bundle

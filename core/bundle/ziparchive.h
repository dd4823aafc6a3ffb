// SPDX-License-Identifier: Apache-2.0
#pragma once
// The bundle's container: a ZIP archive (libzip), written in memory and read in memory or from
// its file, so that no entry of a bundle ever becomes a file of its own. Reading is defensive because bundles arrive by e-mail
// and USB stick: only the entry names the caller expects are accepted (no paths, no links, no
// folders, no duplicates), encrypted entries are refused, and every entry's size is capped both
// as declared and as actually inflated, so a compression bomb stops at the cap.

#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <QByteArrayView>

#include <functional>
#include <memory>
#include <vector>

struct zip_error;
struct zip_source;
using zip_error_t = zip_error;
using zip_source_t = zip_source;

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

// An archive read entry by entry, so that memory does not grow with what the entries inflate to:
// every entry is checked when it is opened (as readZip checks them), its data is inflated only
// when asked for, in pieces. Read from a file (which stays open, and is only read) or from bytes.
class ZipReader {
public:
    static Result<std::unique_ptr<ZipReader>> fromFile(const QString& path, const ZipLimits& limits,
                                                       const QString& source);
    static Result<std::unique_ptr<ZipReader>> fromBytes(QByteArray bytes, const ZipLimits& limits,
                                                        const QString& source);
    ~ZipReader();

    // The entries' names, in archive order.
    std::vector<QString> names() const;
    // The whole of entry `name` (a small one: the manifest).
    Result<QByteArray> read(const QString& name) const;
    // Entry `name` in order, in pieces of at most 1 MiB given to `piece`; the first error, from
    // the archive or from `piece`, stops it. An entry that inflates to more or less than it
    // declares is refused.
    Status stream(const QString& name, const std::function<Status(QByteArrayView piece)>& piece) const;

private:
    struct Archive;
    explicit ZipReader(std::unique_ptr<Archive> archive);
    static Result<std::unique_ptr<ZipReader>> over(std::unique_ptr<Archive> archive, zip_source_t* data,
                                                   zip_error_t& error, const ZipLimits& limits);
    std::unique_ptr<Archive> m_archive;
};

} // namespace pdsa::bundle

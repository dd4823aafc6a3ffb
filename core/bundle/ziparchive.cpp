// SPDX-License-Identifier: Apache-2.0
#include "bundle/ziparchive.h"

#include "util/displaytext.h"

#include <zip.h>

#include <QFile>

#include <ctime>
#include <memory>
#include <optional>
#include <set>

namespace pdsa::bundle {

namespace {

struct ZipCloser {
    void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct FileCloser {
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};
struct SourceFreer {
    void operator()(zip_source_t* source) const { zip_source_free(source); }
};

Error zipError(const QString& source, const QString& what, zip_error_t* error) {
    return makeError(
        ErrorCode::Invalid,
        QStringLiteral("%1: %2 (%3)").arg(source, what, QString::fromUtf8(zip_error_strerror(error))));
}

// 1980-01-01 00:00 local time is the earliest time ZIP can store; libzip converts with localtime.
time_t fixedTime() {
    std::tm day{};
    day.tm_year = 80;
    day.tm_mon = 0;
    day.tm_mday = 1;
    day.tm_hour = 12;
    day.tm_isdst = -1;
    return std::mktime(&day);
}

} // namespace

Result<QByteArray> writeZip(const std::vector<ZipEntry>& entries) {
    const QString self = QStringLiteral("bundle");
    zip_error_t error;
    zip_error_init(&error);
    std::unique_ptr<zip_source_t, SourceFreer> buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
    if (!buffer)
        return zipError(self, QStringLiteral("cannot make the archive"), &error);
    zip_t* archive = zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error);
    if (!archive) {
        const Error failed = zipError(self, QStringLiteral("cannot make the archive"), &error);
        zip_error_fini(&error);
        return failed;
    }
    zip_source_keep(buffer.get()); // the archive releases it on close; we read it afterwards
    std::unique_ptr<zip_t, ZipCloser> guard(archive);
    const time_t stamp = fixedTime();
    for (const ZipEntry& entry : entries) {
        zip_source_t* data =
            zip_source_buffer(archive, entry.data.constData(), zip_uint64_t(entry.data.size()), 0);
        if (!data)
            return zipError(self, QStringLiteral("cannot add %1").arg(entry.name), zip_get_error(archive));
        const zip_int64_t index =
            zip_file_add(archive, entry.name.toUtf8().constData(), data, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(data);
            return zipError(self, QStringLiteral("cannot add %1").arg(entry.name), zip_get_error(archive));
        }
        if (zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_DEFLATE, 9) < 0 ||
            zip_file_set_mtime(archive, zip_uint64_t(index), stamp, 0) < 0)
            return zipError(self, QStringLiteral("cannot add %1").arg(entry.name), zip_get_error(archive));
    }
    if (zip_close(archive) < 0)
        return zipError(self, QStringLiteral("cannot write the archive"), zip_get_error(archive));
    guard.release(); // closed

    if (zip_source_open(buffer.get()) < 0)
        return zipError(self, QStringLiteral("cannot read the archive back"), zip_source_error(buffer.get()));
    QByteArray bytes;
    char chunk[1 << 16];
    for (;;) {
        const zip_int64_t n = zip_source_read(buffer.get(), chunk, sizeof chunk);
        if (n < 0) {
            zip_source_close(buffer.get());
            return zipError(self, QStringLiteral("cannot read the archive back"),
                            zip_source_error(buffer.get()));
        }
        if (n == 0)
            break;
        bytes.append(chunk, qsizetype(n));
    }
    zip_source_close(buffer.get());
    return bytes;
}

namespace {

// Refuses an entry a bundle never holds: a symbolic link, an encrypted entry, or one too large
// (alone, or with the entries before it, `total` bytes).
std::optional<Error> refusedEntry(zip_t* archive, zip_int64_t i, const zip_stat_t& stat, const QString& shown,
                                  qint64 total, const ZipLimits& limits, const QString& source) {
    zip_uint8_t system = 0;
    zip_uint32_t attributes = 0;
    if (zip_file_get_external_attributes(archive, zip_uint64_t(i), 0, &system, &attributes) == 0 &&
        system == ZIP_OPSYS_UNIX && ((attributes >> 16) & 0170000) == 0120000)
        return makeError(
            ErrorCode::Invalid,
            QStringLiteral("%1: \"%2\" is a symbolic link (a bundle holds only plain entries)")
                .arg(source, shown));
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE)
        return makeError(
            ErrorCode::Invalid,
            QStringLiteral("%1: \"%2\" is encrypted (a bundle is never encrypted)").arg(source, shown));
    if (!(stat.valid & ZIP_STAT_SIZE) || stat.size > zip_uint64_t(limits.maxEntrySize) ||
        total + qint64(stat.size) > limits.maxTotalSize)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("%1: \"%2\" is too large (%3 bytes; at most %4)")
                             .arg(source, shown)
                             .arg(qulonglong(stat.size))
                             .arg(limits.maxEntrySize));
    return std::nullopt;
}

} // namespace

struct ZipReader::Archive {
    struct Entry {
        QString name;
        zip_uint64_t index = 0;
        qint64 size = 0;
    };
    QByteArray bytes; // the archive, when read from memory
    std::unique_ptr<zip_source_t, SourceFreer> data;
    std::unique_ptr<zip_t, ZipCloser> zip;
    std::vector<Entry> entries;
    QString source;

    const Entry* find(const QString& name) const {
        for (const Entry& e : entries)
            if (e.name == name)
                return &e;
        return nullptr;
    }

    // Opens the archive over `data` and checks every entry's name, kind and declared size.
    Status open(const ZipLimits& limits) {
        zip_error_t error;
        zip_error_init(&error);
        zip_t* opened = zip_open_from_source(data.get(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
        if (!opened) {
            const Error refused =
                makeError(ErrorCode::NotWorkspace,
                          QStringLiteral("%1: not a PDSA Tracker bundle, or a damaged one: it is not a "
                                         "readable ZIP archive (%2)")
                              .arg(source, QString::fromUtf8(zip_error_strerror(&error))));
            zip_error_fini(&error);
            return refused;
        }
        zip_source_keep(data.get()); // owned by `data` again once the archive is discarded
        zip.reset(opened);
        const zip_int64_t count = zip_get_num_entries(opened, 0);
        if (count < 0 || count > limits.maxEntries)
            return makeError(ErrorCode::Invalid, QStringLiteral("%1: %2 entries in the archive (a bundle has at most %3)")
                                                     .arg(source)
                                                     .arg(count)
                                                     .arg(limits.maxEntries));
        std::set<QString> seen;
        qint64 total = 0;
        for (zip_int64_t i = 0; i < count; ++i) {
            zip_stat_t stat;
            zip_stat_init(&stat);
            if (zip_stat_index(opened, zip_uint64_t(i), 0, &stat) < 0 || !(stat.valid & ZIP_STAT_NAME))
                return zipError(source, QStringLiteral("entry %1 cannot be read").arg(i + 1), zip_get_error(opened));
            const QString name = QString::fromUtf8(stat.name);
            const QString shown = shownText(name);
            if (!limits.expected || !limits.expected(name))
                return makeError(
                    ErrorCode::Invalid,
                    QStringLiteral("%1: unexpected entry \"%2\" in the archive (not part of the bundle format)")
                        .arg(source, shown));
            if (!seen.insert(name).second)
                return makeError(ErrorCode::Invalid, QStringLiteral("%1: the archive holds \"%2\" twice").arg(source, shown));
            if (const auto refused = refusedEntry(opened, i, stat, shown, total, limits, source))
                return *refused;
            total += qint64(stat.size);
            entries.push_back({name, zip_uint64_t(i), qint64(stat.size)});
        }
        return {};
    }

    // Entry `e`'s data in pieces, no more than declared (one byte more is noticed as a lie),
    // whatever the data inflate to.
    Status stream(const Entry& e, const std::function<Status(QByteArrayView)>& piece) const {
        const QString shown = shownText(e.name);
        std::unique_ptr<zip_file_t, FileCloser> file(zip_fopen_index(zip.get(), e.index, 0));
        if (!file)
            return zipError(source, QStringLiteral("\"%1\" cannot be opened").arg(shown), zip_get_error(zip.get()));
        QByteArray buffer(qsizetype(qMin<qint64>(e.size + 1, qint64(1) << 20)), Qt::Uninitialized);
        qint64 got = 0;
        for (;;) {
            const zip_int64_t n = zip_fread(file.get(), buffer.data(), zip_uint64_t(buffer.size()));
            if (n < 0)
                return zipError(source, QStringLiteral("\"%1\" is damaged").arg(shown), zip_file_get_error(file.get()));
            if (n == 0)
                break;
            got += n;
            if (got > e.size)
                return makeError(ErrorCode::Invalid,
                                 QStringLiteral("%1: \"%2\" holds more than its declared size").arg(source, shown));
            PDSA_TRY(piece(QByteArrayView(buffer.constData(), qsizetype(n))));
        }
        if (got != e.size)
            return makeError(ErrorCode::Invalid, QStringLiteral("%1: \"%2\" is shorter than declared").arg(source, shown));
        return {};
    }
};

ZipReader::ZipReader(std::unique_ptr<Archive> archive)
    : m_archive(std::move(archive)) {}

ZipReader::~ZipReader() = default;

// The reader of `archive` over `data` (null when libzip could not make it: `error` says why).
Result<std::unique_ptr<ZipReader>> ZipReader::over(std::unique_ptr<Archive> archive, zip_source_t* data,
                                                    zip_error_t& error, const ZipLimits& limits) {
    archive->data.reset(data);
    if (!archive->data) {
        const Error failed = zipError(archive->source, QStringLiteral("cannot read the file"), &error);
        zip_error_fini(&error);
        return failed;
    }
    PDSA_TRY(archive->open(limits));
    return std::unique_ptr<ZipReader>(new ZipReader(std::move(archive)));
}

Result<std::unique_ptr<ZipReader>> ZipReader::fromFile(const QString& path, const ZipLimits& limits,
                                                        const QString& source) {
    auto archive = std::make_unique<Archive>();
    archive->source = source;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* data = zip_source_file_create(QFile::encodeName(path).constData(), 0, -1, &error);
    return over(std::move(archive), data, error, limits);
}

Result<std::unique_ptr<ZipReader>> ZipReader::fromBytes(QByteArray bytes, const ZipLimits& limits,
                                                         const QString& source) {
    auto archive = std::make_unique<Archive>();
    archive->source = source;
    archive->bytes = std::move(bytes);
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* data =
        zip_source_buffer_create(archive->bytes.constData(), zip_uint64_t(archive->bytes.size()), 0, &error);
    return over(std::move(archive), data, error, limits);
}

std::vector<QString> ZipReader::names() const {
    std::vector<QString> names;
    for (const Archive::Entry& e : m_archive->entries)
        names.push_back(e.name);
    return names;
}

Result<QByteArray> ZipReader::read(const QString& name) const {
    const Archive::Entry* e = m_archive->find(name);
    if (!e)
        return makeError(ErrorCode::NotFound, QStringLiteral("%1: the archive holds no \"%2\"")
                                                  .arg(m_archive->source, shownText(name)));
    QByteArray data;
    data.reserve(qsizetype(e->size));
    PDSA_TRY(m_archive->stream(*e, [&](QByteArrayView piece) -> Status {
        data.append(piece);
        return {};
    }));
    return data;
}

Status ZipReader::stream(const QString& name, const std::function<Status(QByteArrayView)>& piece) const {
    const Archive::Entry* e = m_archive->find(name);
    if (!e)
        return makeError(ErrorCode::NotFound, QStringLiteral("%1: the archive holds no \"%2\"")
                                                  .arg(m_archive->source, shownText(name)));
    return m_archive->stream(*e, piece);
}

Result<std::vector<ZipEntry>> readZip(const QByteArray& bytes, const ZipLimits& limits, const QString& source) {
    auto reader = ZipReader::fromBytes(bytes, limits, source);
    if (!reader)
        return reader.error();
    std::vector<ZipEntry> entries;
    for (const QString& name : (*reader)->names()) {
        if (limits.wanted && !limits.wanted(name)) {
            entries.push_back({name, {}});
            continue;
        }
        auto data = (*reader)->read(name);
        if (!data)
            return data.error();
        entries.push_back({name, std::move(*data)});
    }
    return entries;
}

} // namespace pdsa::bundle

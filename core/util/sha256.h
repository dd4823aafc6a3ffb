// SPDX-License-Identifier: Apache-2.0
#pragma once
// SHA-256 through OpenSSL's libcrypto, which uses the CPU's SHA instructions where there are
// some: bundle checksums and the content hash of every record imported are computed here, and
// Qt 6.4's portable QCryptographicHash was a tenth of an import's time (docs/performance.md).

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace pdsa::util {

class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(Sha256&&) noexcept;
    Sha256& operator=(Sha256&&) noexcept;

    // Starts a new digest (a Sha256 can be reused: records are hashed one after another).
    void reset();
    void addData(QByteArrayView bytes);
    // The digest of everything added since the last reset, as 32 bytes or 64 lowercase hex digits.
    QByteArray result();
    QString hexResult();

    static QByteArray hash(QByteArrayView bytes);
    static QString hex(QByteArrayView bytes);

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace pdsa::util

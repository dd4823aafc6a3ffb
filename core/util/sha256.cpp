// SPDX-License-Identifier: Apache-2.0
#include "util/sha256.h"

#include <openssl/evp.h>

#include <cstdlib>
#include <cstdio>

namespace pdsa::util {

namespace {

// Anything but success here means libcrypto is unusable (out of memory, a broken install):
// there is no hash to fall back to that would give the same bytes, so stop loudly.
void require(int ok, const char* what) {
    if (ok != 1) {
        std::fprintf(stderr, "pdsa: libcrypto SHA-256 failed: %s\n", what);
        std::abort();
    }
}

// The implementation, fetched once: EVP_sha256() would look it up again at every reset, and a
// bundle's records are hashed one by one in the hundreds of thousands.
const EVP_MD* sha256() {
    static EVP_MD* md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    if (!md) {
        std::fprintf(stderr, "pdsa: libcrypto offers no SHA-256\n");
        std::abort();
    }
    return md;
}

} // namespace

struct Sha256::Context {
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256()
    : m_context(std::make_unique<Context>()) {
    if (!m_context->ctx) {
        std::fprintf(stderr, "pdsa: libcrypto cannot make a SHA-256 context\n");
        std::abort();
    }
    reset();
}

Sha256::~Sha256() = default;
Sha256::Sha256(Sha256&&) noexcept = default;
Sha256& Sha256::operator=(Sha256&&) noexcept = default;

void Sha256::reset() {
    require(EVP_DigestInit_ex2(m_context->ctx, sha256(), nullptr), "init");
}

void Sha256::addData(QByteArrayView bytes) {
    if (!bytes.isEmpty())
        require(EVP_DigestUpdate(m_context->ctx, bytes.data(), size_t(bytes.size())), "update");
}

QByteArray Sha256::result() {
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int size = 0;
    require(EVP_DigestFinal_ex(m_context->ctx, reinterpret_cast<unsigned char*>(digest.data()), &size),
            "final");
    reset();
    return digest;
}

QString Sha256::hexResult() {
    return QString::fromLatin1(result().toHex());
}

QByteArray Sha256::hash(QByteArrayView bytes) {
    Sha256 sha;
    sha.addData(bytes);
    return sha.result();
}

QString Sha256::hex(QByteArrayView bytes) {
    return QString::fromLatin1(hash(bytes).toHex());
}

} // namespace pdsa::util

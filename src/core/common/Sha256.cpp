#include "core/common/Sha256.h"

// The SHA256_* functions are deprecated in OpenSSL 3.0 in favour of EVP, which costs a
// provider lookup or an allocation per hash (see the header); they are still part of
// libcrypto 3.x and run the same assembly (SHA extensions where the CPU has them).
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/evp.h>
#include <openssl/sha.h>

#include <cstdlib>
#include <utility>

namespace lifeboat {

namespace {

// Fetched once: an implicit fetch on every EVP_DigestInit_ex would cost a lock and a lookup.
const EVP_MD *sha256Md()
{
    static EVP_MD *md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}

[[noreturn]] void fail(const char *what)
{
    // Only when libcrypto cannot allocate or has no SHA-256: nothing sensible can follow.
    qFatal("SHA-256 (OpenSSL): %s failed", what);
    std::abort();
}

} // namespace

Sha256::Sha256() : m_ctx(EVP_MD_CTX_new())
{
    if (!m_ctx || !sha256Md())
        fail("setup");
    reset();
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_ctx);
}

Sha256::Sha256(Sha256 &&other) noexcept : m_ctx(std::exchange(other.m_ctx, nullptr)) {}

Sha256 &Sha256::operator=(Sha256 &&other) noexcept
{
    std::swap(m_ctx, other.m_ctx);
    return *this;
}

void Sha256::reset()
{
    if (EVP_DigestInit_ex2(m_ctx, sha256Md(), nullptr) != 1)
        fail("EVP_DigestInit_ex2");
}

void Sha256::addData(QByteArrayView data)
{
    if (!data.isEmpty() && EVP_DigestUpdate(m_ctx, data.data(), size_t(data.size())) != 1)
        fail("EVP_DigestUpdate");
}

Sha256::Digest Sha256::take()
{
    Digest digest{};
    unsigned int n = 0;
    if (EVP_DigestFinal_ex(m_ctx, digest.data(), &n) != 1 || n != digest.size())
        fail("EVP_DigestFinal_ex");
    reset();
    return digest;
}

Sha256::Digest Sha256::peek() const
{
    EVP_MD_CTX *copy = EVP_MD_CTX_new();
    if (!copy || EVP_MD_CTX_copy_ex(copy, m_ctx) != 1)
        fail("EVP_MD_CTX_copy_ex");
    Digest digest{};
    unsigned int n = 0;
    const int ok = EVP_DigestFinal_ex(copy, digest.data(), &n);
    EVP_MD_CTX_free(copy);
    if (ok != 1 || n != digest.size())
        fail("EVP_DigestFinal_ex");
    return digest;
}

QByteArray Sha256::resultHex() const
{
    return toHex(peek()).toLatin1();
}

Sha256::Digest Sha256::digestOf(QByteArrayView data)
{
    Digest digest{};
    SHA256_CTX ctx;
    SHA256_Init(&ctx);
    if (!data.isEmpty())
        SHA256_Update(&ctx, data.data(), size_t(data.size()));
    SHA256_Final(digest.data(), &ctx);
    return digest;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    const Digest digest = digestOf(data);
    return QByteArray(reinterpret_cast<const char *>(digest.data()), qsizetype(digest.size()));
}

QString Sha256::toHex(const Digest &digest)
{
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest.data()), qsizetype(digest.size())).toHex());
}

} // namespace lifeboat

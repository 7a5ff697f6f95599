#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>
#include <cstdint>

struct evp_md_ctx_st;

namespace lifeboat {

// SHA-256 through OpenSSL's libcrypto, which uses the CPU's SHA extensions where it has them:
// several times QCryptographicHash's portable code (docs/performance.md, "Codec"). The same
// values, of course.
//
// An instance hashes a stream (a file's checksum) through one EVP context. digestOf() hashes
// one buffer (a document, for DocumentDigest) with libcrypto's low-level SHA256_Init/Update/
// Final on the stack: OpenSSL 3.0's one-shot SHA256() fetches the algorithm from the provider
// store under a lock and allocates a context on every call, and EVP_DigestInit allocates the
// provider's state every time; together about 250 ns per document of 430 bytes, where the
// hash itself takes 350 (docs/performance.md).
// An instance is not thread-safe (one per thread); the static functions are.
class Sha256 final {
public:
    using Digest = std::array<uint8_t, 32>;

    Sha256();
    ~Sha256();
    Sha256(Sha256 &&other) noexcept;
    Sha256 &operator=(Sha256 &&other) noexcept;
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView data);
    // The digest of everything added since the last reset; the state is then reset.
    Digest take();
    // The digest so far; further data may still be added.
    Digest peek() const;
    QByteArray resultHex() const; // peek() as 64 lowercase hex digits
    void reset();

    // One buffer's digest; allocates nothing.
    static Digest digestOf(QByteArrayView data);
    static QByteArray hash(QByteArrayView data); // 32 raw bytes
    static QString toHex(const Digest &digest);

private:
    evp_md_ctx_st *m_ctx = nullptr;
};

} // namespace lifeboat

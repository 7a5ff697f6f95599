#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>
#include <cstdint>

namespace lifeboat {

// An order-independent digest of a set of documents: the sum, modulo 2^256, of the SHA-256
// of each document's BSON bytes. Two collections holding the same documents in any order
// have the same digest; changing, adding or removing one document changes it. Digests of
// parts can be merged, so parallel readers each keep their own.
class DocumentDigest final {
public:
    void add(QByteArrayView bson);
    void merge(const DocumentDigest &other);

    quint64 count() const { return m_count; }
    // "sha256-sum:" followed by 64 hex digits.
    QString toString() const;
    static QString algorithmName() { return QStringLiteral("sha256-sum"); }

    bool operator==(const DocumentDigest &other) const = default;

private:
    void addHash(const unsigned char *hash);

    std::array<uint8_t, 32> m_sum{}; // big-endian 256-bit accumulator
    quint64 m_count = 0;
};

} // namespace lifeboat

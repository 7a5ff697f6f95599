#include "core/verify/DocumentDigest.h"

#include "core/common/Sha256.h"

namespace lifeboat {

void DocumentDigest::addHash(const unsigned char *hash)
{
    unsigned carry = 0;
    for (int i = 31; i >= 0; --i) {
        const unsigned v = unsigned(m_sum[size_t(i)]) + unsigned(hash[i]) + carry;
        m_sum[size_t(i)] = uint8_t(v & 0xff);
        carry = v >> 8;
    }
}

void DocumentDigest::add(QByteArrayView bson)
{
    const Sha256::Digest hash = Sha256::digestOf(bson);
    addHash(hash.data());
    ++m_count;
}

void DocumentDigest::merge(const DocumentDigest &other)
{
    addHash(other.m_sum.data());
    m_count += other.m_count;
}

QString DocumentDigest::toString() const
{
    const QByteArray raw(reinterpret_cast<const char *>(m_sum.data()), qsizetype(m_sum.size()));
    return algorithmName() + QLatin1Char(':') + QString::fromLatin1(raw.toHex());
}

} // namespace lifeboat

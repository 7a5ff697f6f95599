// Sha256 (OpenSSL libcrypto) must give exactly the values QCryptographicHash gave: archives
// written before it carry file checksums and document digests computed with Qt's SHA-256,
// and later versions must accept them (and write the same values for the same data).
#include "core/common/Sha256.h"
#include "core/verify/DocumentDigest.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

#include <array>

using namespace lifeboat;

namespace {

QByteArray randomBytes(QRandomGenerator &rng, qsizetype n)
{
    QByteArray b(n, Qt::Uninitialized);
    for (char &c : b)
        c = char(rng.bounded(256));
    return b;
}

QByteArray qtHex(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

// DocumentDigest as it was written with QCryptographicHash: the sum, modulo 2^256, of each
// document's SHA-256.
QString referenceDigest(const QList<QByteArray> &docs)
{
    std::array<unsigned, 32> sum{};
    for (const QByteArray &doc : docs) {
        const QByteArray h = QCryptographicHash::hash(doc, QCryptographicHash::Sha256);
        unsigned carry = 0;
        for (int i = 31; i >= 0; --i) {
            const unsigned v = sum[size_t(i)] + uint8_t(h[i]) + carry;
            sum[size_t(i)] = v & 0xff;
            carry = v >> 8;
        }
    }
    QByteArray raw;
    for (unsigned v : sum)
        raw.append(char(v));
    return QStringLiteral("sha256-sum:") + QString::fromLatin1(raw.toHex());
}

} // namespace

class TestSha256 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void knownVectors();
    void sameAsQtForEverySize();
    void streamedInPiecesAsQt();
    void peekLeavesTheStreamOpen();
    void documentDigestUnchanged();
};

void TestSha256::knownVectors()
{
    // FIPS 180-2 examples.
    QCOMPARE(Sha256::hash("abc").toHex(), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(Sha256::hash("").toHex(), QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    Sha256 sha;
    sha.addData("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq");
    QCOMPARE(Sha256::toHex(sha.take()), QStringLiteral("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
    // After take() the instance starts again.
    sha.addData("abc");
    QCOMPARE(Sha256::toHex(sha.take()), QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

void TestSha256::sameAsQtForEverySize()
{
    QRandomGenerator rng(13);
    for (int n = 0; n < 300; ++n) {
        const QByteArray data = randomBytes(rng, n);
        QCOMPARE(Sha256::hash(data).toHex(), qtHex(data));
        const Sha256::Digest d = Sha256::digestOf(data);
        QCOMPARE(Sha256::toHex(d).toLatin1(), qtHex(data));
    }
    const QByteArray big = randomBytes(rng, 3 * 1024 * 1024 + 17);
    QCOMPARE(Sha256::hash(big).toHex(), qtHex(big));
}

void TestSha256::streamedInPiecesAsQt()
{
    // As a spool or a file reader feeds it: pieces of any size, the way the archive's
    // checksum of a collection file is made.
    QRandomGenerator rng(14);
    for (int round = 0; round < 50; ++round) {
        Sha256 sha;
        QCryptographicHash qt(QCryptographicHash::Sha256);
        const int pieces = int(rng.bounded(40));
        for (int i = 0; i < pieces; ++i) {
            const QByteArray piece = randomBytes(rng, rng.bounded(3) == 0 ? rng.bounded(70000) : rng.bounded(200));
            sha.addData(piece);
            qt.addData(piece);
        }
        QCOMPARE(sha.resultHex(), qt.result().toHex());
        QCOMPARE(Sha256::toHex(sha.take()).toLatin1(), qt.result().toHex());
    }
}

void TestSha256::peekLeavesTheStreamOpen()
{
    Sha256 sha;
    sha.addData("ab");
    QCOMPARE(sha.resultHex(), qtHex("ab"));
    sha.addData("c");
    QCOMPARE(sha.resultHex(), qtHex("abc"));
    Sha256 moved(std::move(sha));
    moved.addData("d");
    QCOMPARE(moved.resultHex(), qtHex("abcd"));
}

void TestSha256::documentDigestUnchanged()
{
    QRandomGenerator rng(15);
    QList<QByteArray> docs;
    DocumentDigest digest;
    for (int i = 0; i < 2000; ++i) {
        docs << randomBytes(rng, 5 + rng.bounded(600));
        digest.add(docs.back());
    }
    QCOMPARE(digest.toString(), referenceDigest(docs));
    QCOMPARE(digest.count(), quint64(2000));
}

QTEST_GUILESS_MAIN(TestSha256)
#include "TestSha256.moc"

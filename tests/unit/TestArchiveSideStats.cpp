// ArchiveSideStats: what the restore engine gathers from an archive's documents as they stream
// by, for verification: count, order-independent digest, and the first N documents' _id
// filters and the SHA-256 of their BSON.
#include "core/verify/CollectionVerifier.h"
#include "core/verify/DocumentDigest.h"
#include "core/codec/ExtJsonCodec.h"

#include <QCryptographicHash>
#include <QTest>

#include "TestBson.h"

#include <algorithm>
#include <vector>

using namespace lifeboat;

namespace {

using test::canonical;
using test::decode;

QByteArrayView bytesOf(const BsonDocument &doc)
{
    return doc.bytes();
}

// Documents with _id of several BSON types, in file order.
std::vector<BsonDocument> documents(int n)
{
    std::vector<BsonDocument> out;
    for (int i = 0; i < n; ++i) {
        QString id;
        switch (i % 3) {
        case 0:
            id = QStringLiteral("{\"$numberInt\": \"%1\"}").arg(i);
            break;
        case 1:
            id = QStringLiteral("\"key-%1\"").arg(i);
            break;
        default:
            id = QStringLiteral("{\"$oid\": \"65a00000000000000000%1\"}").arg(i, 4, 10, QLatin1Char('0'));
            break;
        }
        out.push_back(decode(QStringLiteral("{\"_id\": %1, \"n\": {\"$numberInt\": \"%2\"}, \"name\": \"doc %2\"}")
                                 .arg(id)
                                 .arg(i)
                                 .toUtf8()));
    }
    return out;
}

QByteArray expectedFilter(int i)
{
    switch (i % 3) {
    case 0:
        return QStringLiteral("{\"_id\":{\"$numberInt\":\"%1\"}}").arg(i).toUtf8();
    case 1:
        return QStringLiteral("{\"_id\":\"key-%1\"}").arg(i).toUtf8();
    default:
        return QStringLiteral("{\"_id\":{\"$oid\":\"65a00000000000000000%1\"}}").arg(i, 4, 10, QLatin1Char('0')).toUtf8();
    }
}

QString sha256Hex(const std::vector<BsonDocument> &docs, size_t first)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (size_t i = 0; i < std::min(first, docs.size()); ++i)
        h.addData(bytesOf(docs[i]));
    return QString::fromLatin1(h.result().toHex());
}

void addAll(ArchiveSideStats &stats, const std::vector<BsonDocument> &docs)
{
    for (const auto &d : docs)
        stats.add(d.get());
}

} // namespace

class TestArchiveSideStats : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void empty();
    void count();
    void digestEqualsDocumentDigest();
    void sampleLimitedInOrder();
    void sampleSmallerThanLimit();
    void sampleHashIsSha256OfFirstDocuments();
    void sampleHashSameForSameFirstDocuments();
    void sampleHashChangesWithOneSampledDocument();
    void sampleHashReadMidStream();
    void zeroSampleLimit();
    void defaultLimit();
};

void TestArchiveSideStats::empty()
{
    const ArchiveSideStats stats(10);
    QCOMPARE(stats.count(), qint64(0));
    QCOMPARE(stats.sampleSize(), 0);
    QVERIFY(stats.sampleIds().empty());
    QCOMPARE(stats.digest(), DocumentDigest());
    QCOMPARE(stats.sampleHash(), QString::fromLatin1(QCryptographicHash::hash({}, QCryptographicHash::Sha256).toHex()));
}

void TestArchiveSideStats::count()
{
    ArchiveSideStats stats(5);
    const auto docs = documents(37);
    addAll(stats, docs);
    QCOMPARE(stats.count(), qint64(37));
    QCOMPARE(stats.digest().count(), quint64(37));
}

void TestArchiveSideStats::digestEqualsDocumentDigest()
{
    const auto docs = documents(40);
    ArchiveSideStats stats(7);
    addAll(stats, docs);
    DocumentDigest expected;
    for (const auto &d : docs)
        expected.add(bytesOf(d));
    QCOMPARE(stats.digest(), expected);
    QCOMPARE(stats.digest().toString(), expected.toString());

    // Every document counts in the digest, not only the sampled ones: the same documents in
    // another order give the same digest, but a different sample.
    ArchiveSideStats reversed(7);
    for (auto it = docs.rbegin(); it != docs.rend(); ++it)
        reversed.add(it->get());
    QCOMPARE(reversed.digest(), expected);
    QVERIFY(reversed.sampleHash() != stats.sampleHash());

    // A change to a document past the sample changes the digest only.
    auto changed = documents(40);
    changed[30] = decode("{\"_id\": {\"$numberInt\": \"30\"}, \"n\": {\"$numberInt\": \"-1\"}}");
    ArchiveSideStats other(7);
    addAll(other, changed);
    QVERIFY(other.digest() != stats.digest());
    QCOMPARE(other.sampleHash(), stats.sampleHash());
}

void TestArchiveSideStats::sampleLimitedInOrder()
{
    const int limit = 8;
    ArchiveSideStats stats(limit);
    const auto docs = documents(25);
    addAll(stats, docs);
    QCOMPARE(stats.sampleSize(), limit);
    QCOMPARE(int(stats.sampleIds().size()), limit);
    for (int i = 0; i < limit; ++i)
        QCOMPARE(canonical(stats.sampleIds()[size_t(i)].get()), expectedFilter(i));
    // The _id keeps its BSON type (an ObjectId stays an ObjectId, an int32 an int32).
    bson_iter_t it;
    QVERIFY(bson_iter_init_find(&it, stats.sampleIds()[2].get(), "_id"));
    QVERIFY(BSON_ITER_HOLDS_OID(&it));
    QVERIFY(bson_iter_init_find(&it, stats.sampleIds()[0].get(), "_id"));
    QVERIFY(BSON_ITER_HOLDS_INT32(&it));
    // A filter holds only the _id.
    for (const auto &filter : stats.sampleIds())
        QCOMPARE(bson_count_keys(filter.get()), uint32_t(1));
}

void TestArchiveSideStats::sampleSmallerThanLimit()
{
    ArchiveSideStats stats(100);
    const auto docs = documents(4);
    addAll(stats, docs);
    QCOMPARE(stats.sampleSize(), 4);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(canonical(stats.sampleIds()[size_t(i)].get()), expectedFilter(i));
    QCOMPARE(stats.sampleHash(), sha256Hex(docs, 4));
}

void TestArchiveSideStats::sampleHashIsSha256OfFirstDocuments()
{
    // The database side hashes the documents it reads back by _id, in the same order, the
    // same way: SHA-256 over their BSON bytes.
    ArchiveSideStats stats(10);
    const auto docs = documents(30);
    addAll(stats, docs);
    QCOMPARE(stats.sampleHash(), sha256Hex(docs, 10));
    QCOMPARE(stats.sampleHash().size(), 64);
}

void TestArchiveSideStats::sampleHashSameForSameFirstDocuments()
{
    const auto a = documents(12);
    auto b = documents(20); // the same first 12, and more after them
    ArchiveSideStats sa(12), sb(12);
    addAll(sa, a);
    addAll(sb, b);
    QCOMPARE(sa.sampleHash(), sb.sampleHash());
    QVERIFY(sa.digest() != sb.digest());
    QVERIFY(sa.count() != sb.count());
}

void TestArchiveSideStats::sampleHashChangesWithOneSampledDocument()
{
    const auto docs = documents(15);
    ArchiveSideStats base(10);
    addAll(base, docs);

    for (int changedIndex : {0, 5, 9}) {
        auto changed = documents(15);
        // Same _id, one value differs.
        const BsonDocument &orig = changed[size_t(changedIndex)];
        bson_iter_t it;
        QVERIFY(bson_iter_init_find(&it, orig.get(), "_id"));
        BsonDocument replacement;
        bson_append_iter(replacement.get(), "_id", 3, &it);
        BSON_APPEND_INT32(replacement.get(), "n", 1000 + changedIndex);
        BSON_APPEND_UTF8(replacement.get(), "name", "changed");
        changed[size_t(changedIndex)] = std::move(replacement);

        ArchiveSideStats other(10);
        addAll(other, changed);
        QVERIFY2(other.sampleHash() != base.sampleHash(), qPrintable(QString::number(changedIndex)));
        QVERIFY(other.digest() != base.digest());
        // The filters are the same: only the contents differ.
        for (size_t i = 0; i < 10; ++i)
            QCOMPARE(canonical(other.sampleIds()[i].get()), canonical(base.sampleIds()[i].get()));
    }
    // Two sampled documents swapped: the sample hash is order-sensitive.
    auto swapped = documents(15);
    std::swap(swapped[1], swapped[2]);
    ArchiveSideStats s(10);
    addAll(s, swapped);
    QVERIFY(s.sampleHash() != base.sampleHash());
    QCOMPARE(s.digest(), base.digest());
}

void TestArchiveSideStats::sampleHashReadMidStream()
{
    // Reading the hash (as a progress report might) does not freeze it.
    const auto docs = documents(6);
    ArchiveSideStats stats(6);
    stats.add(docs[0].get());
    stats.add(docs[1].get());
    QCOMPARE(stats.sampleHash(), sha256Hex(docs, 2));
    for (size_t i = 2; i < docs.size(); ++i)
        stats.add(docs[i].get());
    QCOMPARE(stats.sampleHash(), sha256Hex(docs, 6));
}

void TestArchiveSideStats::zeroSampleLimit()
{
    ArchiveSideStats stats(0);
    const auto docs = documents(5);
    addAll(stats, docs);
    QCOMPARE(stats.count(), qint64(5));
    QCOMPARE(stats.sampleSize(), 0);
    QCOMPARE(stats.sampleHash(), sha256Hex(docs, 0));
}

void TestArchiveSideStats::defaultLimit()
{
    ArchiveSideStats stats;
    const auto docs = documents(150);
    addAll(stats, docs);
    QCOMPARE(stats.sampleSize(), 100);
    QCOMPARE(stats.count(), qint64(150));
    QCOMPARE(stats.sampleHash(), sha256Hex(docs, 100));
}

QTEST_GUILESS_MAIN(TestArchiveSideStats)
#include "TestArchiveSideStats.moc"

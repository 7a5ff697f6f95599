// DocumentDigest: an order-independent sum of the documents' SHA-256, mergeable across parts.
#include "core/verify/DocumentDigest.h"
#include "core/codec/ExtJsonCodec.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <random>
#include <vector>

using namespace lifeboat;

namespace {

QByteArray bsonOf(const char *json)
{
    auto doc = ExtJsonCodec::decode(QByteArrayView(json));
    if (!doc.ok())
        qFatal("bad test JSON %s: %s", json, qPrintable(doc.error().message));
    return doc->toByteArray();
}

std::vector<QByteArray> sampleDocuments()
{
    std::vector<QByteArray> docs;
    for (int i = 0; i < 50; ++i) {
        const QByteArray json = QStringLiteral("{\"_id\": {\"$numberInt\": \"%1\"}, \"name\": \"doc %1\", \"tags\": [\"a\", \"b\"]}")
                                    .arg(i)
                                    .toUtf8();
        docs.push_back(bsonOf(json.constData()));
    }
    docs.push_back(bsonOf("{}"));
    docs.push_back(bsonOf("{\"nested\": {\"x\": {\"$numberDouble\": \"1.5\"}}}"));
    return docs;
}

DocumentDigest digestOf(const std::vector<QByteArray> &docs)
{
    DocumentDigest d;
    for (const QByteArray &b : docs)
        d.add(b);
    return d;
}

} // namespace

class TestDocumentDigest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void emptySetIsAllZeros();
    void toStringFormat();
    void orderDoesNotMatter();
    void changedByteChangesDigest();
    void addedOrRemovedDocumentChangesDigest();
    void duplicateDocumentsCount();
    void mergeOfPartsEqualsWhole();
    void count();
    void singleDocumentIsItsSha256();
    void carryPropagates();
};

void TestDocumentDigest::emptySetIsAllZeros()
{
    const DocumentDigest d;
    QCOMPARE(d.toString(), QStringLiteral("sha256-sum:") + QString(64, QLatin1Char('0')));
    QCOMPARE(d.count(), quint64(0));
    QCOMPARE(DocumentDigest::algorithmName(), QStringLiteral("sha256-sum"));
    // Merging empties stays empty.
    DocumentDigest e;
    e.merge(d);
    QCOMPARE(e, d);
    QCOMPARE(e.toString(), d.toString());
}

void TestDocumentDigest::toStringFormat()
{
    const DocumentDigest d = digestOf(sampleDocuments());
    const QString s = d.toString();
    static const QRegularExpression format(QStringLiteral("^sha256-sum:[0-9a-f]{64}$"));
    QVERIFY2(format.match(s).hasMatch(), qPrintable(s));
    QVERIFY(s != DocumentDigest().toString());
}

void TestDocumentDigest::orderDoesNotMatter()
{
    std::vector<QByteArray> docs = sampleDocuments();
    const DocumentDigest forward = digestOf(docs);
    std::reverse(docs.begin(), docs.end());
    const DocumentDigest backward = digestOf(docs);
    QCOMPARE(backward.toString(), forward.toString());
    QVERIFY(backward == forward);

    std::mt19937 rng(12345);
    for (int round = 0; round < 10; ++round) {
        std::shuffle(docs.begin(), docs.end(), rng);
        const DocumentDigest shuffled = digestOf(docs);
        QCOMPARE(shuffled.toString(), forward.toString());
        QCOMPARE(shuffled.count(), forward.count());
    }
}

void TestDocumentDigest::changedByteChangesDigest()
{
    std::vector<QByteArray> docs = sampleDocuments();
    const DocumentDigest original = digestOf(docs);
    // Flip one byte of one document's value (inside the "name" string of document 7).
    QByteArray &victim = docs[7];
    const qsizetype at = victim.indexOf("doc 7");
    QVERIFY(at > 0);
    victim[at + 4] = '8';
    const DocumentDigest changed = digestOf(docs);
    QVERIFY(changed.toString() != original.toString());
    QVERIFY(!(changed == original));
    QCOMPARE(changed.count(), original.count());

    // Every single-bit change of a small document changes the digest.
    const QByteArray small = bsonOf("{\"a\": \"x\"}");
    DocumentDigest base;
    base.add(small);
    for (qsizetype i = 0; i < small.size(); ++i) {
        for (int bit = 0; bit < 8; ++bit) {
            QByteArray mutated = small;
            mutated[i] = char(uchar(mutated[i]) ^ (1u << bit));
            DocumentDigest m;
            m.add(mutated);
            QVERIFY(m.toString() != base.toString());
        }
    }
}

void TestDocumentDigest::addedOrRemovedDocumentChangesDigest()
{
    std::vector<QByteArray> docs = sampleDocuments();
    const DocumentDigest original = digestOf(docs);

    std::vector<QByteArray> added = docs;
    added.push_back(bsonOf("{\"extra\": true}"));
    const DocumentDigest withExtra = digestOf(added);
    QVERIFY(withExtra.toString() != original.toString());
    QCOMPARE(withExtra.count(), original.count() + 1);

    std::vector<QByteArray> removed = docs;
    removed.erase(removed.begin() + 3);
    const DocumentDigest withoutOne = digestOf(removed);
    QVERIFY(withoutOne.toString() != original.toString());
    QCOMPARE(withoutOne.count(), original.count() - 1);

    // Adding an empty document also counts.
    std::vector<QByteArray> plusEmpty = docs;
    plusEmpty.push_back(bsonOf("{}"));
    QVERIFY(digestOf(plusEmpty).toString() != original.toString());
}

void TestDocumentDigest::duplicateDocumentsCount()
{
    const QByteArray a = bsonOf("{\"a\": 1}");
    DocumentDigest once, twice;
    once.add(a);
    twice.add(a);
    twice.add(a);
    QVERIFY(once.toString() != twice.toString());
    QCOMPARE(twice.count(), quint64(2));
}

void TestDocumentDigest::mergeOfPartsEqualsWhole()
{
    const std::vector<QByteArray> docs = sampleDocuments();
    const DocumentDigest whole = digestOf(docs);
    for (size_t split : {size_t(0), size_t(1), docs.size() / 2, docs.size() - 1, docs.size()}) {
        const std::vector<QByteArray> first(docs.begin(), docs.begin() + qsizetype(split));
        const std::vector<QByteArray> second(docs.begin() + qsizetype(split), docs.end());
        DocumentDigest a = digestOf(first);
        const DocumentDigest b = digestOf(second);
        a.merge(b);
        QCOMPARE(a.toString(), whole.toString());
        QCOMPARE(a.count(), whole.count());
        QVERIFY(a == whole);

        // Merge order does not matter either.
        DocumentDigest c = digestOf(second);
        c.merge(digestOf(first));
        QCOMPARE(c.toString(), whole.toString());
    }

    // Many parts, as parallel readers would keep them.
    std::vector<DocumentDigest> parts(4);
    for (size_t i = 0; i < docs.size(); ++i)
        parts[i % parts.size()].add(docs[i]);
    DocumentDigest merged;
    for (const DocumentDigest &p : parts)
        merged.merge(p);
    QVERIFY(merged == whole);
}

void TestDocumentDigest::count()
{
    DocumentDigest d;
    QCOMPARE(d.count(), quint64(0));
    d.add(bsonOf("{\"a\": 1}"));
    QCOMPARE(d.count(), quint64(1));
    d.add(bsonOf("{\"a\": 2}"));
    d.add(bsonOf("{\"a\": 3}"));
    QCOMPARE(d.count(), quint64(3));
    DocumentDigest other;
    other.add(bsonOf("{\"b\": 1}"));
    d.merge(other);
    QCOMPARE(d.count(), quint64(4));
    QCOMPARE(digestOf(sampleDocuments()).count(), quint64(sampleDocuments().size()));
}

void TestDocumentDigest::singleDocumentIsItsSha256()
{
    const QByteArray doc = bsonOf("{\"hello\": \"world\"}");
    DocumentDigest d;
    d.add(doc);
    const QString expected = QStringLiteral("sha256-sum:")
        + QString::fromLatin1(QCryptographicHash::hash(doc, QCryptographicHash::Sha256).toHex());
    QCOMPARE(d.toString(), expected);
}

void TestDocumentDigest::carryPropagates()
{
    // 200 documents: their hashes overflow the low bytes many times; check the sum against
    // an independent big-endian 256-bit addition (modulo 2^256).
    auto hashOf = [](const QByteArray &b) { return QCryptographicHash::hash(b, QCryptographicHash::Sha256); };
    std::vector<QByteArray> docs;
    for (int i = 0; i < 200; ++i)
        docs.push_back(bsonOf(QStringLiteral("{\"i\": {\"$numberInt\": \"%1\"}}").arg(i).toUtf8().constData()));
    QByteArray sum(32, '\0');
    DocumentDigest d;
    for (const QByteArray &doc : docs) {
        const QByteArray h = hashOf(doc);
        unsigned carry = 0;
        for (int i = 31; i >= 0; --i) {
            const unsigned v = uchar(sum[i]) + uchar(h[i]) + carry;
            sum[i] = char(v & 0xff);
            carry = v >> 8;
        }
        d.add(doc);
    }
    QCOMPARE(d.toString(), QStringLiteral("sha256-sum:") + QString::fromLatin1(sum.toHex()));
}

QTEST_GUILESS_MAIN(TestDocumentDigest)
#include "TestDocumentDigest.moc"

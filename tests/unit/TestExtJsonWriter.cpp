// The one-pass Extended JSON writer (ExtJsonWriter, through ExtJsonCodec::encode) must give
// exactly the text of the libbson path it replaced (ExtJsonCodec::encodeWithLibbson:
// bson_as_canonical/relaxed_extended_json, then reformat()) for every document: MongoDB's
// BSON corpus, the raw BSON and JSON samples of ../shared/corpora, and random documents.
#include "core/codec/ExtJsonCodec.h"
#include "core/codec/ExtJsonWriter.h"
#include "core/codec/JsonDoubleFormat.h"
#include "TestFiles.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>

using namespace lifeboat;

namespace {

struct Tally {
    int compared = 0;
    int written = 0;  // by ExtJsonWriter itself
    int raw = 0;      // as {"$lifeboatRawBson": ...}
    int fallback = 0; // declined to libbson
};

QString describe(const Status &st, const QByteArray &text)
{
    return st ? QString::fromUtf8(text.left(400)) : QStringLiteral("error: ") + st.error().message;
}

// Encodes with both paths, in both styles, compact and indented; fails the test on any
// difference in the text or in success. The buffers start non-empty: both append.
void compare(const bson_t *doc, const QString &where, Tally &tally)
{
    for (JsonStyle style : {JsonStyle::Canonical, JsonStyle::Relaxed}) {
        for (int indent : {0, 2}) {
            QByteArray fresh("prefix\n"), old("prefix\n");
            const Status a = ExtJsonCodec::encode(doc, style, indent, fresh);
            const Status b = ExtJsonCodec::encodeWithLibbson(doc, style, indent, old);
            ++tally.compared;
            if (a.ok() != b.ok() || fresh != old) {
                QTest::qFail(qPrintable(QStringLiteral("%1 (%2, indent %3): the writer differs from libbson's path\n new: %4\n old: %5\n bson: %6")
                                            .arg(where, jsonStyleName(style)).arg(indent)
                                            .arg(describe(a, fresh), describe(b, old),
                                                 QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(bson_get_data(doc)), doc->len).toHex().left(400)))),
                             __FILE__, __LINE__);
                return;
            }
            QByteArray direct;
            switch (ExtJsonWriter(style, indent).write(doc, direct)) {
            case ExtJsonWriter::Outcome::Written: ++tally.written; break;
            case ExtJsonWriter::Outcome::NeedsRawBson: ++tally.raw; break;
            case ExtJsonWriter::Outcome::Fallback:
                ++tally.fallback;
                if (!direct.isEmpty())
                    QTest::qFail("a declined document left text behind", __FILE__, __LINE__);
                break;
            }
        }
    }
}

// Every document of a stream of BSON documents (a .bson file).
void compareBsonStream(const QByteArray &data, const QString &where, Tally &tally)
{
    bson_reader_t *reader = bson_reader_new_from_data(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()));
    const bson_t *doc = nullptr;
    bool eof = false;
    int n = 0;
    while ((doc = bson_reader_read(reader, &eof)) && !QTest::currentTestFailed())
        compare(doc, QStringLiteral("%1 document %2").arg(where).arg(++n), tally);
    bson_reader_destroy(reader);
}

BsonDocument fromHex(const QString &hex)
{
    return BsonDocument::fromData(QByteArray::fromHex(hex.toLatin1()));
}

// ---- random documents ---------------------------------------------------------------

QByteArray randomText(QRandomGenerator &rng)
{
    static const char *const pieces[] = {"a", "Zürich", "東京", "\"", "\\", "\n", "\t", "\x01", "\x1f", "/", "€", "😀",
                                         "\x7f", "plain text ", "0123456789abcdef", "\r", "\b", "\f", "é", "<>&'"};
    QByteArray s;
    const int n = int(rng.bounded(12));
    for (int i = 0; i < n; ++i)
        s += pieces[rng.bounded(int(std::size(pieces)))];
    if (rng.bounded(60) == 0) // now and then a byte that is not UTF-8
        s.insert(rng.bounded(int(s.size()) + 1), char(0x80 + rng.bounded(0x80)));
    return s;
}

double randomDouble(QRandomGenerator &rng)
{
    switch (rng.bounded(6)) {
    case 0: {
        quint64 bits = rng.generate64();
        double d;
        std::memcpy(&d, &bits, sizeof d);
        return d; // anything, NaN payloads included
    }
    case 1: return std::round(rng.bounded(2000000.0) - 1000000.0) / std::pow(10.0, rng.bounded(8));
    case 2: return double(qint64(rng.generate64()) >> rng.bounded(64));
    case 3: {
        static const double specials[] = {0.0, -0.0, 1.0, -1.0, 0.1, 1e20, 1e21, 1e-5, 1e-4, 123456789012345678.0,
                                          std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity(),
                                          std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::denorm_min(),
                                          std::numeric_limits<double>::max(), std::numeric_limits<double>::min(), 9007199254740993.0};
        return specials[rng.bounded(int(std::size(specials)))];
    }
    case 4: return std::ldexp(rng.generateDouble(), int(rng.bounded(200)) - 100);
    default: return rng.generateDouble() * 1000;
    }
}

void appendRandomValue(bson_t *doc, const QByteArray &key, QRandomGenerator &rng, int depth);

void appendRandomDocument(bson_t *doc, QRandomGenerator &rng, int depth, bool array)
{
    const int n = int(rng.bounded(depth == 0 ? 10 : 5));
    for (int i = 0; i < n; ++i) {
        const QByteArray key = array ? QByteArray::number(i) : (rng.bounded(4) == 0 ? randomText(rng) : "k" + QByteArray::number(i));
        appendRandomValue(doc, key.contains('\0') ? QByteArray("k") : key, rng, depth);
    }
}

void appendNested(bson_t *doc, const QByteArray &key, QRandomGenerator &rng, int depth, bool array)
{
    bson_t child;
    if (array)
        bson_append_array_begin(doc, key.constData(), int(key.size()), &child);
    else
        bson_append_document_begin(doc, key.constData(), int(key.size()), &child);
    appendRandomDocument(&child, rng, depth + 1, array);
    if (array)
        bson_append_array_end(doc, &child);
    else
        bson_append_document_end(doc, &child);
}

void appendRandomValue(bson_t *doc, const QByteArray &key, QRandomGenerator &rng, int depth)
{
    const char *k = key.constData();
    const int kn = int(key.size());
    const QByteArray text = randomText(rng);
    switch (rng.bounded(depth > 4 ? 18 : 20)) {
    case 0: bson_append_double(doc, k, kn, randomDouble(rng)); break;
    case 1: bson_append_utf8(doc, k, kn, text.constData(), int(text.size())); break;
    case 2: bson_append_int32(doc, k, kn, qint32(rng.generate())); break;
    case 3: bson_append_int64(doc, k, kn, qint64(rng.generate64()) >> rng.bounded(64)); break;
    case 4: bson_append_bool(doc, k, kn, rng.bounded(2)); break;
    case 5: bson_append_null(doc, k, kn); break;
    case 6: {
        bson_oid_t oid;
        for (auto &b : oid.bytes)
            b = uint8_t(rng.bounded(256));
        bson_append_oid(doc, k, kn, &oid);
        break;
    }
    case 7: {
        // Dates across the whole range (relaxed writes an ISO string for 1970-9999 only).
        const qint64 ms = rng.bounded(3) == 0 ? qint64(rng.generate64()) : qint64(rng.bounded(400000000000000.0)) - 100000000000000LL;
        bson_append_date_time(doc, k, kn, ms);
        break;
    }
    case 8: {
        QByteArray bytes(int(rng.bounded(40)), Qt::Uninitialized);
        for (char &c : bytes)
            c = char(rng.bounded(256));
        static const bson_subtype_t subtypes[] = {BSON_SUBTYPE_BINARY, BSON_SUBTYPE_UUID, BSON_SUBTYPE_MD5, BSON_SUBTYPE_USER,
                                                  BSON_SUBTYPE_FUNCTION, BSON_SUBTYPE_ENCRYPTED};
        bson_append_binary(doc, k, kn, subtypes[rng.bounded(int(std::size(subtypes)))], reinterpret_cast<const uint8_t *>(bytes.constData()),
                           uint32_t(bytes.size()));
        break;
    }
    case 9: bson_append_timestamp(doc, k, kn, rng.generate(), rng.generate()); break;
    case 10: {
        bson_decimal128_t dec;
        dec.high = rng.generate64();
        dec.low = rng.generate64();
        if (rng.bounded(2))
            bson_decimal128_from_string(QByteArray::number(rng.bounded(100000.0), 'f', int(rng.bounded(6))).constData(), &dec);
        bson_append_decimal128(doc, k, kn, &dec);
        break;
    }
    case 11: {
        const QByteArray pattern = text.contains('\0') ? QByteArray("x") : text;
        bson_append_regex(doc, k, kn, pattern.constData(), rng.bounded(2) ? "xsmil" : "gu");
        break;
    }
    case 12: bson_append_code(doc, k, kn, text.constData()); break;
    case 13: bson_append_symbol(doc, k, kn, text.constData(), int(text.size())); break;
    case 14: {
        BsonDocument scope;
        appendRandomDocument(scope.get(), rng, depth + 1, false);
        bson_append_code_with_scope(doc, k, kn, text.constData(), scope.get());
        break;
    }
    case 15: {
        bson_oid_t oid;
        bson_oid_init_from_string(&oid, "0123456789abcdef01234567");
        bson_append_dbpointer(doc, k, kn, text.isEmpty() ? "db.c" : text.constData(), &oid);
        break;
    }
    case 16: bson_append_undefined(doc, k, kn); break;
    case 17: rng.bounded(2) ? bson_append_minkey(doc, k, kn) : bson_append_maxkey(doc, k, kn); break;
    case 18: appendNested(doc, key, rng, depth, false); break;
    default: appendNested(doc, key, rng, depth, true); break;
    }
}

} // namespace

class TestExtJsonWriter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void doublesAsPrintf();
    void corpusMatchesLibbsonPath();
    void samplesMatchLibbsonPath();
    void randomDocumentsMatchLibbsonPath();
    void deepAndOddDocuments();
    void appendsWithoutReallocatingEachTime();
};

void TestExtJsonWriter::doublesAsPrintf()
{
    // libbson prints finite doubles with "%.20g" and adds ".0" to what looks like an integer.
    auto reference = [](double v) {
        char text[64];
        std::snprintf(text, sizeof text, "%.20g", v);
        QByteArray s(text);
        if (std::strspn(text, "0123456789-") == std::strlen(text))
            s += ".0";
        return s;
    };
    QRandomGenerator rng(20261206);
    int checked = 0;
    auto check = [&](double v) {
        if (!std::isfinite(v))
            return;
        char out[JsonDoubleFormat::MaxDoubleText];
        const QByteArray ours(out, JsonDoubleFormat::write(v, out) - out);
        if (ours != reference(v))
            QFAIL(qPrintable(QStringLiteral("%1: %2, printf %3").arg(v, 0, 'a').arg(QString::fromLatin1(ours), QString::fromLatin1(reference(v)))));
        ++checked;
    };
    for (int i = 0; i < 300000; ++i) {
        check(randomDouble(rng));
        quint64 bits = rng.generate64();
        double any;
        std::memcpy(&any, &bits, sizeof any);
        check(any);
        check(std::round(rng.bounded(2000.0) * 10000) / 10000); // the benchmark's money and measurements
    }
    for (int e = -330; e <= 310; ++e) {
        const double p = std::pow(10.0, e);
        for (double v : {p, std::nextafter(p, 0.0), std::nextafter(p, 1e308), -p, 5 * p, 0.5 * p})
            check(v);
    }
    for (double v : {0.0, -0.0, 1.0, -1.0, 2.5, 1e20, 1e-5, 9.5367431640625e-07, 123456789012345678901.0})
        check(v);
    QVERIFY(checked > 850000);
}

void TestExtJsonWriter::corpusMatchesLibbsonPath()
{
    Tally tally;
    for (const QString &path : test::bsonCorpusFiles()) {
        const QJsonObject suite = QJsonDocument::fromJson(test::readFile(path)).object();
        const QString name = QFileInfo(path).completeBaseName();
        for (const QJsonValue &v : suite.value(QStringLiteral("valid")).toArray()) {
            const QJsonObject c = v.toObject();
            for (const char *field : {"canonical_bson", "degenerate_bson"}) {
                const BsonDocument doc = fromHex(c.value(QLatin1String(field)).toString());
                if (!doc.isNull())
                    compare(doc.get(), name + QStringLiteral(": ") + c.value(QStringLiteral("description")).toString(), tally);
                if (QTest::currentTestFailed())
                    return;
            }
        }
        // Invalid BSON: both refuse it, or both write the same (libbson's reader is lax
        // about some of it).
        for (const QJsonValue &v : suite.value(QStringLiteral("decodeErrors")).toArray()) {
            const QByteArray bytes = QByteArray::fromHex(v.toObject().value(QStringLiteral("bson")).toString().toLatin1());
            bson_t doc;
            if (bson_init_static(&doc, reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size())))
                compare(&doc, name + QStringLiteral(" decodeError: ") + v.toObject().value(QStringLiteral("description")).toString(), tally);
            if (QTest::currentTestFailed())
                return;
        }
    }
    qInfo("%d encodings compared: %d written by the writer, %d raw, %d through libbson", tally.compared, tally.written, tally.raw,
          tally.fallback);
    QVERIFY(tally.compared >= 2500);
    QVERIFY(tally.written >= tally.compared * 8 / 10);
}

void TestExtJsonWriter::samplesMatchLibbsonPath()
{
    Tally tally;
    // Raw BSON: libbson's test files, mongo-tools' test data, mongodump samples.
    QDirIterator bson(test::sharedPath(QStringLiteral("corpora")), {QStringLiteral("*.bson")}, QDir::Files, QDirIterator::Subdirectories);
    while (bson.hasNext() && !QTest::currentTestFailed()) {
        const QString path = bson.next();
        compareBsonStream(test::readFile(path), path, tally);
    }
    const int fromBson = tally.compared;
    // The JSON data sets, read by the codec and written again.
    for (const QString &root : {QStringLiteral("corpora/datasets"), QStringLiteral("corpora/mongodump-samples")}) {
        QDirIterator it(test::sharedPath(root), {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext() && !QTest::currentTestFailed()) {
            const QString path = it.next();
            int line = 0;
            for (const QByteArray &text : test::readFile(path).split('\n')) {
                ++line;
                auto doc = ExtJsonCodec::decode(text);
                if (doc)
                    compare(doc->get(), QStringLiteral("%1 line %2").arg(path).arg(line), tally);
            }
        }
    }
    qInfo("%d encodings compared (%d of raw BSON samples): %d written by the writer, %d raw, %d through libbson", tally.compared,
          fromBson, tally.written, tally.raw, tally.fallback);
    QVERIFY(fromBson >= 4000);
    QVERIFY(tally.compared - fromBson >= 40000);
    QVERIFY(tally.written >= tally.compared * 9 / 10);
}

void TestExtJsonWriter::randomDocumentsMatchLibbsonPath()
{
    QRandomGenerator rng(20261207);
    Tally tally;
    for (int i = 0; i < 20000 && !QTest::currentTestFailed(); ++i) {
        BsonDocument doc;
        appendRandomDocument(doc.get(), rng, 0, false);
        compare(doc.get(), QStringLiteral("random document %1").arg(i), tally);
    }
    qInfo("%d encodings compared: %d written by the writer, %d raw, %d through libbson", tally.compared, tally.written, tally.raw,
          tally.fallback);
    QVERIFY(tally.written >= tally.compared / 2);
    QVERIFY(tally.raw > 100);
    QVERIFY(tally.fallback > 100); // invalid UTF-8 and dates past 9999 in relaxed style
}

void TestExtJsonWriter::deepAndOddDocuments()
{
    Tally tally;
    // Nesting at and past libbson's 200 levels (it writes "{ ... }" there).
    for (int levels : {1, 150, 199, 200, 201, 250}) {
        for (bool array : {false, true}) {
            BsonDocument doc;
            bson_t stack[256]; // bson_t is over-aligned: no std::vector of it
            bson_t *parent = doc.get();
            for (int i = 0; i < levels; ++i) {
                if (array)
                    bson_append_array_begin(parent, "0", 1, &stack[size_t(i)]);
                else
                    bson_append_document_begin(parent, "a", 1, &stack[size_t(i)]);
                parent = &stack[size_t(i)];
            }
            bson_append_int32(parent, "x", 1, levels);
            for (int i = levels - 1; i >= 0; --i) {
                bson_t *up = i == 0 ? doc.get() : &stack[size_t(i - 1)];
                if (array)
                    bson_append_array_end(up, &stack[size_t(i)]);
                else
                    bson_append_document_end(up, &stack[size_t(i)]);
            }
            compare(doc.get(), QStringLiteral("%1 levels").arg(levels), tally);
        }
    }
    // Long strings (escaped in chunks), the empty document, a string with NUL bytes.
    BsonDocument doc;
    QByteArray longText(300000, 'x');
    for (int i = 0; i < longText.size(); i += 997)
        longText[i] = i % 2 ? '"' : '\n';
    longText.append("Zürich 東京 😀");
    bson_append_utf8(doc.get(), "long", 4, longText.constData(), int(longText.size()));
    bson_append_utf8(doc.get(), "nul", 3, "a\0b", 3);
    compare(doc.get(), QStringLiteral("long strings"), tally);
    BsonDocument empty;
    compare(empty.get(), QStringLiteral("empty document"), tally);
    QVERIFY(tally.written >= 8);
}

void TestExtJsonWriter::appendsWithoutReallocatingEachTime()
{
    // The backup's line buffer keeps its capacity: after the first few documents, writing
    // one more reallocates nothing.
    BsonDocument doc;
    bson_append_utf8(doc.get(), "name", 4, "Kraków", -1);
    bson_append_double(doc.get(), "price", 5, 12.5);
    QByteArray line;
    QVERIFY(ExtJsonCodec::encode(doc.get(), JsonStyle::Canonical, 0, line).ok());
    const char *data = line.constData();
    for (int i = 0; i < 1000; ++i) {
        line.truncate(0);
        QVERIFY(ExtJsonCodec::encode(doc.get(), JsonStyle::Canonical, 0, line).ok());
        QCOMPARE(line.constData(), data);
    }
    QCOMPARE(line, QByteArray(R"({"name":"Kraków","price":{"$numberDouble":"12.5"}})"));
}

QTEST_GUILESS_MAIN(TestExtJsonWriter)
#include "TestExtJsonWriter.moc"

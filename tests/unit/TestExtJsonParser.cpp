// The fast Extended JSON parser must give libbson's bytes for everything it accepts, and
// accept the canonical forms Lifeboat's archives are made of (else it saves nothing).
#include "core/codec/ExtJsonCodec.h"
#include "core/codec/ExtJsonParser.h"
#include "TestFiles.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <array>
#include <cmath>
#include <cstring>
#include <limits>

using namespace lifeboat;

namespace {

struct Outcome {
    bool fast = false;
    bool libbson = false;
};

// Parses with both; fails the test when the fast parser accepts what libbson refuses or
// gives other bytes.
Outcome compareWithLibbson(const QByteArray &json, const QString &where)
{
    Outcome out;
    BsonDocument fast = ExtJsonParser::parse(json);
    bson_error_t error;
    bson_t *lib = bson_new_from_json(reinterpret_cast<const uint8_t *>(json.constData()), json.size(), &error);
    out.fast = !fast.isNull();
    out.libbson = lib != nullptr;
    if (out.fast) {
        if (!lib) {
            QTest::qFail(qPrintable(QStringLiteral("%1: accepted what libbson refuses (%2): %3")
                                        .arg(where, QString::fromUtf8(error.message), QString::fromUtf8(json.left(300)))),
                         __FILE__, __LINE__);
        } else {
            const QByteArray a = fast.toByteArray();
            const QByteArray b(reinterpret_cast<const char *>(bson_get_data(lib)), lib->len);
            if (a != b)
                QTest::qFail(qPrintable(QStringLiteral("%1: bytes differ from libbson's for %2\n fast:    %3\n libbson: %4")
                                            .arg(where, QString::fromUtf8(json.left(300)), QString::fromLatin1(a.toHex()),
                                                 QString::fromLatin1(b.toHex()))),
                             __FILE__, __LINE__);
        }
    }
    if (lib)
        bson_destroy(lib);
    return out;
}

} // namespace

class TestExtJsonParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void corpusMatchesLibbson();
    void datasetsMatchLibbson();
    void handWrittenCases_data();
    void handWrittenCases();
    void randomDocumentsRoundTrip();
    void specialBytesAtEveryOffset();
    void binaryLengthsAndSubtypes();
    void reusedDocument();
    void codecUsesIt();
};

void TestExtJsonParser::corpusMatchesLibbson()
{
    int canonicalAccepted = 0;
    int checked = 0;
    QSet<QString> typesAccepted;
    for (const QString &path : test::bsonCorpusFiles()) {
        const QJsonObject suite = QJsonDocument::fromJson(test::readFile(path)).object();
        const QString name = QFileInfo(path).completeBaseName();
        for (const QJsonValue &v : suite.value(QStringLiteral("valid")).toArray()) {
            const QJsonObject c = v.toObject();
            const QString where = name + QStringLiteral(": ") + c.value(QStringLiteral("description")).toString();
            for (const char *field : {"canonical_extjson", "relaxed_extjson", "degenerate_extjson"}) {
                const QJsonValue text = c.value(QLatin1String(field));
                if (!text.isString())
                    continue;
                const Outcome o = compareWithLibbson(text.toString().toUtf8(), where + QLatin1Char(' ') + QLatin1String(field));
                if (QTest::currentTestFailed())
                    return;
                ++checked;
                if (o.fast && qstrcmp(field, "canonical_extjson") == 0) {
                    ++canonicalAccepted;
                    typesAccepted.insert(name);
                }
            }
        }
        for (const char *errors : {"parseErrors", "decodeErrors"}) {
            for (const QJsonValue &v : suite.value(QLatin1String(errors)).toArray()) {
                const QJsonObject c = v.toObject();
                const QJsonValue text = c.value(QStringLiteral("string"));
                if (!text.isString())
                    continue;
                // A parse-error case is a value, not a document: wrap it as libbson's corpus runner does.
                const QByteArray json = "{\"x\": " + text.toString().toUtf8() + "}";
                compareWithLibbson(json, name + QStringLiteral(" ") + QLatin1String(errors) + QStringLiteral(": ")
                                             + c.value(QStringLiteral("description")).toString());
                compareWithLibbson(text.toString().toUtf8(), name + QStringLiteral(" (bare)"));
                if (QTest::currentTestFailed())
                    return;
                ++checked;
            }
        }
    }
    qInfo("%d corpus texts compared; the fast path took %d canonical cases", checked, canonicalAccepted);
    QVERIFY(checked >= 1000);
    QVERIFY2(canonicalAccepted >= 600, qPrintable(QString::number(canonicalAccepted)));
    for (const char *type : {"array", "binary", "boolean", "datetime", "document", "double", "int32", "int64", "null",
                             "oid", "string", "timestamp", "decimal128-1"}) {
        QVERIFY2(typesAccepted.contains(QLatin1String(type)),
                 qPrintable(QStringLiteral("no canonical %1 case took the fast path").arg(QLatin1String(type))));
    }
}

void TestExtJsonParser::datasetsMatchLibbson()
{
    int lines = 0, fast = 0;
    for (const QString &root : {QStringLiteral("corpora/datasets"), QStringLiteral("corpora/mongodump-samples")}) {
        QDirIterator it(test::sharedPath(root), {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QByteArray data = test::readFile(path);
            compareWithLibbson(data, path); // the whole file: one (perhaps pretty) document, or several
            for (const QByteArray &line : data.split('\n')) {
                if (line.trimmed().isEmpty())
                    continue;
                const Outcome o = compareWithLibbson(line, path);
                if (QTest::currentTestFailed())
                    return;
                ++lines;
                fast += o.fast ? 1 : 0;
            }
        }
    }
    // And every document of the raw BSON samples, written by Lifeboat's encoder in both styles.
    int encoded = 0;
    QDirIterator it(test::sharedPath(QStringLiteral("corpora")), {QStringLiteral("*.bson")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray data = test::readFile(path);
        bson_reader_t *reader = bson_reader_new_from_data(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()));
        const bson_t *doc = nullptr;
        bool eof = false;
        while ((doc = bson_reader_read(reader, &eof))) {
            for (JsonStyle style : {JsonStyle::Canonical, JsonStyle::Relaxed}) {
                auto json = ExtJsonCodec::encode(doc, style, 0);
                if (!json)
                    continue;
                compareWithLibbson(*json, path);
                ++encoded;
            }
        }
        bson_reader_destroy(reader);
        if (QTest::currentTestFailed())
            return;
    }
    qInfo("%d data set lines (%d on the fast path), %d encoded documents compared", lines, fast, encoded);
    QVERIFY(lines >= 1000);
    QVERIFY(fast >= lines / 2);
    QVERIFY(encoded >= 1000);
}

void TestExtJsonParser::handWrittenCases_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("fast"); // whether the fast path must take it (else it must decline)

    QTest::newRow("empty") << QByteArray("{}") << true;
    QTest::newRow("spaces") << QByteArray(" \t\r\n{ \"a\" : 1 , \"b\" : [ ] , \"c\" : { } }\n") << true;
    QTest::newRow("int32 edges") << QByteArray(R"({"a":2147483647,"b":-2147483648,"c":0})") << true;
    QTest::newRow("int64 edges") << QByteArray(R"({"a":2147483648,"b":-2147483649,"c":9223372036854775807,"d":-9223372036854775808})") << true;
    QTest::newRow("doubles") << QByteArray(R"({"a":1.5,"b":-0.0,"c":1e300,"d":2.2250738585072014E-308,"e":0.1})") << true;
    QTest::newRow("canonical numbers") << QByteArray(R"({"a":{"$numberInt":"-7"},"b":{"$numberLong":"123456789012"},"c":{"$numberDouble":"-0.0"},"d":{"$numberDouble":"Infinity"},"e":{"$numberDouble":"NaN"},"f":{"$numberDecimal":"1.10E-3"}})") << true;
    QTest::newRow("escapes") << QByteArray(R"({"k\"\\\/\b\f\n\r\t":"\u00e9\u20ac\ud83d\ude00 \"q\""})") << true;
    QTest::newRow("utf-8") << QByteArray("{\"\xc3\xa9\":\"\xe2\x82\xac\xf0\x9f\x98\x80\"}") << true;
    QTest::newRow("date") << QByteArray(R"({"d":{"$date":{"$numberLong":"-62135596800000"}}})") << true;
    QTest::newRow("binary either order") << QByteArray(R"({"a":{"$binary":{"subType":"80","base64":"AQID"}},"b":{"$binary":{"base64":"","subType":"00"}}})") << true;
    QTest::newRow("binary old subtype") << QByteArray(R"({"a":{"$binary":{"base64":"AQIDBA==","subType":"02"}}})") << true;
    QTest::newRow("timestamp") << QByteArray(R"({"t":{"$timestamp":{"i":4294967295,"t":0}}})") << true;
    QTest::newRow("oid upper case") << QByteArray(R"({"_id":{"$oid":"5F3E6A8B9C0D1E2F3A4B5C6D"}})") << true;
    QTest::newRow("nested arrays") << QByteArray(R"({"a":[[1,[2,[3]]],{"b":[true,false,null]}]})") << true;
    QTest::newRow("dotted and empty keys") << QByteArray(R"({"a.b":1,"":2})") << true;

    // Declined: libbson decides (and may refuse).
    QTest::newRow("not an object") << QByteArray("[1,2]") << false;
    QTest::newRow("text after") << QByteArray(R"({"a":1} x)") << false;
    QTest::newRow("two documents") << QByteArray(R"({"a":1}{"b":2})") << false;
    QTest::newRow("trailing comma") << QByteArray(R"({"a":1,})") << false;
    QTest::newRow("unterminated") << QByteArray(R"({"a":1)") << false;
    QTest::newRow("minus zero integer") << QByteArray(R"({"a":-0})") << false;
    QTest::newRow("leading zero") << QByteArray(R"({"a":01})") << false;
    QTest::newRow("out of int64") << QByteArray(R"({"a":9223372036854775808})") << false;
    QTest::newRow("double overflow") << QByteArray(R"({"a":1e400})") << false;
    QTest::newRow("NUL escape") << QByteArray(R"({"a":"x\u0000y"})") << false;
    QTest::newRow("lone surrogate") << QByteArray(R"({"a":"\ud800"})") << false;
    QTest::newRow("invalid utf-8") << QByteArray("{\"a\":\"\xc3\x28\"}") << false;
    QTest::newRow("overlong utf-8") << QByteArray("{\"a\":\"\xc0\xaf\"}") << false;
    QTest::newRow("raw control character") << QByteArray("{\"a\":\"x\ty\"}") << false;
    QTest::newRow("relaxed date") << QByteArray(R"({"d":{"$date":"2020-01-01T00:00:00Z"}})") << false;
    QTest::newRow("legacy binary") << QByteArray(R"({"b":{"$binary":"AQID","$type":"00"}})") << false;
    QTest::newRow("uuid") << QByteArray(R"({"u":{"$uuid":"c8edabc3-f738-4ca3-b68d-ab92a91478a3"}})") << false;
    QTest::newRow("regex") << QByteArray(R"({"r":{"$regularExpression":{"pattern":"a","options":"i"}}})") << false;
    QTest::newRow("dbref") << QByteArray(R"({"r":{"$ref":"c","$id":1}})") << false;
    QTest::newRow("top-level dollar key") << QByteArray(R"({"$lifeboatRawBson":"AAAA"})") << false;
    QTest::newRow("wrapper with extra key") << QByteArray(R"({"a":{"$oid":"5f3e6a8b9c0d1e2f3a4b5c6d","x":1}})") << false;
    QTest::newRow("short oid") << QByteArray(R"({"a":{"$oid":"5f3e"}})") << false;
    QTest::newRow("numberInt out of range") << QByteArray(R"({"a":{"$numberInt":"2147483648"}})") << false;
    QTest::newRow("numberLong with plus") << QByteArray(R"({"a":{"$numberLong":"+1"}})") << false;
    QTest::newRow("numberDouble junk") << QByteArray(R"({"a":{"$numberDouble":"1.0abc"}})") << false;
    QTest::newRow("negative NaN") << QByteArray(R"({"a":{"$numberDouble":"-NaN"}})") << false;
    QTest::newRow("bad base64") << QByteArray(R"({"a":{"$binary":{"base64":"AQI","subType":"00"}}})") << false;
    QTest::newRow("base64 stray bits") << QByteArray(R"({"a":{"$binary":{"base64":"AQJ=","subType":"00"}}})") << false;
    QTest::newRow("one-digit subtype") << QByteArray(R"({"a":{"$binary":{"base64":"AQID","subType":"0"}}})") << false;
    QTest::newRow("timestamp too big") << QByteArray(R"({"t":{"$timestamp":{"t":4294967296,"i":1}}})") << false;
    QTest::newRow("timestamp negative") << QByteArray(R"({"t":{"$timestamp":{"t":-1,"i":1}}})") << false;
    QTest::newRow("too deep") << (QByteArray("{\"a\":") + QByteArray(95, '[') + QByteArray(95, ']') + "}") << false;
}

void TestExtJsonParser::handWrittenCases()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, fast);
    const Outcome o = compareWithLibbson(json, QString::fromLatin1(QTest::currentDataTag()));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(o.fast, fast);
}

namespace {

QString randomString(QRandomGenerator &rng)
{
    QString s;
    const int n = rng.bounded(0, 12);
    for (int i = 0; i < n; ++i) {
        switch (rng.bounded(6)) {
        case 0: s += QChar(char16_t(rng.bounded(1, 0x20))); break;     // control characters
        case 1: s += QLatin1String(rng.bounded(2) ? "\"" : "\\"); break;
        case 2: s += QChar(char16_t(rng.bounded(0x80, 0xD7FF))); break;
        case 3: s += QString::fromUcs4(std::array<char32_t, 1>{char32_t(rng.bounded(0x10000, 0x10FFFF))}.data(), 1); break;
        default: s += QChar(char16_t(rng.bounded(0x20, 0x7F))); break;
        }
    }
    return s;
}

void appendRandom(bson_t *doc, QRandomGenerator &rng, int depth);

void appendRandomValue(bson_t *doc, const QByteArray &key, QRandomGenerator &rng, int depth)
{
    const char *k = key.constData();
    const int kn = int(key.size());
    switch (rng.bounded(depth < 4 ? 14 : 12)) {
    case 0: bson_append_int32(doc, k, kn, int32_t(rng.generate())); break;
    case 1: bson_append_int64(doc, k, kn, int64_t(rng.generate64())); break;
    case 2: {
        double d;
        do {
            const quint64 bits = rng.generate64();
            std::memcpy(&d, &bits, sizeof d);
        } while (std::isnan(d));
        bson_append_double(doc, k, kn, rng.bounded(3) ? double(int(rng.generate())) / 1000.0 : d);
        break;
    }
    case 3: {
        const QByteArray s = randomString(rng).toUtf8();
        bson_append_utf8(doc, k, kn, s.constData(), int(s.size()));
        break;
    }
    case 4: bson_append_bool(doc, k, kn, rng.bounded(2)); break;
    case 5: bson_append_null(doc, k, kn); break;
    case 6: {
        bson_oid_t oid;
        for (uint8_t &b : oid.bytes)
            b = uint8_t(rng.generate());
        bson_append_oid(doc, k, kn, &oid);
        break;
    }
    case 7: bson_append_date_time(doc, k, kn, int64_t(rng.generate64()) >> 8); break;
    case 8: {
        QByteArray data(rng.bounded(0, 40), Qt::Uninitialized);
        for (char &c : data)
            c = char(rng.generate());
        static const bson_subtype_t subtypes[] = {BSON_SUBTYPE_BINARY, BSON_SUBTYPE_FUNCTION, BSON_SUBTYPE_BINARY_DEPRECATED,
                                                  BSON_SUBTYPE_MD5, BSON_SUBTYPE_USER};
        bson_append_binary(doc, k, kn, subtypes[rng.bounded(5)], reinterpret_cast<const uint8_t *>(data.constData()),
                           uint32_t(data.size()));
        break;
    }
    case 9: bson_append_timestamp(doc, k, kn, rng.generate(), rng.generate()); break;
    case 10: {
        bson_decimal128_t dec;
        const QByteArray text = QByteArray::number(qint64(rng.generate64() >> 4)) + "E" + QByteArray::number(rng.bounded(-20, 20));
        bson_decimal128_from_string(text.constData(), &dec);
        bson_append_decimal128(doc, k, kn, &dec);
        break;
    }
    case 11: bson_append_int32(doc, k, kn, rng.bounded(-3, 3)); break;
    case 12: {
        bson_t child;
        bson_append_document_begin(doc, k, kn, &child);
        appendRandom(&child, rng, depth + 1);
        bson_append_document_end(doc, &child);
        break;
    }
    default: {
        bson_t child;
        bson_append_array_begin(doc, k, kn, &child);
        const int n = rng.bounded(0, 5);
        for (int i = 0; i < n; ++i)
            appendRandomValue(&child, QByteArray::number(i), rng, depth + 1);
        bson_append_array_end(doc, &child);
        break;
    }
    }
}

void appendRandom(bson_t *doc, QRandomGenerator &rng, int depth)
{
    const int n = rng.bounded(0, 6);
    for (int i = 0; i < n; ++i) {
        QByteArray key = randomString(rng).toUtf8().replace('\0', 'x');
        if (key.startsWith('$'))
            key.prepend('k');
        appendRandomValue(doc, key, rng, depth);
    }
}

} // namespace

void TestExtJsonParser::randomDocumentsRoundTrip()
{
    QRandomGenerator rng(20261201);
    int fastCount = 0;
    for (int i = 0; i < 3000; ++i) {
        BsonDocument doc;
        appendRandom(doc.get(), rng, 0);
        if (ExtJsonCodec::needsRawBson(doc.get()))
            continue;
        for (int indent : {0, 2}) {
            auto json = ExtJsonCodec::encode(doc.get(), JsonStyle::Canonical, indent);
            QVERIFY(json.ok());
            BsonDocument parsed = ExtJsonParser::parse(*json);
            QVERIFY2(!parsed.isNull(), json->constData());
            QCOMPARE(parsed.toByteArray().toHex(), doc.toByteArray().toHex());
            compareWithLibbson(*json, QStringLiteral("random document %1").arg(i));
            if (QTest::currentTestFailed())
                return;
            ++fastCount;
        }
    }
    QVERIFY(fastCount >= 5000);
}

// Strings are scanned eight bytes at a time: a quote, an escape, a control byte or a
// non-ASCII (valid or not) character at each offset of keys and values of several lengths
// must give libbson's answer, and the same bytes.
void TestExtJsonParser::specialBytesAtEveryOffset()
{
    const QList<QByteArray> specials = {"\\\"", "\\n", "\\u00e9", "\\ud83d\\ude00", "\xc3\xa9", "\xe6\x9d\xb1", "\xf0\x9f\x98\x80",
                                        "\xc3", "\xed\xa0\x80", "\x01", "\x1f", "\x7f", "\t", "\\/"};
    int accepted = 0, refused = 0;
    for (int length : {0, 1, 7, 8, 9, 15, 16, 17, 31, 40}) {
        for (int at = 0; at <= length; ++at) {
            for (const QByteArray &special : specials) {
                QByteArray text(length, 'a');
                text.insert(at, special);
                for (const QByteArray &json : QList<QByteArray>{"{\"k\":\"" + text + "\",\"n\":1}", "{\"" + text + "\":\"v\"}"}) {
                    const Outcome o = compareWithLibbson(json, QStringLiteral("length %1, offset %2").arg(length).arg(at));
                    if (QTest::currentTestFailed())
                        return;
                    // Control bytes are libbson's call (its reader takes some raw); the rest is
                    // either taken by both or refused by both.
                    const bool control = uchar(special[0]) < 0x20;
                    QVERIFY2(control ? !o.fast : o.fast == o.libbson, json.toHex().constData());
                    (o.fast ? accepted : refused)++;
                }
            }
        }
    }
    QVERIFY(accepted > 1000);
    QVERIFY(refused > 500); // control bytes and invalid UTF-8 at every offset
}

// Base64 of every length mod 3 (one or two padding characters, or none), every subtype
// including the old binary 0x02 that stores its length twice, and broken padding.
void TestExtJsonParser::binaryLengthsAndSubtypes()
{
    QRandomGenerator rng(20261207);
    for (int length = 0; length <= 20; ++length) {
        QByteArray bytes(length, Qt::Uninitialized);
        for (char &c : bytes)
            c = char(rng.bounded(256));
        for (const char *subtype : {"00", "01", "02", "03", "04", "05", "80", "ff"}) {
            const QByteArray json = "{\"b\":{\"$binary\":{\"base64\":\"" + bytes.toBase64() + "\",\"subType\":\"" + subtype + "\"}}}";
            const Outcome o = compareWithLibbson(json, QStringLiteral("length %1, subtype %2").arg(length).arg(QLatin1String(subtype)));
            if (QTest::currentTestFailed())
                return;
            QVERIFY2(o.fast, json.constData());
        }
    }
    for (const char *bad : {"QQ", "QQ=", "Q===", "QQ=A", "QR==", "QUJ=", "====", "QU=J", "QUJD\n"}) {
        const QByteArray json = QByteArray("{\"b\":{\"$binary\":{\"base64\":\"") + bad + "\",\"subType\":\"00\"}}}";
        QVERIFY2(ExtJsonParser::parse(json).isNull(), bad);
    }
}

// parseInto() reuses the caller's document: a long document, a short one, a refused one and
// a short one again each leave exactly their own bytes.
void TestExtJsonParser::reusedDocument()
{
    BsonDocument doc;
    const QByteArray longJson = "{\"s\":\"" + QByteArray(5000, 'x') + "\",\"a\":[1,2,{\"b\":null}]}";
    for (const QByteArray &json : {longJson, QByteArray(R"({"a":1})"), QByteArray(R"({"a":{"b":[1,)"), QByteArray(R"({"c":true})")}) {
        const bool ok = ExtJsonParser::parseInto(json, doc);
        BsonDocument fresh = ExtJsonParser::parse(json);
        QCOMPARE(ok, !fresh.isNull());
        if (ok)
            QCOMPARE(doc.toByteArray().toHex(), fresh.toByteArray().toHex());
        else
            QCOMPARE(doc.bytes().size(), 5); // a fresh empty document
    }
}

void TestExtJsonParser::codecUsesIt()
{
    // The codec still reads what the fast path declines (relaxed dates, legacy binary)...
    auto relaxed = ExtJsonCodec::decode(R"({"d":{"$date":"1970-01-01T00:00:01Z"},"b":{"$binary":"AQID","$type":"00"}})");
    QVERIFY(relaxed.ok());
    bson_iter_t it;
    QVERIFY(bson_iter_init_find(&it, relaxed->get(), "d") && BSON_ITER_HOLDS_DATE_TIME(&it));
    QCOMPARE(bson_iter_date_time(&it), 1000);
    // ...and refuses what is not JSON, with libbson's message.
    auto bad = ExtJsonCodec::decode("{\"a\":1,}");
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, ErrorCode::ArchiveCorrupt);
    QVERIFY(!bad.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestExtJsonParser)
#include "TestExtJsonParser.moc"

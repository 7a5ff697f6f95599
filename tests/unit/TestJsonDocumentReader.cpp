// JsonDocumentReader splits a stream of Extended JSON documents (JSON Lines, pretty-printed,
// or several per line), with line numbers, across arbitrary read chunk boundaries.
#include "core/codec/ExtJsonCodec.h"
#include "core/codec/JsonDocumentReader.h"

#include <QTest>

#include <cstring>
#include <vector>

using namespace lifeboat;

namespace {

const QString Source = QStringLiteral("orders.jsonl");

// A ReadFunction over `data` that hands out at most `chunk` bytes per call (0: no limit).
JsonDocumentReader::ReadFunction readerOver(const QByteArray &data, qint64 chunk, int *calls = nullptr)
{
    auto offset = std::make_shared<qint64>(0);
    return [data, chunk, offset, calls](char *buffer, qint64 max) -> Result<qint64> {
        if (calls)
            ++*calls;
        qint64 n = std::min<qint64>(max, data.size() - *offset);
        if (chunk > 0)
            n = std::min(n, chunk);
        std::memcpy(buffer, data.constData() + *offset, size_t(n));
        *offset += n;
        return n;
    };
}

struct ReadOutcome {
    std::vector<JsonDocumentReader::Document> docs;
    std::optional<Error> error;
};

ReadOutcome readAll(const QByteArray &data, qint64 chunk, bool keepText = false)
{
    JsonDocumentReader reader(Source, readerOver(data, chunk), keepText);
    ReadOutcome out;
    for (int guard = 0; guard < 100000; ++guard) {
        auto next = reader.next();
        if (!next.ok()) {
            out.error = next.error();
            return out;
        }
        if (!next->has_value())
            return out;
        out.docs.push_back(std::move(**next));
    }
    out.error = Error(ErrorCode::Internal, QStringLiteral("reader does not end"));
    return out;
}

QByteArray relaxed(const BsonDocument &doc)
{
    auto json = ExtJsonCodec::encode(doc.get(), JsonStyle::Relaxed, 0);
    return json.ok() ? *json : QByteArray("<encode error>");
}

QByteArray relaxedOf(const char *json)
{
    auto doc = ExtJsonCodec::decode(QByteArrayView(json));
    if (!doc.ok())
        qFatal("bad test JSON %s", json);
    return relaxed(*doc);
}

QString describe(const ReadOutcome &r)
{
    if (r.error)
        return r.error->message;
    return QStringLiteral("%1 documents").arg(r.docs.size());
}

} // namespace

class TestJsonDocumentReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void jsonLines_data();
    void jsonLines();
    void prettyPrinted_data();
    void prettyPrinted();
    void severalPerLine_data();
    void severalPerLine();
    void bracesAndQuotesInStrings_data();
    void bracesAndQuotesInStrings();
    void byteOrderMark_data();
    void byteOrderMark();
    void blankLinesAndCrlf_data();
    void blankLinesAndCrlf();
    void emptyStream_data();
    void emptyStream();
    void brokenDocumentNamesLine_data();
    void brokenDocumentNamesLine();
    void cutOffAtEnd_data();
    void cutOffAtEnd();
    void garbageBetweenDocuments_data();
    void garbageBetweenDocuments();
    void lineNumbersAfterMultiLineDocuments_data();
    void lineNumbersAfterMultiLineDocuments();
    void keepTextAndNextText_data();
    void keepTextAndNextText();
    void documentLargerThanReadChunk_data();
    void documentLargerThanReadChunk();
    void readErrorIsReported();
    void packedBatchHoldsTheSameDocuments();
    void fastAndLibbsonPathsInterleave_data();
    void fastAndLibbsonPathsInterleave();
    void unicodeAcrossChunks_data();
    void unicodeAcrossChunks();
    void integersBeyondInt64AreRefused_data();
    void integersBeyondInt64AreRefused();
    void integersAtTheInt64EdgesAreKept();
    void rawWrapperMustBeExactlyTheWrapper_data();
    void rawWrapperMustBeExactlyTheWrapper();
    void rawKeyAsAValueIsData();
    void nulByteIsNamed();

private:
    static void addChunkRows();
};

void TestJsonDocumentReader::addChunkRows()
{
    QTest::addColumn<qint64>("chunk");
    QTest::newRow("whole") << qint64(0);
    QTest::newRow("7 bytes") << qint64(7);
    QTest::newRow("1 byte") << qint64(1);
}

void TestJsonDocumentReader::jsonLines_data() { addChunkRows(); }

void TestJsonDocumentReader::jsonLines()
{
    QFETCH(qint64, chunk);
    const QByteArray data = "{\"_id\": 1, \"name\": \"a\"}\n"
                            "{\"_id\": 2, \"name\": \"b\", \"n\": {\"$numberLong\": \"9007199254740993\"}}\n"
                            "{\"_id\": {\"$oid\": \"5f1d7c5e9d3b2a0001a1b2c3\"}}\n";
    const ReadOutcome r = readAll(data, chunk);
    QVERIFY2(!r.error, qPrintable(describe(r)));
    QCOMPARE(r.docs.size(), size_t(3));
    QCOMPARE(r.docs[0].line, qint64(1));
    QCOMPARE(r.docs[1].line, qint64(2));
    QCOMPARE(r.docs[2].line, qint64(3));
    QCOMPARE(relaxed(r.docs[0].bson), relaxedOf("{\"_id\": 1, \"name\": \"a\"}"));
    QCOMPARE(relaxed(r.docs[1].bson),
             relaxedOf("{\"_id\": 2, \"name\": \"b\", \"n\": {\"$numberLong\": \"9007199254740993\"}}"));
    QCOMPARE(relaxed(r.docs[2].bson), relaxedOf("{\"_id\": {\"$oid\": \"5f1d7c5e9d3b2a0001a1b2c3\"}}"));
    // Text is not kept unless asked.
    QVERIFY(r.docs[0].text.isEmpty());

    // Without a final newline.
    const ReadOutcome noNewline = readAll("{\"a\": 1}\n{\"a\": 2}", chunk);
    QVERIFY2(!noNewline.error, qPrintable(describe(noNewline)));
    QCOMPARE(noNewline.docs.size(), size_t(2));
    QCOMPARE(relaxed(noNewline.docs[1].bson), relaxedOf("{\"a\": 2}"));
}

void TestJsonDocumentReader::prettyPrinted_data() { addChunkRows(); }

void TestJsonDocumentReader::prettyPrinted()
{
    QFETCH(qint64, chunk);
    const QByteArray data = "{\n"                    // 1
                            "  \"a\": 1,\n"          // 2
                            "  \"b\": {\n"           // 3
                            "    \"c\": [\n"         // 4
                            "      1,\n"             // 5
                            "      {\"d\": 2}\n"     // 6
                            "    ]\n"                // 7
                            "  }\n"                  // 8
                            "}\n"                    // 9
                            "{\n"                    // 10
                            "  \"a\": 2\n"           // 11
                            "}\n";                   // 12
    const ReadOutcome r = readAll(data, chunk);
    QVERIFY2(!r.error, qPrintable(describe(r)));
    QCOMPARE(r.docs.size(), size_t(2));
    QCOMPARE(r.docs[0].line, qint64(1));
    QCOMPARE(r.docs[1].line, qint64(10));
    QCOMPARE(relaxed(r.docs[0].bson), relaxedOf("{\"a\": 1, \"b\": {\"c\": [1, {\"d\": 2}]}}"));
    QCOMPARE(relaxed(r.docs[1].bson), relaxedOf("{\"a\": 2}"));
}

void TestJsonDocumentReader::severalPerLine_data() { addChunkRows(); }

void TestJsonDocumentReader::severalPerLine()
{
    QFETCH(qint64, chunk);
    const QByteArray data = "{\"a\": 1}{\"a\": 2} {\"a\": 3}\t{\"a\": 4}\n{\"a\": 5}{}\n";
    const ReadOutcome r = readAll(data, chunk);
    QVERIFY2(!r.error, qPrintable(describe(r)));
    QCOMPARE(r.docs.size(), size_t(6));
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(relaxed(r.docs[size_t(i)].bson), relaxedOf(QStringLiteral("{\"a\": %1}").arg(i + 1).toUtf8().constData()));
        QCOMPARE(r.docs[size_t(i)].line, qint64(i < 4 ? 1 : 2));
    }
    QCOMPARE(relaxed(r.docs[5].bson), relaxedOf("{}"));
    QCOMPARE(r.docs[5].line, qint64(2));
}

void TestJsonDocumentReader::bracesAndQuotesInStrings_data() { addChunkRows(); }

void TestJsonDocumentReader::bracesAndQuotesInStrings()
{
    QFETCH(qint64, chunk);
    const QByteArray docs[] = {
        "{\"s\": \"a}{\\\"b\"}",
        "{\"s\": \"}\"}",
        "{\"s\": \"{{{[[[\"}",
        "{\"s\": \"\\\\\"}",             // a string ending in an escaped backslash
        "{\"s\": \"\\\\\\\"}\"}",        // \\ then \" then }
        "{\"k}{\": \"v\", \"x\": \"]\"}", // braces in a key
        "{\"s\": \"line\\nbreak\"}",     // an escaped newline is not a line
    };
    QByteArray data;
    for (const QByteArray &d : docs)
        data += d + '\n';
    const ReadOutcome r = readAll(data, chunk);
    QVERIFY2(!r.error, qPrintable(describe(r)));
    QCOMPARE(r.docs.size(), std::size(docs));
    for (size_t i = 0; i < std::size(docs); ++i) {
        QCOMPARE(relaxed(r.docs[i].bson), relaxedOf(docs[i].constData()));
        QCOMPARE(r.docs[i].line, qint64(i + 1));
    }
    // The first one's string value, exactly.
    bson_iter_t it;
    QVERIFY(bson_iter_init_find(&it, r.docs[0].bson.get(), "s"));
    QCOMPARE(QString::fromUtf8(bson_iter_utf8(&it, nullptr)), QStringLiteral("a}{\"b"));
}

void TestJsonDocumentReader::byteOrderMark_data() { addChunkRows(); }

void TestJsonDocumentReader::byteOrderMark()
{
    QFETCH(qint64, chunk);
    const ReadOutcome r = readAll("\xEF\xBB\xBF{\"a\": 1}\n{\"a\": 2}\n", chunk);
    QVERIFY2(!r.error, qPrintable(describe(r)));
    QCOMPARE(r.docs.size(), size_t(2));
    QCOMPARE(r.docs[0].line, qint64(1));
    QCOMPARE(r.docs[1].line, qint64(2));
    QCOMPARE(relaxed(r.docs[0].bson), relaxedOf("{\"a\": 1}"));

    // A BOM followed by white space, and a BOM alone.
    const ReadOutcome spaced = readAll("\xEF\xBB\xBF\n\n{\"a\": 1}", chunk);
    QVERIFY2(!spaced.error, qPrintable(describe(spaced)));
    QCOMPARE(spaced.docs.size(), size_t(1));
    QCOMPARE(spaced.docs[0].line, qint64(3));
    const ReadOutcome alone = readAll("\xEF\xBB\xBF", chunk);
    QVERIFY2(!alone.error, qPrintable(describe(alone)));
    QCOMPARE(alone.docs.size(), size_t(0));

    // Only at the start: a BOM between documents is garbage.
    const ReadOutcome middle = readAll("{\"a\": 1}\n\xEF\xBB\xBF{\"a\": 2}\n", chunk);
    QVERIFY(middle.error);
    QCOMPARE(middle.error->code, ErrorCode::ArchiveCorrupt);
    QVERIFY2(middle.error->message.contains(QStringLiteral("line 2")), qPrintable(middle.error->message));
}

void TestJsonDocumentReader::blankLinesAndCrlf_data() { addChunkRows(); }

void TestJsonDocumentReader::blankLinesAndCrlf()
{
    QFETCH(qint64, chunk);
    const QByteArray data = "\r\n"                 // 1
                            "\r\n"                 // 2
                            "{\"a\": 1}\r\n"       // 3
                            "\r\n"                 // 4
                            "   \t \r\n"           // 5
                            "{\r\n"                // 6
                            "  \"a\": 2\r\n"       // 7
                            "}\r\n"                // 8
                            "{\"a\": 3}\r\n"       // 9
                            "\r\n\r\n";            // 10, 11
    const ReadOutcome r = readAll(data, chunk);
    QVERIFY2(!r.error, qPrintable(describe(r)));
    QCOMPARE(r.docs.size(), size_t(3));
    QCOMPARE(r.docs[0].line, qint64(3));
    QCOMPARE(r.docs[1].line, qint64(6));
    QCOMPARE(r.docs[2].line, qint64(9));
    QCOMPARE(relaxed(r.docs[1].bson), relaxedOf("{\"a\": 2}"));

    // An error after CRLF lines names the right line.
    const ReadOutcome bad = readAll("{\"a\": 1}\r\n\r\n{\"a\": nope}\r\n", chunk);
    QVERIFY(bad.error);
    QVERIFY2(bad.error->message.contains(QStringLiteral("line 3")), qPrintable(bad.error->message));
}

void TestJsonDocumentReader::emptyStream_data() { addChunkRows(); }

void TestJsonDocumentReader::emptyStream()
{
    QFETCH(qint64, chunk);
    for (const QByteArray &data : {QByteArray(), QByteArray("\n"), QByteArray("  \r\n\t\n\n")}) {
        JsonDocumentReader reader(Source, readerOver(data, chunk));
        auto first = reader.next();
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        QVERIFY(!first->has_value());
        // It stays at the end.
        auto again = reader.next();
        QVERIFY(again.ok());
        QVERIFY(!again->has_value());
        auto text = reader.nextText();
        QVERIFY(text.ok());
        QVERIFY(!text->has_value());
    }
}

void TestJsonDocumentReader::brokenDocumentNamesLine_data() { addChunkRows(); }

void TestJsonDocumentReader::brokenDocumentNamesLine()
{
    QFETCH(qint64, chunk);
    const QByteArray data = "{\"a\": 1}\n"
                            "{\"a\": 2}\n"
                            "{\"a\": nope}\n"
                            "{\"a\": 4}\n";
    JsonDocumentReader reader(Source, readerOver(data, chunk));
    for (int i = 1; i <= 2; ++i) {
        auto doc = reader.next();
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().message));
        QVERIFY(doc->has_value());
        QCOMPARE((*doc)->line, qint64(i));
    }
    auto broken = reader.next();
    QVERIFY(!broken.ok());
    QCOMPARE(broken.error().code, ErrorCode::ArchiveCorrupt);
    QVERIFY2(broken.error().message.contains(Source), qPrintable(broken.error().message));
    QVERIFY2(broken.error().message.contains(QStringLiteral("line 3")), qPrintable(broken.error().message));

    // A broken pretty-printed document is named by the line it starts on.
    const QByteArray pretty = "{\"a\": 1}\n"
                              "\n"
                              "{\n"
                              "  \"a\": 1,\n"
                              "  \"b\": [1 2]\n"
                              "}\n";
    const ReadOutcome r = readAll(pretty, chunk);
    QVERIFY(r.error);
    QCOMPARE(r.error->code, ErrorCode::ArchiveCorrupt);
    QVERIFY2(r.error->message.contains(QStringLiteral("line 3")), qPrintable(r.error->message));
    QCOMPARE(r.docs.size(), size_t(1));

    // Broken Extended JSON (a bad $oid), not just broken JSON.
    const ReadOutcome ext = readAll("{}\n{}\n{\"_id\": {\"$oid\": \"not-hex\"}}\n", chunk);
    QVERIFY(ext.error);
    QCOMPARE(ext.error->code, ErrorCode::ArchiveCorrupt);
    QVERIFY2(ext.error->message.contains(QStringLiteral("line 3")), qPrintable(ext.error->message));
}

void TestJsonDocumentReader::cutOffAtEnd_data() { addChunkRows(); }

void TestJsonDocumentReader::cutOffAtEnd()
{
    QFETCH(qint64, chunk);
    for (const QByteArray &tail : {QByteArray("{\"a\": 2, \"b\": [1,"), QByteArray("{"), QByteArray("{\"a\": \"}"),
                                   QByteArray("{\"a\": {\"b\": 1}\n")}) {
        const QByteArray data = "{\"a\": 1}\n" + tail;
        const ReadOutcome r = readAll(data, chunk);
        QVERIFY2(r.error, qPrintable(QString::fromUtf8(tail)));
        QCOMPARE(r.error->code, ErrorCode::ArchiveCorrupt);
        QVERIFY2(r.error->message.contains(QStringLiteral("cut off")), qPrintable(r.error->message));
        QVERIFY2(r.error->message.contains(QStringLiteral("line 2")), qPrintable(r.error->message));
        QVERIFY2(r.error->message.contains(Source), qPrintable(r.error->message));
        QCOMPARE(r.docs.size(), size_t(1));
    }
}

void TestJsonDocumentReader::garbageBetweenDocuments_data() { addChunkRows(); }

void TestJsonDocumentReader::garbageBetweenDocuments()
{
    QFETCH(qint64, chunk);
    struct Case {
        QByteArray data;
        int line;
        size_t docsBefore;
    };
    const Case cases[] = {
        {"{\"a\": 1}\nxyz\n{\"a\": 2}\n", 2, 1},
        {"{\"a\": 1}, {\"a\": 2}\n", 1, 1},
        {"{\"a\": 1}\n{\"a\": 2}\n\n]\n", 4, 2},
        {"[{\"a\": 1}]\n", 1, 0},
        {"42\n", 1, 0},
        {"{\"a\": 1}\n}\n", 2, 1},
        {"{\"a\": 1}\n\"str\"\n", 2, 1},
    };
    for (const Case &c : cases) {
        const ReadOutcome r = readAll(c.data, chunk);
        QVERIFY2(r.error, c.data.constData());
        QCOMPARE(r.error->code, ErrorCode::ArchiveCorrupt);
        QVERIFY2(r.error->message.contains(QStringLiteral("line %1").arg(c.line)), qPrintable(r.error->message));
        QVERIFY2(r.error->message.contains(Source), qPrintable(r.error->message));
        QCOMPARE(r.docs.size(), c.docsBefore);
    }
}

void TestJsonDocumentReader::lineNumbersAfterMultiLineDocuments_data() { addChunkRows(); }

void TestJsonDocumentReader::lineNumbersAfterMultiLineDocuments()
{
    QFETCH(qint64, chunk);
    const QByteArray data = "{\"a\": \"x\\ny\"}\n"   // 1 (escaped newline)
                            "{\n"                    // 2
                            "\"a\":\n"               // 3
                            "[\n"                    // 4
                            "1\n"                    // 5
                            "]\n"                    // 6
                            "} {\"b\": 1}\n"         // 7: ends one, starts another
                            "\n"                     // 8
                            "{\"c\": {\n"            // 9
                            "}}{\"d\"\n"             // 10
                            ": 1}\n"                 // 11
                            "{\"e\": 1}\n"           // 12
                            "{\"f\": nope}\n";       // 13
    JsonDocumentReader reader(Source, readerOver(data, chunk));
    const qint64 expected[] = {1, 2, 7, 9, 10, 12};
    for (const qint64 line : expected) {
        auto doc = reader.next();
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().message));
        QVERIFY(doc->has_value());
        QCOMPARE((*doc)->line, line);
    }
    auto broken = reader.next();
    QVERIFY(!broken.ok());
    QVERIFY2(broken.error().message.contains(QStringLiteral("line 13")), qPrintable(broken.error().message));
}

void TestJsonDocumentReader::keepTextAndNextText_data() { addChunkRows(); }

void TestJsonDocumentReader::keepTextAndNextText()
{
    QFETCH(qint64, chunk);
    const QByteArray first = "{\"a\": 1,\n  \"s\": \"}\"}";
    const QByteArray second = "{\"b\":2}";
    const QByteArray data = "\xEF\xBB\xBF" + first + "  " + second + "\r\n";

    const ReadOutcome kept = readAll(data, chunk, true);
    QVERIFY2(!kept.error, qPrintable(describe(kept)));
    QCOMPARE(kept.docs.size(), size_t(2));
    QCOMPARE(kept.docs[0].text, first);
    QCOMPARE(kept.docs[1].text, second);
    QCOMPARE(kept.docs[1].line, qint64(2));

    JsonDocumentReader reader(Source, readerOver(data, chunk));
    qint64 line = 0;
    auto t1 = reader.nextText(&line);
    QVERIFY(t1.ok() && t1->has_value());
    QCOMPARE(**t1, first);
    QCOMPARE(line, qint64(1));
    auto t2 = reader.nextText(&line);
    QVERIFY(t2.ok() && t2->has_value());
    QCOMPARE(**t2, second);
    QCOMPARE(line, qint64(2));
    auto t3 = reader.nextText(&line);
    QVERIFY(t3.ok());
    QVERIFY(!t3->has_value());
    QCOMPARE(reader.sourceName(), Source);

    // nextText does not parse: invalid JSON with balanced braces passes through.
    JsonDocumentReader raw(Source, readerOver("{not json}\n", chunk));
    auto t = raw.nextText();
    QVERIFY(t.ok() && t->has_value());
    QCOMPARE(**t, QByteArray("{not json}"));
}

void TestJsonDocumentReader::documentLargerThanReadChunk_data()
{
    QTest::addColumn<qint64>("chunk");
    QTest::addColumn<int>("size");
    QTest::newRow("whole, 700 KiB") << qint64(0) << 700 * 1024;
    QTest::newRow("64 KiB chunks, 700 KiB") << qint64(64 * 1024) << 700 * 1024;
    QTest::newRow("7 bytes, 20 KiB") << qint64(7) << 20 * 1024;
}

void TestJsonDocumentReader::documentLargerThanReadChunk()
{
    QFETCH(qint64, chunk);
    QFETCH(int, size);
    QByteArray big(size, 'x');
    for (int i = 0; i < size; i += 997)
        big[i] = (i / 997) % 2 ? '{' : '}'; // braces inside the string must not confuse the scanner
    const QByteArray data = "{\"small\": 1}\n{\"big\": \"" + big + "\", \"after\": [1, 2]}\n{\"small\": 3}\n";
    const ReadOutcome r = readAll(data, chunk);
    QVERIFY2(!r.error, qPrintable(describe(r)));
    QCOMPARE(r.docs.size(), size_t(3));
    QCOMPARE(r.docs[1].line, qint64(2));
    QCOMPARE(r.docs[2].line, qint64(3));
    bson_iter_t it;
    QVERIFY(bson_iter_init_find(&it, r.docs[1].bson.get(), "big"));
    uint32_t len = 0;
    const char *s = bson_iter_utf8(&it, &len);
    QCOMPARE(QByteArray(s, qsizetype(len)), big);
    QCOMPARE(relaxed(r.docs[2].bson), relaxedOf("{\"small\": 3}"));
}

void TestJsonDocumentReader::readErrorIsReported()
{
    int calls = 0;
    auto read = [&calls](char *buffer, qint64 max) -> Result<qint64> {
        ++calls;
        if (calls == 1) {
            const QByteArray part = "{\"a\": 1}\n{\"a\":";
            const qint64 n = std::min<qint64>(max, part.size());
            std::memcpy(buffer, part.constData(), size_t(n));
            return n;
        }
        return Error(ErrorCode::Io, QStringLiteral("disk on fire"));
    };
    JsonDocumentReader reader(Source, read);
    auto first = reader.next();
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
    QVERIFY(first->has_value());
    auto second = reader.next();
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, ErrorCode::Io);
    QVERIFY2(second.error().message.contains(QStringLiteral("disk on fire")), qPrintable(second.error().message));
    QVERIFY2(second.error().message.contains(Source), qPrintable(second.error().message));
}

void TestJsonDocumentReader::unicodeAcrossChunks_data() { addChunkRows(); }

void TestJsonDocumentReader::unicodeAcrossChunks()
{
    QFETCH(qint64, chunk);
    const QByteArray data = "{\"name\": \"caf\xC3\xA9 \xE6\x97\xA5\xE6\x9C\xAC \xF0\x9F\x98\x80\"}\n{\"q\": \"\\u00e9\\\"\"}\n";
    const ReadOutcome r = readAll(data, chunk);
    QVERIFY2(!r.error, qPrintable(describe(r)));
    QCOMPARE(r.docs.size(), size_t(2));
    bson_iter_t it;
    QVERIFY(bson_iter_init_find(&it, r.docs[0].bson.get(), "name"));
    QCOMPARE(QString::fromUtf8(bson_iter_utf8(&it, nullptr)), QString::fromUtf8("caf\xC3\xA9 \xE6\x97\xA5\xE6\x9C\xAC \xF0\x9F\x98\x80"));
    QVERIFY(bson_iter_init_find(&it, r.docs[1].bson.get(), "q"));
    QCOMPARE(QString::fromUtf8(bson_iter_utf8(&it, nullptr)), QString::fromUtf8("\xC3\xA9\""));
}

void TestJsonDocumentReader::fastAndLibbsonPathsInterleave_data() { addChunkRows(); }

void TestJsonDocumentReader::fastAndLibbsonPathsInterleave()
{
    // Lines the fast parser takes in place, lines it leaves to libbson (a relaxed date, a
    // pretty document, two on a line), CRLF endings: documents, their lines and their kept
    // text come out the same either way, and an error still names its line.
    QFETCH(qint64, chunk);
    const QByteArray data = "{\"a\":1}\r\n"
                            "{\"d\":{\"$date\":\"1970-01-01T00:00:02Z\"}}  \r\n"
                            "{\"b\":{\"$numberLong\":\"5\"}}\n"
                            "{\n  \"c\": 3\n}\n"
                            "{\"e\":4} {\"f\":5}\n"
                            "{\"g\":6}\n"
                            "{\"h\":}\n";
    const ReadOutcome out = readAll(data, chunk, true);
    QCOMPARE(int(out.docs.size()), 7);
    const qint64 lines[] = {1, 2, 3, 4, 7, 7, 8};
    const char *texts[] = {"{\"a\":1}", "{\"d\":{\"$date\":\"1970-01-01T00:00:02Z\"}}", "{\"b\":{\"$numberLong\":\"5\"}}",
                           "{\n  \"c\": 3\n}", "{\"e\":4}", "{\"f\":5}", "{\"g\":6}"};
    for (int i = 0; i < 7; ++i) {
        QCOMPARE(out.docs[size_t(i)].line, lines[i]);
        QCOMPARE(out.docs[size_t(i)].text, QByteArray(texts[i]));
    }
    bson_iter_t it;
    QVERIFY(bson_iter_init_find(&it, out.docs[1].bson.get(), "d") && BSON_ITER_HOLDS_DATE_TIME(&it));
    QCOMPARE(bson_iter_date_time(&it), 2000);
    QVERIFY(bson_iter_init_find(&it, out.docs[2].bson.get(), "b") && BSON_ITER_HOLDS_INT64(&it));
    QVERIFY(out.error.has_value());
    QVERIFY2(out.error->message.contains(QStringLiteral("line 9")), qPrintable(out.error->message));
}

void TestJsonDocumentReader::integersBeyondInt64AreRefused_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("number");
    QTest::newRow("20 digits") << QByteArray(R"({"a": 99999999999999999999})") << QStringLiteral("99999999999999999999");
    QTest::newRow("2^64") << QByteArray(R"({"a": 18446744073709551616})") << QStringLiteral("18446744073709551616");
    QTest::newRow("int64 min - 1") << QByteArray(R"({"a": -9223372036854775809})") << QStringLiteral("-9223372036854775809");
    QTest::newRow("int64 max + 1") << QByteArray(R"({"a": 9223372036854775808})") << QStringLiteral("9223372036854775808");
    QTest::newRow("in an array, negative") << QByteArray(R"({"a": [1, -99999999999999999999]})") << QStringLiteral("99999999999999999999");
    QTest::newRow("legacy $date") << QByteArray(R"({"d": {"$date": 99999999999999999999}})") << QStringLiteral("99999999999999999999");
    QTest::newRow("$numberLong") << QByteArray(R"({"a": {"$numberLong": "99999999999999999999"}})") << QStringLiteral("99999999999999999999");
    QTest::newRow("$numberLong 2^64") << QByteArray(R"({"a": {"$numberLong": "18446744073709551616"}})") << QStringLiteral("18446744073709551616");
    QTest::newRow("$numberLong min - 1") << QByteArray(R"({"a": {"$numberLong": "-9223372036854775809"}})") << QStringLiteral("-9223372036854775809");
    QTest::newRow("$date $numberLong") << QByteArray(R"({"a": {"$date": {"$numberLong": "99999999999999999999"}}})") << QStringLiteral("99999999999999999999");
    QTest::newRow("with a legacy wrapper beside it") << QByteArray(R"({"o": {"$oid": "5f1d7a8b9c0d1e2f3a4b5c6d"}, "n": 99999999999999999999, "r": {"$regex": "a", "$options": ""}})")
                                                     << QStringLiteral("99999999999999999999");
}

void TestJsonDocumentReader::integersBeyondInt64AreRefused()
{
    // libbson's reader takes them and stores them wrapped (7766279631452241919, 0): refused,
    // with the file and line, whichever path (fast parser or libbson) the line takes.
    QFETCH(QByteArray, line);
    QFETCH(QString, number);
    const QByteArray stream = QByteArray(R"({"_id": 1})") + "\n\n" + line + "\n" + R"({"_id": 3})" + "\n";
    for (const qint64 chunk : {qint64(0), qint64(7)}) {
        const ReadOutcome r = readAll(stream, chunk);
        QVERIFY2(r.error.has_value(), qPrintable(describe(r)));
        QCOMPARE(r.error->code, ErrorCode::ArchiveCorrupt);
        QVERIFY2(r.error->message.startsWith(QStringLiteral("orders.jsonl line 3: ")), qPrintable(r.error->message));
        QVERIFY2(r.error->message.contains(number), qPrintable(r.error->message));
        QCOMPARE(r.docs.size(), size_t(1));
    }
    QVERIFY(!ExtJsonCodec::decode(line).ok());
}

void TestJsonDocumentReader::integersAtTheInt64EdgesAreKept()
{
    const ReadOutcome r = readAll(QByteArray(R"({"max": 9223372036854775807, "min": -9223372036854775808, "f": 1e30, "s": "99999999999999999999", "z": 0.99999999999999999999})"
                                             "\n"
                                             R"({"l": {"$numberLong": "-9223372036854775808"}, "legacy": {"$date": 1}, "k": [00]})"
                                             "\n"),
                                  0);
    // The second line is refused by libbson for its leading zeros, not for its size.
    QVERIFY(r.error.has_value());
    QVERIFY2(!r.error->message.contains(QLatin1String("64 bits")), qPrintable(r.error->message));
    QCOMPARE(r.docs.size(), size_t(1));
    QCOMPARE(relaxed(r.docs[0].bson), relaxedOf(R"({"max": {"$numberLong": "9223372036854775807"}, "min": {"$numberLong": "-9223372036854775808"}, "f": 1e30, "s": "99999999999999999999", "z": 1.0})"));
    const ReadOutcome edges = readAll(QByteArray(R"({"l": {"$numberLong": "-9223372036854775808"}, "legacy": {"$date": 1}, "r": {"$regex": "9999999999999999999999"}})" "\n"), 0);
    QVERIFY2(!edges.error.has_value(), qPrintable(describe(edges)));
}

void TestJsonDocumentReader::rawWrapperMustBeExactlyTheWrapper_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("extra key after") << QByteArray(R"({"$lifeboatRawBson": "DAAAABBhAAEAAAAA", "extra": 1})");
    QTest::newRow("extra key, no space") << QByteArray(R"({"$lifeboatRawBson":"DAAAABBhAAEAAAAA","x":{"y":2}})");
    QTest::newRow("not a string") << QByteArray(R"({"$lifeboatRawBson": 12})");
    QTest::newRow("bad base64") << QByteArray(R"({"$lifeboatRawBson": "!!!!"})");
    QTest::newRow("not BSON") << QByteArray(R"({"$lifeboatRawBson": "AAAA"})");
    QTest::newRow("two wrappers") << QByteArray(R"({"$lifeboatRawBson": "DAAAABBhAAEAAAAA", "$lifeboatRawBson": "DAAAABBhAAEAAAAA"})");
}

void TestJsonDocumentReader::rawWrapperMustBeExactlyTheWrapper()
{
    // A wrapper with anything else in it would silently replace the document: refused.
    QFETCH(QByteArray, line);
    const ReadOutcome r = readAll(line + "\n", 0);
    QVERIFY2(r.error.has_value(), qPrintable(describe(r)));
    QVERIFY2(r.error->message.startsWith(QStringLiteral("orders.jsonl line 1: invalid $lifeboatRawBson document")), qPrintable(r.error->message));
    // The exact wrapper is the document it holds ({"a": 1}).
    const ReadOutcome ok = readAll(QByteArray(" { \"$lifeboatRawBson\" : \"DAAAABBhAAEAAAAA\" } \n"), 0);
    QVERIFY2(!ok.error.has_value(), qPrintable(describe(ok)));
    QCOMPARE(relaxed(ok.docs.at(0).bson), relaxedOf(R"({"a": 1})"));
}

void TestJsonDocumentReader::rawKeyAsAValueIsData()
{
    // The wrapper's key as a string value (or as a later key's value) is ordinary data.
    const QByteArray stream = QByteArray(R"({"a": "$lifeboatRawBson", "b": {"$numberLong": "5"}})") + "\n"
                              + R"({"a": "$lifeboatRawBson", "r": {"$regex": "x", "$options": ""}})" + "\n"
                              + R"({"k": 1, "$lifeboatRawBsonX": 2})" + "\n";
    const ReadOutcome r = readAll(stream, 0);
    QVERIFY2(!r.error.has_value(), qPrintable(describe(r)));
    QCOMPARE(r.docs.size(), size_t(3));
    bson_iter_t it;
    QVERIFY(bson_iter_init_find(&it, r.docs[1].bson.get(), "a") && BSON_ITER_HOLDS_UTF8(&it));
    QCOMPARE(QByteArray(bson_iter_utf8(&it, nullptr)), QByteArray("$lifeboatRawBson"));
    QVERIFY(bson_iter_init_find(&it, r.docs[1].bson.get(), "r") && BSON_ITER_HOLDS_REGEX(&it));
}

void TestJsonDocumentReader::nulByteIsNamed()
{
    // A NUL byte used to cut libbson's message short ("Got parse error at \"").
    for (const QByteArray &line : QList<QByteArray>{QByteArray(R"({"a": "x)") + '\0' + R"(y", "r": {"$regex": "a"}})", QByteArray(R"({"a": 1)") + '\0' + "}"}) {
        const ReadOutcome r = readAll(QByteArray(R"({"_id": 1})") + "\n" + line + "\n", 0);
        QVERIFY2(r.error.has_value(), qPrintable(describe(r)));
        QVERIFY2(r.error->message.startsWith(QStringLiteral("orders.jsonl line 2: a NUL byte at byte ")), qPrintable(r.error->message));
        QVERIFY2(r.error->message.endsWith(QStringLiteral("\\u0000)")), qPrintable(r.error->message));
    }
}

// A restore parses straight onto a batch of packed BSON: the same bytes, lines and errors as
// next() gives, whether the fast path or libbson's reader (relaxed, pretty) took the document,
// across read chunk boundaries; a batch emptied for reuse starts over.
void TestJsonDocumentReader::packedBatchHoldsTheSameDocuments()
{
    const QByteArray data = R"({"_id": {"$oid": "6553f1000a0b0c0d01000000"}, "s": "caf\u00e9", "n": 1.5}
{"_id": 2, "d": {"$date": "2024-01-02T03:04:05Z"}}
{
  "_id": 3,
  "a": [1, {"b": null}]
}
{"_id": 4, "bin": {"$binary": {"base64": "AQID", "subType": "02"}}}
)";
    for (qint64 chunk : {0, 7, 64}) {
        const ReadOutcome expected = readAll(data, chunk);
        QVERIFY2(!expected.error, qPrintable(describe(expected)));
        JsonDocumentReader reader(Source, readerOver(data, chunk));
        PackedDocuments batch;
        std::vector<qint64> lines;
        for (;;) {
            qint64 line = 0;
            auto got = reader.nextInto(batch, &line);
            QVERIFY2(got.ok(), got.ok() ? "" : qPrintable(got.error().message));
            if (!*got)
                break;
            lines.push_back(line);
        }
        QCOMPARE(batch.size(), expected.docs.size());
        size_t total = 0;
        for (size_t i = 0; i < batch.size(); ++i) {
            bson_t doc;
            batch.view(i, &doc);
            QCOMPARE(QByteArray(reinterpret_cast<const char *>(bson_get_data(&doc)), doc.len).toHex(),
                     expected.docs[i].bson.toByteArray().toHex());
            QCOMPARE(lines[i], expected.docs[i].line);
            total += doc.len;
        }
        QCOMPARE(batch.bytes(), total);
        batch.clear();
        QVERIFY(batch.empty());
        QCOMPARE(batch.bytes(), size_t(0));
    }
    // An error leaves the documents before it in the batch, and names its line.
    JsonDocumentReader reader(Source, readerOver(QByteArray("{\"a\": 1}\n{\"a\": }\n"), 0));
    PackedDocuments batch;
    QVERIFY(*reader.nextInto(batch));
    auto bad = reader.nextInto(batch);
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().message.startsWith(QStringLiteral("orders.jsonl line 2: ")), qPrintable(bad.error().message));
    QCOMPARE(batch.size(), size_t(1));
}

QTEST_GUILESS_MAIN(TestJsonDocumentReader)
#include "TestJsonDocumentReader.moc"

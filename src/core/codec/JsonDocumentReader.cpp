#include "core/codec/JsonDocumentReader.h"

#include "core/codec/ExtJsonCodec.h"
#include "core/codec/ExtJsonParser.h"
#include "core/codec/JsonStringTracker.h"

#include <cstring>

namespace lifeboat {

namespace {
constexpr qint64 ChunkSize = 256 * 1024;
}

JsonDocumentReader::JsonDocumentReader(QString sourceName, ReadFunction read, bool keepText)
    : m_sourceName(std::move(sourceName)), m_read(std::move(read)), m_keepText(keepText)
{
}

Error JsonDocumentReader::errorAt(qint64 line, const QString &what) const
{
    return Error(ErrorCode::ArchiveCorrupt,
                 QStringLiteral("%1 line %2: %3").arg(m_sourceName).arg(line).arg(what));
}

Status JsonDocumentReader::fill()
{
    if (m_eof)
        return {};
    // Drop consumed bytes before growing the buffer.
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + ChunkSize);
    auto got = m_read(m_buffer.data() + old, ChunkSize);
    if (!got) {
        m_buffer.resize(old);
        return got.error().wrapped(m_sourceName);
    }
    m_buffer.resize(old + *got);
    m_bytesRead += *got;
    if (*got == 0)
        m_eof = true;
    return {};
}

Result<bool> JsonDocumentReader::skipToDocument()
{
    if (!m_checkedBom) {
        while (m_buffer.size() - m_pos < 3 && !m_eof) {
            if (auto st = fill(); !st)
                return st.error();
        }
        if (m_buffer.mid(m_pos, 3) == QByteArrayView("\xEF\xBB\xBF"))
            m_pos += 3;
        m_checkedBom = true;
    }

    // Skip white space between documents.
    for (;;) {
        while (m_pos < m_buffer.size()) {
            const char c = m_buffer.at(m_pos);
            if (c == '\n')
                ++m_line;
            else if (c != ' ' && c != '\t' && c != '\r')
                return true;
            ++m_pos;
        }
        if (m_eof)
            return false;
        if (auto st = fill(); !st)
            return st.error();
    }
}

Result<std::optional<QByteArray>> JsonDocumentReader::nextText(qint64 *lineOut)
{
    auto ready = skipToDocument();
    if (!ready)
        return ready.error();
    if (!*ready)
        return std::optional<QByteArray>();

    const qint64 startLine = m_line;
    if (m_buffer.at(m_pos) != '{') {
        return errorAt(startLine, QStringLiteral("expected a JSON document ('{'), found '%1'")
                                      .arg(QString::fromLatin1(m_buffer.mid(m_pos, 1).toHex())));
    }

    // Scan to the matching closing brace. State survives refills by rescanning from the
    // document start, which only happens once per chunk boundary.
    qsizetype scan = m_pos;
    int depth = 0;
    JsonStringTracker strings;
    qint64 lines = 0;
    for (;;) {
        const char *data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        while (scan < size) {
            const char c = data[scan++];
            if (c == '\n')
                ++lines;
            if (strings.inString(c))
                continue;
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0) {
                    QByteArray text = m_buffer.mid(m_pos, scan - m_pos);
                    m_pos = scan;
                    m_line += lines;
                    if (lineOut)
                        *lineOut = startLine;
                    return std::optional<QByteArray>(std::move(text));
                }
            }
        }
        if (scan - m_pos > MaxDocumentText)
            return errorAt(startLine, QStringLiteral("document is larger than %1 bytes").arg(MaxDocumentText));
        if (m_eof)
            return errorAt(startLine, QStringLiteral("document is cut off at the end of the file"));
        const qsizetype consumed = m_pos;
        if (auto st = fill(); !st)
            return st.error();
        scan -= consumed; // fill() moved the buffer start to m_pos
    }
}

Result<std::optional<JsonDocumentReader::Document>> JsonDocumentReader::next()
{
    Document doc;
    auto got = nextInto(doc.bson, &doc.line, m_keepText ? &doc.text : nullptr);
    if (!got)
        return got.error();
    if (!*got)
        return std::optional<Document>();
    return std::optional<Document>(std::move(doc));
}

namespace {

void store(BsonDocument &out, BsonDocument &&doc)
{
    out = std::move(doc);
}

void store(PackedDocuments &out, BsonDocument &&doc)
{
    out.append(doc.get());
}

} // namespace

Result<bool> JsonDocumentReader::nextInto(BsonDocument &doc, qint64 *line, QByteArray *text)
{
    return nextDocument(doc, line, text);
}

Result<bool> JsonDocumentReader::nextInto(PackedDocuments &batch, qint64 *line)
{
    return nextDocument(batch, line, nullptr);
}

template<typename Out>
Result<bool> JsonDocumentReader::nextDocument(Out &out, qint64 *lineOut, QByteArray *textOut)
{
    // JSON Lines, the usual case: when the rest of the line is one whole document that the
    // fast parser takes, it is parsed in place, without the brace scan and the copy.
    auto ready = skipToDocument();
    if (!ready)
        return ready.error();
    if (!*ready)
        return false;
    const char *start = m_buffer.constData() + m_pos;
    if (*start == '{') {
        if (const void *nl = std::memchr(start, '\n', size_t(m_buffer.size() - m_pos))) {
            QByteArrayView line(start, static_cast<const char *>(nl) - start);
            if (ExtJsonParser::parseInto(line, out)) {
                if (lineOut)
                    *lineOut = m_line;
                m_pos += line.size(); // the newline is skipped (and counted) on the next call
                if (textOut) {
                    while (!line.isEmpty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r'))
                        line.chop(1);
                    *textOut = line.toByteArray();
                }
                return true;
            }
        }
    }

    qint64 line = 0;
    auto text = nextText(&line);
    if (!text)
        return text.error();
    if (!text->has_value())
        return false;
    auto bson = ExtJsonCodec::decode(**text);
    if (!bson)
        return errorAt(line, bson.error().message);
    store(out, std::move(*bson));
    if (lineOut)
        *lineOut = line;
    if (textOut)
        *textOut = std::move(**text);
    return true;
}

} // namespace lifeboat

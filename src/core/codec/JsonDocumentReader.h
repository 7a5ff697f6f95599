#pragma once

#include "core/codec/BsonDocument.h"
#include "core/codec/PackedDocuments.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace lifeboat {

// Reads a stream of Extended JSON documents: one per line (JSON Lines), or pretty-printed
// across lines, or several per line. Documents are found by brace depth outside strings,
// so each one is parsed on its own and an error names the line it starts on.
class JsonDocumentReader final {
public:
    // Reads up to `max` bytes into `buffer`; returns 0 at the end, or an error.
    using ReadFunction = std::function<Result<qint64>(char *buffer, qint64 max)>;

    struct Document {
        BsonDocument bson;
        qint64 line = 0;  // 1-based line where the document starts
        QByteArray text;  // its JSON text, as stored (only kept when asked)
    };

    // Largest document text accepted: BSON caps documents at 16 MiB and Extended JSON is
    // bigger; anything beyond this is a hostile or corrupt file, not a document.
    static constexpr qint64 MaxDocumentText = 128LL * 1024 * 1024;

    JsonDocumentReader(QString sourceName, ReadFunction read, bool keepText = false);

    // The next document, std::nullopt at the clean end of the stream, or an error that
    // names the source and line ("orders.jsonl line 42: ...").
    Result<std::optional<Document>> next();
    // The same into `doc`, whose buffer is reused from one document to the next: true with
    // the next document in `doc` (its line in *line, its text in *text when asked), false at
    // the clean end of the stream, or the error next() gives.
    Result<bool> nextInto(BsonDocument &doc, qint64 *line = nullptr, QByteArray *text = nullptr);
    // The same onto the end of `batch` (a restore's batch: no copy in between).
    Result<bool> nextInto(PackedDocuments &batch, qint64 *line = nullptr);

    // The raw text of the next document without parsing it (for byte-level tools).
    Result<std::optional<QByteArray>> nextText(qint64 *line = nullptr);

    const QString &sourceName() const { return m_sourceName; }
    // For a stream that starts inside a file: the line number its first byte is on.
    void setFirstLine(qint64 line) { m_line = line; }
    // Bytes taken from the stream so far (for progress).
    qint64 bytesRead() const { return m_bytesRead; }

private:
    template<typename Out>
    Result<bool> nextDocument(Out &out, qint64 *line, QByteArray *text);
    Status fill();
    // Past a byte-order mark and white space; false at the clean end of the stream.
    Result<bool> skipToDocument();
    Error errorAt(qint64 line, const QString &what) const;

    QString m_sourceName;
    ReadFunction m_read;
    bool m_keepText;
    QByteArray m_buffer;
    qsizetype m_pos = 0;        // next unread byte in m_buffer
    qint64 m_line = 1;          // line number at m_pos
    qint64 m_bytesRead = 0;
    bool m_eof = false;
    bool m_checkedBom = false;
};

} // namespace lifeboat

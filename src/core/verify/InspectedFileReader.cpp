#include "core/verify/InspectedFileReader.h"

#include "core/archive/ArchiveLayout.h"
#include "core/codec/JsonDocumentReader.h"
#include "core/verify/DocumentDigest.h"

namespace lifeboat {

namespace {
constexpr qint64 MaxManifestSize = 256LL * 1024 * 1024;
}

InspectedFileReader::InspectedFileReader(ArchiveReader &reader, const ArchiveEntry &entry)
    : m_reader(reader), m_keep(ArchiveLayout::isSmallFile(entry.path))
{
    m_file.path = entry.path;
}

Status InspectedFileReader::read(bool withDocuments, const CancelToken &cancel, QStringList &problems)
{
    if (withDocuments) {
        if (auto st = parseDocuments(cancel, problems); !st)
            return st;
    }
    // Whatever was not consumed (all of it for files that were not parsed).
    if (auto st = drain(); !st)
        return st;
    m_file.size = m_total;
    m_file.sha256 = Sha256::toHex(m_hash.take());
    return {};
}

Result<qint64> InspectedFileReader::readChunk(char *buffer, qint64 max)
{
    auto n = m_reader.read(buffer, max);
    if (n)
        account(QByteArrayView(buffer, *n));
    return n;
}

void InspectedFileReader::account(QByteArrayView chunk)
{
    m_hash.addData(chunk);
    m_total += chunk.size();
    if (m_observe)
        m_observe(chunk);
    if (m_keep && m_kept.size() < MaxManifestSize)
        m_kept.append(chunk);
}

Status InspectedFileReader::parseDocuments(const CancelToken &cancel, QStringList &problems)
{
    m_file.parsed = true;
    DocumentDigest digest;
    JsonDocumentReader docs(m_file.path.section(QLatin1Char('/'), -1),
                            [this](char *buffer, qint64 max) { return readChunk(buffer, max); });
    BsonDocument doc; // one buffer for every document
    for (;;) {
        auto got = docs.nextInto(doc);
        if (!got) {
            if (got.error().code != ErrorCode::ArchiveCorrupt || got.error().message.startsWith(m_reader.archivePath()))
                return got.error(); // the tar stream itself is broken
            m_file.error = got.error().message;
            problems << got.error().message;
            break;
        }
        if (!*got)
            break;
        digest.add(doc.bytes());
        if ((m_file.documents = qint64(digest.count())) % 4096 == 0 && cancel.isCancelled())
            return Error(ErrorCode::Cancelled, QStringLiteral("inspection cancelled"));
    }
    m_file.digest = digest.toString();
    return {};
}

Status InspectedFileReader::drain()
{
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    return m_reader.readRest(buffer, [this](QByteArrayView chunk) -> Status {
        account(chunk);
        return {};
    });
}

} // namespace lifeboat

#include "core/common/SpoolBuffer.h"

#include <QDir>

#include <cstring>

namespace lifeboat {

SpoolBuffer::SpoolBuffer(QString tempDir, qint64 memoryLimit) : m_tempDir(std::move(tempDir)), m_memoryLimit(memoryLimit) {}

Status SpoolBuffer::spill()
{
    m_file = std::make_unique<QTemporaryFile>(QDir(m_tempDir).filePath(QStringLiteral(".lifeboat-spool-XXXXXX")));
    if (!m_file->open())
        return Error(ErrorCode::Io, QStringLiteral("cannot create a temporary file in %1: %2").arg(m_tempDir, m_file->errorString()));
    if (m_file->write(m_memory) != m_memory.size())
        return Error(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(m_file->fileName(), m_file->errorString()),
                     QStringLiteral("is the disk full?"));
    m_memory = QByteArray();
    return {};
}

Status SpoolBuffer::append(QByteArrayView data)
{
    m_hash.addData(data);
    m_size += data.size();
    if (!m_file) {
        m_memory.append(data);
        if (m_memory.size() <= m_memoryLimit)
            return {};
        return spill();
    }
    if (m_file->write(data.data(), data.size()) != data.size())
        return Error(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(m_file->fileName(), m_file->errorString()),
                     QStringLiteral("is the disk full?"));
    return {};
}

QString SpoolBuffer::sha256Hex() const
{
    return Sha256::toHex(m_hash.peek());
}

Status SpoolBuffer::rewind()
{
    m_readPos = 0;
    if (m_file) {
        if (!m_file->flush() || !m_file->seek(0))
            return Error(ErrorCode::Io, QStringLiteral("cannot read back %1: %2").arg(m_file->fileName(), m_file->errorString()));
    }
    return {};
}

ArchiveWriter::ReadFunction SpoolBuffer::reader()
{
    return [this](char *buffer, qint64 max) -> Result<qint64> {
        if (m_file) {
            const qint64 n = m_file->read(buffer, max);
            if (n < 0)
                return Error(ErrorCode::Io, QStringLiteral("cannot read back %1: %2").arg(m_file->fileName(), m_file->errorString()));
            return n;
        }
        const qint64 n = std::min<qint64>(max, m_memory.size() - m_readPos);
        std::memcpy(buffer, m_memory.constData() + m_readPos, size_t(n));
        m_readPos += n;
        return n;
    };
}

void SpoolBuffer::release()
{
    m_memory = QByteArray();
    m_file.reset();
}

} // namespace lifeboat

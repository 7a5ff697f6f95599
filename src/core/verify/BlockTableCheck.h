#pragma once

#include "core/archive/ArchiveIndex.h"
#include "core/archive/blocks/DocumentStarts.h"

#include <QByteArrayView>
#include <QHash>
#include <QStringList>

namespace lifeboat {

// Verify integrity's check of a seekable archive's block table against the files themselves:
// each file's data is where the index says, and every block said to start at document N of a
// file starts exactly there. (That the blocks tile the file and inflate to their lengths is
// checked by reading the archive through them.) Fed each file's bytes as they are read.
class BlockTableCheck {
public:
    explicit BlockTableCheck(const ArchiveIndex &index);

    // The archive's next file: its path and where its data was met in the tar stream.
    void beginFile(const QString &path, qint64 dataOffset);
    void bytes(QByteArrayView chunk);
    QStringList problems() const { return m_problems; }

private:
    const ArchiveIndex &m_index;
    QHash<QString, int> m_files; // the index's files: path -> entry
    int m_entry = -1;
    QString m_path;
    qint64 m_position = 0;   // in the current file
    int m_nextBlock = 0;     // the next block of the table starting at or after m_position
    DocumentStarts m_starts;
    QStringList m_problems;
};

} // namespace lifeboat

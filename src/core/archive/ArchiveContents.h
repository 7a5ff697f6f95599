#pragma once

#include "core/archive/ArchiveLayout.h"
#include "core/archive/ArchiveReader.h"
#include "core/archive/ArchiveCompression.h"
#include "core/archive/blocks/BlockTable.h"
#include "core/common/CancelToken.h"
#include "core/codec/JsonDocumentReader.h"
#include "core/archive/Manifest.h"
#include "core/common/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

namespace lifeboat {

// What an archive holds, for readers that want documents: ours (with manifest.json) and the
// runbook scripts' (without). open() makes one pass over the headers, keeping the small
// files (manifest, collections_metadata.json) and deciding the layout; forEachCollection()
// then streams every collection file's documents in stored order, never the whole file.
class ArchiveContents final {
public:
    struct CollectionFile {
        QString path;        // in the archive
        QString database;    // "" for single-database archives
        QString collection;  // from the manifest, else from the file name
        bool isBucketFile = false;
        qint64 size = 0;
        QString sha256;      // from the manifest: of the file's bytes, hex ("" when unknown)
        int entry = -1;      // its entry in the index of a seekable archive, else -1
        qint64 dataOffset = -1; // where its bytes start in the tar stream of a seekable archive
    };
    // Every member of the archive other than folders: its path as stored and whether it is a
    // regular file (links, devices and the like are not).
    struct Member {
        QString path;
        bool isRegularFile = true;
    };

    // From the archive's ArchiveIndex when it has one (a moment, whatever its size), else by
    // reading it through.
    static Result<ArchiveContents> open(const QString &archivePath, const CancelToken &cancel = CancelToken());
    // Whether open() took the index.
    bool fromIndex() const { return m_fromIndex; }
    // A seekable archive's block table (null for other archives) and its compression.
    const std::shared_ptr<const BlockTable> &blocks() const { return m_blocks; }
    ArchiveCompression compression() const { return m_compression; }

    const QString &archivePath() const { return m_path; }
    // Whether the file's size or modification time differ from when open() read it.
    bool changedOnDisk() const;
    const ArchiveLayout &layout() const { return m_layout; }
    const std::optional<Manifest> &manifest() const { return m_manifest; }
    const QList<CollectionFile> &collectionFiles() const { return m_files; }
    // Every member other than folders, in archive order.
    const QList<Member> &members() const { return m_members; }
    // collections_metadata.json of a database folder ("" for single-database archives), raw.
    std::optional<QByteArray> metadata(const QString &database = {}) const;

    using Visitor = std::function<Status(const CollectionFile &file, JsonDocumentReader &documents)>;
    // What forEachCollection() checks besides the documents.
    enum class Checks {
        None,
        // Each file read against the manifest's SHA-256 (the unread rest of it hashed too), and
        // the archive read to its end: the manifest and metadata files it holds must be the
        // ones the index copied (when it was opened from its index).
        AgainstManifest,
    };
    // Calls `visit` for each collection file (those `wanted` accepts, if given); unread
    // documents of a file are skipped.
    Status forEachCollection(const Visitor &visit, const std::function<bool(const CollectionFile &)> &wanted = {},
                             const CancelToken &cancel = CancelToken(), Checks checks = Checks::None) const;

private:
    Status checkEnd(qsizetype unread, qsizetype copiesMet) const;
    Status checkMember(const ArchiveEntry &e, ArchiveReader &reader, bool checked, QSet<QString> &copiesMet) const;
    Status visitFile(const CollectionFile &f, ArchiveReader &reader, const Visitor &visit, bool checked) const;

    QString m_path;
    qint64 m_fileSize = -1;   // the file when open() began reading it
    QDateTime m_fileModified;
    ArchiveLayout m_layout;
    std::optional<Manifest> m_manifest;
    QList<CollectionFile> m_files;
    QList<Member> m_members;
    QHash<QString, QByteArray> m_indexCopies; // the small files as the index copied them
    QHash<QString, QByteArray> m_metadata;
    bool m_fromIndex = false;         // read from the ArchiveIndex, not by reading it through
    std::shared_ptr<const BlockTable> m_blocks;
    ArchiveCompression m_compression = ArchiveCompression::None;
    QHash<QString, qint64> m_indexed; // the index's files and sizes, to hold the archive to
};

} // namespace lifeboat

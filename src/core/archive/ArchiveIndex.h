#pragma once

#include "core/archive/ArchiveCompression.h"
#include "core/archive/blocks/BlockTable.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace lifeboat {

// The table of contents of a .tar.gz or .tar.zst archive and a copy of its small files (manifest.json,
// collections_metadata.json), kept after the compressed tar stream as two more gzip members,
// so that a restore can be planned, and an archive listed, without inflating the archive to
// its end (where the manifest is: it is written last, once the counts and digests are known).
//
// Concatenated gzip members are one gzip stream (RFC 1952), so gzip, tar and every other
// reader still see the same tar archive; the index inflates to bytes after the tar's
// end-of-archive blocks, which tar readers do not read. In a .tar.zst the index is kept in
// skippable frames, which Zstandard decoders skip. The layout is in docs/archive-format.md
// ("Index").
//
// The index is only ever a shortcut to what the archive holds: readers check each entry they
// meet against it and refuse an archive whose index and contents disagree.
struct ArchiveIndex {
    struct Entry {
        QString path;
        qint64 size = 0;
        bool isDirectory = false;
        qint64 offset = -1; // where the file's data starts in the tar stream (version 2), else -1
        bool operator==(const Entry &) const = default;
    };
    QList<Entry> entries;                   // in archive order
    QHash<QString, QByteArray> smallFiles;  // manifest.json and collections_metadata.json, by path
    // Version 2 (seekable archives): the compressed blocks of the tar stream; null in version 1.
    std::shared_ptr<const BlockTable> blocks;
    // The compression of the archive the index was read from (its gzip members or zstd frames).
    ArchiveCompression compression = ArchiveCompression::Gzip;

    // 2 with a block table, else 1 (what readers before seekable archives know).
    int version() const { return blocks ? 2 : 1; }

    // Small files (ArchiveLayout::isSmallFile) larger than this are not copied: such an
    // archive gets no index.
    static constexpr qint64 MaxSmallFile = 64LL * 1024 * 1024;

    QByteArray toJson() const;
    static std::optional<ArchiveIndex> fromJson(const QByteArray &json);

    // Appends the index to a finished archive, as gzip members (Gzip) or Zstandard skippable
    // frames (Zstd): `fd` is open for writing and `end` is the archive's size.
    Status appendTo(int fd, qint64 end, ArchiveCompression container = ArchiveCompression::Gzip) const;
    // The index of a .tar.gz or .tar.zst archive; nullopt when the file has none, or one that
    // does not check out (then it is read through as any other archive). `damaged`, if given,
    // tells the two apart: set when the file ends with an index locator but the index fails a
    // check.
    static std::optional<ArchiveIndex> readFrom(const QString &archivePath, bool *damaged = nullptr);

    // Size of the last gzip member / skippable frame, which says where the index is.
    static constexpr qint64 LocatorSize = 45;
    static constexpr qint64 ZstdLocatorSize = 28;
};

} // namespace lifeboat

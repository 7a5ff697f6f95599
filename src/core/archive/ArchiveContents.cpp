#include "core/archive/ArchiveContents.h"

#include "core/archive/ArchiveIndex.h"
#include "core/archive/TarArchiveReader.h"
#include "core/common/Sha256.h"

#include <QFileInfo>
#include <QSet>

#include <tuple>

namespace lifeboat {

namespace {
constexpr qint64 MaxSmallFile = 256LL * 1024 * 1024;

// A name stored twice: which copy a reader takes is up to the reader, so none is taken.
Error storedTwice(const QString &archivePath, const QString &member)
{
    return Error(ErrorCode::ArchiveCorrupt,
                 QStringLiteral("%1 holds %2 more than once; a restore refuses an archive whose copies could differ").arg(archivePath, member),
                 QStringLiteral("check it with lifeboat-cli inspect"));
}

Result<QByteArray> readAll(ArchiveReader &reader, const QString &path)
{
    QByteArray data;
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    auto st = reader.readRest(buffer, [&](QByteArrayView chunk) -> Status {
        data.append(chunk);
        if (data.size() > MaxSmallFile)
            return Error(ErrorCode::ArchiveCorrupt, QStringLiteral("%1 is larger than %2 bytes").arg(path).arg(MaxSmallFile));
        return {};
    });
    if (!st)
        return st.error();
    return data;
}

// Every regular file of the archive, and the small files' contents, by reading it through.
Status readThrough(const QString &archivePath, const CancelToken &cancel, QStringList &paths, QHash<QString, qint64> &sizes,
                   QHash<QString, QByteArray> &small, QList<ArchiveContents::Member> &members)
{
    auto opened = TarArchiveReader::open(archivePath);
    if (!opened)
        return opened.error();
    ArchiveReader &reader = **opened;
    for (;;) {
        if (cancel.isCancelled())
            return Error(ErrorCode::Cancelled, QStringLiteral("reading %1 cancelled").arg(archivePath));
        auto next = reader.nextEntry();
        if (!next)
            return next.error();
        if (!next->has_value())
            break;
        const ArchiveEntry e = **next;
        if (!e.isDirectory)
            members << ArchiveContents::Member{e.path, e.isRegularFile};
        if (!e.isRegularFile)
            continue;
        if (sizes.contains(e.path))
            return storedTwice(archivePath, e.path);
        paths << e.path;
        sizes.insert(e.path, e.size);
        if (ArchiveLayout::isSmallFile(e.path)) {
            auto data = readAll(reader, e.path);
            if (!data)
                return data.error();
            small.insert(e.path, *data);
        }
    }
    return {};
}

// The rest of the current member, hashed.
Status hashRest(ArchiveReader &reader, Sha256 &sha)
{
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    return reader.readRest(buffer, [&sha](QByteArrayView chunk) -> Status {
        sha.addData(chunk);
        return {};
    });
}

} // namespace

Result<ArchiveContents> ArchiveContents::open(const QString &archivePath, const CancelToken &cancel)
{
    ArchiveContents contents;
    contents.m_path = archivePath;
    const QFileInfo onDisk(archivePath);
    contents.m_fileSize = onDisk.size();
    contents.m_fileModified = onDisk.lastModified();
    QStringList paths;
    QHash<QString, qint64> sizes;
    QHash<QString, QByteArray> small; // every manifest.json / collections_metadata.json by path
    QHash<QString, std::pair<int, qint64>> placed; // entry number and tar offset, by path
    if (auto index = ArchiveIndex::readFrom(archivePath)) {
        // The archive's own index: no need to inflate it to its end. forEachCollection()
        // holds the contents to it.
        contents.m_blocks = index->blocks;
        contents.m_compression = index->compression;
        for (qsizetype i = 0; i < index->entries.size(); ++i) {
            const auto &e = index->entries.at(i);
            if (e.isDirectory)
                continue;
            placed.insert(e.path, {int(i), e.offset});
            if (sizes.contains(e.path))
                return storedTwice(archivePath, e.path);
            paths << e.path;
            sizes.insert(e.path, e.size);
            contents.m_members << Member{e.path, true};
        }
        small = index->smallFiles;
        contents.m_indexCopies = small;
        contents.m_indexed = sizes;
        contents.m_fromIndex = true;
    } else if (auto st = readThrough(archivePath, cancel, paths, sizes, small, contents.m_members); !st) {
        return st.error();
    }

    std::optional<QString> manifestName;
    for (auto it = small.cbegin(); it != small.cend(); ++it) {
        const QString file = it.key().section(QLatin1Char('/'), -1);
        if (file == QLatin1String(ArchiveLayout::ManifestFile) && it.key().count(QLatin1Char('/')) <= 1) {
            auto manifest = Manifest::fromBytes(it.value(), it.key());
            if (!manifest)
                return manifest.error();
            contents.m_manifest = *manifest;
            manifestName = manifest->name;
        }
    }
    contents.m_layout = ArchiveLayout::fromPaths(paths, manifestName);
    QHash<QString, const CollectionRecord *> byFile;
    if (contents.m_manifest) {
        for (const auto &c : contents.m_manifest->collections) {
            if (!c.file.isEmpty())
                byFile.insert(contents.m_layout.topFolder() + c.file, &c);
        }
    }
    for (const QString &p : std::as_const(paths)) {
        const auto role = contents.m_layout.classify(p);
        if (role.kind == ArchiveLayout::FileRole::Metadata) {
            contents.m_metadata.insert(role.database, small.value(p));
        } else if (role.kind == ArchiveLayout::FileRole::Collection) {
            CollectionFile f{p, role.database, role.collection, role.isBucketFile, sizes.value(p), {}, -1, -1};
            if (contents.m_blocks)
                std::tie(f.entry, f.dataOffset) = placed.value(p, {-1, -1});
            if (const CollectionRecord *rec = byFile.value(p)) {
                f.database = rec->database; // escaped file names map back through the manifest
                f.collection = rec->name;
                f.isBucketFile = false;
                f.sha256 = rec->sha256;
            } else if (contents.m_manifest) {
                continue; // not ours to read: inspect reports it
            }
            contents.m_files << f;
        }
    }
    return contents;
}

bool ArchiveContents::changedOnDisk() const
{
    const QFileInfo file(m_path);
    return file.size() != m_fileSize || file.lastModified() != m_fileModified;
}

std::optional<QByteArray> ArchiveContents::metadata(const QString &database) const
{
    if (!m_metadata.contains(database)) {
        // One-database archives written with a database folder name are looked up by "".
        if (m_metadata.size() == 1 && !m_layout.nestsDatabases())
            return m_metadata.cbegin().value();
        return std::nullopt;
    }
    return m_metadata.value(database);
}

Status ArchiveContents::forEachCollection(const Visitor &visit, const std::function<bool(const CollectionFile &)> &wanted,
                                         const CancelToken &cancel, Checks checks) const
{
    auto opened = TarArchiveReader::open(m_path, m_blocks, m_compression);
    if (!opened)
        return opened.error();
    ArchiveReader &reader = **opened;
    const bool checked = checks == Checks::AgainstManifest;
    QHash<QString, const CollectionFile *> byPath;
    QSet<QString> seen; // the index may not list a second copy: it is refused when met
    QSet<QString> copiesMet; // the index's small files met in the archive
    qsizetype left = 0; // wanted files not read yet: once none are left, the rest is not read
    for (const auto &f : m_files) {
        byPath.insert(f.path, &f);
        if (!wanted || wanted(f))
            ++left;
    }
    for (;;) {
        if (left == 0 && !checked)
            return {};
        if (cancel.isCancelled())
            return Error(ErrorCode::Cancelled, QStringLiteral("reading %1 cancelled").arg(m_path));
        auto next = reader.nextEntry();
        if (!next)
            return next.error();
        if (!next->has_value())
            return checkEnd(left, checked ? copiesMet.size() : m_indexCopies.size());
        if ((*next)->isRegularFile) {
            if (seen.contains((*next)->path))
                return storedTwice(m_path, (*next)->path);
            seen.insert((*next)->path);
        }
        if (auto st = checkMember(**next, reader, checked, copiesMet); !st)
            return st;
        const CollectionFile *f = byPath.value((*next)->path);
        if (!f || (wanted && !wanted(*f)))
            continue;
        if (auto st = visitFile(*f, reader, visit, checked); !st)
            return st;
        --left;
    }
}

Status ArchiveContents::checkEnd(qsizetype unread, qsizetype copiesMet) const
{
    if (m_fromIndex && unread > 0)
        return Error(ErrorCode::ArchiveCorrupt, QStringLiteral("%1 does not hold every file its index lists").arg(m_path));
    if (m_fromIndex && copiesMet < m_indexCopies.size())
        return Error(ErrorCode::ArchiveCorrupt, QStringLiteral("%1: the index holds a copy of a manifest or metadata file the archive lacks").arg(m_path));
    return {};
}

Status ArchiveContents::checkMember(const ArchiveEntry &e, ArchiveReader &reader, bool checked, QSet<QString> &copiesMet) const
{
    if (m_fromIndex && e.isRegularFile) {
        const auto it = m_indexed.constFind(e.path);
        if (it == m_indexed.cend() || *it != e.size)
            return Error(ErrorCode::ArchiveCorrupt, QStringLiteral("%1: %2 does not match the archive's index").arg(m_path, e.path));
    }
    if (!checked || !m_fromIndex || !e.isRegularFile || !m_indexCopies.contains(e.path))
        return {};
    // The plan was made from the index's copy: it must be the archive's own file.
    auto data = readAll(reader, e.path);
    if (!data)
        return data.error();
    if (*data != m_indexCopies.value(e.path))
        return Error(ErrorCode::ArchiveCorrupt, QStringLiteral("%1: the index's copy of %2 differs from the archive's own %2; refusing the archive")
                                                    .arg(m_path, e.path));
    copiesMet.insert(e.path);
    return {};
}

Status ArchiveContents::visitFile(const CollectionFile &f, ArchiveReader &reader, const Visitor &visit, bool checked) const
{
    const bool hashing = checked && !f.sha256.isEmpty();
    Sha256 sha;
    JsonDocumentReader docs(f.path.section(QLatin1Char('/'), -1), [&reader, &sha, hashing](char *buffer, qint64 max) {
        auto n = reader.read(buffer, max);
        if (hashing && n && *n > 0)
            sha.addData(QByteArrayView(buffer, *n));
        return n;
    });
    if (auto st = visit(f, docs); !st)
        return st;
    if (!hashing)
        return {};
    if (auto st = hashRest(reader, sha); !st)
        return st;
    if (Sha256::toHex(sha.take()) != f.sha256.toLower())
        return Error(ErrorCode::IntegrityMismatch, QStringLiteral("%1: its SHA-256 does not match the manifest's: the file was changed after the backup")
                                                    .arg(f.path));
    return {};
}

} // namespace lifeboat

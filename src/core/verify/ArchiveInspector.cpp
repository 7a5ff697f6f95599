#include "core/verify/ArchiveInspector.h"

#include "core/archive/ArchiveIndex.h"
#include "core/archive/TarArchiveReader.h"
#include "core/verify/BlockTableCheck.h"
#include "core/verify/InspectedFileReader.h"

#include <QHash>
#include <QSet>

namespace lifeboat {

const InspectedFile *InspectionReport::file(const QString &path) const
{
    for (const auto &f : files) {
        if (f.path == path || (f.path.startsWith(QLatin1String("./")) && f.path.mid(2) == path))
            return &f;
    }
    return nullptr;
}

QList<const InspectedFile *> InspectionReport::copiesOf(const QString &path) const
{
    QList<const InspectedFile *> out;
    for (const auto &f : files) {
        if (f.path == path || (f.path.startsWith(QLatin1String("./")) && f.path.mid(2) == path))
            out << &f;
    }
    return out;
}

namespace {

// What reading the archive through gathered besides the report's files.
struct ReadThrough {
    QStringList paths;                     // every regular file, in stored order
    QHash<QString, QByteArray> smallFiles; // manifest, metadata: their bytes
    QByteArray manifestBytes;
    QString manifestPath;                  // "" when there is no manifest.json near the top
};

// A member no reader should trust, named in `warnings`.
void noteUnusualMember(const ArchiveEntry &e, QStringList &warnings)
{
    const QStringList parts = e.path.split(QLatin1Char('/'));
    if (e.path.startsWith(QLatin1Char('/')))
        warnings << QStringLiteral("%1: an absolute path").arg(e.path);
    else if (parts.contains(QLatin1String("..")))
        warnings << QStringLiteral("%1: a path that climbs out of the archive's folder (..)").arg(e.path);
    if (!e.otherType.isEmpty())
        warnings << QStringLiteral("%1: a %2, not a file; it is never read").arg(e.path, e.otherType);
}

// The next regular file (directories and links are passed over, links and odd paths noted);
// nullopt at the end.
Result<std::optional<ArchiveEntry>> nextFile(ArchiveReader &reader, const CancelToken &cancel, QStringList &warnings)
{
    for (;;) {
        if (cancel.isCancelled())
            return Error(ErrorCode::Cancelled, QStringLiteral("inspection cancelled"));
        auto next = reader.nextEntry();
        if (!next || !next->has_value())
            return next;
        noteUnusualMember(**next, warnings);
        if ((*next)->isRegularFile)
            return next;
    }
}

bool isTopManifest(const QString &path)
{
    return path.section(QLatin1Char('/'), -1) == QLatin1String(ArchiveLayout::ManifestFile) && path.count(QLatin1Char('/')) <= 2;
}

// Every file once, in stored order, into report.files (and, for a seekable archive, through
// the check of its block table).
Status readFiles(ArchiveReader &reader, ArchiveInspector::Depth depth, const CancelToken &cancel, InspectionReport &report,
                 ReadThrough &read, BlockTableCheck *blocks)
{
    for (;;) {
        auto next = nextFile(reader, cancel, report.warnings);
        if (!next)
            return next.error();
        if (!next->has_value())
            return {};
        const ArchiveEntry &entry = **next;
        read.paths << entry.path;
        InspectedFileReader file(reader, entry);
        if (blocks) {
            blocks->beginFile(entry.path, entry.dataOffset);
            file.setObserver([blocks](QByteArrayView chunk) { blocks->bytes(chunk); });
        }
        const bool withDocuments = depth == ArchiveInspector::Depth::Documents && ArchiveLayout::isDocumentFile(entry.path);
        if (auto st = file.read(withDocuments, cancel, report.problems); !st)
            return st;
        if (file.isSmallFile())
            read.smallFiles.insert(entry.path, file.bytes());
        if (isTopManifest(entry.path)) {
            read.manifestBytes = file.bytes();
            read.manifestPath = entry.path;
        }
        report.files << file.file();
    }
}

// A name stored twice: readers keep one copy or the other, so every copy was checked above
// and the archive fails.
void flagDuplicates(InspectionReport &report, const ReadThrough &read)
{
    QHash<QString, int> seen;
    for (const auto &p : read.paths)
        ++seen[p];
    for (const auto &p : read.paths) {
        if (seen.value(p) > 1) {
            report.problems << QStringLiteral("%1: stored %2 times in the archive (a reader may take any copy)").arg(p).arg(seen.value(p));
            seen.remove(p);
        }
    }
}

void readManifest(InspectionReport &report, const ReadThrough &read)
{
    if (read.manifestPath.isEmpty())
        return;
    auto manifest = Manifest::fromBytes(read.manifestBytes, read.manifestPath);
    if (!manifest) {
        report.manifestError = manifest.error().toString();
        report.problems << report.manifestError;
    } else {
        report.manifest = *manifest;
    }
}

void describeLayout(InspectionReport &report, const ReadThrough &read)
{
    const std::optional<QString> manifestName = report.manifest ? std::optional<QString>(report.manifest->name) : std::nullopt;
    report.layout = ArchiveLayout::fromPaths(read.paths, manifestName);
    for (const auto &f : std::as_const(report.files)) {
        if (report.layout.classify(f.path).kind == ArchiveLayout::FileRole::Metadata)
            report.hasMetadata = true;
    }
}

// A .tar.gz may end with an index of its files: it must agree with what was read.
void checkIndex(InspectionReport &report, const ReadThrough &read, const std::optional<ArchiveIndex> &index, bool damagedIndex,
                const BlockTableCheck *blocks)
{
    if (index) {
        report.hasIndex = true;
        ArchiveInspector::compareWithIndex(report, *index, read.smallFiles);
        if (blocks)
            report.problems << blocks->problems();
    } else if (damagedIndex) {
        report.problems << QStringLiteral("the archive's index (after the tar stream) is damaged: readers ignore it and read the "
                                          "archive through; the files above were checked without it");
    }
}

} // namespace

Result<InspectionReport> ArchiveInspector::inspect(const QString &archivePath, Depth depth, const CancelToken &cancel)
{
    // A seekable archive is read through its blocks, inflated in parallel, and its block
    // table checked on the way; any other archive as a plain stream.
    bool damagedIndex = false;
    const std::optional<ArchiveIndex> index = ArchiveIndex::readFrom(archivePath, &damagedIndex);
    std::optional<BlockTableCheck> blocks;
    if (index && index->blocks)
        blocks.emplace(*index);
    auto opened = index ? TarArchiveReader::open(archivePath, index->blocks, index->compression) : TarArchiveReader::open(archivePath);
    if (!opened)
        return opened.error();
    InspectionReport report;
    report.archivePath = archivePath;
    ReadThrough read;
    if (auto st = readFiles(**opened, depth, cancel, report, read, blocks ? &*blocks : nullptr); !st)
        return st.error();
    flagDuplicates(report, read);
    readManifest(report, read);
    describeLayout(report, read);
    if (report.manifest)
        compareWithManifest(report, depth);
    checkIndex(report, read, index, damagedIndex, blocks ? &*blocks : nullptr);
    return report;
}

void ArchiveInspector::compareWithIndex(InspectionReport &report, const ArchiveIndex &index,
                                        const QHash<QString, QByteArray> &smallFiles)
{
    QList<ArchiveIndex::Entry> listed;
    for (const auto &e : index.entries) {
        if (!e.isDirectory)
            listed << ArchiveIndex::Entry{e.path, e.size, false}; // offsets: BlockTableCheck
    }
    QList<ArchiveIndex::Entry> held;
    for (const auto &f : std::as_const(report.files))
        held << ArchiveIndex::Entry{f.path, f.size, false};
    if (listed != held) {
        const qsizetype before = report.problems.size();
        for (const auto &e : std::as_const(listed)) {
            const InspectedFile *f = report.file(e.path);
            if (!f)
                report.problems << QStringLiteral("%1: listed in the archive's index but missing from the archive").arg(e.path);
            else if (f->size != e.size)
                report.problems << QStringLiteral("%1: size is %2 bytes, the archive's index says %3").arg(e.path).arg(f->size).arg(e.size);
        }
        for (const auto &e : std::as_const(held)) {
            if (std::none_of(listed.cbegin(), listed.cend(), [&](const ArchiveIndex::Entry &l) { return l.path == e.path; }))
                report.problems << QStringLiteral("%1: in the archive but not in its index").arg(e.path);
        }
        if (report.problems.size() == before)
            report.problems << QStringLiteral("the archive's index lists its files in another order");
    }
    for (auto it = index.smallFiles.cbegin(); it != index.smallFiles.cend(); ++it) {
        if (smallFiles.value(it.key()) != it.value())
            report.problems << QStringLiteral("%1: differs from its copy in the archive's index").arg(it.key());
    }
}

namespace {
// One stored copy of a collection file against its manifest record.
void compareFile(InspectionReport &report, ArchiveInspector::Depth depth, const CollectionRecord &c, const InspectedFile &f)
{
    if (f.size != c.bytes)
        report.problems << QStringLiteral("%1: size is %2 bytes, the manifest says %3").arg(c.file).arg(f.size).arg(c.bytes);
    if (f.sha256 != c.sha256)
        report.problems << QStringLiteral("%1: SHA-256 is %2, the manifest says %3").arg(c.file, f.sha256, c.sha256);
    if (depth == ArchiveInspector::Depth::Documents && f.error.isEmpty()) {
        if (f.documents != c.documents)
            report.problems << QStringLiteral("%1: holds %2 documents, the manifest says %3").arg(c.file).arg(f.documents).arg(c.documents);
        if (f.digest != c.digest)
            report.problems << QStringLiteral("%1: document digest is %2, the manifest says %3").arg(c.file, f.digest, c.digest);
    }
}
} // namespace

void ArchiveInspector::compareWithManifest(InspectionReport &report, Depth depth)
{
    const Manifest &m = *report.manifest;
    const QString top = report.layout.topFolder();
    QSet<QString> expected;
    expected.insert(top + QLatin1String(ArchiveLayout::ManifestFile));
    for (const auto &c : m.collections) {
        if (c.type == QLatin1String("view"))
            continue;
        const QString path = top + c.file;
        expected.insert(path);
        const auto copies = report.copiesOf(path);
        if (copies.isEmpty())
            report.problems << QStringLiteral("%1: listed in the manifest for %2 but missing from the archive").arg(c.file, c.ns());
        for (const InspectedFile *f : copies)
            compareFile(report, depth, c, *f);
    }
    for (const auto &f : report.files) {
        const auto role = report.layout.classify(f.path);
        if (role.kind == ArchiveLayout::FileRole::Collection && !expected.contains(f.path))
            report.problems << QStringLiteral("%1: in the archive but not in the manifest").arg(f.path);
    }
}

} // namespace lifeboat

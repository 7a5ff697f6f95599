#include "core/verify/ArchiveInspector.h"

#include "core/archive/ArchiveIndex.h"
#include "core/verify/DocumentDigest.h"
#include "core/codec/JsonDocumentReader.h"
#include "core/archive/TarArchiveReader.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>

namespace lifeboat {

namespace {
constexpr qint64 MaxManifestSize = 256LL * 1024 * 1024;
}

const InspectedFile *InspectionReport::file(const QString &path) const
{
    for (const auto &f : files) {
        if (f.path == path || (f.path.startsWith(QLatin1String("./")) && f.path.mid(2) == path))
            return &f;
    }
    return nullptr;
}

Result<InspectionReport> ArchiveInspector::inspect(const QString &archivePath, Depth depth, const CancelToken &cancel)
{
    auto opened = TarArchiveReader::open(archivePath);
    if (!opened)
        return opened.error();
    ArchiveReader &reader = **opened;

    InspectionReport report;
    report.archivePath = archivePath;
    QByteArray manifestBytes;
    QString manifestPath;
    QStringList paths;
    QHash<QString, QByteArray> smallFiles;

    for (;;) {
        if (cancel.isCancelled())
            return Error(ErrorCode::Cancelled, QStringLiteral("inspection cancelled"));
        auto next = reader.nextEntry();
        if (!next)
            return next.error();
        if (!next->has_value())
            break;
        const ArchiveEntry entry = **next;
        if (!entry.isRegularFile)
            continue;
        paths << entry.path;
        const QString fileName = entry.path.section(QLatin1Char('/'), -1);

        InspectedFile file;
        file.path = entry.path;
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 total = 0;
        const bool keep = ArchiveLayout::isSmallFile(entry.path);
        QByteArray kept;
        auto read = [&](char *buffer, qint64 max) -> Result<qint64> {
            auto n = reader.read(buffer, max);
            if (!n)
                return n;
            hash.addData(QByteArrayView(buffer, *n));
            total += *n;
            if (keep && kept.size() < MaxManifestSize)
                kept.append(buffer, *n);
            return n;
        };

        if (depth == Depth::Documents && ArchiveLayout::isDocumentFile(entry.path)) {
            file.parsed = true;
            DocumentDigest digest;
            JsonDocumentReader docs(fileName, read);
            for (;;) {
                auto doc = docs.next();
                if (!doc) {
                    if (doc.error().code != ErrorCode::ArchiveCorrupt || doc.error().message.startsWith(archivePath))
                        return doc.error(); // the tar stream itself is broken
                    file.error = doc.error().message;
                    report.problems << doc.error().message;
                    break;
                }
                if (!doc->has_value())
                    break;
                digest.add((*doc)->bson.bytes());
                if ((file.documents = qint64(digest.count())) % 4096 == 0 && cancel.isCancelled())
                    return Error(ErrorCode::Cancelled, QStringLiteral("inspection cancelled"));
            }
            file.digest = digest.toString();
        }
        // Drain whatever was not consumed (all of it for files that were not parsed).
        QByteArray buffer(256 * 1024, Qt::Uninitialized);
        for (;;) {
            auto n = read(buffer.data(), buffer.size());
            if (!n)
                return n.error();
            if (*n == 0)
                break;
        }
        file.size = total;
        file.sha256 = QString::fromLatin1(hash.result().toHex());
        if (keep)
            smallFiles.insert(entry.path, kept);
        if (fileName == QLatin1String(ArchiveLayout::ManifestFile) && entry.path.count(QLatin1Char('/')) <= 2) {
            manifestBytes = kept;
            manifestPath = entry.path;
        }
        report.files << file;
    }

    std::optional<QString> manifestName;
    if (!manifestPath.isEmpty()) {
        auto manifest = Manifest::fromBytes(manifestBytes, manifestPath);
        if (!manifest) {
            report.manifestError = manifest.error().toString();
            report.problems << report.manifestError;
        } else {
            report.manifest = *manifest;
            manifestName = manifest->name;
        }
    }
    report.layout = ArchiveLayout::fromPaths(paths, manifestName);
    for (const auto &f : report.files) {
        if (report.layout.classify(f.path).kind == ArchiveLayout::FileRole::Metadata)
            report.hasMetadata = true;
    }
    if (report.manifest)
        compareWithManifest(report, depth);
    bool damagedIndex = false;
    if (const auto index = ArchiveIndex::readFrom(archivePath, &damagedIndex)) {
        report.hasIndex = true;
        compareWithIndex(report, *index, smallFiles);
    } else if (damagedIndex) {
        report.problems << QStringLiteral("the archive's index (after the tar stream) is damaged: readers ignore it and read the "
                                          "archive through; the files above were checked without it");
    }
    return report;
}

void ArchiveInspector::compareWithIndex(InspectionReport &report, const ArchiveIndex &index,
                                        const QHash<QString, QByteArray> &smallFiles)
{
    QList<ArchiveIndex::Entry> listed;
    for (const auto &e : index.entries) {
        if (!e.isDirectory)
            listed << e;
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
        const InspectedFile *f = report.file(path);
        if (!f) {
            report.problems << QStringLiteral("%1: listed in the manifest for %2 but missing from the archive").arg(c.file, c.ns());
            continue;
        }
        if (f->size != c.bytes)
            report.problems << QStringLiteral("%1: size is %2 bytes, the manifest says %3").arg(c.file).arg(f->size).arg(c.bytes);
        if (f->sha256 != c.sha256)
            report.problems << QStringLiteral("%1: SHA-256 is %2, the manifest says %3").arg(c.file, f->sha256, c.sha256);
        if (depth == Depth::Documents && f->error.isEmpty()) {
            if (f->documents != c.documents)
                report.problems << QStringLiteral("%1: holds %2 documents, the manifest says %3").arg(c.file).arg(f->documents).arg(c.documents);
            if (f->digest != c.digest)
                report.problems << QStringLiteral("%1: document digest is %2, the manifest says %3").arg(c.file, f->digest, c.digest);
        }
    }
    for (const auto &f : report.files) {
        const auto role = report.layout.classify(f.path);
        if (role.kind == ArchiveLayout::FileRole::Collection && !expected.contains(f.path))
            report.problems << QStringLiteral("%1: in the archive but not in the manifest").arg(f.path);
    }
}

} // namespace lifeboat

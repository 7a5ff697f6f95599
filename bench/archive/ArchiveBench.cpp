// Seekable archives on a real backup (bench/README.md, "Archive"):
//
//   lifeboat-archive-bench ARCHIVE [--work DIR] [--seek COLLECTION:N]... [--rounds 3] [--sections write,read,seek]
//
// 1. Compression: the archive's tar stream written again as one gzip stream (libarchive with
//    zlib, level 1: what Lifeboat wrote before) and one zstd stream (level 3), and as seekable
//    blocks (TarArchiveWriter: libdeflate / libzstd) on 1 thread and on every core: wall, CPU,
//    size and the blocks' size against the one stream's.
// 2. Reading through: every document of every collection, from the one-stream archive
//    (libarchive inflating) and from the seekable one (blocks inflated on every core).
// 3. Seeking: the first 50 documents of each collection, and 50 from each --seek point, from a
//    new reader on the seekable archive with the file dropped from the page cache first
//    (posix_fadvise DONTNEED); the same through streaming, as readers of archives without a
//    block table must.
//
// Prints Markdown tables (medians of --rounds).
#include "core/archive/ArchiveContents.h"
#include "core/archive/ArchiveIndex.h"
#include "core/archive/CollectionDocumentReader.h"
#include "core/archive/StreamedCollectionReader.h"
#include "core/archive/TarArchiveReader.h"
#include "core/archive/TarArchiveWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QThread>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <functional>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

using namespace lifeboat;

namespace {

struct Member {
    QString path;
    bool directory = false;
    QByteArray data;
};

struct Timing {
    double wall = 0;
    double cpu = 0;
};

double processCpu()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) * 1e-6;
}

Timing timed(const std::function<void()> &run)
{
    QElapsedTimer wall;
    const double cpu = processCpu();
    wall.start();
    run();
    return Timing{double(wall.nsecsElapsed()) * 1e-9, processCpu() - cpu};
}

Timing median(std::vector<Timing> runs)
{
    std::sort(runs.begin(), runs.end(), [](const Timing &a, const Timing &b) { return a.wall < b.wall; });
    return runs[runs.size() / 2];
}

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "lifeboat-archive-bench: %s\n", qPrintable(what));
    std::exit(1);
}

std::vector<Member> readMembers(const QString &path)
{
    auto reader = TarArchiveReader::open(path);
    if (!reader)
        fail(reader.error().message);
    std::vector<Member> members;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        auto next = (*reader)->nextEntry();
        if (!next)
            fail(next.error().message);
        if (!next->has_value())
            return members;
        Member m{(*next)->path, (*next)->isDirectory, {}};
        if (auto st = (*reader)->readRest(buffer, [&m](QByteArrayView chunk) -> Status { m.data.append(chunk); return {}; }); !st)
            fail(st.error().message);
        members.push_back(std::move(m));
    }
}

// What Lifeboat wrote before seekable archives: one stream through libarchive's compressor.
void writeOneStream(const std::vector<Member> &members, const QString &path, ArchiveCompression compression, int level)
{
    struct archive *a = archive_write_new();
    archive_write_set_format_pax_restricted(a);
    if (compression == ArchiveCompression::Gzip)
        archive_write_add_filter_gzip(a);
    else
        archive_write_add_filter_zstd(a);
    archive_write_set_filter_option(a, nullptr, "compression-level", QByteArray::number(level).constData());
    if (archive_write_open_filename(a, QFile::encodeName(path).constData()) != ARCHIVE_OK)
        fail(QString::fromLocal8Bit(archive_error_string(a)));
    for (const Member &m : members) {
        archive_entry *e = archive_entry_new();
        archive_entry_set_pathname_utf8(e, m.path.toUtf8().constData());
        archive_entry_set_filetype(e, m.directory ? AE_IFDIR : AE_IFREG);
        archive_entry_set_perm(e, m.directory ? 0755 : 0644);
        archive_entry_set_size(e, m.data.size());
        archive_write_header(a, e);
        archive_entry_free(e);
        if (!m.data.isEmpty())
            archive_write_data(a, m.data.constData(), size_t(m.data.size()));
    }
    archive_write_close(a);
    archive_write_free(a);
}

void writeBlocks(const std::vector<Member> &members, const QString &path, ArchiveCompression compression, int level, int threads)
{
    QFile::remove(path);
    auto w = TarArchiveWriter::create(path, compression, level, threads);
    if (!w)
        fail(w.error().message);
    for (const Member &m : members) {
        const Status st = m.directory ? (*w)->addDirectory(m.path) : (*w)->addFile(m.path, m.data);
        if (!st)
            fail(st.error().message);
    }
    if (auto published = (*w)->publish(); !published)
        fail(published.error().message);
}

void dropFromPageCache(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd >= 0) {
        ::fdatasync(fd);
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
    }
}

qint64 readThrough(const QString &path)
{
    auto contents = ArchiveContents::open(path);
    if (!contents)
        fail(contents.error().message);
    qint64 documents = 0;
    const auto st = contents->forEachCollection([&documents](const ArchiveContents::CollectionFile &, JsonDocumentReader &docs) -> Status {
        for (;;) {
            auto text = docs.nextText();
            if (!text)
                return text.error();
            if (!text->has_value())
                return {};
            ++documents;
        }
    });
    if (!st)
        fail(st.error().message);
    return documents;
}

// A new reader: 50 documents of `collection` from number `from`; milliseconds.
double seek(const QString &path, const QString &collection, qint64 from, bool streaming)
{
    dropFromPageCache(path);
    QElapsedTimer t;
    t.start();
    auto contents = ArchiveContents::open(path);
    if (!contents)
        fail(contents.error().message);
    auto shared = std::make_shared<const ArchiveContents>(std::move(*contents));
    auto reader = CollectionDocumentReader::open(shared, collection);
    if (!reader)
        fail(reader.error().message);
    std::unique_ptr<CollectionDocumentReader> r = std::move(*reader);
    if (streaming)
        r = std::make_unique<StreamedCollectionReader>(shared, r->file());
    int got = 0;
    const auto st = r->read(from, [&got](DocumentRef, qint64) -> Result<bool> { return ++got < 50; });
    if (!st || got != 50)
        fail(QStringLiteral("%1 from %2: %3").arg(collection).arg(from).arg(st ? QStringLiteral("fewer than 50 documents") : st.error().message));
    return double(t.nsecsElapsed()) * 1e-6;
}

QString mb(qint64 bytes) { return QString::number(double(bytes) / 1e6, 'f', 1); }

} // namespace

namespace {

// The one stream gets the version 1 index Lifeboat wrote with it, so both are opened alike.
void appendVersionOneIndex(const std::vector<Member> &members, const QString &path, ArchiveCompression compression)
{
    ArchiveIndex index;
    for (const Member &m : members) {
        index.entries << ArchiveIndex::Entry{m.path, m.directory ? 0 : m.data.size(), m.directory};
        if (!m.directory && ArchiveLayout::isSmallFile(m.path))
            index.smallFiles.insert(m.path, m.data);
    }
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_APPEND);
    if (fd < 0 || !index.appendTo(fd, QFileInfo(path).size(), compression))
        fail(QStringLiteral("cannot append the index to %1").arg(path));
    ::close(fd);
}

struct Options {
    QString archive;
    QString work = QStringLiteral("/tmp/lifeboat-archive-bench");
    QList<QPair<QString, qint64>> seeks;
    int rounds = 3;
    QStringList sections{QStringLiteral("write"), QStringLiteral("read"), QStringLiteral("seek")};
};

Options parse(const QStringList &args)
{
    Options o;
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--work") && i + 1 < args.size())
            o.work = args.at(++i);
        else if (a == QLatin1String("--sections") && i + 1 < args.size())
            o.sections = args.at(++i).split(QLatin1Char(','));
        else if (a == QLatin1String("--rounds") && i + 1 < args.size())
            o.rounds = std::max(1, args.at(++i).toInt());
        else if (a == QLatin1String("--seek") && i + 1 < args.size())
            o.seeks << qMakePair(args.at(i + 1).section(QLatin1Char(':'), 0, 0), args.at(i + 1).section(QLatin1Char(':'), 1).toLongLong()), ++i;
        else if (!a.startsWith(QLatin1String("--")))
            o.archive = a;
        else
            fail(QStringLiteral("unknown option %1").arg(a));
    }
    if (o.archive.isEmpty())
        fail(QStringLiteral("usage: lifeboat-archive-bench ARCHIVE [--work DIR] [--seek COLLECTION:N]... [--rounds 3]"));
    return o;
}

struct Written {
    QString oneStream, blocks;
};

Written compression(const std::vector<Member> &members, const Options &o, ArchiveCompression kind, int level)
{
    const QString name = kind == ArchiveCompression::Gzip ? QStringLiteral("gzip") : QStringLiteral("zstd");
    const QString ext = archiveExtension(kind);
    Written w{o.work + QStringLiteral("/one-stream-") + name + ext, o.work + QStringLiteral("/blocks-") + name + ext};
    if (!o.sections.contains(QLatin1String("write")) && QFileInfo::exists(w.oneStream) && QFileInfo::exists(w.blocks))
        return w; // the archives of an earlier run
    std::vector<Timing> one, single, all;
    const int cores = std::max(1, QThread::idealThreadCount());
    for (int r = 0; r < o.rounds; ++r) {
        one.push_back(timed([&] { QFile::remove(w.oneStream); writeOneStream(members, w.oneStream, kind, level); }));
        single.push_back(timed([&] { writeBlocks(members, w.blocks, kind, level, 1); }));
        all.push_back(timed([&] { writeBlocks(members, w.blocks, kind, level, cores); }));
    }
    const qint64 oneSize = QFileInfo(w.oneStream).size(), blockSize = QFileInfo(w.blocks).size();
    appendVersionOneIndex(members, w.oneStream, kind);
    const Timing t1 = median(one), t2 = median(single), t3 = median(all);
    std::printf("| %s %d, one stream (libarchive) | %.2f s | %.2f s | %s MB | |\n", qPrintable(name), level, t1.wall, t1.cpu, qPrintable(mb(oneSize)));
    std::printf("| %s %d, blocks, 1 thread | %.2f s | %.2f s | %s MB | %+.2f %% |\n", qPrintable(name), level, t2.wall, t2.cpu,
                qPrintable(mb(blockSize)), 100.0 * double(blockSize - oneSize) / double(oneSize));
    std::printf("| %s %d, blocks, %d threads | %.2f s | %.2f s | %s MB | %+.2f %% |\n", qPrintable(name), level, cores, t3.wall, t3.cpu,
                qPrintable(mb(blockSize)), 100.0 * double(blockSize - oneSize) / double(oneSize));
    std::fflush(stdout);
    return w;
}

void reading(const Written &w, const Options &o, const QString &name)
{
    std::vector<Timing> one, blocks;
    qint64 docs = 0;
    for (int r = 0; r < o.rounds; ++r) {
        one.push_back(timed([&] { docs = readThrough(w.oneStream); }));
        blocks.push_back(timed([&] { docs = readThrough(w.blocks); }));
    }
    const Timing a = median(one), b = median(blocks);
    std::printf("| %s | %lld | %.2f s (%.2f s CPU) | %.2f s (%.2f s CPU) | %.2f× |\n", qPrintable(name), docs, a.wall, a.cpu, b.wall, b.cpu,
                a.wall / b.wall);
    std::fflush(stdout);
}

void seeking(const Written &w, const Options &o, const QString &name)
{
    auto contents = ArchiveContents::open(w.blocks);
    if (!contents)
        fail(contents.error().message);
    QList<QPair<QString, qint64>> points;
    for (const auto &f : CollectionDocumentReader::collectionsOf(*contents))
        points << qMakePair(f.collection, qint64(0));
    points << o.seeks;
    for (const auto &[collection, from] : std::as_const(points)) {
        std::vector<Timing> seekable, streamed;
        for (int r = 0; r < o.rounds; ++r) {
            seekable.push_back(Timing{seek(w.blocks, collection, from, false) / 1000.0, 0});
            streamed.push_back(Timing{seek(w.oneStream, collection, from, true) / 1000.0, 0});
        }
        std::printf("| %s | %s | %lld | %.0f ms | %.0f ms |\n", qPrintable(name), qPrintable(collection), from,
                    median(seekable).wall * 1000.0, median(streamed).wall * 1000.0);
        std::fflush(stdout);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Options o = parse(app.arguments());
    QDir().mkpath(o.work);
    const std::vector<Member> members = o.sections.contains(QLatin1String("write")) ? readMembers(o.archive) : std::vector<Member>();
    qint64 tarBytes = 0;
    for (const Member &m : members)
        tarBytes += m.data.size();
    std::printf("Archive: %s, %zu members, %s MB of file data; %d cores; medians of %d rounds.\n\n", qPrintable(o.archive), members.size(),
                qPrintable(mb(tarBytes)), QThread::idealThreadCount(), o.rounds);
    if (o.sections.contains(QLatin1String("write")))
        std::printf("| Writing | Wall | CPU | Size | Size against one stream |\n|---|--:|--:|--:|--:|\n");
    const Written gzip = compression(members, o, ArchiveCompression::Gzip, 1);
    const Written zstd = compression(members, o, ArchiveCompression::Zstd, 3);
    if (o.sections.contains(QLatin1String("read"))) {
        std::printf("\n| Reading every document | Documents | One stream (libarchive) | Blocks (all cores) | Speed-up |\n|---|--:|--:|--:|--:|\n");
        reading(gzip, o, QStringLiteral("gzip"));
        reading(zstd, o, QStringLiteral("zstd"));
    }
    if (o.sections.contains(QLatin1String("seek"))) {
        std::printf("\n| 50 documents from a cold reader | Collection | From document | Seekable archive | One stream, streaming |\n|---|---|--:|--:|--:|\n");
        seeking(gzip, o, QStringLiteral("gzip"));
        seeking(zstd, o, QStringLiteral("zstd"));
    }
    return 0;
}

#include "core/diff/DocumentDiffEngine.h"

#include "core/archive/ArchiveContents.h"
#include "core/common/Sha256.h"
#include "core/diff/ArchiveDiffSide.h"
#include "core/diff/ChangedFields.h"
#include "core/diff/DatabaseDiffSide.h"
#include "core/diff/DocumentId.h"
#include "core/diff/KeyDigestSorter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

#include <cstring>
#include <map>
#include <memory>

namespace lifeboat {

namespace {

using Sorters = std::map<QString, std::unique_ptr<KeyDigestSorter>>;

// What the phases of one diff share.
struct DiffRun {
    DiffRun(const DiffRequest &r, DiffSink &s, const CancelToken &c) : request(r), sink(s), cancel(c) {}
    const DiffRequest &request;
    DiffSink &sink;
    const CancelToken &cancel;
    QString tempDir;
    std::unique_ptr<MongoClientPool> pool;
    std::unique_ptr<DiffSide> archive, target;
    QStringList names;
    std::map<QString, CollectionDiff> results;
    Sorters archiveSorted, targetSorted;
    QHash<QString, QSet<QByteArray>> differing; // keys whose changed fields are looked up
    DiffResult result;
};

Result<std::unique_ptr<DiffSide>> archiveSide(const QString &path, const QString &database, const CancelToken &cancel)
{
    auto contents = ArchiveContents::open(path, cancel);
    if (!contents)
        return contents.error();
    return std::unique_ptr<DiffSide>(std::make_unique<ArchiveDiffSide>(std::make_shared<const ArchiveContents>(std::move(*contents)), database));
}

Status openSides(DiffRun &run)
{
    const DiffRequest &r = run.request;
    if (r.againstArchive.isEmpty() == r.targetDatabase.isEmpty())
        return Error(ErrorCode::Usage, QStringLiteral("compare the archive with either a database or another archive"));
    auto archive = archiveSide(r.archivePath, r.sourceDatabase, run.cancel);
    if (!archive)
        return archive.error();
    run.archive = std::move(*archive);
    if (!r.againstArchive.isEmpty()) {
        auto other = archiveSide(r.againstArchive, r.sourceDatabase, run.cancel);
        if (!other)
            return other.error();
        run.target = std::move(*other);
    } else {
        auto pool = MongoClientPool::create(r.mongoUri, 2);
        if (!pool)
            return pool.error();
        run.pool = std::move(*pool);
        if (auto st = run.pool->ping(); !st)
            return st;
        run.target = std::make_unique<DatabaseDiffSide>(*run.pool, r.targetDatabase);
    }
    run.result.archive = run.archive->describe();
    run.result.target = run.target->describe();
    return {};
}

Status chooseCollections(DiffRun &run)
{
    auto inArchive = run.archive->collections();
    if (!inArchive)
        return inArchive.error();
    auto inTarget = run.target->collections();
    if (!inTarget)
        return inTarget.error();
    QStringList names = *inArchive;
    for (const QString &n : std::as_const(*inTarget)) {
        if (!names.contains(n))
            names << n;
    }
    if (!run.request.collections.isEmpty()) {
        for (const QString &c : run.request.collections) {
            if (!names.contains(c))
                return Error(ErrorCode::NotFound, QStringLiteral("neither the %1 nor the %2 holds a collection %3").arg(run.result.archive, run.result.target, c));
        }
        names = run.request.collections;
    }
    run.names = names;
    for (const QString &n : std::as_const(names)) {
        CollectionDiff d;
        d.collection = n;
        d.inArchive = inArchive->contains(n);
        d.inTarget = inTarget->contains(n);
        run.results.emplace(n, d);
    }
    return {};
}

KeyDigest recordOf(const bson_t *doc)
{
    KeyDigest r;
    r.key = DocumentId::keyOf(doc);
    const QByteArray sha = Sha256::hash(QByteArrayView(reinterpret_cast<const char *>(bson_get_data(doc)), doc->len));
    std::memcpy(r.digest.data(), sha.constData(), r.digest.size());
    return r;
}

// Reads a side once into one sorter per collection. Both sides are read at once (the archive
// inflating and parsing, the server sending), each on its own thread with its own sorters.
Status scanSide(DiffRun &run, DiffSide &side, Sorters &sorters, int &spilledRuns)
{
    qint64 kept = 0; // memory held by this side's finished sorters
    for (const QString &n : std::as_const(run.names))
        sorters.emplace(n, std::make_unique<KeyDigestSorter>(run.tempDir, run.request.memoryLimit));
    const DocumentFilter &filter = run.request.filter;
    return side.scan(
        run.names,
        [&](const QString &collection, const bson_t *doc) -> Status {
            if (!filter.matchesEverything() && !filter.matches(doc))
                return {};
            return sorters.at(collection)->add(recordOf(doc));
        },
        [&](const QString &collection) -> Status {
            KeyDigestSorter &s = *sorters.at(collection);
            if (auto st = s.finish(kept + s.memoryUsed() > run.request.memoryLimit); !st)
                return st;
            kept += s.memoryUsed();
            spilledRuns += s.runsOnDisk();
            return {};
        },
        run.cancel);
}

void report(DiffRun &run, const QString &collection, DocumentDifference::Kind kind, const QByteArray &key)
{
    run.sink.difference(DocumentDifference{collection, kind, DocumentId::toJson(key), {}});
}

// The two sorted streams of a collection, merge-joined on the key.
Status mergeCollection(DiffRun &run, const QString &name)
{
    using Kind = DocumentDifference::Kind;
    CollectionDiff &d = run.results.at(name);
    KeyDigestSorter &a = *run.archiveSorted.at(name);
    KeyDigestSorter &t = *run.targetSorted.at(name);
    d.archiveCount = a.count();
    d.targetCount = t.count();
    auto x = a.next();
    auto y = t.next();
    for (;;) {
        if (!x)
            return x.error();
        if (!y)
            return y.error();
        if (!x->has_value() && !y->has_value())
            return {};
        if (x->has_value() && (!y->has_value() || (*x)->key < (*y)->key)) {
            ++d.onlyInArchive;
            report(run, name, Kind::OnlyInArchive, (*x)->key);
            x = a.next();
        } else if (y->has_value() && (!x->has_value() || (*y)->key < (*x)->key)) {
            ++d.onlyInTarget;
            report(run, name, Kind::OnlyInTarget, (*y)->key);
            y = t.next();
        } else {
            if ((*x)->digest == (*y)->digest) {
                ++d.same;
            } else {
                ++d.different;
                if (run.differing[name].size() < run.request.maxDetailed)
                    run.differing[name].insert((*x)->key);
                else
                    report(run, name, Kind::Different, (*x)->key);
            }
            x = a.next();
            y = t.next();
        }
    }
}

// The differing documents read again from both sides, and their changed field paths.
Status describeDifferences(DiffRun &run)
{
    QHash<QString, QHash<QByteArray, QByteArray>> archiveVersions;
    auto st = run.archive->fetch(
        run.differing,
        [&](const QString &collection, const bson_t *doc) -> Status {
            archiveVersions[collection].insert(DocumentId::keyOf(doc), QByteArray(reinterpret_cast<const char *>(bson_get_data(doc)), doc->len));
            return {};
        },
        run.cancel);
    if (!st)
        return st;
    st = run.target->fetch(
        run.differing,
        [&](const QString &collection, const bson_t *doc) -> Status {
            const QByteArray key = DocumentId::keyOf(doc);
            const QByteArray before = archiveVersions[collection].take(key);
            DocumentDifference d{collection, DocumentDifference::Kind::Different, DocumentId::toJson(key), {}};
            bson_t a;
            if (bson_init_static(&a, reinterpret_cast<const uint8_t *>(before.constData()), size_t(before.size())))
                d.changedFields = ChangedFields::between(&a, doc);
            run.differing[collection].remove(key);
            run.sink.difference(d);
            return {};
        },
        run.cancel);
    if (!st)
        return st;
    // Documents gone from one side since it was scanned: listed without their fields.
    for (auto it = run.differing.cbegin(); it != run.differing.cend(); ++it) {
        for (const QByteArray &key : it.value())
            report(run, it.key(), DocumentDifference::Kind::Different, key);
    }
    return {};
}

} // namespace

Result<DiffResult> DocumentDiffEngine::run(const DiffRequest &request, DiffSink &sink, const CancelToken &cancel)
{
    QElapsedTimer clock;
    clock.start();
    DiffRun run(request, sink, cancel);
    run.tempDir = request.tempDir.isEmpty() ? QDir::tempPath() : request.tempDir;
    if (auto st = openSides(run); !st)
        return st.error();
    if (auto st = chooseCollections(run); !st)
        return st.error();
    int archiveRuns = 0, targetRuns = 0;
    QFuture<Status> target = QtConcurrent::run([&run, &targetRuns] { return scanSide(run, *run.target, run.targetSorted, targetRuns); });
    const Status archive = scanSide(run, *run.archive, run.archiveSorted, archiveRuns);
    const Status other = target.result();
    if (!archive)
        return archive.error();
    if (!other)
        return other.error();
    run.result.spilledRuns = archiveRuns + targetRuns;
    for (const QString &n : std::as_const(run.names)) {
        if (auto st = mergeCollection(run, n); !st)
            return st.error();
        run.archiveSorted.erase(n);
        run.targetSorted.erase(n);
    }
    if (!run.differing.isEmpty()) {
        if (auto st = describeDifferences(run); !st)
            return st.error();
    }
    for (const QString &n : std::as_const(run.names))
        run.result.collections << run.results.at(n);
    run.result.elapsedMs = clock.elapsed();
    return std::move(run.result);
}

} // namespace lifeboat

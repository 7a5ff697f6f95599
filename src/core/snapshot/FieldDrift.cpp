#include "core/snapshot/FieldDrift.h"

#include "core/archive/ArchiveContents.h"
#include "core/codec/BsonDocument.h"
#include "core/config/MongoUri.h"
#include "core/mongo/MongoClientPool.h"

#include <QHash>
#include <QSet>

#include <bson/bson.h>

namespace lifeboat {

namespace {

// The fields seen in a sample, and how many documents it held.
struct FieldSample {
    QSet<QString> keys;
    int documents = 0;
};

void collectKeys(const bson_t *doc, QSet<QString> &keys)
{
    bson_iter_t it;
    if (!bson_iter_init(&it, doc))
        return;
    while (bson_iter_next(&it))
        keys.insert(QString::fromUtf8(bson_iter_key(&it)));
}

QStringList sorted(const QSet<QString> &set)
{
    QStringList out(set.begin(), set.end());
    out.sort();
    return out;
}

// Which database of the archive holds the snapshot's collections ("" for a single-database one).
QString snapshotDatabaseOf(const DatabaseAndSnapshot &pair)
{
    if (!pair.snapshotDatabase.isEmpty())
        return pair.snapshotDatabase;
    return pair.manifest.nestsDatabases() ? pair.database : QString();
}

// Reads up to SampleSize documents of a collection file into `sample`.
Status sampleDocuments(JsonDocumentReader &documents, FieldSample &sample)
{
    while (sample.documents < FieldDrift::SampleSize) {
        auto next = documents.next();
        if (!next)
            return next.error();
        if (!next->has_value())
            break;
        collectKeys((*next)->bson.get(), sample.keys);
        ++sample.documents;
    }
    return {};
}

// The snapshot's side: a sample of each wanted collection from the archive.
Result<QHash<QString, FieldSample>> snapshotSamples(const DatabaseAndSnapshot &pair, const QStringList &collections,
                                                   const CancelToken &cancel)
{
    auto contents = ArchiveContents::open(pair.snapshotPath, cancel);
    if (!contents)
        return contents.error().wrapped(FieldDrift::tr("reading the snapshot %1").arg(pair.snapshotPath));
    const QString fromDb = snapshotDatabaseOf(pair);
    auto wanted = [&](const ArchiveContents::CollectionFile &f) {
        return !f.isBucketFile && collections.contains(f.collection) && (fromDb.isEmpty() || f.database == fromDb);
    };
    QHash<QString, FieldSample> samples;
    const Status read = contents->forEachCollection(
        [&](const ArchiveContents::CollectionFile &f, JsonDocumentReader &documents) {
            return sampleDocuments(documents, samples[f.collection]);
        },
        wanted, cancel);
    if (!read)
        return read.error().wrapped(FieldDrift::tr("reading the snapshot %1").arg(pair.snapshotPath));
    return samples;
}

// The cursor's first batch of a find reply, document by document.
template<typename Visit>
void forEachInFirstBatch(const bson_t *reply, const Visit &visit)
{
    bson_iter_t it, cursor, batch;
    if (!(bson_iter_init_find(&it, reply, "cursor") && BSON_ITER_HOLDS_DOCUMENT(&it) && bson_iter_recurse(&it, &cursor)
          && bson_iter_find(&cursor, "firstBatch") && BSON_ITER_HOLDS_ARRAY(&cursor) && bson_iter_recurse(&cursor, &batch)))
        return;
    while (bson_iter_next(&batch)) {
        if (!BSON_ITER_HOLDS_DOCUMENT(&batch))
            continue;
        uint32_t len = 0;
        const uint8_t *data = nullptr;
        bson_iter_document(&batch, &len, &data);
        bson_t doc;
        if (bson_init_static(&doc, data, len))
            visit(&doc);
    }
}

// The database's side: the first SampleSize documents of a live collection.
Result<FieldSample> liveSample(const PooledClient &client, const DatabaseAndSnapshot &pair, const QString &collection)
{
    BsonDocument cmd;
    BSON_APPEND_UTF8(cmd.get(), "find", collection.toUtf8().constData());
    BSON_APPEND_INT32(cmd.get(), "limit", FieldDrift::SampleSize);
    BSON_APPEND_INT32(cmd.get(), "batchSize", FieldDrift::SampleSize);
    auto reply = client.command(pair.database, cmd.get());
    if (!reply) {
        Error e = reply.error();
        e.message = MongoUri::scrub(e.message, pair.mongoUri);
        return e.wrapped(FieldDrift::tr("reading a sample of %1.%2").arg(pair.database, collection));
    }
    FieldSample sample;
    forEachInFirstBatch(reply->get(), [&](const bson_t *doc) {
        collectKeys(doc, sample.keys);
        ++sample.documents;
    });
    return sample;
}

FieldChange changeBetween(const QString &collection, const FieldSample &before, const FieldSample &now)
{
    FieldChange change;
    change.collection = collection;
    change.snapshotSample = before.documents;
    change.databaseSample = now.documents;
    if (change.snapshotSample > 0 && change.databaseSample > 0) {
        change.added = sorted(QSet<QString>(now.keys).subtract(before.keys));
        change.removed = sorted(QSet<QString>(before.keys).subtract(now.keys));
    }
    return change;
}

} // namespace

Result<QList<FieldChange>> FieldDrift::compare(const DatabaseAndSnapshot &pair, const QStringList &collections, const CancelToken &cancel)
{
    QList<FieldChange> out;
    if (collections.isEmpty())
        return out;
    auto snapshot = snapshotSamples(pair, collections, cancel);
    if (!snapshot)
        return snapshot.error();
    auto pool = MongoClientPool::create(pair.mongoUri, 1);
    if (!pool)
        return pool.error();
    auto client = (*pool)->acquire();
    for (const QString &name : collections) {
        if (cancel.isCancelled())
            return Error(ErrorCode::Cancelled, tr("the check was cancelled"));
        auto live = liveSample(client, pair, name);
        if (!live)
            return live.error();
        out << changeBetween(name, snapshot->value(name), *live);
    }
    return out;
}

} // namespace lifeboat

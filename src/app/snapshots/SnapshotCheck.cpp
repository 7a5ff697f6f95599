#include "app/snapshots/SnapshotCheck.h"

#include "core/archive/ArchiveContents.h"
#include "core/codec/BsonDocument.h"
#include "core/codec/ExtJsonCodec.h"
#include "core/mongo/MongoClientPool.h"
#include "core/config/MongoUri.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <bson/bson.h>

namespace lifeboat::app {

namespace {

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

// The top-level fields of the first `limit` documents of a live collection, and how many
// documents that was.
Result<QSet<QString>> liveFields(const PooledClient &client, const QString &db, const QString &collection, int limit, int &seen,
                                 const QString &uri)
{
    BsonDocument cmd;
    BSON_APPEND_UTF8(cmd.get(), "find", collection.toUtf8().constData());
    BSON_APPEND_INT32(cmd.get(), "limit", limit);
    BSON_APPEND_INT32(cmd.get(), "batchSize", limit);
    auto reply = client.command(db, cmd.get());
    if (!reply) {
        Error e = reply.error();
        e.message = MongoUri::scrub(e.message, uri);
        return e.wrapped(SnapshotCheck::tr("reading a sample of %1.%2").arg(db, collection));
    }
    QSet<QString> keys;
    bson_iter_t it, cursor, batch;
    if (bson_iter_init_find(&it, reply->get(), "cursor") && BSON_ITER_HOLDS_DOCUMENT(&it) && bson_iter_recurse(&it, &cursor)
        && bson_iter_find(&cursor, "firstBatch") && BSON_ITER_HOLDS_ARRAY(&cursor) && bson_iter_recurse(&cursor, &batch)) {
        while (bson_iter_next(&batch)) {
            if (!BSON_ITER_HOLDS_DOCUMENT(&batch))
                continue;
            uint32_t len = 0;
            const uint8_t *data = nullptr;
            bson_iter_document(&batch, &len, &data);
            bson_t doc;
            if (bson_init_static(&doc, data, len)) {
                collectKeys(&doc, keys);
                ++seen;
            }
        }
    }
    return keys;
}

} // namespace

bool SnapshotCheck::Outcome::changed() const
{
    if (!drift.unchanged())
        return true;
    for (const auto &f : fields) {
        if (f.changed())
            return true;
    }
    return false;
}

const SnapshotCheck::FieldChange *SnapshotCheck::Outcome::fieldsOf(const QString &collection) const
{
    for (const auto &f : fields) {
        if (f.collection == collection)
            return &f;
    }
    return nullptr;
}

QString SnapshotCheck::jsonProblem(const QByteArray &json)
{
    auto decoded = ExtJsonCodec::decode(json);
    return decoded ? QString() : decoded.error().message;
}

Result<QJsonObject> SnapshotCheck::relaxed(const QByteArray &json)
{
    auto decoded = ExtJsonCodec::decode(json);
    if (!decoded)
        return decoded.error();
    auto text = ExtJsonCodec::encode(decoded->get(), JsonStyle::Relaxed);
    if (!text)
        return text.error();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*text, &error);
    if (!doc.isObject())
        return Error(ErrorCode::Internal, error.errorString());
    return doc.object();
}

QStringList SnapshotCheck::compare(const QJsonObject &reply, const QJsonObject &expected)
{
    QStringList out;
    auto shown = [](const QJsonValue &v) -> QString {
        if (v.isUndefined())
            return tr("missing");
        if (v.isString())
            return QLatin1Char('"') + v.toString() + QLatin1Char('"');
        if (v.isDouble())
            return QString::number(v.toDouble(), 'g', 17);
        if (v.isBool())
            return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        if (v.isNull())
            return QStringLiteral("null");
        return QString::fromUtf8(QJsonDocument(v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject())).toJson(QJsonDocument::Compact));
    };
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const QJsonValue got = reply.value(it.key());
        const bool same = (got.isDouble() && it.value().isDouble()) ? got.toDouble() == it.value().toDouble() : got == it.value();
        if (!same)
            out << tr("%1 is %2, expected %3").arg(it.key(), shown(got), shown(it.value()));
    }
    return out;
}

Result<SnapshotCheck::Outcome> SnapshotCheck::run(const Request &request, const CancelToken &cancel)
{
    Outcome out;
    auto drift = SnapshotDrift::compare(request.mongoUri, request.manifest, request.database, request.snapshotDatabase, cancel);
    if (!drift) {
        Error e = drift.error();
        e.message = MongoUri::scrub(e.message, request.mongoUri);
        return e;
    }
    out.drift = *drift;

    // Fields: collections (not views) in both.
    QStringList both;
    for (const DriftRow &r : std::as_const(out.drift.rows)) {
        if (r.snapshotDocuments >= 0 && r.databaseDocuments >= 0 && r.type != QLatin1String("view"))
            both << r.collection;
    }
    if (!both.isEmpty()) {
        QHash<QString, QSet<QString>> snapshotKeys;
        QHash<QString, int> snapshotSeen;
        auto contents = ArchiveContents::open(request.snapshotPath, cancel);
        if (!contents)
            return contents.error().wrapped(tr("reading the snapshot %1").arg(request.snapshotPath));
        const QString fromDb = request.snapshotDatabase.isEmpty() ? (request.manifest.nestsDatabases() ? request.database : QString())
                                                                  : request.snapshotDatabase;
        auto wanted = [&](const ArchiveContents::CollectionFile &f) {
            return !f.isBucketFile && both.contains(f.collection) && (fromDb.isEmpty() || f.database == fromDb);
        };
        const Status read = contents->forEachCollection(
            [&](const ArchiveContents::CollectionFile &f, JsonDocumentReader &documents) -> Status {
                QSet<QString> &keys = snapshotKeys[f.collection];
                int &seen = snapshotSeen[f.collection];
                while (seen < SampleSize) {
                    auto next = documents.next();
                    if (!next)
                        return next.error();
                    if (!next->has_value())
                        break;
                    collectKeys((*next)->bson.get(), keys);
                    ++seen;
                }
                return {};
            },
            wanted, cancel);
        if (!read)
            return read.error().wrapped(tr("reading the snapshot %1").arg(request.snapshotPath));

        auto pool = MongoClientPool::create(request.mongoUri, 1);
        if (!pool)
            return pool.error();
        auto client = (*pool)->acquire();
        for (const QString &name : std::as_const(both)) {
            if (cancel.isCancelled())
                return Error(ErrorCode::Cancelled, tr("the check was cancelled"));
            FieldChange change;
            change.collection = name;
            auto live = liveFields(client, request.database, name, SampleSize, change.databaseSample, request.mongoUri);
            if (!live)
                return live.error();
            const QSet<QString> before = snapshotKeys.value(name);
            change.snapshotSample = snapshotSeen.value(name);
            if (change.snapshotSample > 0 && change.databaseSample > 0) {
                change.added = sorted(QSet<QString>(*live).subtract(before));
                change.removed = sorted(QSet<QString>(before).subtract(*live));
            }
            out.fields << change;
        }
    }

    if (!request.validationCommand.trimmed().isEmpty()) {
        Validation v;
        v.command = QString::fromUtf8(request.validationCommand.trimmed());
        auto reply = SnapshotDrift::runValidationCommand(request.mongoUri, request.database, request.validationCommand);
        if (!reply) {
            v.error = MongoUri::scrub(reply.error().toString(), request.mongoUri);
        } else {
            auto asRelaxed = relaxed(QJsonDocument(*reply).toJson(QJsonDocument::Compact));
            v.reply = asRelaxed ? *asRelaxed : *reply;
            if (!request.expectedResult.trimmed().isEmpty()) {
                auto expected = relaxed(request.expectedResult);
                if (!expected)
                    v.error = tr("the expected result is not a JSON document: %1").arg(expected.error().message);
                else
                    v.differences = compare(v.reply, *expected);
            }
        }
        out.validation = v;
    }
    return out;
}

} // namespace lifeboat::app

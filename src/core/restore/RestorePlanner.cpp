#include "core/restore/RestorePlanner.h"

#include "core/mongo/DatabaseCatalog.h"
#include "core/codec/ExtJsonCodec.h"
#include "core/restore/TimeseriesInference.h"

#include <QSet>

#include <map>

namespace lifeboat {

namespace {

const QString BucketPrefix = QStringLiteral("system.buckets.");

struct FileScan {
    qint64 count = 0;
    std::vector<BsonDocument> sample;
};

qint64 countDocuments(const PooledClient &client, const QString &db, const QString &coll)
{
    mongoc_collection_t *c = mongoc_client_get_collection(client.get(), db.toUtf8().constData(), coll.toUtf8().constData());
    bson_t filter = BSON_INITIALIZER;
    bson_error_t error;
    const int64_t n = mongoc_collection_count_documents(c, &filter, nullptr, nullptr, nullptr, &error);
    mongoc_collection_destroy(c);
    return n < 0 ? 0 : n;
}

} // namespace

bool RestorePlanner::supportsTimeseries(const ServerInfo &server)
{
    return server.flavour == QLatin1String("mongodb") && server.majorVersion >= 5;
}

Result<RestorePlan> RestorePlanner::plan(const RestoreRequest &request, const ArchiveContents &contents,
                                         const PooledClient &client, const ServerInfo &server, const CancelToken &cancel)
{
    RestorePlan plan;
    plan.archivePath = contents.archivePath();
    plan.serverDescription = QStringLiteral("%1 %2 (%3)").arg(server.flavour, server.version, server.topology);
    plan.serverSupportsTimeseries = supportsTimeseries(server);
    const auto &manifest = contents.manifest();
    const bool nested = contents.layout().nestsDatabases();

    // Which database of the archive, into which database.
    QStringList archiveDbs;
    if (manifest)
        archiveDbs = manifest->databases;
    else if (nested) {
        for (const auto &f : contents.collectionFiles()) {
            if (!archiveDbs.contains(f.database))
                archiveDbs << f.database;
        }
    }
    QString source = request.sourceDatabase;
    if (source.isEmpty() && archiveDbs.size() == 1)
        source = archiveDbs.first();
    if (nested && source.isEmpty())
        return Error(ErrorCode::Usage, QStringLiteral("the archive holds several databases (%1): choose one with --source-db")
                                           .arg(archiveDbs.join(QStringLiteral(", "))));
    if (!source.isEmpty() && !archiveDbs.isEmpty() && !archiveDbs.contains(source))
        return Error(ErrorCode::NotFound, QStringLiteral("the archive holds no database %1 (it holds %2)")
                                              .arg(source, archiveDbs.join(QStringLiteral(", "))));
    plan.sourceDatabase = source;
    plan.targetDatabase = request.targetDatabase.isEmpty() ? source : request.targetDatabase;
    if (plan.targetDatabase.isEmpty())
        return Error(ErrorCode::Usage, QStringLiteral("the archive does not name its database: give the target with --target-db or --mongo-db"));
    plan.clone = !source.isEmpty() && plan.targetDatabase != source;

    // The archive's collections.
    QHash<QString, CollectionMetadataEntry> metadata;
    if (auto raw = contents.metadata(nested ? source : QString())) {
        auto parsed = CollectionMetadata::parse(*raw, QStringLiteral("collections_metadata.json"));
        if (!parsed)
            return parsed.error();
        metadata = *parsed;
    }
    QList<ArchiveContents::CollectionFile> files;
    QSet<QString> bucketFor;
    for (const auto &f : contents.collectionFiles()) {
        if (nested && f.database != source)
            continue;
        if (f.isBucketFile) {
            bucketFor.insert(f.collection.mid(BucketPrefix.size()));
            continue;
        }
        files << f;
    }
    const QSet<QString> wanted(request.collections.cbegin(), request.collections.cend());
    QSet<QString> missing = wanted;

    // Counts and samples: from the manifest when it has them, else one pass over the files.
    std::map<QString, FileScan> scans;
    static const FileScan noScan;
    auto scanOf = [&](const QString &name) -> const FileScan & {
        const auto it = scans.find(name);
        return it == scans.end() ? noScan : it->second;
    };
    const bool needScan = !manifest || (request.inferTimeseries && metadata.isEmpty());
    if (needScan) {
        auto st = contents.forEachCollection(
            [&](const ArchiveContents::CollectionFile &f, JsonDocumentReader &reader) -> Status {
                FileScan &scan = scans[f.collection];
                for (;;) {
                    qint64 line = 0;
                    auto text = reader.nextText(&line);
                    if (!text)
                        return text.error();
                    if (!text->has_value())
                        return {};
                    if (scan.sample.size() < size_t(TimeseriesInference::SampleSize)) {
                        auto doc = ExtJsonCodec::decode(**text);
                        if (!doc)
                            return Error(ErrorCode::ArchiveCorrupt, QStringLiteral("%1 line %2: %3")
                                                                        .arg(f.path.section(QLatin1Char('/'), -1)).arg(line).arg(doc.error().message));
                        scan.sample.push_back(std::move(*doc));
                    }
                    ++scan.count;
                }
            },
            [&](const ArchiveContents::CollectionFile &f) { return !nested || f.database == source; }, cancel);
        if (!st)
            return st.error();
    }

    // The target database now.
    auto existing = DatabaseCatalog::collections(client, plan.targetDatabase);
    if (!existing)
        return existing.error();
    QHash<QString, CollectionInfo> inDb;
    for (const auto &c : *existing)
        inDb.insert(c.name, c);
    plan.targetExists = !inDb.isEmpty();

    QSet<QString> inArchive;
    QList<PlannedCollection> fills, views;
    auto decide = [&](PlannedCollection &p) {
        p.existsInDb = inDb.contains(p.name);
        if (p.existsInDb) {
            p.dbCount = inDb.value(p.name).type == QLatin1String("view") ? 0 : countDocuments(client, plan.targetDatabase, p.name);
            p.action = request.replaceExisting ? PlannedCollection::Action::Replace : PlannedCollection::Action::InsertInto;
        } else {
            p.action = PlannedCollection::Action::Create;
        }
    };
    for (const auto &f : std::as_const(files)) {
        if (!wanted.isEmpty() && !wanted.contains(f.collection))
            continue;
        missing.remove(f.collection);
        inArchive.insert(f.collection);
        PlannedCollection p;
        p.name = f.collection;
        p.archivePath = f.path;
        const auto meta = metadata.value(f.collection);
        p.options = meta.options ? meta.options : std::make_shared<BsonDocument>();
        if (manifest) {
            for (const auto &r : manifest->collections) {
                if (r.name == f.collection && (r.database == source || source.isEmpty())) {
                    p.fileCount = r.documents;
                    // The server builds _id_ itself: the plan lists only what the restore builds.
                    for (const auto &spec : r.indexes) {
                        if (spec.toObject().value(QStringLiteral("name")).toString() != QLatin1String("_id_"))
                            p.indexes.append(spec);
                    }
                    p.expectedDigest = r.digest;
                }
            }
        }
        if (scans.count(f.collection))
            p.fileCount = scanOf(f.collection).count;

        // Time-series: metadata, else a bucket file, else the heuristic.
        if (meta.type == QLatin1String("timeseries")) {
            p.timeseries = CollectionCommands::timeseriesFrom(p.options->get());
            p.timeseriesSource = QStringLiteral("metadata");
        } else if (meta.name.isEmpty() && request.inferTimeseries) {
            const auto &sample = scanOf(f.collection).sample;
            if (bucketFor.contains(f.collection)) {
                p.timeseries = TimeseriesInference::fromBucketFile(sample);
                p.timeseriesSource = QStringLiteral("bucket file");
            } else if (auto ts = TimeseriesInference::infer(sample); ts.isValid()) {
                p.timeseries = ts;
                p.timeseriesSource = QStringLiteral("heuristic");
            }
        }
        if (p.timeseries.isValid())
            p.type = QStringLiteral("timeseries");
        decide(p);
        if (p.timeseries.isValid() && !plan.serverSupportsTimeseries) {
            p.warnings << QStringLiteral("the server does not support time-series collections: %1 is created as a regular collection").arg(p.name);
            p.type = QStringLiteral("collection");
        }
        if (p.timeseries.isValid() && p.action == PlannedCollection::Action::InsertInto
            && inDb.value(p.name).type != QLatin1String("timeseries"))
            p.warnings << QStringLiteral("the archive says %1 is time-series but a regular collection of that name exists; only --replace-existing can recreate it as time-series").arg(p.name);

        const ValidatorOptions archived = CollectionCommands::validatorFrom(p.options->get());
        const ValidatorOptions current = p.existsInDb ? CollectionCommands::validatorFrom(inDb.value(p.name).options().get())
                                                      : ValidatorOptions{};
        const bool hasValidator = (p.action == PlannedCollection::Action::InsertInto) ? current.isSet() : archived.isSet();
        if (hasValidator)
            p.validatorHandling = request.force ? QStringLiteral("off during load (--force), put back afterwards") : QStringLiteral("kept");
        fills << p;
    }
    // Views: from metadata or the manifest, created after their sources.
    auto addView = [&](const QString &name, const QString &viewOn, const QJsonArray &pipeline, std::shared_ptr<BsonDocument> options) {
        if ((!wanted.isEmpty() && !wanted.contains(name)) || inArchive.contains(name))
            return;
        missing.remove(name);
        inArchive.insert(name);
        PlannedCollection p;
        p.name = name;
        p.type = QStringLiteral("view");
        p.viewOn = viewOn;
        p.pipeline = pipeline;
        p.options = options ? options : std::make_shared<BsonDocument>();
        p.fileCount = 0;
        decide(p);
        views << p;
    };
    if (manifest) {
        for (const auto &r : manifest->collections) {
            if (r.type == QLatin1String("view") && (r.database == source || source.isEmpty()))
                addView(r.name, r.viewOn, r.pipeline, metadata.value(r.name).options);
        }
    }
    for (const auto &m : std::as_const(metadata)) {
        if (m.type == QLatin1String("view")) {
            bson_iter_t it;
            QString viewOn;
            if (bson_iter_init_find(&it, m.options->get(), "viewOn") && BSON_ITER_HOLDS_UTF8(&it))
                viewOn = QString::fromUtf8(bson_iter_utf8(&it, nullptr));
            addView(m.name, viewOn, {}, m.options);
        }
    }
    if (!missing.isEmpty()) {
        QStringList names(missing.cbegin(), missing.cend());
        names.sort();
        return Error(ErrorCode::NotFound, QStringLiteral("the archive holds no collection %1").arg(names.join(QStringLiteral(", "))));
    }

    // Drops: what the database has and the archive lacks.
    QList<PlannedCollection> drops;
    if (!request.keepExtra && wanted.isEmpty()) {
        for (const auto &c : std::as_const(*existing)) {
            if (c.isSystem() || inArchive.contains(c.name))
                continue;
            PlannedCollection p;
            p.name = c.name;
            p.type = c.type;
            p.action = PlannedCollection::Action::Drop;
            p.existsInDb = true;
            p.dbCount = c.type == QLatin1String("view") ? 0 : countDocuments(client, plan.targetDatabase, c.name);
            drops << p;
        }
    }
    if (!bucketFor.isEmpty())
        plan.warnings << QStringLiteral("%1 system.buckets.* file(s) in the archive are never inserted; their time-series collections are restored from the logical documents").arg(bucketFor.size());
    plan.collections = drops + fills + views;
    for (const auto &c : std::as_const(plan.collections))
        plan.warnings += c.warnings;
    return plan;
}

} // namespace lifeboat

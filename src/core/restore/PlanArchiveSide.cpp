#include "core/restore/PlannerPhases.h"

#include "core/codec/ExtJsonCodec.h"
#include "core/mongo/ServerInfo.h"
#include "core/restore/RestorePlanner.h"
#include "core/restore/TimeseriesInference.h"
#include "core/restore/UnsupportedOptions.h"

namespace lifeboat {

namespace {

const QString BucketPrefix = QStringLiteral("system.buckets.");

QStringList archiveDatabases(const PlanningState &s)
{
    if (const auto &manifest = s.contents.manifest())
        return manifest->databases;
    QStringList dbs;
    if (s.nested) {
        for (const auto &f : s.contents.collectionFiles()) {
            if (!dbs.contains(f.database))
                dbs << f.database;
        }
    }
    return dbs;
}

// Counts one file's documents, keeping the first few for time-series inference.
Status scanFile(const ArchiveContents::CollectionFile &f, JsonDocumentReader &reader, FileScan &scan)
{
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
}

} // namespace

const FileScan &PlanningState::scanOf(const QString &collection) const
{
    static const FileScan noScan;
    const auto it = scans.find(collection);
    return it == scans.end() ? noScan : it->second;
}

void describeArchiveAndServer(PlanningState &s, const ServerInfo &server)
{
    s.plan.archivePath = s.contents.archivePath();
    s.plan.serverDescription = QStringLiteral("%1 %2 (%3)").arg(server.flavour, server.version, server.topology);
    s.plan.serverSupportsTimeseries = RestorePlanner::supportsTimeseries(server);
    s.plan.serverSupportsValidators = UnsupportedOptions::serverHasValidators(server);
    s.plan.serverRenamesDottedNames = server.flavour != QLatin1String("ferretdb");
    s.nested = s.contents.layout().nestsDatabases();
    s.wanted = QSet<QString>(s.request.collections.cbegin(), s.request.collections.cend());
    s.missing = s.wanted;
}

Status chooseDatabases(PlanningState &s)
{
    const QStringList archiveDbs = archiveDatabases(s);
    QString source = s.request.sourceDatabase;
    if (source.isEmpty() && archiveDbs.size() == 1)
        source = archiveDbs.first();
    if (s.nested && source.isEmpty())
        return Error(ErrorCode::Usage, QStringLiteral("the archive holds several databases (%1): choose one with --source-db")
                                           .arg(archiveDbs.join(QStringLiteral(", "))));
    if (!source.isEmpty() && !archiveDbs.isEmpty() && !archiveDbs.contains(source))
        return Error(ErrorCode::NotFound, QStringLiteral("the archive holds no database %1 (it holds %2)")
                                              .arg(source, archiveDbs.join(QStringLiteral(", "))));
    s.plan.sourceDatabase = source;
    s.plan.targetDatabase = s.request.targetDatabase.isEmpty() ? source : s.request.targetDatabase;
    if (s.plan.targetDatabase.isEmpty())
        return Error(ErrorCode::Usage, QStringLiteral("the archive does not name its database: give the target with --target-db or --mongo-db"));
    s.plan.clone = !source.isEmpty() && s.plan.targetDatabase != source;
    return {};
}

Status readArchiveCollections(PlanningState &s)
{
    if (auto raw = s.contents.metadata(s.nested ? s.source() : QString())) {
        auto parsed = CollectionMetadata::parse(*raw, QStringLiteral("collections_metadata.json"));
        if (!parsed)
            return parsed.error();
        s.metadata = *parsed;
    }
    for (const auto &f : s.contents.collectionFiles()) {
        if (s.nested && f.database != s.source())
            continue;
        if (f.isBucketFile)
            s.bucketFor.insert(f.collection.mid(BucketPrefix.size()));
        else
            s.files << f;
    }
    return {};
}

Status scanArchiveFiles(PlanningState &s)
{
    const bool needScan = !s.contents.manifest() || (s.request.inferTimeseries && s.metadata.isEmpty());
    if (!needScan)
        return {};
    return s.contents.forEachCollection(
        [&](const ArchiveContents::CollectionFile &f, JsonDocumentReader &reader) { return scanFile(f, reader, s.scans[f.collection]); },
        [&](const ArchiveContents::CollectionFile &f) { return !s.nested || f.database == s.source(); }, s.cancel);
}

} // namespace lifeboat

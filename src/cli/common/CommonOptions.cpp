#include "cli/common/CommonOptions.h"

#include "core/config/MongoUri.h"
#include "core/matrixone/MatrixOneUri.h"

namespace lifeboat::cli {

CommonOptions::CommonOptions(const CommonOptionHelp &help)
    : json(QStringLiteral("json"), help.json),
      quiet(QStringLiteral("quiet"), QStringLiteral("No progress output.")),
      jobs(QStringLiteral("jobs"), help.jobs.arg(limits::DefaultJobs), QStringLiteral("n"), QString::number(limits::DefaultJobs)),
      batchSize(QStringLiteral("batch-size"), help.batchSize.arg(limits::DefaultBatchSize), QStringLiteral("n"), QString::number(limits::DefaultBatchSize)),
      snapshotDir(QStringLiteral("snapshot-dir"), help.snapshotDir, QStringLiteral("dir")),
      compression(QStringLiteral("compression"), help.compression, QStringLiteral("kind"), QStringLiteral("gzip")),
      mongoUri(QStringLiteral("mongo-uri"), QStringLiteral("Connection string (default: $MONGO_URI, then .env)."), QStringLiteral("uri")),
      mongoDb(QStringLiteral("mongo-db"), help.mongoDb, QStringLiteral("name")),
      envFile(QStringLiteral("env-file"), QStringLiteral("Read MONGO_URI/MONGO_DB from this file (default: .env)."), QStringLiteral("file"), QStringLiteral(".env")),
      uri(QStringLiteral("uri"), QStringLiteral("Connection string: matrixone://user:password@host:port/database for MatrixOne's own snapshots, or a mongodb:// URI (as --mongo-uri)."), QStringLiteral("uri")),
      m_hasMongoDb(!help.mongoDb.isEmpty())
{
}

ProgressPrinter::Mode CommonOptions::progressMode(const QCommandLineParser &parser) const
{
    return ProgressPrinter::detect(parser.isSet(json), parser.isSet(quiet));
}

QString CommonOptions::snapshotFolder(const QCommandLineParser &parser, const QString &fallback) const
{
    return parser.isSet(snapshotDir) ? parser.value(snapshotDir) : fallback;
}

Result<ArchiveCompression> CommonOptions::readCompression(const QCommandLineParser &parser) const
{
    const auto kind = parseCompression(parser.value(compression));
    if (!kind)
        return Error(ErrorCode::Usage, QStringLiteral("unknown compression '%1' (gzip, zstd or none)").arg(parser.value(compression)));
    return *kind;
}

Result<ConnectionConfig> CommonOptions::connection(const QCommandLineParser &parser) const
{
    // (optionNames(): --uri as given, without asking the parser of a verb that has no --uri about it)
    const bool uriGiven = parser.optionNames().contains(QStringLiteral("uri"));
    const QString given = uriGiven && !isMatrixOne(parser) ? parser.value(uri) : parser.value(mongoUri);
    return ConnectionConfig::resolve(given, m_hasMongoDb ? parser.value(mongoDb) : QString(), parser.value(envFile));
}

bool CommonOptions::isMatrixOne(const QCommandLineParser &parser) const
{
    return parser.optionNames().contains(QStringLiteral("uri")) && MatrixOneUri::isMatrixOne(parser.value(uri));
}

Result<ConnectionConfig> CommonOptions::checkedConnection(const QCommandLineParser &parser) const
{
    auto config = connection(parser);
    if (!config)
        return config.error();
    if (auto st = MongoUri::validate(config->mongoUri); !st)
        return st.error();
    return config;
}

Result<int> CommonOptions::readJobs(const QCommandLineParser &parser) const
{
    return wholeNumber(parser, jobs, limits::Jobs);
}

Status CommonOptions::readBatchAndJobs(const QCommandLineParser &parser, int &batch, int &workers, Wording wording) const
{
    if (wording == Wording::EachOption) {
        auto b = wholeNumber(parser, batchSize, limits::BatchSize);
        if (!b)
            return b.error();
        auto j = readJobs(parser);
        if (!j)
            return j.error();
        batch = *b;
        workers = *j;
        return {};
    }
    bool okBatch = false, okJobs = false;
    batch = parser.value(batchSize).toInt(&okBatch);
    workers = parser.value(jobs).toInt(&okJobs);
    if (wording == Wording::WholeNumbersOnly && (!okBatch || !okJobs))
        return Error(ErrorCode::Usage, QStringLiteral("--batch-size and --jobs take whole numbers"));
    if (wording == Wording::BothOptions && (!okBatch || !okJobs || !limits::BatchSize.contains(batch) || !limits::Jobs.contains(workers)))
        return Error(ErrorCode::Usage, QStringLiteral("--batch-size takes %1 to %2 and --jobs %3 to %4")
                                           .arg(limits::BatchSize.min).arg(limits::BatchSize.max).arg(limits::Jobs.min).arg(limits::Jobs.max));
    return {};
}

Result<int> CommonOptions::wholeNumber(const QCommandLineParser &parser, const QCommandLineOption &option, limits::Range range)
{
    bool ok = false;
    const int n = parser.value(option).toInt(&ok);
    if (!ok || !range.contains(n))
        return Error(ErrorCode::Usage, QStringLiteral("--%1 takes a whole number from %2 to %3").arg(option.names().constFirst()).arg(range.min).arg(range.max));
    return n;
}

} // namespace lifeboat::cli

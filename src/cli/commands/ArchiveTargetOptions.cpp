#include "cli/commands/ArchiveTargetOptions.h"

#include "cli/commands/Verb.h"
#include "core/restore/RestoreRequest.h"

namespace lifeboat::cli {

ArchiveTargetOptions::ArchiveTargetOptions(const QString &snapshotDirHelp)
    : common({.mongoDb = QStringLiteral("Target database (default: $MONGO_DB, then .env, then the archive's)."), .snapshotDir = snapshotDirHelp}),
      targetDb(QStringLiteral("target-db"), QStringLiteral("Restore into this database (a clone when it differs from the archive's)."), QStringLiteral("name")),
      sourceDb(QStringLiteral("source-db"), QStringLiteral("Which database of a whole-deployment archive."), QStringLiteral("name")),
      collection(QStringLiteral("collection"), QStringLiteral("Only this collection (repeatable)."), QStringLiteral("name")),
      sample(QStringLiteral("verify-sample-size"), QStringLiteral("Documents per collection compared by _id (default %1).").arg(limits::DefaultVerifySampleSize),
             QStringLiteral("n"), QString::number(limits::DefaultVerifySampleSize)),
      verify(QStringLiteral("verify"), QStringLiteral("'sample' (default) or 'full': also compare a digest of every document."), QStringLiteral("level"), QStringLiteral("sample")),
      noInfer(QStringLiteral("no-infer-timeseries"), QStringLiteral("Do not guess time-series collections when metadata is missing.")),
      report(QStringLiteral("report"), QStringLiteral("Write the verification report as CSV (RFC 4180)."), QStringLiteral("file.csv"))
{
}

void ArchiveTargetOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({common.mongoUri, common.mongoDb, targetDb, sourceDb, collection, sample, verify, noInfer, report, common.envFile, common.json});
    parser.addPositionalArgument(QStringLiteral("archive"), QStringLiteral("The .tar, .tar.gz or .tar.zst archive."));
}

Status ArchiveTargetOptions::fill(const QCommandLineParser &p, RestoreRequest &r) const
{
    auto archive = Verb::oneArgument(p, QStringLiteral("archive"));
    if (!archive)
        return archive.error();
    r.archivePath = *archive;
    auto config = common.checkedConnection(p);
    if (!config)
        return config.error();
    r.mongoUri = config->mongoUri;
    r.targetDatabase = p.isSet(targetDb) ? p.value(targetDb) : config->database;
    r.sourceDatabase = p.value(sourceDb);
    r.collections = p.values(collection);
    r.inferTimeseries = !p.isSet(noInfer);
    bool ok = false;
    r.verifySampleSize = p.value(sample).toInt(&ok);
    if (!ok || r.verifySampleSize < 0)
        return Error(ErrorCode::Usage, QStringLiteral("--verify-sample-size takes a whole number"));
    if (p.value(verify) != QLatin1String("sample") && p.value(verify) != QLatin1String("full"))
        return Error(ErrorCode::Usage, QStringLiteral("--verify takes 'sample' or 'full'"));
    r.verifyFull = p.value(verify) == QLatin1String("full");
    return {};
}

} // namespace lifeboat::cli

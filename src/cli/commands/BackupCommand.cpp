#include "cli/commands/BackupCommand.h"

#include "core/backup/BackupEngine.h"
#include "core/config/ConnectionConfig.h"
#include "cli/output/ProgressPrinter.h"
#include "cli/common/SignalCancel.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace lifeboat::cli {

int BackupCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption uri(QStringLiteral("mongo-uri"), QStringLiteral("Connection string (default: $MONGO_URI, then .env)."), QStringLiteral("uri"));
    const QCommandLineOption db(QStringLiteral("mongo-db"), QStringLiteral("Database to back up (default: $MONGO_DB, then .env, then the URI's database)."), QStringLiteral("name"));
    const QCommandLineOption outDir(QStringLiteral("out-dir"), QStringLiteral("Folder for the archive (default: backups)."), QStringLiteral("dir"), QStringLiteral("backups"));
    const QCommandLineOption collection(QStringLiteral("collection"), QStringLiteral("Back up only this collection (repeatable)."), QStringLiteral("name"));
    const QCommandLineOption allDbs(QStringLiteral("all-databases"), QStringLiteral("Back up every database except admin, local and config."));
    const QCommandLineOption pretty(QStringLiteral("pretty"), QStringLiteral("Indent each document across lines."));
    const QCommandLineOption relaxed(QStringLiteral("relaxed"), QStringLiteral("Relaxed Extended JSON (readable, but number types may not survive)."));
    const QCommandLineOption compression(QStringLiteral("compression"), QStringLiteral("gzip (default), zstd or none."), QStringLiteral("kind"), QStringLiteral("gzip"));
    const QCommandLineOption level(QStringLiteral("compression-level"), QStringLiteral("gzip 1-9 (default 1), zstd 1-19 (default 3): higher is smaller and slower."), QStringLiteral("n"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Archive and top folder name (default: backup_YYYYmmdd_HHMMSS)."), QStringLiteral("name"));
    const QCommandLineOption batch(QStringLiteral("batch-size"), QStringLiteral("Documents per cursor batch (default 1000)."), QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption jobs(QStringLiteral("jobs"), QStringLiteral("Collections read in parallel (default 4)."), QStringLiteral("n"), QStringLiteral("4"));
    const QCommandLineOption keepDir(QStringLiteral("keep-dir"), QStringLiteral("Also leave the extracted folder next to the archive."));
    const QCommandLineOption envFile(QStringLiteral("env-file"), QStringLiteral("Read MONGO_URI/MONGO_DB from this file (default: .env)."), QStringLiteral("file"), QStringLiteral(".env"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Machine-readable output: JSON lines of progress on stderr, the result on stdout."));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QStringLiteral("No progress output."));
    parser.addOptions({uri, db, outDir, collection, allDbs, pretty, relaxed, compression, level, name, batch, jobs, keepDir, envFile, json, quiet});
    int code = 0;
    if (!parse(parser, args, code))
        return code;
    const bool asJson = parser.isSet(json);
    if (!parser.positionalArguments().isEmpty())
        return fail(Error(ErrorCode::Usage, QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first())), asJson);

    auto config = ConnectionConfig::resolve(parser.value(uri), parser.value(db), parser.value(envFile));
    if (!config)
        return fail(config.error(), asJson);

    BackupRequest request;
    request.mongoUri = config->mongoUri;
    request.database = config->database;
    request.allDatabases = parser.isSet(allDbs);
    request.collections = parser.values(collection);
    request.outDir = parser.value(outDir);
    request.name = parser.value(name);
    request.pretty = parser.isSet(pretty);
    request.jsonStyle = parser.isSet(relaxed) ? JsonStyle::Relaxed : JsonStyle::Canonical;
    request.keepDir = parser.isSet(keepDir);
    const auto comp = parseCompression(parser.value(compression));
    if (!comp)
        return fail(Error(ErrorCode::Usage, QStringLiteral("unknown compression '%1' (gzip, zstd or none)").arg(parser.value(compression))), asJson);
    request.compression = *comp;
    if (parser.isSet(level)) {
        bool okLevel = false;
        request.compressionLevel = parser.value(level).toInt(&okLevel);
        if (!okLevel)
            return fail(Error(ErrorCode::Usage, QStringLiteral("--compression-level takes a whole number")), asJson);
    }
    bool okBatch = false, okJobs = false;
    request.batchSize = parser.value(batch).toInt(&okBatch);
    request.jobs = parser.value(jobs).toInt(&okJobs);
    if (!okBatch || !okJobs)
        return fail(Error(ErrorCode::Usage, QStringLiteral("--batch-size and --jobs take whole numbers")), asJson);

    ProgressPrinter printer(m_err, ProgressPrinter::detect(asJson, parser.isSet(quiet)));
    CancelToken cancel;
    SignalCancel signalGuard(cancel);
    BackupEngine engine(&printer);
    auto result = engine.run(request, cancel);
    printer.finish();
    if (!result)
        return fail(result.error(), asJson);

    const Manifest &m = result->manifest;
    if (asJson) {
        QJsonObject o{{QStringLiteral("ok"), true},
                      {QStringLiteral("archive"), result->archivePath},
                      {QStringLiteral("elapsedMs"), result->elapsedMs},
                      {QStringLiteral("manifest"), m.toJson()}};
        if (!result->keptDirectory.isEmpty())
            o.insert(QStringLiteral("keptDirectory"), result->keptDirectory);
        m_out << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
    } else {
        m_out << "Backup written and verified: " << result->archivePath << "\n";
        m_out << "  databases:   " << m.databases.join(QStringLiteral(", ")) << "\n";
        m_out << "  collections: " << m.collections.size() << ", documents: " << m.totalDocuments()
              << ", data: " << humanBytes(m.totalBytes()) << "\n";
        m_out << "  point in time: " << (m.pointInTime ? QStringLiteral("yes") : QStringLiteral("no (") + m.pointInTimeNote + QLatin1Char(')')) << "\n";
        m_out << "  took " << humanDuration(result->elapsedMs) << "\n";
        if (!result->keptDirectory.isEmpty())
            m_out << "  folder kept: " << result->keptDirectory << "\n";
    }
    m_out.flush();
    return 0;
}

} // namespace lifeboat::cli

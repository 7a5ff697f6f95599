#include "cli/commands/BackupCommand.h"

#include "cli/common/CancellableRun.h"
#include "core/backup/BackupEngine.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace lifeboat::cli {

BackupCommand::BackupCommand(QTextStream &out, QTextStream &err)
    : Verb(out, err),
      m_common({.json = QStringLiteral("Machine-readable output: JSON lines of progress on stderr, the result on stdout."),
                .mongoDb = QStringLiteral("Database to back up (default: $MONGO_DB, then .env, then the URI's database)."),
                .jobs = QStringLiteral("Collections read in parallel (default %1)."),
                .batchSize = QStringLiteral("Documents per cursor batch (default %1)."),
                .compression = QStringLiteral("gzip (default; any tar and Python's tarfile read it), zstd (archives about an "
                                              "eighth smaller for about a quarter more compression CPU) or none.")}),
      m_outDir(QStringLiteral("out-dir"), QStringLiteral("Folder for the archive (default: backups)."), QStringLiteral("dir"), QStringLiteral("backups")),
      m_collection(QStringLiteral("collection"), QStringLiteral("Back up only this collection (repeatable)."), QStringLiteral("name")),
      m_allDbs(QStringLiteral("all-databases"), QStringLiteral("Back up every database except admin, local and config.")),
      m_pretty(QStringLiteral("pretty"), QStringLiteral("Indent each document across lines.")),
      m_relaxed(QStringLiteral("relaxed"), QStringLiteral("Relaxed Extended JSON (readable, but number types may not survive).")),
      m_level(QStringLiteral("compression-level"), QStringLiteral("gzip 1-9 (default 1), zstd 1-19 (default 3): higher is smaller and slower."), QStringLiteral("n")),
      m_name(QStringLiteral("name"), QStringLiteral("Archive and top folder name (default: backup_YYYYmmdd_HHMMSS)."), QStringLiteral("name")),
      m_keepDir(QStringLiteral("keep-dir"), QStringLiteral("Also leave the extracted folder next to the archive."))
{
}

int BackupCommand::execute(const QCommandLineParser &parser)
{
    BackupRequest request;
    if (auto st = readRequest(parser, request); !st)
        return fail(st.error());

    CancellableRun run(m_err, m_common.progressMode(parser));
    BackupEngine engine(run.printer);
    auto result = engine.run(request, run.cancel);
    run.printer.finish();
    if (!result)
        return fail(result.error());
    printResult(*result);
    return 0;
}

void BackupCommand::addOptions(QCommandLineParser &parser) const
{
    const CommonOptions &c = m_common;
    parser.addOptions({c.mongoUri, c.mongoDb, m_outDir, m_collection, m_allDbs, m_pretty, m_relaxed, c.compression, m_level, m_name,
                       c.batchSize, c.jobs, m_keepDir, c.envFile, c.json, c.quiet});
}

// The ranges of --batch-size and --jobs are BackupEngine's to check.
Status BackupCommand::readRequest(const QCommandLineParser &parser, BackupRequest &request) const
{
    if (auto st = noArguments(parser); !st)
        return st;
    auto config = m_common.connection(parser);
    if (!config)
        return config.error();
    request.mongoUri = config->mongoUri;
    request.database = config->database;
    request.allDatabases = parser.isSet(m_allDbs);
    request.collections = parser.values(m_collection);
    request.outDir = parser.value(m_outDir);
    request.name = parser.value(m_name);
    request.pretty = parser.isSet(m_pretty);
    request.jsonStyle = parser.isSet(m_relaxed) ? JsonStyle::Relaxed : JsonStyle::Canonical;
    request.keepDir = parser.isSet(m_keepDir);
    if (auto st = readArchiveFormat(parser, request); !st)
        return st;
    return m_common.readBatchAndJobs(parser, request.batchSize, request.jobs, CommonOptions::Wording::WholeNumbersOnly);
}

Status BackupCommand::readArchiveFormat(const QCommandLineParser &parser, BackupRequest &request) const
{
    const auto compression = m_common.readCompression(parser);
    if (!compression)
        return compression.error();
    request.compression = *compression;
    if (parser.isSet(m_level)) {
        bool okLevel = false;
        request.compressionLevel = parser.value(m_level).toInt(&okLevel);
        if (!okLevel)
            return Error(ErrorCode::Usage, QStringLiteral("--compression-level takes a whole number"));
    }
    return {};
}

void BackupCommand::printResult(const BackupResult &result)
{
    const Manifest &m = result.manifest;
    if (json()) {
        QJsonObject o{{QStringLiteral("ok"), true},
                      {QStringLiteral("archive"), result.archivePath},
                      {QStringLiteral("elapsedMs"), result.elapsedMs},
                      {QStringLiteral("manifest"), m.toJson()}};
        if (!result.keptDirectory.isEmpty())
            o.insert(QStringLiteral("keptDirectory"), result.keptDirectory);
        printJson(o);
        return;
    }
    m_out << "Backup written and verified: " << result.archivePath << "\n";
    m_out << "  databases:   " << m.databases.join(QStringLiteral(", ")) << "\n";
    m_out << "  collections: " << m.collections.size() << ", documents: " << m.totalDocuments()
          << ", data: " << humanBytes(m.totalBytes()) << "\n";
    m_out << "  point in time: " << (m.pointInTime ? QStringLiteral("yes") : QStringLiteral("no (") + m.pointInTimeNote + QLatin1Char(')')) << "\n";
    m_out << "  took " << humanDuration(result.elapsedMs) << "\n";
    if (!result.keptDirectory.isEmpty())
        m_out << "  folder kept: " << result.keptDirectory << "\n";
    m_out.flush();
}

} // namespace lifeboat::cli

#include "cli/commands/snapshot/SnapshotCreateCommand.h"

#include "cli/common/CancellableRun.h"
#include "cli/output/SnapshotPrinter.h"
#include "core/snapshot/SnapshotDuration.h"
#include "core/snapshot/SnapshotStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lifeboat::cli {

namespace {

// --delete-after: a date (the snapshot may go once that day is over, local time) or a date
// and time (ISO 8601; local unless it says Z or an offset).
Result<QDateTime> parseDeleteAfter(const QString &text)
{
    const QDate day = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (day.isValid() && text.trimmed().size() == 10)
        return day.addDays(1).startOfDay().toUTC();
    const QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (t.isValid())
        return t.toUTC();
    return Error(ErrorCode::Usage, QStringLiteral("--delete-after takes a date (2026-12-31) or a date and time (2026-12-31T18:00); got '%1'").arg(text));
}

} // namespace

SnapshotCreateCommand::SnapshotCreateCommand(QTextStream &out, QTextStream &err)
    : SnapshotVerb(out, err,
                   {.mongoDb = QStringLiteral("Database to snapshot (default: $MONGO_DB, then .env, then the URI's database)."),
                    .jobs = QStringLiteral("Collections read in parallel (default %1).")}),
      m_name(QStringLiteral("name"), QStringLiteral("Snapshot name (default: <purpose>_v<version>_YYYYmmdd_HHMMSS)."), QStringLiteral("name")),
      m_description(QStringLiteral("description"), QStringLiteral("What the snapshot is for, in words."), QStringLiteral("text")),
      m_purpose(QStringLiteral("purpose"), QStringLiteral("Why it is taken, one word (e.g. pre_upgrade, daily)."), QStringLiteral("word")),
      m_level(QStringLiteral("level"), QStringLiteral("collection, database (default) or deployment; on MatrixOne account, database or table."), QStringLiteral("level")),
      m_collection(QStringLiteral("collection"), QStringLiteral("A collection of a collection-level snapshot (repeatable)."), QStringLiteral("name")),
      m_allDbs(QStringLiteral("all-databases"), QStringLiteral("Every user database (level deployment).")),
      m_createdBy(QStringLiteral("created-by"), QStringLiteral("Who takes it (default: the OS user)."), QStringLiteral("who")),
      m_versionBefore(QStringLiteral("version-before"), QStringLiteral("The application's version now (e.g. 1.0)."), QStringLiteral("version")),
      m_versionTarget(QStringLiteral("version-target"), QStringLiteral("The version the change goes to (e.g. 2.0)."), QStringLiteral("version")),
      m_tag(QStringLiteral("tag"), QStringLiteral("A tag (repeatable)."), QStringLiteral("tag")),
      m_deleteAfter(QStringLiteral("delete-after"), QStringLiteral("Prune may delete it after this date (2026-12-31, or 2026-12-31T18:00)."), QStringLiteral("date")),
      m_keepFor(QStringLiteral("keep-for"), QStringLiteral("Prune may delete it after this long (e.g. 30d, 12h, 2w)."), QStringLiteral("duration")),
      m_table(QStringLiteral("table"), QStringLiteral("MatrixOne: the table of a table-level snapshot (of the URI's database)."), QStringLiteral("name"))
{
}

int SnapshotCreateCommand::execute(const QCommandLineParser &parser)
{
    if (matrixOne(parser))
        return executeMatrixOne(parser);
    SnapshotStore store(folder(parser));
    SnapshotCreateRequest request;
    if (auto st = readRequest(parser, store, request); !st)
        return fail(st.error());

    CancellableRun run(m_err, m_common.progressMode(parser));
    auto result = store.create(request, run.printer, run.cancel);
    run.printer.finish();
    if (!result)
        return fail(result.error());
    printResult(*result);
    return 0;
}

void SnapshotCreateCommand::addOptions(QCommandLineParser &parser) const
{
    const CommonOptions &c = m_common;
    addFolderOptions(parser);
    addServerOptions(parser);
    addUriOption(parser);
    parser.addOptions({m_name, m_description, m_purpose, m_level, m_table, m_collection, m_allDbs, m_createdBy, m_versionBefore, m_versionTarget, m_tag,
                       m_deleteAfter, m_keepFor, c.compression, c.jobs, c.quiet});
}

Status SnapshotCreateCommand::readRequest(const QCommandLineParser &parser, SnapshotStore &store, SnapshotCreateRequest &request) const
{
    if (auto st = noArguments(parser); !st)
        return st;
    if (auto st = readLevel(parser, request); !st)
        return st;
    if (auto st = readDescription(parser, request); !st)
        return st;
    const auto compression = m_common.readCompression(parser);
    if (!compression)
        return compression.error();
    request.compression = *compression;
    auto jobs = m_common.readJobs(parser);
    if (!jobs)
        return jobs.error();
    request.jobs = *jobs;
    if (auto st = readName(parser, store, request); !st)
        return st;
    auto config = m_common.checkedConnection(parser);
    if (!config)
        return config.error();
    request.mongoUri = config->mongoUri;
    request.database = config->database;
    return {};
}

// --all-databases makes a deployment snapshot, --collection a collection snapshot, --level
// says so outright; they must agree.
Status SnapshotCreateCommand::readLevel(const QCommandLineParser &parser, SnapshotCreateRequest &request) const
{
    SnapshotLevel level = parser.isSet(m_allDbs) ? SnapshotLevel::Deployment : parser.isSet(m_collection) ? SnapshotLevel::Collection : SnapshotLevel::Database;
    if (parser.isSet(m_level)) {
        const auto parsed = parseSnapshotLevel(parser.value(m_level));
        if (!parsed)
            return Error(ErrorCode::Usage, QStringLiteral("--level takes collection, database or deployment; got '%1'").arg(parser.value(m_level)));
        level = *parsed;
    }
    if (parser.isSet(m_allDbs) && level != SnapshotLevel::Deployment)
        return Error(ErrorCode::Usage, QStringLiteral("--all-databases makes a deployment snapshot; it cannot be combined with --level %1").arg(snapshotLevelName(level)));
    if (parser.isSet(m_collection) && level != SnapshotLevel::Collection)
        return Error(ErrorCode::Usage, QStringLiteral("--collection makes a collection snapshot; it cannot be combined with --level %1").arg(snapshotLevelName(level)));
    if (level == SnapshotLevel::Collection && !parser.isSet(m_collection))
        return Error(ErrorCode::Usage, QStringLiteral("--level collection needs at least one --collection"));
    request.info.level = level;
    request.collections = parser.values(m_collection);
    return {};
}

// What the snapshot is, who took it, and when prune may delete it.
Status SnapshotCreateCommand::readDescription(const QCommandLineParser &parser, SnapshotCreateRequest &request) const
{
    if (parser.isSet(m_deleteAfter) && parser.isSet(m_keepFor))
        return Error(ErrorCode::Usage, QStringLiteral("give --delete-after or --keep-for, not both"));
    request.info.description = parser.value(m_description);
    request.info.purpose = parser.value(m_purpose);
    request.info.createdBy = parser.value(m_createdBy);
    request.info.versionBefore = parser.value(m_versionBefore);
    request.info.versionTarget = parser.value(m_versionTarget);
    request.info.tags = parser.values(m_tag);
    if (parser.isSet(m_deleteAfter)) {
        auto when = parseDeleteAfter(parser.value(m_deleteAfter));
        if (!when)
            return when.error();
        request.info.deleteAfter = *when;
    }
    if (parser.isSet(m_keepFor)) {
        auto seconds = SnapshotDuration::parseSeconds(parser.value(m_keepFor));
        if (!seconds)
            return Error(ErrorCode::Usage, QStringLiteral("--keep-for: ") + seconds.error().message);
        request.info.deleteAfter = QDateTime::currentDateTimeUtc().addSecs(*seconds);
    }
    return {};
}

// --name, checked to be new in the folder, or a name proposed from the purpose and version.
Status SnapshotCreateCommand::readName(const QCommandLineParser &parser, SnapshotStore &store, SnapshotCreateRequest &request) const
{
    if (!parser.isSet(m_name)) {
        request.info.name = store.proposeName(request.info.purpose, request.info.versionBefore.isEmpty() ? request.info.versionTarget : request.info.versionBefore);
        return {};
    }
    request.info.name = parser.value(m_name);
    return store.checkNewName(request.info.name);
}

void SnapshotCreateCommand::printResult(const SnapshotCreateResult &result)
{
    const SnapshotEntry &e = result.entry;
    if (json()) {
        printJson(QJsonObject{{QStringLiteral("ok"), true},
                              {QStringLiteral("snapshot"), e.toJson()},
                              {QStringLiteral("elapsedMs"), result.elapsedMs},
                              {QStringLiteral("manifest"), result.manifest.toJson()}});
        return;
    }
    const SnapshotInfo &info = e.info;
    m_out << "Snapshot created and verified: " << e.name << "\n";
    m_out << "  file:         " << e.path << " (" << humanBytes(e.fileSize) << ")\n";
    m_out << "  level:        " << e.levelName() << " (" << (e.scope == QLatin1String("deployment") ? e.databases.join(QStringLiteral(", ")) : e.database()) << ")\n";
    m_out << "  collections:  " << e.collections.size() << ", documents: " << e.documents << ", data: " << humanBytes(e.bytes) << "\n";
    if (!info.purpose.isEmpty() || !info.versionBefore.isEmpty() || !info.versionTarget.isEmpty())
        m_out << "  purpose:      " << (info.purpose.isEmpty() ? QStringLiteral("-") : info.purpose) << ", version "
              << (info.versionBefore.isEmpty() ? QStringLiteral("?") : info.versionBefore) << " -> "
              << (info.versionTarget.isEmpty() ? QStringLiteral("?") : info.versionTarget) << "\n";
    m_out << "  delete after: " << (info.deleteAfter.isValid() ? SnapshotPrinter::shortTime(info.deleteAfter) : QStringLiteral("- (kept until deleted)")) << "\n";
    m_out << "  took " << humanDuration(result.elapsedMs) << "\n";
    m_out.flush();
}

int SnapshotCreateCommand::executeMatrixOne(const QCommandLineParser &parser)
{
    auto session = openMatrixOne(parser);
    if (!session)
        return fail(session.error());
    MatrixOneCreateRequest request;
    if (auto st = readMatrixOneRequest(parser, session->connection->uri().database(), request); !st)
        return fail(st.error());
    auto result = session->snapshots->create(request);
    if (!result)
        return fail(result.error());
    printMatrixOneResult(*result);
    return 0;
}

// The MatrixOne levels: --table makes a table snapshot, a URI with a database a database
// snapshot, else an account snapshot; --level says so outright. MongoDB's options are refused.
Status SnapshotCreateCommand::readMatrixOneRequest(const QCommandLineParser &parser, const QString &uriDatabase, MatrixOneCreateRequest &request) const
{
    if (auto st = noArguments(parser); !st)
        return st;
    for (const QCommandLineOption *o : {&m_collection, &m_allDbs, &m_common.mongoUri, &m_common.mongoDb}) {
        if (parser.isSet(*o))
            return Error(ErrorCode::Usage, QStringLiteral("--%1 is for MongoDB; with a matrixone:// URI use --level and --table").arg(o->names().constFirst()));
    }
    request.level = parser.isSet(m_table) ? MatrixOneLevel::Table : uriDatabase.isEmpty() ? MatrixOneLevel::Account : MatrixOneLevel::Database;
    if (parser.isSet(m_level)) {
        const auto parsed = parseMatrixOneLevel(parser.value(m_level));
        if (!parsed)
            return Error(ErrorCode::Usage, QStringLiteral("--level takes account, database or table on MatrixOne; got '%1'").arg(parser.value(m_level)));
        request.level = *parsed;
    }
    if (request.level == MatrixOneLevel::Table && !parser.isSet(m_table))
        return Error(ErrorCode::Usage, QStringLiteral("--level table needs --table"));
    if (parser.isSet(m_table) && request.level != MatrixOneLevel::Table)
        return Error(ErrorCode::Usage, QStringLiteral("--table makes a table snapshot; it cannot be combined with --level %1").arg(matrixOneLevelName(request.level)));
    if (request.level != MatrixOneLevel::Account && uriDatabase.isEmpty())
        return Error(ErrorCode::Usage, QStringLiteral("a %1 snapshot needs the database in the URI: matrixone://user:password@host:port/<database>")
                                           .arg(matrixOneLevelName(request.level)));
    request.database = uriDatabase;
    request.table = parser.value(m_table);
    SnapshotCreateRequest described;
    if (auto st = readDescription(parser, described); !st)
        return st;
    request.info = described.info;
    if (parser.isSet(m_name)) {
        request.info.name = parser.value(m_name);
        return MatrixOneSnapshots::validateName(request.info.name);
    }
    return {};
}

void SnapshotCreateCommand::printMatrixOneResult(const MatrixOneCreateResult &result)
{
    const MatrixOneSnapshot &s = result.snapshot;
    if (json()) {
        printJson(QJsonObject{{QStringLiteral("ok"), true},
                              {QStringLiteral("snapshot"), s.toJson()},
                              {QStringLiteral("tables"), QJsonArray::fromStringList(result.tables)},
                              {QStringLiteral("rows"), result.rows},
                              {QStringLiteral("scopeNote"), result.scopeNote},
                              {QStringLiteral("elapsedMs"), result.elapsedMs}});
        return;
    }
    m_out << "Snapshot created on MatrixOne at " << s.server << ": " << s.name << "\n";
    m_out << "  level:        " << matrixOneLevelName(s.level) << " (" << s.scopeText() << ")\n";
    if (!result.tables.isEmpty())
        m_out << "  tables:       " << result.tables.size() << " (" << result.tables.join(QStringLiteral(", ")) << "), rows: " << result.rows << "\n";
    if (!result.scopeNote.isEmpty())
        m_out << "  note:         " << result.scopeNote << "\n";
    const SnapshotInfo &info = s.info;
    if (!info.purpose.isEmpty() || !info.versionBefore.isEmpty() || !info.versionTarget.isEmpty())
        m_out << "  purpose:      " << (info.purpose.isEmpty() ? QStringLiteral("-") : info.purpose) << ", version "
              << (info.versionBefore.isEmpty() ? QStringLiteral("?") : info.versionBefore) << " -> "
              << (info.versionTarget.isEmpty() ? QStringLiteral("?") : info.versionTarget) << "\n";
    m_out << "  delete after: " << (info.deleteAfter.isValid() ? SnapshotPrinter::shortTime(info.deleteAfter) : QStringLiteral("- (kept until deleted)")) << "\n";
    m_out << "  took " << humanDuration(result.elapsedMs) << "\n";
    m_out.flush();
}

} // namespace lifeboat::cli

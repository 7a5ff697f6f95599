#include "cli/commands/snapshot/SnapshotCommand.h"

#include "core/config/ConnectionConfig.h"
#include "core/config/MongoUri.h"
#include "cli/output/ProgressPrinter.h"
#include "cli/output/ReportPrinter.h"
#include "cli/commands/RestoreFlow.h"
#include "core/snapshot/RetentionPolicy.h"
#include "cli/common/SignalCancel.h"
#include "core/snapshot/SnapshotDuration.h"
#include "cli/output/SnapshotPrinter.h"
#include "core/snapshot/SnapshotRestorer.h"
#include "core/snapshot/SnapshotStore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lifeboat::cli {

namespace {

struct Sub {
    const char *name;
    const char *summary;
};

const Sub Subcommands[] = {
    {"create", "Take a named, described snapshot of a collection, a database or the deployment."},
    {"list", "List the snapshots of the folder (from its catalog)."},
    {"info", "Show everything about one snapshot."},
    {"delete", "Delete a snapshot (asks first; never one a running job uses)."},
    {"clone", "Restore a snapshot into a new database and verify it fully against its manifest."},
    {"restore", "Roll a database back to a snapshot: plan, confirmation, safety snapshot, verified (--verify-first, --swap)."},
    {"promote", "Blue-green: swap every collection of one database into another with renameCollection."},
    {"prune", "Delete snapshots by retention policy (past their delete-after date, --older-than, --keep-last)."},
};

// Options every subcommand has.
struct FolderOptions {
    QCommandLineOption dir{QStringLiteral("snapshot-dir"), QStringLiteral("The snapshot folder (default: $LIFEBOAT_SNAPSHOT_DIR, else ./snapshots)."), QStringLiteral("dir")};
    QCommandLineOption json{QStringLiteral("json"), QStringLiteral("Machine-readable output on stdout.")};

    void addTo(QCommandLineParser &p) const { p.addOptions({dir, json}); }
    QString folder(const QCommandLineParser &p) const { return p.isSet(dir) ? p.value(dir) : SnapshotStore::defaultFolder(); }
};

// The connection, as the other commands take it.
struct ServerOptions {
    QCommandLineOption uri{QStringLiteral("mongo-uri"), QStringLiteral("Connection string (default: $MONGO_URI, then .env)."), QStringLiteral("uri")};
    QCommandLineOption db;
    QCommandLineOption envFile{QStringLiteral("env-file"), QStringLiteral("Read MONGO_URI/MONGO_DB from this file (default: .env)."), QStringLiteral("file"), QStringLiteral(".env")};

    bool withDb;

    // An empty `dbHelp`: no --mongo-db (promote names its databases with --from and --to).
    explicit ServerOptions(const QString &dbHelp) : db(QStringLiteral("mongo-db"), dbHelp, QStringLiteral("name")), withDb(!dbHelp.isEmpty()) {}
    void addTo(QCommandLineParser &p) const
    {
        if (withDb)
            p.addOptions({uri, db, envFile});
        else
            p.addOptions({uri, envFile});
    }
    Result<ConnectionConfig> resolve(const QCommandLineParser &p) const
    {
        auto config = ConnectionConfig::resolve(p.value(uri), withDb ? p.value(db) : QString(), p.value(envFile));
        if (!config)
            return config.error();
        if (auto st = MongoUri::validate(config->mongoUri); !st)
            return st.error();
        return config;
    }
};

Result<int> wholeNumber(const QCommandLineParser &p, const QCommandLineOption &o, int min, int max)
{
    bool ok = false;
    const int n = p.value(o).toInt(&ok);
    if (!ok || n < min || n > max)
        return Error(ErrorCode::Usage, QStringLiteral("--%1 takes a whole number from %2 to %3").arg(o.names().constFirst()).arg(min).arg(max));
    return n;
}

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

void writeJson(QTextStream &out, const QJsonObject &o)
{
    out << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
    out.flush();
}

QString onePositional(const QCommandLineParser &p, Status &status, const char *what)
{
    if (p.positionalArguments().size() != 1) {
        status = Error(ErrorCode::Usage, QStringLiteral("give exactly one %1").arg(QLatin1String(what)));
        return {};
    }
    return p.positionalArguments().constFirst();
}

} // namespace

QString SnapshotCommand::name() const
{
    return m_sub.isEmpty() ? QStringLiteral("snapshot") : QStringLiteral("snapshot ") + m_sub;
}

QString SnapshotCommand::summary() const
{
    for (const auto &s : Subcommands) {
        if (m_sub == QLatin1String(s.name))
            return QLatin1String(s.summary);
    }
    return QStringLiteral("Named snapshots: create, list, info, delete, clone to verify, restore (verify-first, swap), promote, prune.");
}

void SnapshotCommand::usage(QTextStream &s) const
{
    s << "Usage: lifeboat-cli snapshot <subcommand> [options]\n\nSubcommands:\n";
    for (const auto &sub : Subcommands)
        s << "  " << QString::fromLatin1(sub.name).leftJustified(10) << sub.summary << "\n";
    s << "\nRun 'lifeboat-cli snapshot <subcommand> --help' for its options. Exit codes: docs/cli.md.\n";
    s.flush();
}

int SnapshotCommand::run(const QStringList &args)
{
    if (args.size() < 3) {
        usage(m_err);
        return int(ErrorCode::Usage);
    }
    const QString sub = args.at(2);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub == QLatin1String("help")) {
        usage(m_out);
        return 0;
    }
    // From here on the subcommand is the verb: [program, sub, options...].
    QStringList subArgs = args;
    subArgs.removeAt(1);
    m_sub = sub;
    if (sub == QLatin1String("create"))
        return create(subArgs);
    if (sub == QLatin1String("list"))
        return list(subArgs);
    if (sub == QLatin1String("info"))
        return info(subArgs);
    if (sub == QLatin1String("delete"))
        return remove(subArgs);
    if (sub == QLatin1String("clone"))
        return clone(subArgs);
    if (sub == QLatin1String("restore"))
        return restore(subArgs);
    if (sub == QLatin1String("promote"))
        return promote(subArgs);
    if (sub == QLatin1String("prune"))
        return prune(subArgs);
    m_sub.clear();
    m_err << "lifeboat-cli snapshot: unknown subcommand '" << sub << "'\n";
    usage(m_err);
    return int(ErrorCode::Usage);
}

int SnapshotCommand::create(const QStringList &args)
{
    QCommandLineParser parser;
    FolderOptions folder;
    ServerOptions server(QStringLiteral("Database to snapshot (default: $MONGO_DB, then .env, then the URI's database)."));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Snapshot name (default: <purpose>_v<version>_YYYYmmdd_HHMMSS)."), QStringLiteral("name"));
    const QCommandLineOption description(QStringLiteral("description"), QStringLiteral("What the snapshot is for, in words."), QStringLiteral("text"));
    const QCommandLineOption purpose(QStringLiteral("purpose"), QStringLiteral("Why it is taken, one word (e.g. pre_upgrade, daily)."), QStringLiteral("word"));
    const QCommandLineOption level(QStringLiteral("level"), QStringLiteral("collection, database (default) or deployment."), QStringLiteral("level"));
    const QCommandLineOption collection(QStringLiteral("collection"), QStringLiteral("A collection of a collection-level snapshot (repeatable)."), QStringLiteral("name"));
    const QCommandLineOption allDbs(QStringLiteral("all-databases"), QStringLiteral("Every user database (level deployment)."));
    const QCommandLineOption createdBy(QStringLiteral("created-by"), QStringLiteral("Who takes it (default: the OS user)."), QStringLiteral("who"));
    const QCommandLineOption versionBefore(QStringLiteral("version-before"), QStringLiteral("The application's version now (e.g. 1.0)."), QStringLiteral("version"));
    const QCommandLineOption versionTarget(QStringLiteral("version-target"), QStringLiteral("The version the change goes to (e.g. 2.0)."), QStringLiteral("version"));
    const QCommandLineOption tag(QStringLiteral("tag"), QStringLiteral("A tag (repeatable)."), QStringLiteral("tag"));
    const QCommandLineOption deleteAfter(QStringLiteral("delete-after"), QStringLiteral("Prune may delete it after this date (2026-12-31, or 2026-12-31T18:00)."), QStringLiteral("date"));
    const QCommandLineOption keepFor(QStringLiteral("keep-for"), QStringLiteral("Prune may delete it after this long (e.g. 30d, 12h, 2w)."), QStringLiteral("duration"));
    const QCommandLineOption compression(QStringLiteral("compression"), QStringLiteral("gzip (default), zstd or none."), QStringLiteral("kind"), QStringLiteral("gzip"));
    const QCommandLineOption jobs(QStringLiteral("jobs"), QStringLiteral("Collections read in parallel (default 4)."), QStringLiteral("n"), QStringLiteral("4"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QStringLiteral("No progress output."));
    folder.addTo(parser);
    server.addTo(parser);
    parser.addOptions({name, description, purpose, level, collection, allDbs, createdBy, versionBefore, versionTarget, tag, deleteAfter, keepFor,
                       compression, jobs, quiet});
    int code = 0;
    if (!parse(parser, args, code))
        return code;
    const bool asJson = parser.isSet(folder.json);
    if (!parser.positionalArguments().isEmpty())
        return fail(Error(ErrorCode::Usage, QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().constFirst())), asJson);

    SnapshotCreateRequest request;
    SnapshotLevel lvl = parser.isSet(allDbs) ? SnapshotLevel::Deployment
                        : parser.isSet(collection) ? SnapshotLevel::Collection
                                                   : SnapshotLevel::Database;
    if (parser.isSet(level)) {
        const auto parsed = parseSnapshotLevel(parser.value(level));
        if (!parsed)
            return fail(Error(ErrorCode::Usage, QStringLiteral("--level takes collection, database or deployment; got '%1'").arg(parser.value(level))), asJson);
        lvl = *parsed;
    }
    if (parser.isSet(allDbs) && lvl != SnapshotLevel::Deployment)
        return fail(Error(ErrorCode::Usage, QStringLiteral("--all-databases makes a deployment snapshot; it cannot be combined with --level %1").arg(snapshotLevelName(lvl))), asJson);
    if (parser.isSet(collection) && lvl != SnapshotLevel::Collection)
        return fail(Error(ErrorCode::Usage, QStringLiteral("--collection makes a collection snapshot; it cannot be combined with --level %1").arg(snapshotLevelName(lvl))), asJson);
    if (lvl == SnapshotLevel::Collection && !parser.isSet(collection))
        return fail(Error(ErrorCode::Usage, QStringLiteral("--level collection needs at least one --collection")), asJson);
    if (parser.isSet(deleteAfter) && parser.isSet(keepFor))
        return fail(Error(ErrorCode::Usage, QStringLiteral("give --delete-after or --keep-for, not both")), asJson);
    request.info.level = lvl;
    request.collections = parser.values(collection);
    request.info.description = parser.value(description);
    request.info.purpose = parser.value(purpose);
    request.info.createdBy = parser.value(createdBy);
    request.info.versionBefore = parser.value(versionBefore);
    request.info.versionTarget = parser.value(versionTarget);
    request.info.tags = parser.values(tag);
    if (parser.isSet(deleteAfter)) {
        auto when = parseDeleteAfter(parser.value(deleteAfter));
        if (!when)
            return fail(when.error(), asJson);
        request.info.deleteAfter = *when;
    }
    if (parser.isSet(keepFor)) {
        auto seconds = SnapshotDuration::parseSeconds(parser.value(keepFor));
        if (!seconds)
            return fail(Error(ErrorCode::Usage, QStringLiteral("--keep-for: ") + seconds.error().message), asJson);
        request.info.deleteAfter = QDateTime::currentDateTimeUtc().addSecs(*seconds);
    }
    const auto comp = parseCompression(parser.value(compression));
    if (!comp)
        return fail(Error(ErrorCode::Usage, QStringLiteral("unknown compression '%1' (gzip, zstd or none)").arg(parser.value(compression))), asJson);
    request.compression = *comp;
    auto nJobs = wholeNumber(parser, jobs, 1, 64);
    if (!nJobs)
        return fail(nJobs.error(), asJson);
    request.jobs = *nJobs;

    SnapshotStore store(folder.folder(parser));
    if (parser.isSet(name)) {
        request.info.name = parser.value(name);
        if (auto st = store.checkNewName(request.info.name); !st)
            return fail(st.error(), asJson);
    } else {
        request.info.name = store.proposeName(request.info.purpose, request.info.versionBefore.isEmpty() ? request.info.versionTarget : request.info.versionBefore);
    }
    auto config = server.resolve(parser);
    if (!config)
        return fail(config.error(), asJson);
    request.mongoUri = config->mongoUri;
    request.database = config->database;

    ProgressPrinter printer(m_err, ProgressPrinter::detect(asJson, parser.isSet(quiet)));
    CancelToken cancel;
    SignalCancel signalGuard(cancel);
    auto result = store.create(request, &printer, cancel);
    printer.finish();
    if (!result)
        return fail(result.error(), asJson);
    const SnapshotEntry &e = result->entry;
    if (asJson) {
        writeJson(m_out, QJsonObject{{QStringLiteral("ok"), true},
                                     {QStringLiteral("snapshot"), e.toJson()},
                                     {QStringLiteral("elapsedMs"), result->elapsedMs},
                                     {QStringLiteral("manifest"), result->manifest.toJson()}});
        return 0;
    }
    m_out << "Snapshot created and verified: " << e.name << "\n";
    m_out << "  file:         " << e.path << " (" << humanBytes(e.fileSize) << ")\n";
    m_out << "  level:        " << e.levelName() << " (" << (e.scope == QLatin1String("deployment") ? e.databases.join(QStringLiteral(", ")) : e.database()) << ")\n";
    m_out << "  collections:  " << e.collections.size() << ", documents: " << e.documents << ", data: " << humanBytes(e.bytes) << "\n";
    if (!e.info.purpose.isEmpty() || !e.info.versionBefore.isEmpty() || !e.info.versionTarget.isEmpty())
        m_out << "  purpose:      " << (e.info.purpose.isEmpty() ? QStringLiteral("-") : e.info.purpose) << ", version " << (e.info.versionBefore.isEmpty() ? QStringLiteral("?") : e.info.versionBefore)
              << " -> " << (e.info.versionTarget.isEmpty() ? QStringLiteral("?") : e.info.versionTarget) << "\n";
    m_out << "  delete after: " << (e.info.deleteAfter.isValid() ? SnapshotPrinter::shortTime(e.info.deleteAfter) : QStringLiteral("- (kept until deleted)")) << "\n";
    m_out << "  took " << humanDuration(result->elapsedMs) << "\n";
    m_out.flush();
    return 0;
}

int SnapshotCommand::list(const QStringList &args)
{
    QCommandLineParser parser;
    FolderOptions folder;
    const QCommandLineOption database(QStringLiteral("database"), QStringLiteral("Only snapshots of this database."), QStringLiteral("name"));
    const QCommandLineOption purpose(QStringLiteral("purpose"), QStringLiteral("Only snapshots with this purpose."), QStringLiteral("word"));
    folder.addTo(parser);
    parser.addOptions({database, purpose});
    int code = 0;
    if (!parse(parser, args, code))
        return code;
    const bool asJson = parser.isSet(folder.json);
    if (!parser.positionalArguments().isEmpty())
        return fail(Error(ErrorCode::Usage, QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().constFirst())), asJson);
    SnapshotStore store(folder.folder(parser));
    auto all = store.list();
    if (!all)
        return fail(all.error(), asJson);
    QList<SnapshotEntry> shown;
    for (const auto &e : *all) {
        if (parser.isSet(database) && !e.databases.contains(parser.value(database)))
            continue;
        if (parser.isSet(purpose) && e.info.purpose != parser.value(purpose))
            continue;
        shown << e;
    }
    if (asJson) {
        QJsonArray a;
        for (const auto &e : std::as_const(shown))
            a.append(e.toJson());
        writeJson(m_out, QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("folder"), store.folder()}, {QStringLiteral("snapshots"), a}});
        return 0;
    }
    if (shown.isEmpty() && all->isEmpty()) {
        m_out << "No snapshots in " << store.folder() << (QDir(store.folder()).exists() ? "" : " (the folder does not exist)") << ".\n";
        m_out.flush();
        return 0;
    }
    m_out << "Snapshots in " << store.folder() << "\n\n";
    SnapshotPrinter::printList(m_out, shown);
    return 0;
}

int SnapshotCommand::info(const QStringList &args)
{
    QCommandLineParser parser;
    FolderOptions folder;
    folder.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("name"), QStringLiteral("The snapshot."));
    int code = 0;
    if (!parse(parser, args, code))
        return code;
    const bool asJson = parser.isSet(folder.json);
    Status st;
    const QString snapName = onePositional(parser, st, "snapshot name");
    if (!st)
        return fail(st.error(), asJson);
    SnapshotStore store(folder.folder(parser));
    auto entry = store.find(snapName);
    if (!entry)
        return fail(entry.error(), asJson);
    std::optional<Manifest> manifest;
    if (entry->usable()) {
        auto m = store.catalog().manifest(entry->fileName);
        if (m)
            manifest = *m;
    }
    if (asJson) {
        QJsonObject o{{QStringLiteral("ok"), true}, {QStringLiteral("snapshot"), entry->toJson()}};
        if (manifest)
            o.insert(QStringLiteral("manifest"), manifest->toJson());
        writeJson(m_out, o);
        return 0;
    }
    SnapshotPrinter::printInfo(m_out, *entry, manifest ? &*manifest : nullptr);
    return 0;
}

int SnapshotCommand::remove(const QStringList &args)
{
    QCommandLineParser parser;
    FolderOptions folder;
    const QCommandLineOption yes(QStringLiteral("yes"), QStringLiteral("Do not ask for confirmation."));
    folder.addTo(parser);
    parser.addOption(yes);
    parser.addPositionalArgument(QStringLiteral("name"), QStringLiteral("The snapshot to delete."));
    int code = 0;
    if (!parse(parser, args, code))
        return code;
    const bool asJson = parser.isSet(folder.json);
    Status st;
    const QString snapName = onePositional(parser, st, "snapshot name");
    if (!st)
        return fail(st.error(), asJson);
    SnapshotStore store(folder.folder(parser));
    auto entry = store.find(snapName);
    if (!entry)
        return fail(entry.error(), asJson);
    if (auto ok = RestoreFlow::confirm(m_err, parser.isSet(yes), entry->name, QStringLiteral("snapshot name"),
                                       QStringLiteral("This deletes snapshot '%1' (%2, %3).").arg(entry->name, entry->path, humanBytes(entry->fileSize)),
                                       QStringLiteral("deleting snapshot %1 needs a confirmation and there is no terminal to give it").arg(entry->name),
                                       QStringLiteral("pass --yes"));
        !ok)
        return fail(ok.error(), asJson);
    if (auto removed = store.remove(entry->name); !removed)
        return fail(removed.error(), asJson);
    if (asJson)
        writeJson(m_out, QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("deleted"), entry->name}, {QStringLiteral("file"), entry->path}});
    else {
        m_out << "Deleted snapshot " << entry->name << " (" << entry->path << ", " << humanBytes(entry->fileSize) << ")\n";
        m_out.flush();
    }
    return 0;
}

int SnapshotCommand::clone(const QStringList &args)
{
    return restoreOrClone(args, true);
}

int SnapshotCommand::restore(const QStringList &args)
{
    return restoreOrClone(args, false);
}

int SnapshotCommand::restoreOrClone(const QStringList &args, bool isClone)
{
    using Mode = SnapshotRestoreRequest::Mode;
    QCommandLineParser parser;
    FolderOptions folder;
    ServerOptions server(QStringLiteral("Same as --target-db (only from the command line; MONGO_DB is not used here)."));
    const QCommandLineOption targetDb(QStringLiteral("target-db"),
                                      isClone ? QStringLiteral("The new database (default: <snapshot's database>_verify).")
                                              : QStringLiteral("The database to roll back (default: the snapshot's database)."),
                                      QStringLiteral("name"));
    const QCommandLineOption sourceDb(QStringLiteral("source-db"), QStringLiteral("Which database of a deployment snapshot."), QStringLiteral("name"));
    const QCommandLineOption collection(QStringLiteral("collection"), QStringLiteral("Only this collection (repeatable); nothing is dropped then."), QStringLiteral("name"));
    const QCommandLineOption allowExisting(QStringLiteral("allow-existing"), QStringLiteral("Clone into a database that exists (it becomes an exact copy)."));
    const QCommandLineOption keepExtra(QStringLiteral("keep-extra"), QStringLiteral("Keep the target's collections the snapshot lacks (dropped otherwise)."));
    const QCommandLineOption verifyFirst(QStringLiteral("verify-first"), QStringLiteral("Clone into a scratch database, verify fully, drop it; only then touch the target."));
    const QCommandLineOption swap(QStringLiteral("swap"), QStringLiteral("Load and verify in a staging database, then renameCollection each collection into the target."));
    const QCommandLineOption fallback(QStringLiteral("fallback-restore"), QStringLiteral("With --swap: restore in place (verified first) where the server cannot rename across databases."));
    const QCommandLineOption scratchDb(QStringLiteral("scratch-db"), QStringLiteral("The --verify-first database (default: <target>_lifeboat_verify)."), QStringLiteral("name"));
    const QCommandLineOption stagingDb(QStringLiteral("staging-db"), QStringLiteral("The --swap database (default: <target>_lifeboat_staging)."), QStringLiteral("name"));
    const QCommandLineOption noSnapshot(QStringLiteral("no-snapshot"), QStringLiteral("Skip the safety snapshot of the target."));
    const QCommandLineOption force(QStringLiteral("force"), QStringLiteral("Turn validators off during the load and put them back afterwards."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), QStringLiteral("Print the plan and change nothing."));
    const QCommandLineOption yes(QStringLiteral("yes"), QStringLiteral("Do not ask for confirmation."));
    const QCommandLineOption batch(QStringLiteral("batch-size"), QStringLiteral("Documents per insert (default 1000)."), QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption jobs(QStringLiteral("jobs"), QStringLiteral("Insert workers (default 4)."), QStringLiteral("n"), QStringLiteral("4"));
    const QCommandLineOption report(QStringLiteral("report"), QStringLiteral("Write the verification report as CSV (RFC 4180)."), QStringLiteral("file.csv"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QStringLiteral("No progress output."));
    folder.addTo(parser);
    server.addTo(parser);
    parser.addOptions({targetDb, sourceDb, collection});
    if (isClone)
        parser.addOption(allowExisting);
    else
        parser.addOptions({keepExtra, verifyFirst, swap, fallback, scratchDb, stagingDb});
    parser.addOptions({noSnapshot, force, dryRun, yes, batch, jobs, report, quiet});
    parser.addPositionalArgument(QStringLiteral("name"), QStringLiteral("The snapshot."));
    int code = 0;
    if (!parse(parser, args, code))
        return code;
    const bool asJson = parser.isSet(folder.json);
    Status st;
    SnapshotRestoreRequest request;
    request.name = onePositional(parser, st, "snapshot name");
    if (!st)
        return fail(st.error(), asJson);
    request.mode = isClone ? Mode::Clone : parser.isSet(swap) ? Mode::Swap : Mode::Restore;
    request.snapshotDir = folder.folder(parser);
    request.targetDatabase = parser.isSet(targetDb) ? parser.value(targetDb) : parser.value(server.db);
    request.sourceDatabase = parser.value(sourceDb);
    request.collections = parser.values(collection);
    request.allowExisting = isClone && parser.isSet(allowExisting);
    request.keepExtra = !isClone && parser.isSet(keepExtra);
    request.verifyFirst = !isClone && parser.isSet(verifyFirst);
    request.fallbackRestore = !isClone && parser.isSet(fallback);
    if (!isClone && parser.isSet(fallback) && !parser.isSet(swap))
        return fail(Error(ErrorCode::Usage, QStringLiteral("--fallback-restore only goes with --swap")), asJson);
    if (!isClone && parser.isSet(stagingDb) && !parser.isSet(swap))
        return fail(Error(ErrorCode::Usage, QStringLiteral("--staging-db only goes with --swap")), asJson);
    if (!isClone) {
        request.scratchDatabase = parser.value(scratchDb);
        request.stagingDatabase = parser.value(stagingDb);
    }
    request.safetySnapshot = !parser.isSet(noSnapshot);
    request.force = parser.isSet(force);
    auto nBatch = wholeNumber(parser, batch, 1, 100000);
    if (!nBatch)
        return fail(nBatch.error(), asJson);
    auto nJobs = wholeNumber(parser, jobs, 1, 64);
    if (!nJobs)
        return fail(nJobs.error(), asJson);
    request.batchSize = *nBatch;
    request.jobs = *nJobs;
    auto config = server.resolve(parser);
    if (!config)
        return fail(config.error(), asJson);
    request.mongoUri = config->mongoUri;

    ProgressPrinter printer(m_err, ProgressPrinter::detect(asJson, parser.isSet(quiet)));
    CancelToken cancel;
    SignalCancel signalGuard(cancel);
    SnapshotRestorer restorer(&printer);
    auto plan = restorer.plan(request, cancel);
    if (!plan)
        return fail(plan.error(), asJson);
    const QString target = plan->targetDatabase;

    QStringList steps;
    if (!plan->scratchDatabase.isEmpty() && request.mode != Mode::Swap)
        steps << QStringLiteral("load the snapshot into the scratch database %1, verify it fully, drop it").arg(plan->scratchDatabase);
    if (request.mode == Mode::Swap)
        steps << QStringLiteral("load the snapshot into the staging database %1 and verify it fully").arg(plan->stagingDatabase);
    if (plan->willTakeSafetySnapshot)
        steps << QStringLiteral("take a safety snapshot of %1 into %2").arg(target, request.snapshotDir);
    if (request.mode == Mode::Swap)
        steps << QStringLiteral("move each collection from %1 into %2 under a temporary name (%2's own collections are not touched yet)").arg(plan->stagingDatabase, target)
              << QStringLiteral("cut over: rename each temporary collection over its name (dropTarget: true), recreate views%1; drop %2")
                     .arg(request.keepExtra || !request.collections.isEmpty() ? QString() : QStringLiteral(", drop the extra collections"), plan->stagingDatabase);
    else
        steps << (isClone ? QStringLiteral("restore the snapshot into %1 and verify it fully (digests against the manifest)").arg(target)
                          : QStringLiteral("restore the snapshot into %1 in place and verify it fully (digests against the manifest)").arg(target));
    if (request.mode == Mode::Swap && request.fallbackRestore)
        steps << QStringLiteral("where the server cannot rename across databases: load into %1 and verify, then restore %2 in place")
                     .arg(plan->scratchDatabase, target);
    if (!asJson) {
        const SnapshotEntry &e = plan->snapshot;
        m_out << "Snapshot " << e.name << ": " << e.levelName() << " snapshot of " << (e.database().isEmpty() ? e.databases.join(QStringLiteral(", ")) : e.database())
              << ", taken " << SnapshotPrinter::shortTime(e.createdAt) << (e.info.purpose.isEmpty() ? QString() : QStringLiteral(" (") + e.info.purpose + QLatin1Char(')'))
              << ", " << e.documents << " documents\n";
        ReportPrinter::printPlan(m_out, plan->plan);
        m_out << "\nSteps:\n";
        for (int i = 0; i < steps.size(); ++i)
            m_out << "  " << (i + 1) << ". " << steps.at(i) << "\n";
        m_out.flush();
    }
    auto planJson = [&]() {
        QJsonObject o = plan->plan.toJson();
        o.insert(QStringLiteral("snapshot"), plan->snapshot.name);
        o.insert(QStringLiteral("scratchDatabase"), plan->scratchDatabase);
        o.insert(QStringLiteral("stagingDatabase"), plan->stagingDatabase);
        o.insert(QStringLiteral("safetySnapshot"), plan->willTakeSafetySnapshot);
        o.insert(QStringLiteral("steps"), QJsonArray::fromStringList(steps));
        return o;
    };
    if (parser.isSet(dryRun)) {
        if (asJson)
            writeJson(m_out, QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("dryRun"), true}, {QStringLiteral("plan"), planJson()}});
        else {
            m_out << "\nDry run: nothing was changed.\n";
            m_out.flush();
        }
        return 0;
    }
    if (plan->needsConfirmation) {
        const QString consequence = QStringLiteral("This drops or changes collections in '%1'%2.")
                                        .arg(target, plan->willTakeSafetySnapshot ? QStringLiteral(" (a safety snapshot is taken first)")
                                                                                  : QStringLiteral(" (NO safety snapshot)"));
        if (auto ok = RestoreFlow::confirm(m_err, parser.isSet(yes), target, QStringLiteral("database name"), consequence,
                                           QStringLiteral("this drops or changes collections in %1 and there is no terminal to confirm it").arg(target),
                                           QStringLiteral("review it with --dry-run, then pass --yes"));
            !ok)
            return fail(ok.error(), asJson);
    }

    auto outcome = restorer.execute(request, *plan, cancel);
    printer.finish();
    if (!outcome)
        return fail(outcome.error(), asJson);
    const SnapshotRestoreOutcome &o = *outcome;
    Status csv;
    if (!parser.value(report).isEmpty() && o.report())
        csv = o.report()->writeCsv(parser.value(report));
    const QString rollback = o.rollbackCommand(request.mongoUri);

    std::optional<Error> failure = o.failure;
    if (failure && o.load && o.load->failure)
        failure = RestoreFlow::stoppedError(*o.load, QString());
    if (failure && !rollback.isEmpty() && o.targetTouched)
        failure->hint = QStringLiteral("roll back with: ") + rollback;
    const VerificationReport *mainReport = o.load ? &o.load->report : nullptr;
    if (!failure && mainReport && !mainReport->allOk())
        failure = Error(ErrorCode::IntegrityMismatch, QStringLiteral("%1 does not match the snapshot %2 (see the report)").arg(target, plan->snapshot.name),
                        rollback.isEmpty() ? QString() : QStringLiteral("roll back with: ") + rollback);

    if (asJson) {
        QJsonObject j{{QStringLiteral("ok"), !failure.has_value()},
                      {QStringLiteral("snapshot"), plan->snapshot.name},
                      {QStringLiteral("target"), target},
                      {QStringLiteral("mode"), isClone ? QStringLiteral("clone") : o.fellBackToRestore ? QStringLiteral("restore (fallback from swap)")
                                                                            : request.mode == Mode::Swap ? QStringLiteral("swap")
                                                                                                         : QStringLiteral("restore")},
                      {QStringLiteral("plan"), planJson()},
                      {QStringLiteral("safetySnapshot"), o.safetySnapshot},
                      {QStringLiteral("safetySnapshotPath"), o.safetySnapshotPath},
                      {QStringLiteral("fellBackToRestore"), o.fellBackToRestore},
                      {QStringLiteral("targetTouched"), o.targetTouched},
                      {QStringLiteral("messages"), QJsonArray::fromStringList(o.messages)},
                      {QStringLiteral("elapsedMs"), o.elapsedMs}};
        if (o.preVerification && (!o.load || request.mode == Mode::Swap || o.fellBackToRestore || request.verifyFirst))
            j.insert(QStringLiteral("preVerification"), o.preVerification->toJson());
        if (o.load) {
            j.insert(QStringLiteral("report"), o.load->report.toJson());
            QJsonObject states;
            for (auto it = o.load->states.cbegin(); it != o.load->states.cend(); ++it)
                states.insert(it.key(), it.value());
            j.insert(QStringLiteral("states"), states);
            j.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(o.load->warnings));
        }
        if (o.swap)
            j.insert(QStringLiteral("swap"), o.swap->toJson());
        if (failure)
            j.insert(QStringLiteral("error"), RestoreFlow::errorJson(*failure, rollback));
        if (!csv)
            j.insert(QStringLiteral("reportError"), csv.error().message);
        writeJson(m_out, j);
    } else {
        if (o.preVerification && (request.verifyFirst || o.fellBackToRestore || request.mode == Mode::Swap)) {
            m_out << "\nVerification of the snapshot in "
                  << (request.mode == Mode::Swap && !o.fellBackToRestore ? plan->stagingDatabase : (o.plan.scratchDatabase.isEmpty() ? QStringLiteral("the scratch database") : o.plan.scratchDatabase))
                  << ":\n";
            ReportPrinter::printReport(m_out, *o.preVerification);
        }
        if (!o.safetySnapshot.isEmpty())
            m_out << "\nSafety snapshot: " << o.safetySnapshot << " (" << o.safetySnapshotPath << ")\n";
        if (o.load) {
            m_out << "\nVerification of " << target << ":";
            RestoreFlow::printResult(m_out, *o.load);
        }
        if (o.swap) {
            m_out << "\n";
            SnapshotPrinter::printSwap(m_out, o.swap->plan, true);
        }
        if (!failure) {
            m_out << "\n";
            if (isClone)
                m_out << "Snapshot " << plan->snapshot.name << " cloned into " << target << " and verified: it matches its manifest.\n";
            else if (request.mode == Mode::Swap && !o.fellBackToRestore)
                m_out << target << " now holds snapshot " << plan->snapshot.name << " (swapped in from " << plan->stagingDatabase << ", verified).\n";
            else
                m_out << target << " rolled back to snapshot " << plan->snapshot.name << " and verified.\n";
        }
        m_out.flush();
    }
    if (!csv) {
        m_err << "lifeboat-cli " << name() << ": error: " << csv.error().message << "\n";
        m_err.flush();
    }
    if (failure) {
        m_err << "lifeboat-cli " << name() << ": error: " << failure->message << "\n";
        if (!failure->hint.isEmpty())
            m_err << "  hint: " << failure->hint << "\n";
        m_err.flush();
        return failure->exitCode();
    }
    if (!csv)
        return csv.error().exitCode();
    return 0;
}

int SnapshotCommand::promote(const QStringList &args)
{
    QCommandLineParser parser;
    FolderOptions folder;
    ServerOptions server{QString()};
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("The database to promote (e.g. shop_green)."), QStringLiteral("db"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("The database it replaces (e.g. shop)."), QStringLiteral("db"));
    const QCommandLineOption keepExtra(QStringLiteral("keep-extra"), QStringLiteral("Keep the target's collections the source lacks (dropped otherwise)."));
    const QCommandLineOption keepSource(QStringLiteral("keep-source"), QStringLiteral("Do not drop what is left of the source database (its views) afterwards."));
    const QCommandLineOption noSnapshot(QStringLiteral("no-snapshot"), QStringLiteral("Skip the safety snapshot of the target."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), QStringLiteral("Print the plan and change nothing."));
    const QCommandLineOption yes(QStringLiteral("yes"), QStringLiteral("Do not ask for confirmation."));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QStringLiteral("No progress output."));
    folder.addTo(parser);
    server.addTo(parser);
    parser.addOptions({from, to, keepExtra, keepSource, noSnapshot, dryRun, yes, quiet});
    int code = 0;
    if (!parse(parser, args, code))
        return code;
    const bool asJson = parser.isSet(folder.json);
    if (!parser.positionalArguments().isEmpty())
        return fail(Error(ErrorCode::Usage, QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().constFirst())), asJson);
    if (!parser.isSet(from) || !parser.isSet(to))
        return fail(Error(ErrorCode::Usage, QStringLiteral("promote needs --from <db> and --to <db>")), asJson);
    auto config = server.resolve(parser);
    if (!config)
        return fail(config.error(), asJson);
    PromoteRequest request;
    request.snapshotDir = folder.folder(parser);
    request.mongoUri = config->mongoUri;
    request.fromDatabase = parser.value(from);
    request.toDatabase = parser.value(to);
    request.keepExtra = parser.isSet(keepExtra);
    request.dropSource = !parser.isSet(keepSource);
    request.safetySnapshot = !parser.isSet(noSnapshot);

    ProgressPrinter printer(m_err, ProgressPrinter::detect(asJson, parser.isSet(quiet)));
    CancelToken cancel;
    SignalCancel signalGuard(cancel);
    SnapshotRestorer restorer(&printer);
    auto plan = restorer.planPromote(request);
    if (!plan)
        return fail(plan.error(), asJson);
    if (!asJson)
        SnapshotPrinter::printSwap(m_out, *plan, false);
    if (parser.isSet(dryRun)) {
        if (asJson)
            writeJson(m_out, QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("dryRun"), true}, {QStringLiteral("plan"), plan->toJson()}});
        else {
            m_out << "\nDry run: nothing was changed.\n";
            m_out.flush();
        }
        return 0;
    }
    const QString consequence = QStringLiteral("This replaces the collections of '%1' with those of '%2'%3.")
                                    .arg(request.toDatabase, request.fromDatabase,
                                         request.safetySnapshot ? QStringLiteral(" (a safety snapshot of %1 is taken first)").arg(request.toDatabase) : QStringLiteral(" (NO safety snapshot)"));
    if (auto ok = RestoreFlow::confirm(m_err, parser.isSet(yes), request.toDatabase, QStringLiteral("database name"), consequence,
                                       QStringLiteral("promoting %1 into %2 needs a confirmation and there is no terminal to give it").arg(request.fromDatabase, request.toDatabase),
                                       QStringLiteral("review it with --dry-run, then pass --yes"));
        !ok)
        return fail(ok.error(), asJson);
    auto outcome = restorer.promote(request, *plan, cancel);
    printer.finish();
    if (!outcome)
        return fail(outcome.error(), asJson);
    if (asJson) {
        QJsonObject j{{QStringLiteral("ok"), outcome->succeeded()},
                      {QStringLiteral("safetySnapshot"), outcome->safetySnapshot},
                      {QStringLiteral("safetySnapshotPath"), outcome->safetySnapshotPath},
                      {QStringLiteral("messages"), QJsonArray::fromStringList(outcome->messages)},
                      {QStringLiteral("elapsedMs"), outcome->elapsedMs}};
        if (outcome->swap)
            j.insert(QStringLiteral("swap"), outcome->swap->toJson());
        if (outcome->failure)
            j.insert(QStringLiteral("error"), RestoreFlow::errorJson(*outcome->failure));
        writeJson(m_out, j);
    } else {
        if (!outcome->safetySnapshot.isEmpty())
            m_out << "\nSafety snapshot: " << outcome->safetySnapshot << " (" << outcome->safetySnapshotPath << ")\n";
        if (outcome->swap) {
            m_out << "\n";
            SnapshotPrinter::printSwap(m_out, outcome->swap->plan, true);
        }
        if (outcome->succeeded())
            m_out << "\n" << request.fromDatabase << " promoted: " << request.toDatabase << " now holds its collections.\n";
        m_out.flush();
    }
    if (outcome->failure) {
        m_err << "lifeboat-cli " << name() << ": error: " << outcome->failure->message << "\n";
        if (!outcome->failure->hint.isEmpty())
            m_err << "  hint: " << outcome->failure->hint << "\n";
        m_err.flush();
        return outcome->failure->exitCode();
    }
    return 0;
}

int SnapshotCommand::prune(const QStringList &args)
{
    QCommandLineParser parser;
    FolderOptions folder;
    const QCommandLineOption olderThan(QStringLiteral("older-than"), QStringLiteral("Delete snapshots older than this (e.g. 7d, 12h, 2w)."), QStringLiteral("duration"));
    const QCommandLineOption keepLast(QStringLiteral("keep-last"), QStringLiteral("Always keep the newest N (default 0)."), QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption database(QStringLiteral("database"), QStringLiteral("Only snapshots of this database."), QStringLiteral("name"));
    const QCommandLineOption purpose(QStringLiteral("purpose"), QStringLiteral("Only snapshots with this purpose."), QStringLiteral("word"));
    const QCommandLineOption ignoreDeleteAfter(QStringLiteral("ignore-delete-after"), QStringLiteral("Do not delete snapshots just because their delete-after date passed."));
    const QCommandLineOption yes(QStringLiteral("yes"), QStringLiteral("Delete them (without it, prune only shows what it would delete)."));
    folder.addTo(parser);
    parser.addOptions({olderThan, keepLast, database, purpose, ignoreDeleteAfter, yes});
    int code = 0;
    if (!parse(parser, args, code))
        return code;
    const bool asJson = parser.isSet(folder.json);
    if (!parser.positionalArguments().isEmpty())
        return fail(Error(ErrorCode::Usage, QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().constFirst())), asJson);
    RetentionPolicy policy;
    if (parser.isSet(olderThan)) {
        auto seconds = SnapshotDuration::parseSeconds(parser.value(olderThan));
        if (!seconds)
            return fail(Error(ErrorCode::Usage, QStringLiteral("--older-than: ") + seconds.error().message), asJson);
        policy.olderThanSeconds = *seconds;
    }
    auto n = wholeNumber(parser, keepLast, 0, 1000000);
    if (!n)
        return fail(n.error(), asJson);
    policy.keepLast = *n;
    policy.database = parser.value(database);
    policy.purpose = parser.value(purpose);
    policy.honourDeleteAfter = !parser.isSet(ignoreDeleteAfter);

    SnapshotStore store(folder.folder(parser));
    auto all = store.list();
    if (!all)
        return fail(all.error(), asJson);
    const auto decisions = policy.apply(*all, QDateTime::currentDateTimeUtc());
    QStringList deleted;
    QJsonArray skipped;
    qint64 freed = 0, wouldFree = 0;
    int toDelete = 0;
    std::optional<Error> firstError;
    for (const auto &d : decisions) {
        if (!d.remove)
            continue;
        ++toDelete;
        wouldFree += d.entry.fileSize;
        if (!parser.isSet(yes))
            continue;
        if (auto st = store.remove(d.entry.name); st) {
            deleted << d.entry.name;
            freed += d.entry.fileSize;
        } else {
            skipped.append(QJsonObject{{QStringLiteral("name"), d.entry.name}, {QStringLiteral("reason"), st.error().message}});
            if (st.error().code != ErrorCode::Refused && !firstError)
                firstError = st.error();
        }
    }
    if (asJson) {
        QJsonArray ds;
        for (const auto &d : decisions)
            ds.append(QJsonObject{{QStringLiteral("name"), d.entry.name},
                                  {QStringLiteral("file"), d.entry.fileName},
                                  {QStringLiteral("createdAt"), d.entry.createdAt.toUTC().toString(Qt::ISODate)},
                                  {QStringLiteral("action"), d.remove ? QStringLiteral("delete") : QStringLiteral("keep")},
                                  {QStringLiteral("reason"), d.reason}});
        QJsonObject j{{QStringLiteral("ok"), !firstError.has_value()},
                      {QStringLiteral("dryRun"), !parser.isSet(yes)},
                      {QStringLiteral("decisions"), ds},
                      {QStringLiteral("deleted"), QJsonArray::fromStringList(deleted)},
                      {QStringLiteral("skipped"), skipped},
                      {QStringLiteral("freedBytes"), freed}};
        if (firstError)
            j.insert(QStringLiteral("error"), RestoreFlow::errorJson(*firstError));
        writeJson(m_out, j);
    } else {
        if (decisions.isEmpty()) {
            m_out << "No snapshots in " << store.folder() << " match.\n";
        } else {
            SnapshotPrinter::printPrune(m_out, decisions);
            m_out << "\n";
            if (toDelete == 0)
                m_out << "Nothing to delete.\n";
            else if (!parser.isSet(yes))
                m_out << "Would delete " << toDelete << (toDelete == 1 ? " snapshot" : " snapshots") << " (" << humanBytes(wouldFree)
                      << "). Nothing was deleted: pass --yes to delete.\n";
            else {
                m_out << "Deleted " << deleted.size() << (deleted.size() == 1 ? " snapshot" : " snapshots") << " (" << humanBytes(freed) << " freed).\n";
                for (const auto &s : std::as_const(skipped))
                    m_out << "Skipped " << s.toObject().value(QStringLiteral("name")).toString() << ": " << s.toObject().value(QStringLiteral("reason")).toString() << "\n";
            }
        }
        m_out.flush();
    }
    if (firstError) {
        m_err << "lifeboat-cli " << name() << ": error: " << firstError->message << "\n";
        m_err.flush();
        return firstError->exitCode();
    }
    return 0;
}

} // namespace lifeboat::cli

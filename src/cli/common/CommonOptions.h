#pragma once

#include "cli/output/ProgressPrinter.h"
#include "core/archive/ArchiveCompression.h"
#include "core/common/Limits.h"
#include "core/common/Result.h"
#include "core/config/ConnectionConfig.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

namespace lifeboat::cli {

// What a shared option means to the verb that adds it, as its --help says it. The defaults
// are the words most verbs use; "%1" in jobs and batchSize stands for the default number.
struct CommonOptionHelp {
    QString json = QStringLiteral("Machine-readable output on stdout.");
    QString mongoDb; // empty: the verb has no --mongo-db
    QString jobs = QStringLiteral("Insert workers (default %1).");
    QString batchSize = QStringLiteral("Documents per insert (default %1).");
    QString snapshotDir = QStringLiteral("The snapshot folder (default: $LIFEBOAT_SNAPSHOT_DIR, else ./snapshots).");
    QString compression = QStringLiteral("gzip (default), zstd or none.");
};

// The options the verbs share, defined once: --json, --quiet, --jobs, --batch-size,
// --snapshot-dir, --compression and the connection (--mongo-uri, --mongo-db, --env-file), with how each is
// read back and checked. A verb adds the ones it takes to its parser itself, in the order of
// its --help, and reads them back here. The ranges are core's (core/common/Limits.h).
class CommonOptions final {
public:
    explicit CommonOptions(const CommonOptionHelp &help = CommonOptionHelp());

    const QCommandLineOption json;
    const QCommandLineOption quiet;
    const QCommandLineOption jobs;
    const QCommandLineOption batchSize;
    const QCommandLineOption snapshotDir;
    const QCommandLineOption compression;
    const QCommandLineOption mongoUri;
    const QCommandLineOption mongoDb;
    const QCommandLineOption envFile;
    // --uri: a connection string of any kind; matrixone://... makes the snapshot verbs work on
    // that MatrixOne server's own snapshots, mongodb://... is the same as --mongo-uri.
    const QCommandLineOption uri;

    // Whether the verb takes --mongo-db (its help names it).
    bool hasMongoDb() const { return m_hasMongoDb; }
    // A bar, lines, JSON lines or nothing, from --json, --quiet and whether stderr is a terminal.
    ProgressPrinter::Mode progressMode(const QCommandLineParser &parser) const;
    // --snapshot-dir, or `fallback` without it.
    QString snapshotFolder(const QCommandLineParser &parser, const QString &fallback) const;

    // --compression: Usage "unknown compression '<kind>' (gzip, zstd or none)" for another word.
    Result<ArchiveCompression> readCompression(const QCommandLineParser &parser) const;

    // Whether --uri names a MatrixOne server (matrixone://...).
    bool isMatrixOne(const QCommandLineParser &parser) const;

    // --mongo-uri (or a mongodb:// --uri) and --mongo-db (when the verb has it), else $MONGO_URI/$MONGO_DB, else the
    // --env-file (ConnectionConfig::resolve).
    Result<ConnectionConfig> connection(const QCommandLineParser &parser) const;
    // The same, with the connection string checked to be a MongoDB URI (MongoUri::validate).
    Result<ConnectionConfig> checkedConnection(const QCommandLineParser &parser) const;

    // --jobs in limits::Jobs: Usage "--jobs takes a whole number from 1 to 64" otherwise.
    Result<int> readJobs(const QCommandLineParser &parser) const;
    // How a verb words a bad --batch-size or --jobs. Each verb keeps the words it has always
    // printed (scripts may match them):
    enum class Wording {
        EachOption,       // snapshot clone/restore: "--batch-size takes a whole number from 1 to 100000"
        BothOptions,      // restore: "--batch-size takes 1 to 100000 and --jobs 1 to 64"
        WholeNumbersOnly, // backup: "--batch-size and --jobs take whole numbers"; its engine checks the ranges
    };
    // --batch-size and --jobs, checked as `wording` says.
    Status readBatchAndJobs(const QCommandLineParser &parser, int &batchSize, int &jobs, Wording wording) const;

    // A whole number in `range`: Usage "--<option> takes a whole number from <min> to <max>" otherwise.
    static Result<int> wholeNumber(const QCommandLineParser &parser, const QCommandLineOption &option, limits::Range range);

private:
    bool m_hasMongoDb;
};

} // namespace lifeboat::cli

#include "core/backup/BackupRequestValidation.h"

#include "core/archive/SafeFileNames.h"
#include "core/common/Limits.h"
#include "core/config/MongoUri.h"

namespace lifeboat {

namespace {

bool isSafeName(const QString &name)
{
    return !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\')) && !name.startsWith(QLatin1Char('.'))
           && SafeFileNames::escape(name) == name;
}

} // namespace

QString backupName(const BackupRequest &request)
{
    return request.name.isEmpty() ? BackupRequest::defaultName() : request.name;
}

Status validateBackupRequest(const BackupRequest &r)
{
    if (auto st = MongoUri::validate(r.mongoUri); !st)
        return st;
    if (!r.allDatabases && r.database.isEmpty())
        return Error(ErrorCode::Config, QStringLiteral("no database given"), QStringLiteral("pass --mongo-db, set MONGO_DB, or use --all-databases"));
    if (r.allDatabases && !r.collections.isEmpty())
        return Error(ErrorCode::Usage, QStringLiteral("--collection cannot be combined with --all-databases"));
    if (auto st = limits::checkBatchSizeAndJobs(r.batchSize, r.jobs); !st)
        return st;
    if (r.compressionLevel != -1 && !isValidCompressionLevel(r.compression, r.compressionLevel))
        return Error(ErrorCode::Usage, QStringLiteral("compression level %1 is not valid for %2 (gzip 1-9, zstd 1-19)")
                                           .arg(r.compressionLevel).arg(compressionName(r.compression)));
    const QString name = backupName(r);
    if (!isSafeName(name))
        return Error(ErrorCode::Usage, QStringLiteral("backup name '%1' is not a safe file name").arg(name));
    return {};
}

} // namespace lifeboat

#include "core/restore/RestoreTargetLock.h"

#include "core/common/Sha256.h"
#include "core/config/MongoUri.h"

#include <QDir>

#include <unistd.h>

namespace lifeboat {

QString RestoreTargetLock::folder()
{
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QDir(runtime).exists())
        return QDir(runtime).filePath(QStringLiteral("lifeboat"));
    return QDir(QDir::tempPath()).filePath(QStringLiteral("lifeboat-%1").arg(::getuid()));
}

Result<SnapshotLock> RestoreTargetLock::acquire(const QString &mongoUri, const QString &database)
{
    const QString hosts = MongoUri::hosts(mongoUri);
    const QByteArray key = Sha256::hash((hosts + QLatin1Char('/') + database).toUtf8()).toHex().left(32);
    const QString dir = folder();
    if (!QDir().mkpath(dir))
        return Error(ErrorCode::Io, QStringLiteral("cannot create the lock folder %1").arg(dir));
    auto lock = SnapshotLock::acquire(QDir(dir).filePath(QStringLiteral("restore-") + QString::fromLatin1(key)), SnapshotLock::Mode::Exclusive);
    if (!lock && lock.error().code == ErrorCode::Refused)
        return Error(ErrorCode::Refused,
                     QStringLiteral("another restore into %1 on %2 is running on this computer; nothing was changed")
                         .arg(database, hosts.isEmpty() ? QStringLiteral("this server") : hosts),
                     QStringLiteral("wait for it to finish, then run this restore again"));
    return lock;
}

} // namespace lifeboat

#include "core/restore/RestorePhases.h"

#include "core/archive/SafeFileNames.h"
#include "core/backup/BackupEngine.h"
#include "core/restore/RestoreRun.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace lifeboat {

namespace {

bool archiveExists(const BackupRequest &snap, const QString &name)
{
    const QString path = QDir(snap.outDir).filePath(name + archiveExtension(snap.compression));
    return QFileInfo::exists(path) || QFileInfo::exists(path + QStringLiteral(".partial"));
}

// pre_restore_<db>_<time>, with _2, _3... when two restores start in the same second.
QString freeSnapshotName(const BackupRequest &snap, const QString &db)
{
    const QString base = QStringLiteral("pre_restore_%1_%2").arg(SafeFileNames::escape(db), QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd_HHmmss")));
    QString name = base;
    for (int n = 2; archiveExists(snap, name); ++n)
        name = base + QLatin1Char('_') + QString::number(n);
    return name;
}

} // namespace

Status takeSafetySnapshot(RestoreRun &run)
{
    if (!run.request.safetySnapshot || !run.plan.isDestructive())
        return {};
    BackupRequest snap;
    snap.mongoUri = run.request.mongoUri;
    snap.database = run.db;
    snap.outDir = run.request.snapshotDir.isEmpty() ? QFileInfo(run.request.archivePath).absolutePath() : run.request.snapshotDir;
    snap.name = freeSnapshotName(snap, run.db);
    snap.jobs = run.request.jobs;
    run.ticker.message(QStringLiteral("taking a safety snapshot of %1 before changing it").arg(run.db));
    auto backup = BackupEngine().run(snap, run.cancel);
    if (!backup)
        return backup.error().wrapped(QStringLiteral("the safety snapshot failed, so nothing was changed"));
    run.result.safetySnapshotPath = backup->archivePath;
    run.ticker.message(QStringLiteral("safety snapshot: %1").arg(backup->archivePath));
    return {};
}

} // namespace lifeboat

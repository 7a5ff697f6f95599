#include "core/backup/BackupRequest.h"

#include <QDateTime>

namespace lifeboat {

QString BackupRequest::defaultName()
{
    return QStringLiteral("backup_") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd_HHmmss"));
}

} // namespace lifeboat

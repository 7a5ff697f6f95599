#pragma once

#include "core/backup/BackupRequest.h"
#include "core/common/Result.h"

namespace lifeboat {

// The backup's name: the archive's top folder and file name (the request's, or the default).
QString backupName(const BackupRequest &request);

// Checks a request before anything connects or writes: Config (no database), Usage (bad
// options, an unsafe name), or what MongoUri::validate says of the URI.
Status validateBackupRequest(const BackupRequest &request);

} // namespace lifeboat

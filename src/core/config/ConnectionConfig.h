#pragma once

#include "core/common/Result.h"

#include <QString>

namespace lifeboat {

// MONGO_URI and MONGO_DB as the runbook's scripts take them: the command line first, then
// the process environment, then a .env file (python-dotenv rules).
struct ConnectionConfig {
    QString mongoUri;
    QString database;
    QString uriSource; // "command line", "environment", ".env" (for messages)

    static Result<ConnectionConfig> resolve(const QString &cliUri, const QString &cliDatabase,
                                            const QString &envFile = QStringLiteral(".env"));
};

} // namespace lifeboat

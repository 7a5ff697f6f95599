#include "core/config/ConnectionConfig.h"

#include "core/config/DotEnv.h"
#include "core/config/MongoUri.h"

#include <QProcessEnvironment>

namespace lifeboat {

Result<ConnectionConfig> ConnectionConfig::resolve(const QString &cliUri, const QString &cliDatabase, const QString &envFile)
{
    auto dotenv = DotEnv::load(envFile);
    if (!dotenv)
        return dotenv.error();
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    ConnectionConfig config;
    auto pick = [&](const QString &cli, const QString &key, QString *source) {
        if (!cli.isEmpty()) {
            if (source)
                *source = QStringLiteral("command line");
            return cli;
        }
        if (env.contains(key) && !env.value(key).isEmpty()) {
            if (source)
                *source = QStringLiteral("environment");
            return env.value(key);
        }
        if (source)
            *source = envFile;
        return dotenv->value(key);
    };
    config.mongoUri = pick(cliUri, QStringLiteral("MONGO_URI"), &config.uriSource);
    config.database = pick(cliDatabase, QStringLiteral("MONGO_DB"), nullptr);
    if (config.database.isEmpty())
        config.database = MongoUri::database(config.mongoUri);
    return config;
}

} // namespace lifeboat

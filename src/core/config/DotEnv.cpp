#include "core/config/DotEnv.h"

#include "core/config/DotEnvParser.h"

#include <QFile>

namespace lifeboat {

Result<QHash<QString, QString>> DotEnv::parse(const QString &input, const QString &sourceName)
{
    // python-dotenv reads files with universal newlines: CRLF is one '\n', also inside quotes.
    QString text = input;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return DotEnvParser(text, sourceName).parse();
}

Result<QHash<QString, QString>> DotEnv::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return QHash<QString, QString>();
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Config, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return parse(QString::fromUtf8(file.readAll()), path);
}

} // namespace lifeboat

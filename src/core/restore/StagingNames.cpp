#include "core/restore/StagingNames.h"

#include <QRandomGenerator>

namespace lifeboat::staging {

QString newRunId()
{
    return QStringLiteral("%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

QString nameOf(const QString &runId, const QString &collection)
{
    return QLatin1String(Prefix) + runId + QLatin1Char('_') + collection;
}

bool isStagingName(const QString &collection)
{
    return collection.startsWith(QLatin1String(Prefix));
}

QString nameProblem(const QString &db, const QString &collection, bool staged)
{
    if (collection.isEmpty())
        return QStringLiteral("an empty name");
    if (collection.contains(QLatin1Char('$')))
        return QStringLiteral("'$' in the name");
    if (collection.contains(QChar(0)))
        return QStringLiteral("a NUL character in the name");
    if (collection.startsWith(QLatin1Char('.')) || collection.endsWith(QLatin1Char('.')) || collection.contains(QLatin1String("..")))
        return QStringLiteral("a name that begins or ends with '.' or holds '..'");
    const int bytes = int(db.toUtf8().size() + 1 + collection.toUtf8().size());
    if (bytes > MaxNamespaceBytes)
        return QStringLiteral("a name too long: %1.%2 is %3 bytes, over the server's %4").arg(db, collection.left(40) + QStringLiteral("…")).arg(bytes).arg(MaxNamespaceBytes);
    if (staged && bytes + Overhead > MaxNamespaceBytes)
        return QStringLiteral("a name too long for its staging collection (%1 bytes with it, over %2): restore it with --in-place")
            .arg(bytes + Overhead).arg(MaxNamespaceBytes);
    return {};
}

} // namespace lifeboat::staging

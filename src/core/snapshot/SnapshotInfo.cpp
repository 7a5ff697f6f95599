#include "core/snapshot/SnapshotInfo.h"

#include <QJsonArray>

#include <pwd.h>
#include <unistd.h>

namespace lifeboat {

QString snapshotLevelName(SnapshotLevel level)
{
    switch (level) {
    case SnapshotLevel::Collection:
        return QStringLiteral("collection");
    case SnapshotLevel::Database:
        return QStringLiteral("database");
    case SnapshotLevel::Deployment:
        return QStringLiteral("deployment");
    }
    return QStringLiteral("database");
}

std::optional<SnapshotLevel> parseSnapshotLevel(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("collection") || n == QLatin1String("table"))
        return SnapshotLevel::Collection;
    if (n == QLatin1String("database"))
        return SnapshotLevel::Database;
    if (n == QLatin1String("deployment") || n == QLatin1String("account"))
        return SnapshotLevel::Deployment;
    return std::nullopt;
}

bool SnapshotInfo::isExpired(const QDateTime &now) const
{
    return deleteAfter.isValid() && now.toUTC() > deleteAfter.toUTC();
}

QJsonObject SnapshotInfo::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("description"), description},
                  {QStringLiteral("level"), snapshotLevelName(level)},
                  {QStringLiteral("purpose"), purpose},
                  {QStringLiteral("createdBy"), createdBy},
                  {QStringLiteral("versionBefore"), versionBefore},
                  {QStringLiteral("versionTarget"), versionTarget},
                  {QStringLiteral("tags"), QJsonArray::fromStringList(tags)}};
    if (deleteAfter.isValid())
        o.insert(QStringLiteral("deleteAfter"), deleteAfter.toUTC().toString(Qt::ISODate));
    return o;
}

SnapshotInfo SnapshotInfo::fromJson(const QJsonObject &o)
{
    SnapshotInfo s;
    s.name = o.value(QStringLiteral("name")).toString();
    s.description = o.value(QStringLiteral("description")).toString();
    s.level = parseSnapshotLevel(o.value(QStringLiteral("level")).toString()).value_or(SnapshotLevel::Database);
    s.purpose = o.value(QStringLiteral("purpose")).toString();
    s.createdBy = o.value(QStringLiteral("createdBy")).toString();
    s.versionBefore = o.value(QStringLiteral("versionBefore")).toString();
    s.versionTarget = o.value(QStringLiteral("versionTarget")).toString();
    for (const auto &t : o.value(QStringLiteral("tags")).toArray())
        s.tags << t.toString();
    const QString after = o.value(QStringLiteral("deleteAfter")).toString();
    if (!after.isEmpty()) {
        QDateTime t = QDateTime::fromString(after, Qt::ISODateWithMs);
        if (!t.isValid())
            t = QDateTime::fromString(after, Qt::ISODate);
        if (t.isValid())
            s.deleteAfter = t.toUTC();
    }
    return s;
}

QString SnapshotInfo::defaultCreatedBy()
{
    for (const char *var : {"USER", "USERNAME", "LOGNAME"}) {
        const QString v = qEnvironmentVariable(var);
        if (!v.isEmpty())
            return v;
    }
    if (const passwd *pw = ::getpwuid(::getuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return {};
}

} // namespace lifeboat

#include "core/snapshot/SnapshotNames.h"

namespace lifeboat {

namespace {

bool allowed(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '.' || u == '_' || u == '-';
}

} // namespace

Status SnapshotNames::validate(const QString &name)
{
    if (name.isEmpty())
        return Error(ErrorCode::Usage, QStringLiteral("a snapshot name cannot be empty"));
    if (name.size() > MaxLength)
        return Error(ErrorCode::Usage, QStringLiteral("the snapshot name '%1' is %2 characters long; at most %3 are allowed")
                                           .arg(name.left(20) + QStringLiteral("…"))
                                           .arg(name.size())
                                           .arg(MaxLength));
    if (name.startsWith(QLatin1Char('.')) || name.startsWith(QLatin1Char('-')))
        return Error(ErrorCode::Usage, QStringLiteral("the snapshot name '%1' starts with '%2'; start it with a letter, digit or '_'")
                                           .arg(name, name.left(1)));
    for (const QChar c : name) {
        if (!allowed(c))
            return Error(ErrorCode::Usage, QStringLiteral("the snapshot name '%1' contains '%2'; use only letters A-Z a-z, digits, '.', '_' and '-'")
                                               .arg(name, QString(c)));
    }
    return {};
}

QString SnapshotNames::sanitize(const QString &candidate)
{
    QString out;
    out.reserve(candidate.size());
    for (const QChar c : candidate)
        out += allowed(c) ? c : QLatin1Char('_');
    while (out.startsWith(QLatin1Char('.')) || out.startsWith(QLatin1Char('-')))
        out.remove(0, 1);
    return out.left(MaxLength);
}

QString SnapshotNames::propose(const QString &purpose, const QString &version, const QDateTime &when)
{
    const QString stamp = when.toLocalTime().toString(QStringLiteral("yyyyMMdd_HHmmss"));
    QString p = sanitize(purpose.trimmed());
    if (p.isEmpty())
        p = QStringLiteral("snapshot");
    QString v = sanitize(version.trimmed());
    if (v.startsWith(QLatin1Char('v')) || v.startsWith(QLatin1Char('V')))
        v.remove(0, 1);
    const QString suffix = (v.isEmpty() ? QString() : QStringLiteral("_v") + v) + QLatin1Char('_') + stamp;
    if (p.size() + suffix.size() > MaxLength) {
        // Keep the timestamp whole; cut the purpose first, then the version.
        const int room = MaxLength - int(suffix.size());
        if (room >= 1)
            return p.left(room) + suffix;
        return p.left(1) + QLatin1Char('_') + stamp;
    }
    return p + suffix;
}

} // namespace lifeboat

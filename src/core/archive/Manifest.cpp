#include "core/archive/Manifest.h"

#include <QJsonDocument>

namespace lifeboat {

namespace {

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseUtc(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    return t.toUTC();
}

} // namespace

QJsonObject CollectionRecord::toJson() const
{
    QJsonObject o{{QStringLiteral("database"), database},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("type"), type}};
    if (type == QLatin1String("view")) {
        o.insert(QStringLiteral("viewOn"), viewOn);
        o.insert(QStringLiteral("pipeline"), pipeline);
        return o;
    }
    o.insert(QStringLiteral("file"), file);
    o.insert(QStringLiteral("documents"), documents);
    o.insert(QStringLiteral("bytes"), bytes);
    o.insert(QStringLiteral("sha256"), sha256);
    o.insert(QStringLiteral("digest"), digest);
    o.insert(QStringLiteral("indexes"), indexes);
    return o;
}

CollectionRecord CollectionRecord::fromJson(const QJsonObject &o)
{
    CollectionRecord r;
    r.database = o.value(QStringLiteral("database")).toString();
    r.name = o.value(QStringLiteral("name")).toString();
    r.file = o.value(QStringLiteral("file")).toString();
    r.type = o.value(QStringLiteral("type")).toString(QStringLiteral("collection"));
    r.documents = o.value(QStringLiteral("documents")).toInteger();
    r.bytes = o.value(QStringLiteral("bytes")).toInteger();
    r.sha256 = o.value(QStringLiteral("sha256")).toString();
    r.digest = o.value(QStringLiteral("digest")).toString();
    r.indexes = o.value(QStringLiteral("indexes")).toArray();
    r.viewOn = o.value(QStringLiteral("viewOn")).toString();
    r.pipeline = o.value(QStringLiteral("pipeline")).toArray();
    return r;
}

qint64 Manifest::totalDocuments() const
{
    qint64 n = 0;
    for (const auto &c : collections)
        n += c.documents;
    return n;
}

qint64 Manifest::totalBytes() const
{
    qint64 n = 0;
    for (const auto &c : collections)
        n += c.bytes;
    return n;
}

QString Manifest::databaseFolder(const QString &database) const
{
    if (!nestsDatabases())
        return {};
    for (const auto &c : collections) {
        if (c.database == database && !c.file.isEmpty())
            return c.file.left(c.file.indexOf(QLatin1Char('/')) + 1);
    }
    return database + QLatin1Char('/');
}

QJsonObject Manifest::toJson() const
{
    QJsonObject o = extra;
    o.insert(QStringLiteral("format"), QString::fromLatin1(FormatName));
    o.insert(QStringLiteral("formatVersion"), formatVersion);
    o.insert(QStringLiteral("tool"), QJsonObject{{QStringLiteral("name"), toolName}, {QStringLiteral("version"), toolVersion}});
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("createdAt"), isoUtc(createdAt));
    o.insert(QStringLiteral("completedAt"), isoUtc(completedAt));
    o.insert(QStringLiteral("source"), QJsonObject{{QStringLiteral("hosts"), sourceHosts},
                                                   {QStringLiteral("uri"), sourceUri},
                                                   {QStringLiteral("server"), server}});
    o.insert(QStringLiteral("scope"), scope);
    o.insert(QStringLiteral("databases"), QJsonArray::fromStringList(databases));
    o.insert(QStringLiteral("json"), QJsonObject{{QStringLiteral("style"), jsonStyle}, {QStringLiteral("pretty"), pretty}});
    o.insert(QStringLiteral("compression"), compression);
    QJsonObject pit{{QStringLiteral("consistent"), pointInTime}};
    if (pointInTime)
        pit.insert(QStringLiteral("clusterTime"), clusterTime);
    else
        pit.insert(QStringLiteral("note"), pointInTimeNote);
    o.insert(QStringLiteral("pointInTime"), pit);
    QJsonArray cols;
    for (const auto &c : collections)
        cols.append(c.toJson());
    o.insert(QStringLiteral("collections"), cols);
    o.insert(QStringLiteral("totals"), QJsonObject{{QStringLiteral("documents"), totalDocuments()},
                                                   {QStringLiteral("bytes"), totalBytes()}});
    if (snapshot)
        o.insert(QStringLiteral("snapshot"), snapshot->toJson());
    return o;
}

QByteArray Manifest::toBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

Result<Manifest> Manifest::fromBytes(const QByteArray &bytes, const QString &sourceName)
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return Error(ErrorCode::ArchiveCorrupt, QStringLiteral("%1 is not valid JSON: %2 at byte %3")
                                                    .arg(sourceName, perr.errorString()).arg(perr.offset));
    QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(FormatName))
        return Error(ErrorCode::ArchiveCorrupt, QStringLiteral("%1 is not a Lifeboat manifest").arg(sourceName));
    Manifest m;
    m.formatVersion = o.value(QStringLiteral("formatVersion")).toInt();
    if (m.formatVersion < 1 || m.formatVersion > FormatVersion)
        return Error(ErrorCode::ArchiveCorrupt, QStringLiteral("%1 has format version %2; this Lifeboat reads up to %3")
                                                    .arg(sourceName).arg(m.formatVersion).arg(FormatVersion),
                     QStringLiteral("update Lifeboat"));
    const auto tool = o.value(QStringLiteral("tool")).toObject();
    m.toolName = tool.value(QStringLiteral("name")).toString();
    m.toolVersion = tool.value(QStringLiteral("version")).toString();
    m.name = o.value(QStringLiteral("name")).toString();
    m.createdAt = parseUtc(o.value(QStringLiteral("createdAt")).toString());
    m.completedAt = parseUtc(o.value(QStringLiteral("completedAt")).toString());
    const auto source = o.value(QStringLiteral("source")).toObject();
    m.sourceHosts = source.value(QStringLiteral("hosts")).toString();
    m.sourceUri = source.value(QStringLiteral("uri")).toString();
    m.server = source.value(QStringLiteral("server")).toObject();
    m.scope = o.value(QStringLiteral("scope")).toString();
    for (const auto &d : o.value(QStringLiteral("databases")).toArray())
        m.databases << d.toString();
    const auto json = o.value(QStringLiteral("json")).toObject();
    m.jsonStyle = json.value(QStringLiteral("style")).toString(QStringLiteral("canonical"));
    m.pretty = json.value(QStringLiteral("pretty")).toBool();
    m.compression = o.value(QStringLiteral("compression")).toString();
    const auto pit = o.value(QStringLiteral("pointInTime")).toObject();
    m.pointInTime = pit.value(QStringLiteral("consistent")).toBool();
    m.clusterTime = pit.value(QStringLiteral("clusterTime")).toObject();
    m.pointInTimeNote = pit.value(QStringLiteral("note")).toString();
    for (const auto &c : o.value(QStringLiteral("collections")).toArray())
        m.collections << CollectionRecord::fromJson(c.toObject());
    if (o.value(QStringLiteral("snapshot")).isObject())
        m.snapshot = SnapshotInfo::fromJson(o.value(QStringLiteral("snapshot")).toObject());
    for (const char *known : {"format", "formatVersion", "tool", "name", "createdAt", "completedAt", "source", "scope",
                              "databases", "json", "compression", "pointInTime", "collections", "totals", "snapshot"})
        o.remove(QLatin1String(known));
    m.extra = o;
    return m;
}

} // namespace lifeboat

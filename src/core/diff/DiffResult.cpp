#include "core/diff/DiffResult.h"

#include "core/common/CsvField.h"

#include <QJsonArray>

#include <algorithm>

namespace lifeboat {

QByteArray DocumentDifference::csvHeader()
{
    return QByteArrayLiteral("collection,difference,id,changed_fields\r\n");
}

QByteArray DocumentDifference::csvRow() const
{
    return csvField(collection) + ',' + csvField(kindName(kind)) + ',' + csvField(QString::fromUtf8(id)) + ','
           + csvField(changedFields.join(QLatin1Char(' '))) + "\r\n";
}

QString DocumentDifference::kindName(Kind kind)
{
    switch (kind) {
    case Kind::OnlyInArchive:
        return QStringLiteral("only-in-archive");
    case Kind::OnlyInTarget:
        return QStringLiteral("only-in-target");
    case Kind::Different:
        return QStringLiteral("different");
    }
    return {};
}

QJsonObject DocumentDifference::toJson() const
{
    QJsonObject o{{QStringLiteral("event"), QStringLiteral("document")},
                  {QStringLiteral("collection"), collection},
                  {QStringLiteral("difference"), kindName(kind)},
                  {QStringLiteral("id"), QString::fromUtf8(id)}};
    if (kind == Kind::Different)
        o.insert(QStringLiteral("changedFields"), QJsonArray::fromStringList(changedFields));
    return o;
}

QJsonObject CollectionDiff::toJson() const
{
    return QJsonObject{{QStringLiteral("event"), QStringLiteral("collection")},
                       {QStringLiteral("collection"), collection},
                       {QStringLiteral("identical"), identical()},
                       {QStringLiteral("inArchive"), inArchive},
                       {QStringLiteral("inTarget"), inTarget},
                       {QStringLiteral("archiveDocuments"), archiveCount},
                       {QStringLiteral("targetDocuments"), targetCount},
                       {QStringLiteral("onlyInArchive"), onlyInArchive},
                       {QStringLiteral("onlyInTarget"), onlyInTarget},
                       {QStringLiteral("different"), different},
                       {QStringLiteral("same"), same},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(notes)}};
}

bool DiffResult::identical() const
{
    return std::all_of(collections.cbegin(), collections.cend(), [](const CollectionDiff &c) { return c.identical(); });
}

} // namespace lifeboat

#include "core/archive/CollectionDocumentReader.h"

#include "core/archive/StreamedCollectionReader.h"

namespace lifeboat {

QList<ArchiveContents::CollectionFile> CollectionDocumentReader::collectionsOf(const ArchiveContents &contents, const QString &database)
{
    QList<ArchiveContents::CollectionFile> out;
    for (const auto &f : contents.collectionFiles()) {
        if (!f.isBucketFile && (database.isEmpty() || f.database.isEmpty() || f.database == database))
            out << f;
    }
    return out;
}

Result<std::unique_ptr<CollectionDocumentReader>> CollectionDocumentReader::open(std::shared_ptr<const ArchiveContents> contents,
                                                                                const QString &collection, const QString &database)
{
    QList<ArchiveContents::CollectionFile> found;
    QStringList names;
    for (const auto &f : collectionsOf(*contents, database)) {
        names << (f.database.isEmpty() ? f.collection : f.database + QLatin1Char('.') + f.collection);
        if (f.collection == collection)
            found << f;
    }
    if (found.isEmpty())
        return Error(ErrorCode::NotFound, QStringLiteral("%1 holds no collection %2").arg(contents->archivePath(), collection),
                     names.isEmpty() ? QString() : QStringLiteral("it holds: %1").arg(names.join(QStringLiteral(", "))));
    if (found.size() > 1)
        return Error(ErrorCode::Usage, QStringLiteral("%1 holds a collection %2 in several databases").arg(contents->archivePath(), collection),
                     QStringLiteral("name the database with --source-db"));
    return std::unique_ptr<CollectionDocumentReader>(std::make_unique<StreamedCollectionReader>(std::move(contents), found.constFirst()));
}

} // namespace lifeboat

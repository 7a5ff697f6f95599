#include "core/archive/CollectionDocumentReader.h"

#include "core/archive/SeekingCollectionReader.h"
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
    if (contents->blocks() && found.constFirst().entry >= 0)
        return std::unique_ptr<CollectionDocumentReader>(std::make_unique<SeekingCollectionReader>(std::move(contents), found.constFirst()));
    return std::unique_ptr<CollectionDocumentReader>(std::make_unique<StreamedCollectionReader>(std::move(contents), found.constFirst()));
}

Status CollectionDocumentReader::deliver(JsonDocumentReader &documents, qint64 number, qint64 skip, const Take &take, const CancelToken &cancel)
{
    const auto cancelled = [&documents] {
        return Error(ErrorCode::Cancelled, QStringLiteral("reading %1 cancelled").arg(documents.sourceName()));
    };
    for (; number < skip; ++number) {
        if (cancel.isCancelled())
            return cancelled();
        auto text = documents.nextText();
        if (!text)
            return text.error();
        if (!text->has_value())
            return {};
    }
    for (;; ++number) {
        if (cancel.isCancelled())
            return cancelled();
        auto doc = documents.next();
        if (!doc)
            return doc.error();
        if (!doc->has_value())
            return {};
        auto more = take((*doc)->bson.get(), number);
        if (!more)
            return more.error();
        if (!*more)
            return {};
    }
}

} // namespace lifeboat

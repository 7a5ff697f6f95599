#include "core/diff/ArchiveDiffSide.h"

#include "core/archive/CollectionDocumentReader.h"
#include "core/diff/DocumentId.h"

namespace lifeboat {

namespace {

Status eachDocument(JsonDocumentReader &documents, const std::function<Status(DocumentRef)> &take)
{
    for (;;) {
        auto doc = documents.next();
        if (!doc)
            return doc.error();
        if (!doc->has_value())
            return {};
        if (auto st = take((*doc)->bson.get()); !st)
            return st;
    }
}

} // namespace

QString ArchiveDiffSide::describe() const
{
    return QStringLiteral("archive %1").arg(m_contents->archivePath());
}

bool ArchiveDiffSide::wanted(const ArchiveContents::CollectionFile &f) const
{
    return !f.isBucketFile && (m_database.isEmpty() || f.database.isEmpty() || f.database == m_database);
}

Result<QStringList> ArchiveDiffSide::collections()
{
    QStringList names;
    for (const auto &f : CollectionDocumentReader::collectionsOf(*m_contents, m_database)) {
        if (names.contains(f.collection))
            return Error(ErrorCode::Usage, QStringLiteral("%1 holds a collection %2 in several databases").arg(m_contents->archivePath(), f.collection),
                         QStringLiteral("name the archive's database with --source-db"));
        names << f.collection;
    }
    return names;
}

Status ArchiveDiffSide::scan(const QStringList &collections, const Add &add, const Done &done, const CancelToken &cancel)
{
    QStringList left = collections;
    auto st = m_contents->forEachCollection(
        [&](const ArchiveContents::CollectionFile &f, JsonDocumentReader &documents) -> Status {
            if (auto each = eachDocument(documents, [&](const bson_t *doc) { return add(f.collection, doc); }); !each)
                return each;
            left.removeAll(f.collection);
            return done(f.collection);
        },
        [&](const ArchiveContents::CollectionFile &f) { return wanted(f) && collections.contains(f.collection); }, cancel);
    if (!st)
        return st;
    for (const QString &c : std::as_const(left)) {
        if (auto d = done(c); !d)
            return d;
    }
    return {};
}

Status ArchiveDiffSide::fetch(const QHash<QString, QSet<QByteArray>> &keys, const Add &take, const CancelToken &cancel)
{
    return m_contents->forEachCollection(
        [&](const ArchiveContents::CollectionFile &f, JsonDocumentReader &documents) -> Status {
            const QSet<QByteArray> &wantedKeys = keys[f.collection];
            return eachDocument(documents, [&](const bson_t *doc) -> Status {
                return wantedKeys.contains(DocumentId::keyOf(doc)) ? take(f.collection, doc) : Status();
            });
        },
        [&](const ArchiveContents::CollectionFile &f) { return wanted(f) && keys.contains(f.collection); }, cancel);
}

} // namespace lifeboat

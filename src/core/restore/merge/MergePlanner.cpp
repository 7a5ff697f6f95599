#include "core/restore/merge/MergePlanner.h"

#include "core/common/Sha256.h"
#include "core/diff/DatabaseDiffSide.h"
#include "core/diff/DocumentId.h"
#include "core/mongo/DatabaseCatalog.h"


#include <cstring>

namespace lifeboat {

namespace {

constexpr size_t LookupBatch = 5000;

MergePlan::Digest digestOf(const bson_t *doc)
{
    MergePlan::Digest d{};
    const QByteArray sha = Sha256::hash(QByteArrayView(reinterpret_cast<const char *>(bson_get_data(doc)), doc->len));
    std::memcpy(d.data(), sha.constData(), d.size());
    return d;
}

} // namespace

Result<QString> MergePlanner::targetDatabase(const MergeRestoreRequest &request, const ArchiveContents &contents,
                                             const ArchiveContents::CollectionFile &file)
{
    if (!request.targetDatabase.isEmpty())
        return request.targetDatabase;
    if (!file.database.isEmpty())
        return file.database;
    if (contents.manifest() && contents.manifest()->databases.size() == 1)
        return contents.manifest()->databases.constFirst();
    return Error(ErrorCode::Usage, QStringLiteral("%1 does not say which database it came from").arg(contents.archivePath()),
                 QStringLiteral("name the target database with --target-db"));
}

// collStats' count: countDocuments would read the whole collection on some servers (FerretDB),
// longer than the surgical restore itself.
Result<qint64> MergePlanner::countDocuments(const PooledClient &client, const QString &db, const QString &collection)
{
    return DatabaseCatalog::estimate(client, db, collection).documents;
}

Result<MergePlan> MergePlanner::plan()
{
    auto contents = ArchiveContents::open(m_request.archivePath, m_cancel);
    if (!contents)
        return contents.error();
    m_plan.archive = std::make_shared<const ArchiveContents>(std::move(*contents));
    auto reader = CollectionDocumentReader::open(m_plan.archive, m_request.collection, m_request.sourceDatabase);
    if (!reader)
        return reader.error();
    auto db = targetDatabase(m_request, *m_plan.archive, (*reader)->file());
    if (!db)
        return db.error();
    m_plan.archivePath = m_request.archivePath;
    m_plan.targetDatabase = *db;
    m_plan.collection = m_request.collection;
    m_plan.mode = m_request.mode;
    auto pool = MongoClientPool::create(m_request.mongoUri, 1);
    if (!pool)
        return pool.error();
    if (auto st = (*pool)->ping(); !st)
        return st.error();
    const PooledClient client = (*pool)->acquire();
    auto count = countDocuments(client, *db, m_request.collection);
    if (!count)
        return count.error();
    m_plan.targetDocuments = *count;
    if (m_request.ids)
        m_ids = QSet<QByteArray>(m_request.ids->cbegin(), m_request.ids->cend());
    if (auto st = select(**reader, client); !st)
        return st.error();
    if (m_request.ids)
        m_plan.missingIds = m_ids.size() - m_plan.selected;
    if (m_plan.missingIds > 0)
        m_plan.warnings << QStringLiteral("%1 of the given _ids are not in the archive's %2").arg(m_plan.missingIds).arg(m_request.collection);
    return std::move(m_plan);
}

Status MergePlanner::select(CollectionDocumentReader &reader, const PooledClient &client)
{
    qint64 duplicates = 0;
    auto st = reader.read(
        0,
        [&](const bson_t *doc, qint64) -> Result<bool> {
            QByteArray key = DocumentId::keyOf(doc);
            const bool wanted = m_request.ids ? m_ids.contains(key) : m_request.filter.matches(doc);
            if (!wanted)
                return true;
            if (m_seen.contains(key)) {
                ++duplicates;
                return true;
            }
            m_seen.insert(key);
            ++m_plan.selected;
            m_pending.push_back(Pending{std::move(key), digestOf(doc)});
            if (m_pending.size() >= LookupBatch) {
                if (auto c = classify(client); !c)
                    return c.error();
            }
            return true;
        },
        m_cancel);
    if (!st)
        return st;
    if (duplicates > 0)
        m_plan.warnings << QStringLiteral("the archive holds %1 more documents with an _id already selected: only the first is restored").arg(duplicates);
    return classify(client);
}

// The pending documents looked up in the collection by _id.
Status MergePlanner::classify(const PooledClient &client)
{
    if (m_pending.empty())
        return {};
    QList<QByteArray> keys;
    for (const auto &p : m_pending)
        keys << p.key;
    QHash<QByteArray, MergePlan::Digest> existing;
    auto st = DatabaseDiffSide::findByIds(client, m_plan.targetDatabase, m_plan.collection, keys,
                                          [&](const bson_t *doc) -> Status {
                                              existing.insert(DocumentId::keyOf(doc), digestOf(doc));
                                              return {};
                                          },
                                          m_cancel);
    if (!st)
        return st;
    for (const auto &p : m_pending) {
        const auto found = existing.constFind(p.key);
        if (found == existing.cend()) {
            if (m_plan.mode == MergeMode::Replace)
                ++m_plan.missingSkipped;
            else
                m_plan.toInsert.insert(p.key, p.digest);
        } else if (*found == p.digest) {
            ++m_plan.identical;
        } else if (m_plan.mode == MergeMode::InsertMissing) {
            ++m_plan.differingKept;
        } else {
            m_plan.toReplace.insert(p.key, p.digest);
        }
    }
    m_pending.clear();
    return {};
}

} // namespace lifeboat

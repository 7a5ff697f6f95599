#include "app/restore/surgical/SurgicalRestoreSession.h"

#include "core/codec/ExtJsonCodec.h"
#include "core/diff/DocumentId.h"

namespace lifeboat::app {

Result<QList<QByteArray>> SurgicalRestoreSession::keysOf(const QList<QByteArray> &idsJson)
{
    QList<QByteArray> keys;
    keys.reserve(idsJson.size());
    for (const QByteArray &id : idsJson) {
        auto doc = ExtJsonCodec::decode(QByteArray("{\"_id\":" + id + "}"));
        if (!doc)
            return Error(ErrorCode::Usage, QStringLiteral("not an _id in Extended JSON: %1").arg(QString::fromUtf8(id)));
        keys << DocumentId::keyOf(doc->get());
    }
    return keys;
}

Result<MergeRestoreRequest> SurgicalRestoreSession::request() const
{
    MergeRestoreRequest r;
    r.archivePath = selection.archivePath;
    r.sourceDatabase = selection.sourceDatabase;
    r.collection = selection.collection;
    r.mongoUri = target.request.mongoUri;
    r.targetDatabase = target.request.targetDatabase;
    r.mode = mode;
    r.safetySnapshot = safetySnapshot;
    r.batchSize = batchSize;
    if (byIds()) {
        auto keys = keysOf(selection.ids);
        if (!keys)
            return keys.error();
        r.ids = *keys;
    } else {
        auto filter = DocumentFilter::parse(selection.filterJson.trimmed().toUtf8());
        if (!filter)
            return filter.error();
        r.filter = *filter;
    }
    return r;
}

} // namespace lifeboat::app

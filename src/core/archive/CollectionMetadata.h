#pragma once

#include "core/codec/BsonDocument.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>

namespace lifeboat {

// One entry of collections_metadata.json (a listCollections entry).
struct CollectionMetadataEntry {
    QString name;
    QString type; // "collection", "timeseries", "view"
    std::shared_ptr<BsonDocument> options; // never null; empty document when absent
};

// Parses collections_metadata.json: a JSON array of listCollections entries, in canonical,
// relaxed or legacy Extended JSON (the runbook's script wrote json_util.dumps of the list).
class CollectionMetadata final {
public:
    static Result<QHash<QString, CollectionMetadataEntry>> parse(const QByteArray &json, const QString &sourceName);
};

} // namespace lifeboat

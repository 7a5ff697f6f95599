#pragma once

#include "core/codec/BsonDocument.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

namespace lifeboat {

// One database's folder in the archive ("" for a one-database backup, "<db>/" for a whole
// deployment), with the listCollections entries that go into its collections_metadata.json.
struct BackupFolder {
    QString path;
    std::vector<std::shared_ptr<BsonDocument>> entries;

    // The collections_metadata.json: a JSON array, one canonical entry per line.
    QByteArray metadataJson() const;
};

} // namespace lifeboat

#pragma once

#include "core/codec/DocumentRef.h"
#include "core/common/CancelToken.h"
#include "core/common/Result.h"

#include <bson/bson.h>

#include <QHash>
#include <QSet>
#include <QStringList>

#include <functional>

namespace lifeboat {

// One side of a document diff: an archive (ArchiveDiffSide) or a database (DatabaseDiffSide).
// The diff scans each side once, keeping only each document's key and digest, and fetches
// whole documents back only for the ones that differ.
class DiffSide {
public:
    virtual ~DiffSide() = default;
    // "archive <path>", "database <name>": for messages and the report.
    virtual QString describe() const = 0;
    // The collections it holds (documents, not views), in its order.
    virtual Result<QStringList> collections() = 0;

    using Add = std::function<Status(const QString &collection, DocumentRef doc)>;
    using Done = std::function<Status(const QString &collection)>;
    // Every document of the named collections to `add`, then `done` for the collection (also for
    // a named collection the side lacks).
    virtual Status scan(const QStringList &collections, const Add &add, const Done &done, const CancelToken &cancel) = 0;
    // The documents of the keys asked (DocumentId::keyOf), per collection, in any order.
    virtual Status fetch(const QHash<QString, QSet<QByteArray>> &keys, const Add &take, const CancelToken &cancel) = 0;
};

} // namespace lifeboat

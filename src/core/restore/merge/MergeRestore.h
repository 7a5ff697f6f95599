#pragma once

#include "core/archive/ArchiveContents.h"
#include "core/common/Limits.h"
#include "core/query/DocumentFilter.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <array>
#include <memory>
#include <optional>

namespace lifeboat {

// How a surgical restore treats the archive's documents it selects.
enum class MergeMode {
    InsertMissing, // put back those whose _id the collection lacks; leave every existing document alone
    Replace,       // overwrite those that exist (and differ); insert nothing
    Upsert,        // both
};
QString mergeModeName(MergeMode mode); // "insert-missing", "replace", "upsert"
std::optional<MergeMode> mergeModeFromName(const QString &name);

// A surgical restore: some documents of one collection of an archive, selected by a filter or
// by _id, put back into the existing collection without touching the others.
struct MergeRestoreRequest {
    QString archivePath;
    QString mongoUri;
    QString targetDatabase;   // default: the archive's database
    QString sourceDatabase;   // which database of a whole-deployment archive
    QString collection;
    DocumentFilter filter;    // the documents selected, or:
    std::optional<QList<QByteArray>> ids; // _id keys (DocumentId::keyOf), from --ids
    MergeMode mode = MergeMode::InsertMissing;
    bool safetySnapshot = true;
    QString snapshotDir;      // default: the archive's folder
    int batchSize = limits::DefaultBatchSize;

    // Reads --ids' file: one _id per line as Extended JSON ({"$oid": "..."}, "A-17", 42), as
    // `diff` prints them; blank lines and lines starting with # are skipped.
    static Result<QList<QByteArray>> readIds(const QString &path);
};

// What a surgical restore will do, decided before anything is written: for each selected
// document of the archive, whether the collection lacks its _id (insert), holds it with other
// contents (replace, or leave alone with insert-missing) or holds it identical (nothing to do).
struct MergePlan {
    using Digest = std::array<uint8_t, 32>;
    QString archivePath;
    QString targetDatabase;
    QString collection;
    MergeMode mode = MergeMode::InsertMissing;
    qint64 selected = 0;         // archive documents the filter or --ids select
    qint64 missingIds = 0;       // --ids not in the archive
    qint64 targetDocuments = 0;  // in the collection now
    qint64 identical = 0;        // selected, present and identical
    qint64 differingKept = 0;    // selected, present, different, left alone (insert-missing)
    qint64 missingSkipped = 0;   // selected, absent, not inserted (replace)
    QHash<QByteArray, Digest> toInsert;  // key -> the archive document's SHA-256
    QHash<QByteArray, Digest> toReplace;
    QStringList warnings;
    std::shared_ptr<const ArchiveContents> archive;

    // Documents of the collection the restore does not touch.
    qint64 leftAlone() const { return targetDocuments - qint64(toReplace.size()); }
    // "insert 37 missing, replace 0, leave 249,963 alone"
    QString summary() const;
    QJsonObject toJson() const;
};

// One affected document after the restore.
struct MergedDocument {
    QByteArray id;      // canonical Extended JSON of the _id
    QString action;     // "insert", "replace"
    QString status;     // "ok", "mismatch", "missing", "conflict"; "unverified": sent by a run that
                        // stopped before its verification (MergeRestoreEngine::execute's `stopped`)
};

struct MergeResult {
    MergePlan plan;
    QString safetySnapshotPath; // the replaced documents as they were; empty when none
    qint64 inserted = 0;
    qint64 replaced = 0;
    QList<MergedDocument> documents; // every affected document with its verification
    QStringList warnings;
    qint64 elapsedMs = 0;

    bool verified() const;
    QJsonObject toJson() const;
    // RFC 4180: collection,id,action,status.
    Status writeCsv(const QString &path) const;
};

} // namespace lifeboat

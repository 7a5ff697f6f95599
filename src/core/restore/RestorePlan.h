#pragma once

#include "core/archive/CollectionMetadata.h"
#include "core/restore/CollectionCommands.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace lifeboat {

class ArchiveContents;

// One collection the restore will drop, create or fill.
struct PlannedCollection {
    enum class Action { Drop, Create, Replace, InsertInto };
    QString name;
    Action action = Action::Create;
    QString type = QStringLiteral("collection"); // as it will be created: collection, timeseries, view
    QString archivePath;          // the .jsonl in the archive (empty for drops and views)
    qint64 fileCount = -1;        // documents in the archive (-1: unknown yet)
    qint64 dbCount = 0;           // documents in the database now
    bool existsInDb = false;
    QString timeseriesSource = QStringLiteral("none"); // "metadata", "bucket file", "heuristic", "none"
    TimeseriesOptions timeseries;
    QString validatorHandling = QStringLiteral("none"); // "none", "kept", "off during load (--force)"
    std::shared_ptr<BsonDocument> options;    // listCollections options from the archive
    QJsonArray indexes;           // to build after the data (without _id_)
    QString viewOn;
    QJsonArray pipeline;
    QString expectedDigest;       // from the manifest, when there is one
    QStringList warnings;
    // Options of the archive the server cannot honour, left out: "time-series", "validator".
    QStringList droppedOptions;

    QString actionName() const;
    QJsonObject toJson() const;
};

struct RestorePlan {
    QString archivePath;
    QString targetDatabase;
    QString sourceDatabase;
    bool clone = false;           // the target is not where the archive came from
    bool targetExists = false;
    QString serverDescription;
    bool serverSupportsTimeseries = false;
    bool serverSupportsValidators = false;
    bool serverRenamesDottedNames = true; // FerretDB 1.x renames no collection with a dot in its name
    QList<PlannedCollection> collections; // drops first, then the archive's collections, views last
    QStringList warnings;
    // The target's collections the archive lacks, kept because of keep-extra (not dropped).
    QStringList keptExtra;
    // Staged (the default): every collection loads beside its target and is checked against
    // the archive; only then are they swapped in and the drops done. In place (--in-place):
    // drops and replaces first, then the load, as before.
    bool inPlace = false;

    // "staged" or "in-place".
    QString modeName() const;
    // What the mode risks, in a sentence, for the plan's readers.
    QString modeRisk() const;
    // The archive as plan() read it: execute() uses it instead of reading the archive again,
    // and refuses the plan if the file has changed since.
    std::shared_ptr<const ArchiveContents> archive;

    QList<const PlannedCollection *> withAction(PlannedCollection::Action a) const;
    // Drops or replaces anything, or inserts into existing collections.
    bool isDestructive() const;
    // Existing collections the restore changes: what the safety snapshot must hold.
    QStringList touchedExisting() const;
    // Every option the server cannot honour, as "collection: option", in plan order.
    QStringList droppedOptions() const;
    QJsonObject toJson() const;
};

} // namespace lifeboat

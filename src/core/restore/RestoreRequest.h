#pragma once

#include "core/common/Limits.h"

#include <QString>
#include <QStringList>

namespace lifeboat {

// Everything a restore needs, as plain data. Option names follow the runbook's script.
struct RestoreRequest {
    QString archivePath;
    QString mongoUri;
    QString targetDatabase;     // default: the archive's database
    QString sourceDatabase;     // which database of a whole-deployment archive
    QStringList collections;    // a subset; empty: every collection in the archive
    bool replaceExisting = false; // drop and recreate collections that exist
    bool keepExtra = false;     // keep collections the archive lacks (else they are dropped)
    bool force = false;         // validators off during the load, put back afterwards
    bool inferTimeseries = true;
    // Go on without the collection options the server cannot honour (time-series, validators
    // on FerretDB), which the plan names; without it such a restore is refused.
    bool dropUnsupportedOptions = false;
    bool safetySnapshot = true;
    bool inPlace = false;       // the old way: drop and replace first, then load (no staging copy)
    int batchSize = limits::DefaultBatchSize;
    int verifySampleSize = limits::DefaultVerifySampleSize;
    bool verifyFull = false;    // full digest of every collection against the archive's
    int jobs = limits::DefaultJobs; // insert workers
    QString snapshotDir;        // where the safety snapshot goes (default: the archive's folder)
};

} // namespace lifeboat

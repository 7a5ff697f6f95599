#pragma once

#include "core/archive/Manifest.h"

#include <QString>

namespace lifeboat {

// What a comparison compares: a live database and a snapshot (archive) taken of it.
struct DatabaseAndSnapshot {
    QString mongoUri;         // holds the password: never shown
    QString database;         // the live database
    QString snapshotPath;     // the snapshot's archive
    Manifest manifest;        // its manifest
    QString snapshotDatabase; // which database of a deployment snapshot ("" otherwise)
};

} // namespace lifeboat

#pragma once

#include <QString>

#include <optional>

namespace lifeboat {

// Where a job is, for every engine: backup, restore, verification, snapshots. The words a
// person reads come from the app's one translator of phases (ProgressText::phase); the
// names below are the stable ones of the CLI's --json output.
enum class Phase {
    Starting,   // nothing reported yet
    Connecting, // reaching the server, reading what it holds
    Listing,    // listing collections and estimating their sizes
    Copying,    // documents from the server into the archive
    Finishing,  // closing, syncing and renaming the archive
    Restoring,  // documents from the archive into the server
    Indexing,   // building indexes after the data
    Verifying,  // checking what was written against what was meant
    Done,
};

// "starting", "connecting", "listing", "copying", "finishing", "restoring", "indexing",
// "verifying", "done".
QString toString(Phase phase);
std::optional<Phase> phaseFromString(QStringView name);

} // namespace lifeboat

#pragma once

#include "core/verify/ArchiveInspector.h"
#include "profiles/ConnectionProfile.h"
#include "core/restore/RestoreEngine.h"
#include "core/restore/RestorePlan.h"
#include "core/restore/RestoreRequest.h"

#include <QPointer>
#include <QString>
#include <QStringList>

#include <optional>

namespace lifeboat::app {

class Job;

// What the restore wizard's pages hand on to each other: the checked archive, the target,
// the request being built, the plan, the job and its outcome. Owned by RestoreWizard; pages
// hold a pointer. GUI thread only: workers get copies.
struct RestoreSession {
    // Set before (re)starting the wizard: the archive to preselect and whether replace-existing
    // starts on (a rollback to a safety snapshot).
    QString presetArchive;
    bool presetReplaceExisting = false;
    QString presetProfileId;
    QString presetDatabase;

    // Page 1: the archive and its integrity check (ok() when it passed).
    std::optional<InspectionReport> inspection;
    // Page 2: where to. The URI holds the password: never show or log it.
    std::optional<profiles::ConnectionProfile> profile;
    QString mongoUri;
    QStringList existingDatabases;
    // Pages 2-3 fill it; page 4 plans it, page 6 executes it.
    RestoreRequest request;
    std::optional<RestorePlan> plan;
    // Page 6: the job, and what the engine returned (an Error: nothing was written).
    QPointer<Job> job;
    std::optional<Result<RestoreResult>> outcome;

    // The databases the archive holds (from the manifest, else from its folders).
    QStringList archiveDatabases() const;
    // The archive's collections of `database` ("" for a one-database archive), views included,
    // bucket files left out.
    QStringList archiveCollections(const QString &database) const;
    // Forgets everything learned from the archive onwards (a new archive was chosen).
    void clearFromArchive();
};

} // namespace lifeboat::app

#pragma once

#include "app/restore/RestoreSession.h"
#include "app/restore/SurgicalRestoreRequest.h"
#include "core/archive/ArchiveContents.h"
#include "core/common/Limits.h"
#include "core/restore/merge/MergeRestore.h"

#include <QPointer>

#include <memory>
#include <optional>

namespace lifeboat::app {

class Job;

// What the surgical restore wizard's pages hand on to each other: the documents chosen (the
// browser's or a comparison's SurgicalRestoreRequest, the filter edited), the merge mode, the
// target (in `target`, the normal wizard's session, which RestoreTargetPage fills), the plan,
// the job and its outcome. Owned by SurgicalRestoreWizard; GUI thread only: workers get copies.
struct SurgicalRestoreSession {
    SurgicalRestoreRequest selection;
    MergeMode mode = MergeMode::InsertMissing;
    bool safetySnapshot = true;
    int batchSize = limits::DefaultBatchSize; // documents per insert (tests make it 1 to slow a run)

    // Read by the selection page: what the archive holds, and the database its collection
    // came from (the target's default).
    std::shared_ptr<const ArchiveContents> contents;
    QString archiveDatabase;
    qint64 archiveDocuments = -1; // the collection's count in the manifest; -1 unknown
    bool targetPreset = false;    // the target page got its defaults once

    // The target page's profile, URI and database.
    RestoreSession target;

    std::optional<MergePlan> plan;
    QPointer<Job> job;
    std::optional<Result<MergeResult>> outcome;
    // After a cancel or a failure once writes had begun: what the run did (every document sent,
    // "unverified"), for the report and its way back.
    std::optional<MergeResult> stopped;

    // The engine's request for what the pages chose; an error when the filter or an _id does
    // not parse.
    Result<MergeRestoreRequest> request() const;
    // The _id keys (DocumentId::keyOf) of canonical Extended JSON _ids.
    static Result<QList<QByteArray>> keysOf(const QList<QByteArray> &idsJson);
    bool byIds() const { return selection.filterJson.isEmpty() && !selection.ids.isEmpty(); }
};

} // namespace lifeboat::app

#pragma once

#include "core/common/CancelToken.h"
#include "core/common/Progress.h"
#include "core/restore/merge/MergeRestore.h"

namespace lifeboat {

// A surgical restore, as a mode of restore with phases of its own:
//   plan     the archive's collection read (streaming; a seekable reader later), the selected
//            documents looked up by _id in the collection ($in batches), each classified;
//            the collection counted. Writes nothing.
//   snapshot the documents the plan will replace, read from the collection as they are now
//            and written to an archive (pre_merge_<db>_<time>.tar.gz, <collection>.jsonl in
//            the runbook's layout: `restore --merge replace` puts them back). None for
//            insert-missing, or when nothing is replaced.
//   write    the archive's collection read again; the planned documents sent as unordered bulk
//            inserts and replaceOne by _id. A document that appeared since the plan is left
//            alone (a conflict), never overwritten by an insert.
//   verify   every affected document read back by _id and compared (SHA-256 of its BSON)
//            with the archive's.
class MergeRestoreEngine final {
public:
    explicit MergeRestoreEngine(ProgressSink &sink = ProgressSink::none()) : m_sink(sink) {}

    Result<MergePlan> plan(const MergeRestoreRequest &request, const CancelToken &cancel = CancelToken());
    // When the run stops once writes may have begun (a cancel, a failed write), `stopped` (if
    // given) receives what it did: the counts, the safety snapshot, and every document sent,
    // "unverified" (or "conflict"), so that a report can list them and the way back.
    Result<MergeResult> execute(const MergeRestoreRequest &request, const MergePlan &plan, const CancelToken &cancel = CancelToken(),
                                MergeResult *stopped = nullptr);

private:
    ProgressSink &m_sink;
};

} // namespace lifeboat

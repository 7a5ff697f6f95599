#pragma once

#include "core/common/Progress.h"

namespace lifeboat {

class JsonDocumentReader;
struct RestoreRun;

// Where a restore is, as the run's ProgressTicker samples it: the documents of its
// collections and the bytes read of the archive. The ticker stamps phase and time.
class RestoreProgress final {
public:
    explicit RestoreProgress(const RestoreRun &run) : m_run(run) {}

    // The load begins: the totals of what it will read.
    void loadStarted();
    // The archive's reader: where the load is in the archive's bytes.
    void fileStarted(const JsonDocumentReader &reader);
    void fileDone(const JsonDocumentReader &reader);

    Progress sample() const;

private:
    const RestoreRun &m_run;
    qint64 m_total = 0;
    qint64 m_totalBytes = 0;
    qint64 m_bytesOfDoneFiles = 0;
    const JsonDocumentReader *m_currentReader = nullptr;
};

} // namespace lifeboat

#pragma once

#include "core/common/Progress.h"

#include <QElapsedTimer>

namespace lifeboat {

class JsonDocumentReader;
struct RestoreRun;

// How a restore reports: messages, and its progress drawn from the run's collections and
// the archive's reader.
class RestoreProgress final {
public:
    RestoreProgress(ProgressSink *sink, const RestoreRun &run);

    void message(const QString &text);
    // Reports at once.
    void report(Phase phase);
    // Reports "restoring" when 200 ms have passed since the last tick that did.
    void tick();

    // Reports "restoring" at once; then the archive's reader: where the load is in the
    // archive's bytes.
    void loadStarted();
    void fileStarted(const JsonDocumentReader &reader);
    void fileDone(const JsonDocumentReader &reader);

private:
    Progress sample() const;

    ProgressSink *m_sink;
    const RestoreRun &m_run;
    qint64 m_total = 0;
    qint64 m_totalBytes = 0;
    qint64 m_bytesOfDoneFiles = 0;
    const JsonDocumentReader *m_currentReader = nullptr;
    QElapsedTimer m_tick;
};

} // namespace lifeboat

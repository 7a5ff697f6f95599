#pragma once

#include "core/common/Progress.h"

#include <QCoreApplication>
#include <QString>

namespace lifeboat::app {

// How the app puts numbers into words: durations, sizes and counts of running jobs, and the
// sizes and counts every view shows (one formatter, so that each view says "3.20 MiB").
class ProgressText final {
    Q_DECLARE_TR_FUNCTIONS(lifeboat::app::ProgressText)

public:
    // "0.4 s", "12 s", "2 min 05 s", "1 h 03 min".
    static QString duration(qint64 ms);
    // "3.20 MiB" (IEC units, locale digits): the one size format of the app.
    static QString bytes(qint64 bytes);
    // "1 document", "1,234 documents" (locale digits; the plural from the translation, English
    // included: translations/lifeboat_en.ts).
    static QString documentCount(qint64 n);
    static QString collectionCount(qint64 n);
    // "1,234 of about 5,000 documents" (locale digits); "1,234 documents" without a total.
    static QString documents(qint64 done, qint64 total);
    // "1,234 documents/s · 3.20 MiB/s" over `ms`; empty when too short to tell.
    static QString rates(qint64 documents, qint64 bytes, qint64 ms);
    // "about 2 min left"; empty when the engine cannot tell yet.
    static QString eta(const Progress &progress);
    // "about 8 s left" for `remaining` documents at the pace of `done` in `ms`; empty when
    // nothing is left or the pace is not measured yet (under half a second, nothing done).
    static QString timeLeft(qint64 remaining, qint64 done, qint64 ms);
    // "running for 4 s" while the job runs, "took 4 s" once it has ended.
    static QString runTime(bool running, qint64 ms);
    // The phase in words, for every engine: "Connecting", "Copying documents", "Loading
    // documents", ... The app's one translator of phases (jobs panel, dialogs, wizard pages).
    static QString phase(Phase phase);

private:
    static QString left(qint64 ms); // "almost done", "about 2 min left"
};

} // namespace lifeboat::app

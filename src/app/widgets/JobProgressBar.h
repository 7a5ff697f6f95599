#pragma once

#include "core/common/Progress.h"

class QProgressBar;

namespace lifeboat::app {

// How every progress bar of the app shows a job: Steps steps, and "12,000 of 50,000
// documents (24%)" on the bar. One place for the jobs panel, the backup, snapshot and clone
// dialogs, the restore wizard and the Safe change assistant.
class JobProgressBar final {
public:
    static constexpr int Steps = 1000;

    // Range 0..Steps.
    static void prepare(QProgressBar *bar);
    // The fraction done, and the documents on the bar.
    static void show(QProgressBar *bar, const Progress &progress);
    // Full.
    static void complete(QProgressBar *bar);
};

} // namespace lifeboat::app

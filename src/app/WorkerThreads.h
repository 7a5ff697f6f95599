#pragma once

class QThreadPool;

namespace lifeboat::app {

// The threads for background work that can take long: jobs (minutes), reading a whole archive
// (seconds at a million documents). Not QThreadPool::globalInstance(): Qt 6.4's raster paint
// engine splits large fills into tasks on the global pool and waits for them on the GUI
// thread, and that pool has as many threads as cores (two on a small machine). Work holding
// them made painting wait, so the GUI stood still until it ended. Short loads (a list from the
// server, a plan) may stay on the global pool.
QThreadPool *longWorkThreads();

} // namespace lifeboat::app

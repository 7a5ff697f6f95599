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

// Gives the calling thread, and every thread it starts from now on (the engine's readers and
// insert workers inherit it), the lowest scheduling priority (nice 19 on Linux), so that on a
// machine short of cores the GUI thread, the raster engine's helpers and the display server
// get a core first: the window keeps painting while a job runs. Once per thread; a no-op
// where the system has no per-thread priority.
void lowerCurrentThreadPriority();
constexpr int JobNiceValue = 19;

} // namespace lifeboat::app

#pragma once

#include "cli/common/SignalCancel.h"
#include "cli/output/ProgressPrinter.h"
#include "core/common/CancelToken.h"

#include <QTextStream>

namespace lifeboat::cli {

// What a verb holds while its engine runs: the cancel token Ctrl-C sets (SignalCancel) and
// the printer of the engine's progress on stderr.
class CancellableRun final {
public:
    CancellableRun(QTextStream &err, ProgressPrinter::Mode mode) : printer(err, mode), m_signals(cancel) {}
    CancellableRun(const CancellableRun &) = delete;
    CancellableRun &operator=(const CancellableRun &) = delete;

    CancelToken cancel;
    ProgressPrinter printer;

private:
    SignalCancel m_signals;
};

} // namespace lifeboat::cli

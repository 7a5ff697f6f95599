#pragma once

#include "core/common/CancelToken.h"

namespace lifeboat::cli {

// While alive, Ctrl-C (SIGINT) and SIGTERM cancel `token` instead of killing the process, so
// the engine can remove its partial files. A second Ctrl-C kills at once.
class SignalCancel final {
public:
    explicit SignalCancel(const CancelToken &token);
    ~SignalCancel();
    SignalCancel(const SignalCancel &) = delete;
    SignalCancel &operator=(const SignalCancel &) = delete;
};

} // namespace lifeboat::cli

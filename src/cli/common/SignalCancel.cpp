#include "cli/common/SignalCancel.h"

#include <csignal>
#include <atomic>
#include <optional>

namespace lifeboat::cli {

namespace {
std::optional<CancelToken> g_token;
std::atomic<int> g_hits{0};

extern "C" void onSignal(int sig)
{
    if (++g_hits > 1) {
        std::signal(sig, SIG_DFL);
        std::raise(sig);
        return;
    }
    if (g_token)
        g_token->cancel();
}
} // namespace

SignalCancel::SignalCancel(const CancelToken &token)
{
    g_token = token;
    g_hits = 0;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

SignalCancel::~SignalCancel()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    g_token.reset();
}

} // namespace lifeboat::cli

#include "core/mongo/DriverLog.h"

#include <mutex>

namespace lifeboat::DriverLog {

namespace {
std::mutex &mutex()
{
    static std::mutex m;
    return m;
}

Handler &current()
{
    static Handler h;
    return h;
}
} // namespace

void setHandler(Handler handler)
{
    const std::lock_guard lock(mutex());
    current() = std::move(handler);
}

void deliver(const QString &text)
{
    const std::lock_guard lock(mutex());
    if (current())
        current()(text);
}

} // namespace lifeboat::DriverLog

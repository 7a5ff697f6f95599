#pragma once

#include <QString>

#include <functional>

namespace lifeboat {

// Where libmongoc's own log lines go. Lifeboat installs the driver's log handler
// (ensureMongoDriverInitialized) and hands its error and critical lines to the handler set
// here, one at a time; with none set (the app, the library's default) they go nowhere: every
// failure that matters reaches the user as an Error. LIFEBOAT_DRIVER_LOG=1 prints every line
// of every level on stderr as libmongoc would, for debugging.
namespace DriverLog {

using Handler = std::function<void(const QString &text)>;
// Replaces the handler (an empty one: silent). Any thread.
void setHandler(Handler handler);
// One line of the driver's ("Cannot load Certificate Authorities from ..."), to the handler.
void deliver(const QString &text);

} // namespace DriverLog

} // namespace lifeboat

#pragma once

#include <functional>

class QShortcut;
class QWidget;

namespace lifeboat::app {

// F5 (the platform's Refresh key) in a dialog or wizard page: what the main window's Refresh
// does for its views, done for what this widget reads from the server (its databases, a check,
// a comparison). Active while `on` is visible in the active window, so each page of a wizard
// has its own.
class RefreshKey final {
public:
    // The shortcut (objectName "refreshShortcut") is owned by `on`; `refresh` runs on its thread.
    static QShortcut *install(QWidget *on, std::function<void()> refresh);
};

} // namespace lifeboat::app

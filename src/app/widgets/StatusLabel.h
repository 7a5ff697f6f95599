#pragma once

#include <QString>

class QLabel;

namespace lifeboat::app {

// The status line of a view or dialog: what an action did, or in red why it failed or was refused.
class StatusLabel final {
public:
    static void show(QLabel *label, const QString &text, bool problem = false);
};

} // namespace lifeboat::app

#pragma once

#include <QString>

class QLabel;

namespace lifeboat::app {

// The status line of a view or dialog: what an action did, or in red why it failed or was refused.
class StatusLabel final {
public:
    static void show(QLabel *label, const QString &text, bool problem = false);
    // A message made to be composed ("a snapshot needs a name", the engine's "the duration '…'
    // is too long") as a sentence on its own: its first letter upper case, a full stop at its
    // end. Only for messages that start with a word, never with a name (names keep their case).
    static QString sentence(const QString &text);
};

} // namespace lifeboat::app

#pragma once

#include <QString>

class QAbstractButton;
class QLineEdit;

namespace lifeboat::app {

// A folder typed in a line edit, with a "Browse…" button beside it: the button asks for a
// folder, starting at the one typed, and puts the chosen one in the field (native separators).
class FolderField final {
public:
    // Connects `button` to `field`; `title` is the chooser's (translated) title.
    static void connect(QAbstractButton *button, QLineEdit *field, const QString &title);
    // The folder the field holds: trimmed, with '/' separators.
    static QString folder(const QLineEdit *field);
};

} // namespace lifeboat::app

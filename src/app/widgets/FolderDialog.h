#pragma once

#include <QFileDialog>
#include <QPointer>
#include <QString>

#include <functional>

namespace lifeboat::app {

// A folder chooser that does not block: a directories-only file dialog opened with open() (no
// nested event loop, so tests drive it like a user), deleted when closed. Asked for again while
// it is open, the open one is raised instead of a second one.
class FolderDialog final {
public:
    using Chosen = std::function<void(const QString &folder)>;

    // Opens a dialog titled `title` at `folder` (objectName `objectName`) into `dialog`, or
    // raises the one `dialog` already holds. `chosen` gets the folder the user picks.
    static void openOrRaise(QPointer<QFileDialog> &dialog, QWidget *parent, const QString &title, const QString &folder,
                            const QString &objectName, Chosen chosen);
};

} // namespace lifeboat::app

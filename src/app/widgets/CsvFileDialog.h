#pragma once

#include <QCoreApplication>
#include <QFileDialog>
#include <QPointer>
#include <QString>

#include <functional>

namespace lifeboat::app {

// The "Export CSV…" file dialog of a report or a list: like FolderDialog it does not block
// (open(), deleted when closed) and is raised when asked for again while open. It proposes
// `fileName` in the user's Documents folder and adds the .csv suffix to a name without one.
class CsvFileDialog final {
    Q_DECLARE_TR_FUNCTIONS(lifeboat::app::CsvFileDialog)

public:
    using Chosen = std::function<void(const QString &path)>;

    // objectName "exportCsvDialog"; `chosen` gets the path the user picks.
    static void openOrRaise(QPointer<QFileDialog> &dialog, QWidget *parent, const QString &title, const QString &fileName, Chosen chosen);
};

} // namespace lifeboat::app

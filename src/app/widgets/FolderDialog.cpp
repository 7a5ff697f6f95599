#include "app/widgets/FolderDialog.h"

namespace lifeboat::app {

void FolderDialog::openOrRaise(QPointer<QFileDialog> &dialog, QWidget *parent, const QString &title, const QString &folder,
                               const QString &objectName, Chosen chosen)
{
    if (dialog) {
        dialog->raise();
        return;
    }
    auto *opened = new QFileDialog(parent, title, folder);
    opened->setObjectName(objectName);
    opened->setFileMode(QFileDialog::Directory);
    opened->setOption(QFileDialog::ShowDirsOnly);
    opened->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(opened, &QFileDialog::fileSelected, parent, [chosen = std::move(chosen)](const QString &picked) {
        if (!picked.isEmpty())
            chosen(picked);
    });
    dialog = opened;
    opened->open();
}

} // namespace lifeboat::app

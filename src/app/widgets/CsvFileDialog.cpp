#include "app/widgets/CsvFileDialog.h"

#include <QDir>
#include <QStandardPaths>

namespace lifeboat::app {

void CsvFileDialog::openOrRaise(QPointer<QFileDialog> &dialog, QWidget *parent, const QString &title, const QString &fileName,
                                Chosen chosen)
{
    if (dialog) {
        dialog->raise();
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *opened = new QFileDialog(parent, title, QDir(folder).filePath(fileName), tr("CSV files (*.csv);;All files (*)"));
    opened->setObjectName(QStringLiteral("exportCsvDialog"));
    opened->setAcceptMode(QFileDialog::AcceptSave);
    opened->setDefaultSuffix(QStringLiteral("csv"));
    opened->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(opened, &QFileDialog::fileSelected, parent, std::move(chosen));
    dialog = opened;
    opened->open();
}

} // namespace lifeboat::app

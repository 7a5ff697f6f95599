#include "app/widgets/FolderField.h"

#include <QAbstractButton>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>

namespace lifeboat::app {

void FolderField::connect(QAbstractButton *button, QLineEdit *field, const QString &title)
{
    QObject::connect(button, &QAbstractButton::clicked, field, [button, field, title] {
        const QString chosen = QFileDialog::getExistingDirectory(button->window(), title, field->text());
        if (!chosen.isEmpty())
            field->setText(QDir::toNativeSeparators(chosen));
    });
}

QString FolderField::folder(const QLineEdit *field)
{
    return QDir::fromNativeSeparators(field->text().trimmed());
}

} // namespace lifeboat::app

#include "app/widgets/TypedConfirmation.h"

#include <QLabel>
#include <QLineEdit>

namespace lifeboat::app {

QString TypedConfirmation::whyNot(const QString &typed, const QString &expected)
{
    if (typed == expected)
        return {};
    if (typed.isEmpty())
        return tr("Type the database's name to enable the button.");
    const QString trimmed = typed.trimmed();
    if (trimmed == expected)
        return tr("Remove the space before or after the name.");
    if (trimmed.compare(expected, Qt::CaseInsensitive) == 0)
        return tr("Upper and lower case differ: database names are case-sensitive.");
    if (expected.startsWith(typed))
        return tr("Not complete yet: keep typing.");
    if (expected.startsWith(trimmed, Qt::CaseInsensitive))
        return tr("Not complete yet, and upper and lower case differ.");
    return tr("This is not the name of the database.");
}

void TypedConfirmation::prepare(QLineEdit *edit, QLabel *hint)
{
    edit->setPlaceholderText(tr("The database's name, exactly"));
    hint->setObjectName(edit->objectName() + QStringLiteral("Hint"));
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::PlainText);
    hint->hide();
}

void TypedConfirmation::update(QLineEdit *edit, QLabel *hint, const QString &expected)
{
    const QString why = edit->text().isEmpty() ? QString() : whyNot(edit->text(), expected);
    hint->setText(why);
    hint->setVisible(!why.isEmpty() && !edit->isHidden());
}

} // namespace lifeboat::app

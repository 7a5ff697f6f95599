#include "app/widgets/DeleteConfirmation.h"

#include <QAbstractButton>

namespace lifeboat::app {

void DeleteConfirmation::ask(QPointer<QMessageBox> &box, QWidget *parent, const Question &question, std::function<void()> confirmed)
{
    if (box)
        box->close();
    auto *asked = new QMessageBox(QMessageBox::Warning, question.title, question.text, QMessageBox::Yes | QMessageBox::Cancel, parent);
    asked->setObjectName(question.objectName);
    asked->setInformativeText(question.informative);
    asked->setDefaultButton(QMessageBox::Cancel);
    asked->button(QMessageBox::Yes)->setText(tr("Delete"));
    asked->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(asked, &QMessageBox::finished, parent, [asked, confirmed = std::move(confirmed)] {
        if (asked->standardButton(asked->clickedButton()) == QMessageBox::Yes)
            confirmed();
    });
    box = asked;
    asked->open();
}

} // namespace lifeboat::app

#include "app/jobs/CancelConfirmation.h"

#include "app/jobs/Job.h"

#include <QAbstractButton>
#include <QPushButton>

namespace lifeboat::app {

void CancelConfirmation::ask(QPointer<QMessageBox> &box, QWidget *parent, Job *job, std::function<void()> cancelled)
{
    if (box)
        box->close();
    if (!job || !job->isRunning())
        return;
    if (job->cancelWarning().isEmpty()) {
        job->cancel();
        if (cancelled)
            cancelled();
        return;
    }
    auto *asked = new QMessageBox(QMessageBox::Warning, tr("Cancel the job"), tr("Cancel “%1”?").arg(job->title()), QMessageBox::NoButton, parent);
    asked->setObjectName(QStringLiteral("cancelJobConfirmation"));
    asked->setInformativeText(job->cancelWarning());
    QPushButton *yes = asked->addButton(tr("Cancel the job"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmCancelButton"));
    QPushButton *keep = asked->addButton(tr("Keep it running"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepRunningButton"));
    asked->setDefaultButton(keep);
    asked->setEscapeButton(keep);
    asked->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<Job> guarded = job;
    QObject::connect(asked, &QMessageBox::finished, parent, [asked, yes, guarded, cancelled = std::move(cancelled)] {
        if (asked->clickedButton() != yes || !guarded || !guarded->isRunning())
            return;
        guarded->cancel();
        if (cancelled)
            cancelled();
    });
    box = asked;
    asked->open();
}

} // namespace lifeboat::app

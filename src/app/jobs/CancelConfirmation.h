#pragma once

#include <QCoreApplication>
#include <QMessageBox>
#include <QPointer>

#include <functional>

namespace lifeboat::app {

class Job;

// "Cancel the restore?" asked before a job whose cancel leaves something behind is cancelled
// (Job::cancelWarning() says what): a question box (objectName "cancelJobConfirmation") with
// "Cancel the job" and "Keep it running" (the default), opened with open() so that the window
// stays usable and tests answer it like a user; deleted when closed. A job without a warning is
// cancelled at once. A question still open in `box` is closed first.
class CancelConfirmation final {
    Q_DECLARE_TR_FUNCTIONS(lifeboat::app::CancelConfirmation)

public:
    static void ask(QPointer<QMessageBox> &box, QWidget *parent, Job *job, std::function<void()> cancelled = {});
};

} // namespace lifeboat::app

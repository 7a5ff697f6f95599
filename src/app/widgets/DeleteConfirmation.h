#pragma once

#include <QCoreApplication>
#include <QMessageBox>
#include <QPointer>
#include <QString>

#include <functional>

namespace lifeboat::app {

// "Delete … for good?" asked without blocking: a warning box with Delete and Cancel (Cancel the
// default) opened with open(), so tests answer it like a user; deleted when closed. A question
// still open in `box` is closed first.
class DeleteConfirmation final {
    Q_DECLARE_TR_FUNCTIONS(lifeboat::app::DeleteConfirmation)

public:
    struct Question {
        QString objectName;  // for tests
        QString title;       // "Delete archive"
        QString text;        // "Delete x (3 MiB, taken …) for good?"
        QString informative; // what deleting means
    };

    // Opens the question into `box`; `confirmed` runs when the user chooses Delete.
    static void ask(QPointer<QMessageBox> &box, QWidget *parent, const Question &question, std::function<void()> confirmed);
};

} // namespace lifeboat::app

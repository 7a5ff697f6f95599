#pragma once

#include <QCoreApplication>
#include <QString>

class QLabel;
class QLineEdit;

namespace lifeboat::app {

// A destructive step enabled by typing a name exactly (the restore's Confirm page, the Safe
// change rollback): the field's placeholder says what to type without giving it away, and a
// line under it says why the button is still disabled (upper and lower case, spaces before or
// after, not complete yet, another name).
class TypedConfirmation final {
    Q_DECLARE_TR_FUNCTIONS(lifeboat::app::TypedConfirmation)

public:
    // Empty when `typed` is `expected`; else why not, as a sentence.
    static QString whyNot(const QString &typed, const QString &expected);
    // The placeholder and accessible name of `edit`; `hint` starts hidden.
    static void prepare(QLineEdit *edit, QLabel *hint);
    // Shows in `hint` why `edit`'s text does not match yet (nothing while it is empty).
    static void update(QLineEdit *edit, QLabel *hint, const QString &expected);
};

} // namespace lifeboat::app

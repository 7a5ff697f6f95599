#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace lifeboat::app {

struct SafeChangeSession;

// Page 2 of the "Safe change" assistant: the snapshot is taken; the user runs the upgrade
// elsewhere (migrations, the new application version) and presses Next when it is done.
// Optionally a validation command for afterwards ("validationCommandEdit", Extended JSON run on
// the database, e.g. {"count": "products", "query": {"price": {"$gt": 0}}}) and the result it
// must give ("expectedResultEdit", e.g. {"n": 5}); "validationStatusLabel" says what is wrong
// with either while it is typed.
class SafeChangeUpgradePage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SafeChangeUpgradePage)

public:
    explicit SafeChangeUpgradePage(SafeChangeSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    QString problem() const;
    // A MatrixOne profile: the own check (MongoDB commands) disabled, and said why.
    void hideOwnCheckOnMatrixOne();

    SafeChangeSession *m_session;
    QLabel *m_text;
    QPlainTextEdit *m_command;
    QLineEdit *m_expected;
    QLabel *m_status;
};

} // namespace lifeboat::app

#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace lifeboat::app {

class ProductionBanner;
struct RestoreSession;

// Page 5 of the restore wizard, its commit page ("Restore"): the production banner, what is
// about to happen, and, when the plan drops or changes existing data, the target database's
// name to type ("confirmNameEdit") before Restore is enabled.
class RestoreConfirmPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreConfirmPage)

public:
    explicit RestoreConfirmPage(RestoreSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // The plan changes existing data, so the name must be typed.
    bool needsConfirmation() const;

private:
    RestoreSession *m_session;
    ProductionBanner *m_banner;
    QLabel *m_summary;
    QLabel *m_prompt;
    QLineEdit *m_confirmName;
    QLabel *m_confirmHint; // why Restore is still disabled
};

} // namespace lifeboat::app

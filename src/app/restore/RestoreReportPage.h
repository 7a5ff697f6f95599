#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class RestoreReportPage;
}

namespace lifeboat {
struct RestoreResult;
}

namespace lifeboat::app {

class RestoreWizard;
class VerificationTableModel;
struct RestoreSession;

// Page 7 of the restore wizard: the outcome in plain words (succeeded, mismatches, or where it
// stopped with each collection complete, partial or untouched), the verification table
// ("reportTable"), "Export CSV…" (the CLI's columns), and the safety snapshot
// ("snapshotPathLabel") with "Roll back to this…" ("rollbackButton"), which starts the wizard over
// with the snapshot chosen and replace-existing on.
class RestoreReportPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreReportPage)

public:
    RestoreReportPage(RestoreSession *session, RestoreWizard *wizard);
    ~RestoreReportPage() override;

    void initializePage() override;

    VerificationTableModel *model() const { return m_model; }
    // Writes the report as CSV to `path`; false (and says why on the page) on failure.
    bool exportCsv(const QString &path);

private:
    void showNothingRestored(const QString &text);
    static QString outcomeText(const RestoreResult &result);
    static QString statesText(const RestoreResult &result);
    void showSafetySnapshot(const RestoreResult &result);

    std::unique_ptr<Ui::RestoreReportPage> m_ui;
    RestoreSession *m_session;
    RestoreWizard *m_wizard;
    VerificationTableModel *m_model;
};

} // namespace lifeboat::app

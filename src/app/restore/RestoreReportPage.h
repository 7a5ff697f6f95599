#pragma once

#include <QMessageBox>
#include <QPointer>
#include <QWizardPage>

#include <memory>

class QLabel;
class QPushButton;

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
// ("reportTable"; after a stop, what the stop left in each collection), "Export CSV…" (the
// CLI's columns), and the safety snapshot ("snapshotPathLabel") with "Roll back to this…"
// ("rollbackButton"), which starts the wizard over with the snapshot chosen and
// replace-existing on. After a stop midway, "wayBackLabel" says how to return to where the
// server was: nothing to undo (staged), roll back (the safety snapshot), or drop the partial
// database when the restore created it ("dropPartialButton", asked first, run as a job).
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
    QMessageBox *pendingDropConfirmation() const { return m_dropBox; }

private:
    void showNothingRestored(const QString &text);
    static QString outcomeText(const RestoreResult &result);
    static QString statesText(const RestoreResult &result);
    void showSafetySnapshot(const RestoreResult &result);
    void showWayBack(const RestoreResult &result);
    void dropPartialDatabase();

    std::unique_ptr<Ui::RestoreReportPage> m_ui;
    RestoreSession *m_session;
    RestoreWizard *m_wizard;
    VerificationTableModel *m_model;
    QLabel *m_wayBack;
    QPushButton *m_dropPartial;
    QPointer<QMessageBox> m_dropBox;
};

} // namespace lifeboat::app

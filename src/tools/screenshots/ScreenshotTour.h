#pragma once

#include <QDir>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QSettings;
class QWidget;

namespace lifeboat::app {

class DemoServer;
class DemoSession;
class MainWindow;
class ReportDialog;
class RestoreWizard;
class BackupBrowser;
class SurgicalRestoreWizard;
class SafeChangeAssistant;
class SnapshotsView;
class Workspace;

// Takes the screenshots of docs/user-guide.md: it starts the real app on the demo server
// (DemoServer, DemoSession, MainWindow), builds a realistic state through the real dialogs
// (profiles, a backup through the backup dialog, a verification, a comparison, restores
// through the wizard) and grabs each screen with QWidget::grab() into <out>/<name>.png.
//
// The tour is a list of steps, run in order, each one function: a step either prepares
// something (a profile, data, a change to the database) or takes one screenshot. Later steps
// build on what earlier ones left (the backup made in "backup-progress" is the archive the
// restore wizard opens). To add a screen: write one function that brings the screen up, waits
// for its real state (never a "Loading…") and calls shoot(), then list it in steps().
//
// Every wait has a deadline; a screen that does not reach its state stops the tour with an
// error (exit code 1) rather than saving a half-loaded picture.
class ScreenshotTour final : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString outDir;          // where the PNGs go
        QString workDir;         // backups and scratch files (shown in some screens)
        QStringList only;        // save only these screenshots (all steps still run); empty: all
        QSize windowSize{1280, 800};
        int orders = 150000;     // orders in the sample shop: enough for a visible progress bar
        QString matrixOneUri;    // a MatrixOne server for the MatrixOne screens; empty: they are skipped
    };

    struct Step {
        QString name;          // the PNG's base name for a screenshot, else what it prepares
        bool screenshot;
        std::function<void()> run;
    };

    explicit ScreenshotTour(Options options, QObject *parent = nullptr);
    ~ScreenshotTour() override;

    // Runs every step; 0 when every screenshot was written.
    int run();
    // The steps in the order they run.
    QList<Step> steps();

private:
    // --- preparation ---
    void startDemo();
    void addProfiles();
    void seedShop();
    void breakShop();
    void verifyArchive();
    void compareAgain();

    // --- screenshots: one function per screen ---
    void shotFirstRun();
    void shotDemoMode();
    void shotProfileDialog();
    // Edit on the profile, Test connection, the dialog saved as <name>.png.
    void shootProfileDialog(const QString &profileId, const QString &name);
    void shotBackupSetup();
    void shotBackupProgress();
    void shotBackupDone();
    void shotCompareReport();
    void shotCompareDifferences();
    void shotRestoreArchive();
    void shotRestoreTargetClone();
    void shotRestoreProgress();
    void shotRestoreTarget();
    void shotRestoreOptions();
    void shotRestorePreview();
    void shotRestoreConfirm();
    void shotRestoreReport();
    void shotRestoreReportDark();
    void shotRestoreRollback();
    // Issue 12: a customer's orders deleted, found in the backup browser, put back surgically
    // (ScreenshotTourSurgical.cpp).
    void deleteOneCustomersOrders();
    void shotSurgicalBrowser();
    void shotSurgicalDocuments();
    void shotSurgicalPlan();
    void shotSurgicalReport();
    void shotMainWindow();
    void shotMainWindowDark();
    void shotProfilesPanel();
    void shotBackupsView();
    void shotJobsPanel();
    // Issue 5: the Snapshots view and the "Safe change" assistant.
    void takeDailySnapshots();
    void shotSnapshotCreate();
    // The Safe change steps both tours share: the assistant opened on `profileId` and its
    // snapshot of `database` taken (1.0 → 2.0); the check page shot as <name>.png; Roll back
    // planned and `database` typed, shot as <name>.png.
    void takeSafeChangeSnapshot(const QString &profileId, const QString &database, const QString &description);
    void shootSafeChangeCheck(const QString &name);
    void shootRollbackPlan(const QString &database, const QString &name);
    void shotSnapshotClone();
    void shotSnapshotCloneReport();
    void shotSafeChangeSnapshot();
    void shotSafeChangeUpgrade();
    void shotSafeChangeCheck();
    void shotSafeChangeDecision();
    void shotSafeChangeResult();
    void shotSnapshotsView();
    void shotSnapshotPrune();
    // The Snapshots tab, shown, with the demo profile (or `profileId`) selected; its view listed.
    SnapshotsView *showSnapshotsTab(const QString &profileId = {});
    // Issue 15: the same workflow on a MatrixOne profile (MatrixOneScreens.cpp).
    void addMatrixOneShop();
    void shotMatrixOneProfileDialog();
    void takeMatrixOneSnapshots();
    void shotMatrixOneSnapshotsView();
    void shotMatrixOneCloneReport();
    void shotMatrixOneRollback();
    void shotMatrixOneSafeChangeCheck();
    void shotMatrixOneSafeChangeDecision();
    // True (saying so once) when there is no MatrixOne server: its steps (steps()) do nothing.
    bool skipMatrixOne();
    // Runs `statements` on the MatrixOne server, on a thread of their own.
    void matrixOneSql(const QStringList &statements, const QString &what);

    // --- helpers ---
    // Saves `widget` (a top-level window: with everything docked in it) as <name>.png.
    void shoot(QWidget *widget, const QString &name);
    // Spins the event loop until `done` holds; stops the tour after `timeoutMs` saying `what`.
    void waitFor(const std::function<bool()> &done, const QString &what, int timeoutMs = 60000);
    // Lets queued signals, layouts and paints happen.
    void settle(int ms = 150);
    [[noreturn]] void fail(const QString &why);
    void selectProfile(const QString &id);
    // Expands `database` in the tree and waits for its collections.
    void openDatabase(const QString &database);
    // The restore wizard the main window opened last, at `archive`, with its check passed.
    RestoreWizard *openWizard(const QString &archive);
    // Next on the wizard, once it is enabled.
    void next(RestoreWizard *wizard);
    // Compare with database of `archive` on the production profile; its report, open.
    ReportDialog *compare(const QString &archive);
    void arrangeMainWindow();
    QString newestArchive(const QString &folder, const QString &prefix) const;
    template <typename T>
    T *find(QObject *parent, const QString &name) const;

    Options m_options;
    QDir m_out;
    QStringList m_written;

    // Declared in the order they are built; destroyed the other way round (the server last).
    std::unique_ptr<DemoServer> m_demo;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<DemoSession> m_session;

    QString m_demoProfileId;
    QString m_productionId;
    QString m_stagingId;
    QString m_backupFolder;
    QString m_shopArchive;  // the backup made through the backup dialog
    QString m_snapshot;     // the safety snapshot of the restore into "shop"
    RestoreWizard *m_wizard = nullptr; // the wizard the current restore steps walk through
    QPointer<BackupBrowser> m_browser;             // the browser the surgical steps start from
    SurgicalRestoreWizard *m_surgical = nullptr;   // the surgical wizard they walk through
    QString m_preUpgrade;                        // the snapshot made through Create snapshot…
    SafeChangeAssistant *m_assistant = nullptr;  // the assistant the safe-change steps walk through
    QString m_matrixOneId;        // the MatrixOne profile
    QString m_matrixOneSnapshot;  // its pre-upgrade snapshot
    bool m_matrixOneSkipSaid = false;
};

template <typename T>
T *ScreenshotTour::find(QObject *parent, const QString &name) const
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        const_cast<ScreenshotTour *>(this)->fail(QStringLiteral("no %1 named \"%2\"").arg(QString::fromLatin1(T::staticMetaObject.className()), name));
    return found;
}

} // namespace lifeboat::app

#pragma once

#include "app/backups/ArchiveTableModel.h"
#include "app/restore/SurgicalRestoreRequest.h"
#include "core/verify/VerificationReport.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QFileDialog;
class QLineEdit;
class QMenu;
class QFileSystemWatcher;
class QMessageBox;
class QSortFilterProxyModel;
class QTimer;

namespace Ui {
class BackupsView;
}

namespace lifeboat::app {

class ArchiveScanner;
class BackupBrowser;
class DiffDrillDown;
class ReportDialog;
class Workspace;

// The archives in the backups folder (Workspace::backupFolder()), with what each one's
// manifest says, the integrity found by the last "Verify integrity" of this session, and the
// selected archive's collections in a detail pane. Lists and reads off the GUI thread
// (ArchiveScanner); checks and comparisons run as jobs (Workspace::jobs()).
//
// Nothing here blocks in a nested event loop: the delete confirmation, the folder chooser
// and the report are opened with open()/show(), so tests drive them like a user would
// (pendingConfirmation(), folderDialog(), lastReport()).
class BackupsView final : public QWidget {
    Q_OBJECT
public:
    explicit BackupsView(Workspace *workspace, QWidget *parent = nullptr);
    ~BackupsView() override;

    QString folder() const { return m_folder; }
    ArchiveTableModel *model() const { return m_model; }
    // True while the folder is being listed and its manifests read.
    bool isLoading() const;
    // The selected archive's path (empty if none).
    QString selectedPath() const;
    void selectArchive(const QString &path);
    // The status line under the buttons (what an action did or why it was refused).
    QString statusText() const;

    // The delete confirmation while it is open.
    QMessageBox *pendingConfirmation() const;
    // The folder chooser of "Change…" while it is open.
    QFileDialog *folderDialog() const;
    // The report of the last "Compare with database", while it is open.
    ReportDialog *lastReport() const;
    // The browser the last "Browse…" opened, while it is open.
    BackupBrowser *lastBrowser() const;
    // The drill-down the report's last "Show differences…" opened, while it is open.
    DiffDrillDown *lastDrillDown() const;
    // The context menu of the selected archive: Restore…, Verify integrity, Compare with
    // database, Show in folder, Delete… (what the buttons do).
    QMenu *contextMenu();

public Q_SLOTS:
    void refresh();
    void verifySelected();
    void compareSelected();
    // Opens the backup browser on the selected archive (double-click, "Browse…", Ctrl+O).
    void browseSelected();
    // Asks for confirmation, then deletes the archive; refused while a job uses it.
    void deleteSelected();
    void showInFolder();
    void chooseFolder();
    // Find (Ctrl+F): the filter above the table takes the focus.
    void focusFilter();

Q_SIGNALS:
    void backupRequested();
    void restoreRequested(const QString &archivePath);
    // A listing of the folder has been read completely.
    void loaded();
    // Verify integrity of `path` has ended (its row shows the outcome).
    void verificationFinished(const QString &path);
    // Compare with database of `path` has ended; `report` is null when it could not run.
    void comparisonFinished(const QString &path, lifeboat::app::ReportDialog *report);
    // A comparison's drill-down has opened (and started its diff).
    void drillDownOpened(lifeboat::app::DiffDrillDown *drillDown);
    // "Restore these documents…" in a comparison's drill-down or a browser this view opened.
    void restoreDocumentsRequested(const lifeboat::app::SurgicalRestoreRequest &request);

private:
    void setFolder(const QString &folder);
    void scheduleRefresh();
    void removeArchive(const QString &path);
    void updateActions();
    void setUpTables();
    void connectListing();
    void connectSelection();
    void connectButtons();
    void createActions();
    void updateDetails();
    static QStringList summaryLines(const ArchiveTableModel::Entry &entry);
    static QStringList manifestLines(const Manifest &manifest);
    void listManifestCollections(const Manifest &manifest, const QStringList &problems, bool checked);
    void listInspectedCollections(const InspectionReport &inspection, const QStringList &problems);
    void listCollectionFiles(const ArchiveSummary &summary);
    // `about`: the archive the message is about; it goes when another archive is selected.
    void showStatus(const QString &text, bool problem = false, const QString &about = {});
    // What "Compare with database" compares: `databases` of the archive at `path`, each with the
    // database of the same name (or the profile's default one for a runbook archive).
    struct Comparison {
        QString path;
        QStringList databases;
        bool archiveNamesThem = true; // else the one database is the profile's default
        bool keepExtra = false;       // an archive of chosen collections: others are no mismatch
        QString description;
        QString profileId;            // the connection compared with
    };
    void startComparison(const Comparison &comparison, const QString &uri);
    // The documents of `row`'s collection that differ (the report's Show differences…).
    void openDrillDown(const Comparison &comparison, const VerificationRow &row);

    std::unique_ptr<Ui::BackupsView> m_ui;
    Workspace *m_workspace;
    QString m_folder;
    QString m_statusAbout; // the archive the status line is about, if one
    bool m_statusFromListing = false; // the status line says what the folder's listing found
    ArchiveScanner *m_scanner;          // child
    ArchiveTableModel *m_model;         // child
    QSortFilterProxyModel *m_proxy;     // child
    QFileSystemWatcher *m_watcher;      // child
    QTimer *m_refreshTimer;             // child: folder changes come in bursts
    QLineEdit *m_filter;                // child
    QAction *m_browseAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_verifyAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_showAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QPointer<QMessageBox> m_confirmation;
    QPointer<QFileDialog> m_folderDialog;
    QPointer<ReportDialog> m_lastReport;
    QPointer<BackupBrowser> m_lastBrowser;
    QPointer<DiffDrillDown> m_lastDrillDown;
};

} // namespace lifeboat::app

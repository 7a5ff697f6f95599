#pragma once

#include "core/archive/Manifest.h"
#include "core/snapshot/SnapshotEntry.h"
#include "core/verify/VerificationReport.h"

#include <QFutureWatcher>
#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QFileDialog;
class QInputDialog;
class QLineEdit;
class QMenu;
class QMessageBox;
class QSortFilterProxyModel;

namespace Ui {
class SnapshotsView;
}

namespace lifeboat::app {

class CloneSnapshotDialog;
class CreateSnapshotDialog;
class PruneDialog;
class ReportDialog;
class RestoreWizard;
class SnapshotTableModel;
class Workspace;

// The snapshots of the snapshot folder (Workspace::snapshotFolder()) as the folder's catalog
// lists them (SnapshotStore, refreshed and read in a worker thread): "snapshotTable" with the
// columns of `lifeboat-cli snapshot list`, the selected snapshot's description, versions,
// tags, delete-after date, creator, verification and collections in "snapshotDetails", and
// the actions Create snapshot…, Clone to verify…, Roll back to this… (the restore wizard on
// the snapshot, with the profile's database and replace-existing on: its plan preview, typed
// confirmation, production banner and safety snapshot all apply), Delete… and Prune….
//
// Nothing here blocks in a nested event loop: the delete confirmation and the folder chooser
// are opened with open(), the dialogs with show(), so tests drive them like a user would
// (pendingConfirmation(), folderDialog(), createDialog(), cloneDialog(), pruneDialog(),
// lastReport(), rollbackWizard()).
class SnapshotsView final : public QWidget {
    Q_OBJECT
public:
    explicit SnapshotsView(Workspace *workspace, QWidget *parent = nullptr);
    ~SnapshotsView() override;

    QString folder() const { return m_folder; }
    SnapshotTableModel *model() const { return m_model; }
    // True from a refresh until its listing is shown.
    bool isLoading() const { return m_loading; }
    QString selectedName() const;
    void selectSnapshot(const QString &name);
    // The snapshot's whole manifest as the catalog has it (after a listing), or nullptr.
    const Manifest *manifest(const QString &name) const;
    QString statusText() const;
    QString detailsText() const;

    QMessageBox *pendingConfirmation() const;
    QFileDialog *folderDialog() const;
    CreateSnapshotDialog *createDialog() const;
    CloneSnapshotDialog *cloneDialog() const;
    PruneDialog *pruneDialog() const;
    ReportDialog *lastReport() const;
    RestoreWizard *rollbackWizard() const;
    // The context menu of the selected snapshot: Clone to verify…, Roll back to this…, Delete…
    QMenu *contextMenu();
    // A MatrixOne profile: the snapshot's purpose asked by Create snapshot…, and the typed
    // confirmation of Roll back to this… (the database, "db.table", or an account snapshot's name).
    QInputDialog *matrixOneDialog() const;
    // Whether the current profile is a MatrixOne one: the view then lists its server's own
    // snapshots (SHOW SNAPSHOTS joined with the folder's catalog) and acts on them.
    bool isMatrixOne() const;

public Q_SLOTS:
    void refresh();
    void createSnapshot();
    // Create snapshot… with `database` of the selected connection chosen.
    void createSnapshotOf(const QString &database);
    // Find (Ctrl+F): the filter above the table takes the focus.
    void focusFilter();
    void cloneSelected();
    void rollBackSelected();
    // Asks for confirmation, then deletes the snapshot; refused while a job uses it.
    void deleteSelected();
    void prune();
    void chooseFolder();

Q_SIGNALS:
    // A listing of the folder has been read completely.
    void loaded();
    // "Safe change…" was pressed.
    void safeChangeRequested();
    // Delete… ended: `error` is empty when the snapshot is gone.
    void deleteFinished(const QString &name, const QString &error);
    // A clone's verification report is shown (`report`).
    void cloneReportShown(lifeboat::app::ReportDialog *report);
    // A MatrixOne roll back ended: `error` is empty when it worked.
    void matrixOneRolledBack(const QString &name, const QString &error);

private:
    // Prune… on the folder ("" URI) or on the MatrixOne profile's server.
    void openPruneDialog(const QString &matrixOneUri);
    bool pruneDialogFits(const PruneDialog *dialog) const;
    struct Listing {
        QString folder;
        QList<SnapshotEntry> entries;
        QHash<QString, Manifest> manifests; // by snapshot name
        QString error;
        QString rebuildReason;              // the catalog was rebuilt, and why
    };

    void setFolder(const QString &folder);
    void createActions();
    void onListed();
    void updateActions();
    void updateDetails();
    // `about`: the snapshot the message is about; it goes when another snapshot is selected.
    void showStatus(const QString &text, bool problem = false, const QString &about = {});
    bool inUse(const QString &archivePath) const;
    void removeSnapshot(const QString &name, const QString &path);
    const SnapshotEntry *selectedEntry() const;
    // The MatrixOne side (MatrixOneSnapshotJobs), each with the profile's URI from the keychain.
    void withMatrixOneUri(const std::function<void(const QString &uri)> &then);
    void refreshMatrixOne();
    void createMatrixOne();
    void cloneMatrixOne(const SnapshotEntry &entry);
    void rollBackMatrixOne(const SnapshotEntry &entry);
    void removeMatrixOne(const QString &name);
    void showMatrixOneReport(const VerificationReport &report, const QString &description, const QString &objectName);

    std::unique_ptr<Ui::SnapshotsView> m_ui;
    Workspace *m_workspace;
    QString m_folder;
    QString m_statusAbout; // the snapshot the status line is about, if one
    SnapshotTableModel *m_model;    // child
    QSortFilterProxyModel *m_proxy; // child
    QFutureWatcher<Listing> *m_watcher;
    QLineEdit *m_filter = nullptr;
    QAction *m_cloneAction = nullptr;
    QAction *m_rollbackAction = nullptr;
    QAction *m_deleteAction = nullptr;
    bool m_refreshAgain = false;
    bool m_loading = false;
    QHash<QString, Manifest> m_manifests;
    QPointer<QMessageBox> m_confirmation;
    QPointer<QFileDialog> m_folderDialog;
    QPointer<CreateSnapshotDialog> m_createDialog;
    QPointer<CloneSnapshotDialog> m_cloneDialog;
    QPointer<PruneDialog> m_pruneDialog;
    QPointer<ReportDialog> m_lastReport;
    QPointer<RestoreWizard> m_wizard;
    QPointer<QInputDialog> m_matrixOneDialog;
};

} // namespace lifeboat::app

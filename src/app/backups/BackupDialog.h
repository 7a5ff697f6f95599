#pragma once

#include "profiles/ConnectionProfile.h"
#include "core/common/Error.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace Ui {
class BackupDialog;
}

namespace lifeboat {
class MongoClientPool;
struct BackupResult;
}

namespace lifeboat::app {

class Job;
class Workspace;

// Backs up one database of a profile (objectName "backupDialog"): pick the database (listed
// off-thread from the server), all or some collections, the folder, compression, JSON style and
// parallel reads, then "Back up". The backup runs as a Job (Workspace::jobs()), so it also shows
// in the jobs panel; the dialog turns to a progress page: overall and per-collection bars,
// documents, bytes, time left, Cancel, and finally the archive's path or the error in words.
//
// Closing it while the backup runs asks whether to cancel the backup or keep it running in the
// jobs panel. Nothing here waits for the server: lists load in worker threads, the backup runs
// in a Job.
class BackupDialog final : public QDialog {
    Q_OBJECT
public:
    enum class CloseChoice { CancelBackup, KeepRunning, StayOpen };

    BackupDialog(Workspace *workspace, profiles::ConnectionProfile profile, QWidget *parent = nullptr);
    ~BackupDialog() override;

    // Chooses `database` and, when `collections` is not empty, "Only the checked collections"
    // with these checked once the list arrives (what was selected in the database tree).
    void preselect(const QString &database, const QStringList &collections = {});
    // F5 before the backup starts: the databases and the chosen database's collections listed
    // again, the ticked collections kept.
    void refresh();

    // The backup this dialog started, or nullptr before "Back up".
    Job *job() const { return m_job; }
    // Replaces the question asked when the dialog is closed during a backup (tests answer it
    // without a modal message box).
    void setCloseQuestion(std::function<CloseChoice()> ask) { m_askClose = std::move(ask); }

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    // The server's database list (or the reason it could not be read) has arrived.
    void databasesLoaded();
    // The collection list of `database` has arrived.
    void collectionsLoaded(const QString &database);

private:
    struct DatabasesLoad;
    struct CollectionsLoad;

    void setupChoices();
    void loadDatabases();
    void onDatabasesLoaded(const DatabasesLoad &load);
    void loadCollections();
    void onCollectionsLoaded(const CollectionsLoad &load);
    void updateStartButton();
    QStringList checkedCollections() const;
    void start();
    void startJob(const QString &uri);
    void showProgress();
    void showOutcome();
    void setStatus(const QString &text);
    void showSetupError(const QString &text);
    CloseChoice askClose();

    std::unique_ptr<Ui::BackupDialog> m_ui;
    Workspace *m_workspace;
    profiles::ConnectionProfile m_profile;
    std::shared_ptr<MongoClientPool> m_pool; // for the lists; the backup opens its own
    QString m_loadedCollectionsOf;
    QString m_outDir;
    QPointer<Job> m_job;
    std::shared_ptr<BackupResult> m_result; // written by the job's work before it finishes
    std::function<CloseChoice()> m_askClose;
    QTimer *m_collectionsDelay;
    QString m_preselectedDatabase;     // preselect(): until its collections are listed
    QStringList m_preselectedCollections;
};

} // namespace lifeboat::app

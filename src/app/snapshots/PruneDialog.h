#pragma once

#include "core/snapshot/RetentionPolicy.h"
#include "core/snapshot/SnapshotEntry.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QHash>
#include <QStringList>

#include <functional>
#include <memory>

namespace Ui {
class PruneDialog;
}

namespace lifeboat::app {

// "Prune…" (objectName "pruneDialog"): a retention policy (past the delete-after date, older
// than a duration, always keep the newest N, only one database or purpose) applied to the
// folder's snapshots with RetentionPolicy, shown row by row in "pruneTable" (delete or keep,
// and why) as the fields change. "pruneDeleteButton" deletes exactly the snapshots the table
// marks for deletion (SnapshotStore::remove in a worker thread; on a MatrixOne profile the
// server's DROP SNAPSHOT), never one a running job uses; "pruneSummaryLabel" says what would go, and then what went.
class PruneDialog final : public QDialog {
    Q_OBJECT
public:
    // Whether a snapshot's archive is in use now (a job reads it): kept, whatever the policy.
    using InUse = std::function<bool(const QString &archivePath)>;

    PruneDialog(const QString &folder, const QList<SnapshotEntry> &entries, InUse inUse, QWidget *parent = nullptr);
    ~PruneDialog() override;

    // The folder's snapshots again (after a refresh); the table is recomputed.
    void setEntries(const QList<SnapshotEntry> &entries);
    // The entries are a MatrixOne server's snapshots (MatrixOneSnapshot::toEntry()): Delete
    // drops them on that server (DROP SNAPSHOT, and their catalog records) through `uri`,
    // which holds the password and stays in the call.
    void setMatrixOneUri(const QString &uri) { m_matrixOneUri = uri; }
    RetentionPolicy policy() const;
    // The snapshots the table marks for deletion now, newest first.
    QStringList toDelete() const { return m_toDelete; }
    bool isDeleting() const { return m_watcher->isRunning(); }
    QString summaryText() const;

public Q_SLOTS:
    // What "Delete" does: deletes toDelete().
    void deleteMarked();

Q_SIGNALS:
    // The deletion has ended: `deleted` are gone, `skipped` say why not ("name: reason").
    void pruned(const QStringList &deleted, const QStringList &skipped);

private:
    struct Removal {
        QStringList deleted;
        QStringList skipped;
        qint64 freed = 0;
    };
    void recompute();
    void fillFilters();
    static Removal removeArchives(const QString &folder, const QStringList &names, const QHash<QString, qint64> &sizes);
    static Removal removeOnMatrixOne(const QString &uri, const QString &folder, const QStringList &names);

    std::unique_ptr<Ui::PruneDialog> m_ui;
    QString m_folder;
    QList<SnapshotEntry> m_entries;
    InUse m_inUse;
    QStringList m_toDelete;
    QFutureWatcher<Removal> *m_watcher;
    QString m_matrixOneUri;
};

} // namespace lifeboat::app

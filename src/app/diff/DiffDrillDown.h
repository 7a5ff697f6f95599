#pragma once

#include "app/diff/DocumentPair.h"
#include "app/restore/SurgicalRestoreRequest.h"
#include "core/common/Result.h"
#include "core/diff/DiffResult.h"

#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

class QFileDialog;
class QSortFilterProxyModel;
class QTimer;
class QTreeWidget;

namespace Ui {
class DiffDrillDown;
}

namespace lifeboat::app {

class DifferenceCollector;
class DocumentDifferenceModel;
class DocumentPairLoader;
class Job;
class Workspace;

// "Compare with database", one collection further: the documents that differ between the
// backup and the database, and one of them side by side. Opened from the comparison's report
// (Show differences…), it runs the document diff of that collection (core DocumentDiffEngine)
// as a job (progress in the dialog and the jobs panel, cancellable) and lists each differing
// document: _id, state (only in the backup, only in the database, changed) and changed field
// paths, filtered by state, exported as CSV (the columns of `lifeboat-cli diff --report`).
// Selecting a row reads that document from both sides off the GUI thread (DocumentPairLoader)
// and shows them aligned by field with the differences marked (DocumentPairFiller).
// "Restore these documents…" asks for a surgical restore of the selected rows (or, with none
// selected, every listed row) that the backup holds: restoreDocumentsRequested().
class DiffDrillDown final : public QDialog {
    Q_OBJECT
public:
    // What is compared: a collection of an archive with the same collection of a database.
    struct Target {
        QString archivePath;
        QString sourceDatabase;  // the archive's database ("" in a runbook archive)
        QString targetDatabase;
        QString collection;
        QString description;     // "orders of backup_x.tar.gz with database shop on "Prod"" (plain text)
    };
    // The state filter's choices (the combo box's order).
    enum class Show { All, OnlyInBackup, OnlyInDatabase, Changed };
    // At most this many differing documents are listed (all are counted).
    static constexpr int MaxListed = 100000;

    // `mongoUri` holds the password: kept for the reads, never shown.
    DiffDrillDown(Workspace *workspace, Target target, QString mongoUri, QWidget *parent = nullptr);
    ~DiffDrillDown() override;

    const Target &target() const { return m_target; }
    // Starts the diff (once; the constructor does not).
    void start();
    // After the diff has ended: runs it again from the start (Compare again, F5), as the
    // database may have changed since (a surgical restore of the listed documents).
    void compareAgain();
    bool isRunning() const;
    Job *job() const { return m_job; }
    DocumentDifferenceModel *model() const { return m_model; }
    // The rows the state filter lets through, in the table's order.
    QList<DocumentDifference> listed() const;
    void setShow(Show show);
    // Selects the row of the _id (canonical Extended JSON); false if it is not listed.
    bool selectId(const QByteArray &id);
    // The pair shown beside the list, once read.
    const std::optional<DocumentPair> &shownPair() const { return m_pair; }
    bool isLoadingPair() const;
    QTreeWidget *pairTree() const;
    QString statusText() const;
    // What Restore these documents… asks for now; empty ids when nothing can be restored.
    SurgicalRestoreRequest restoreRequest() const;
    // Writes the listed rows as CSV; the outcome is shown under the list.
    Status exportCsv(const QString &path);
    QFileDialog *csvFileDialog() const;

public Q_SLOTS:
    void requestRestore();

Q_SIGNALS:
    // The diff has ended (differences listed, or failed, or cancelled).
    void differencesListed();
    // A selected document has been shown side by side (or could not be read).
    void pairShown();
    void restoreDocumentsRequested(const lifeboat::app::SurgicalRestoreRequest &request);

private:
    void setUpTable();
    void connectUi();
    void finishDiff();
    void updateProgress();
    void updateCount();
    void updateActions();
    void currentChanged();
    void showPair(const DocumentPair &pair);
    void showPairFailure(const QByteArray &id, const QString &message);
    void chooseCsvFile();
    QList<DocumentDifference> chosen() const;

    std::unique_ptr<Ui::DiffDrillDown> m_ui;
    Workspace *m_workspace;
    Target m_target;
    QString m_uri;
    DocumentDifferenceModel *m_model;    // child
    QSortFilterProxyModel *m_proxy;      // child
    DocumentPairLoader *m_loader;        // child
    QTimer *m_progressTimer;             // child
    std::shared_ptr<DifferenceCollector> m_collector;
    std::shared_ptr<std::optional<DiffResult>> m_result;
    QPointer<Job> m_job;
    qint64 m_found = 0;
    std::optional<DocumentPair> m_pair;
    QPointer<QFileDialog> m_fileDialog;
};

} // namespace lifeboat::app

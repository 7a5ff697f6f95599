#pragma once

#include <QHash>
#include <QMessageBox>
#include <QPointer>
#include <QWidget>

class QPlainTextEdit;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace lifeboat::app {

class Job;
class JobManager;

// Every job of the session (objectName "jobsPanel"), newest first: title, kind, state, a progress
// bar, how long it ran (ticking while it runs) and its summary ("jobsTable"). The selected job's
// log shows beside it ("jobLog"); "cancelJobButton" asks the selected running job to stop (first
// asking the user when a cancel leaves something behind: CancelConfirmation), and its row ends
// as Cancelled once the engine has cleaned up. A double-click on a row brings back
// the job's window (Job::window()): its progress while it runs, its outcome or report after.
// It only shows: the jobs run in worker threads and report through queued signals.
class JobsPanel final : public QWidget {
    Q_OBJECT
public:
    enum Column { TitleColumn, KindColumn, StateColumn, ProgressColumn, DurationColumn, SummaryColumn, ColumnCount };

    explicit JobsPanel(JobManager *jobs, QWidget *parent = nullptr);

    Job *selectedJob() const;
    void selectJob(Job *job);
    // The row of `job` in jobsTable, or nullptr.
    QTreeWidgetItem *itemFor(Job *job) const { return m_items.value(job); }

    static QString kindName(const QString &kind);
    // The question "cancel this job?" while it is open.
    QMessageBox *pendingCancelConfirmation() const { return m_cancelBox; }

public Q_SLOTS:
    // Shows `job`'s window again (raised), if it still has one; false if not.
    bool openJob(Job *job);

private:
    void addJob(Job *job);
    void updateRow(Job *job);
    void updateDurations();
    void showSelection();
    void updateCancelButton();

    JobManager *m_jobs;
    QTreeWidget *m_table;
    QPlainTextEdit *m_log;
    QPushButton *m_cancel;
    QTimer *m_tick;
    QHash<Job *, QTreeWidgetItem *> m_items;
    QPointer<QMessageBox> m_cancelBox;
};

} // namespace lifeboat::app

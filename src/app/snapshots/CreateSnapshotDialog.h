#pragma once

#include "app/snapshots/SnapshotJobs.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class CreateSnapshotDialog;
}

namespace lifeboat::app {

class DatabasePicker;
class Job;
class Workspace;

// "Create snapshot…" (objectName "createSnapshotDialog"): the connection and database
// (DatabasePicker), the level (a database, some of its collections, or every database), the
// purpose and versions, the name (proposed by SnapshotStore::proposeName() from them until the
// user types one, checked as it is typed: "nameStatusLabel"), a description, tags and a
// delete-after date. "Create snapshot" runs it as a "snapshot" job (Workspace::jobs()); the
// dialog then shows its progress and, at the end, the snapshot's name or the error in words.
// Not modal; closing it during the snapshot leaves the job running in the jobs panel.
class CreateSnapshotDialog final : public QDialog {
    Q_OBJECT
public:
    CreateSnapshotDialog(Workspace *workspace, const QString &folder, QWidget *parent = nullptr);
    ~CreateSnapshotDialog() override;

    DatabasePicker *picker() const { return m_picker; }
    // The snapshot job, once started.
    Job *job() const { return m_job; }
    // What the engine returned, once the job succeeded.
    const std::optional<SnapshotCreateResult> &result() const { return *m_result; }
    // Why "Create snapshot" is disabled (empty when it is enabled).
    QString blockedBecause() const;

public Q_SLOTS:
    // What "Create snapshot" does.
    void startSnapshot();

Q_SIGNALS:
    // The snapshot is written, verified and in the catalog.
    void snapshotCreated(const QString &name);
    // The job ended, however it did.
    void jobEnded();

private:
    void proposeName();
    void checkName();
    void updateLevel();
    void fillCollections();
    void updateButtons();
    void showProgress();
    void showOutcome();
    QStringList checkedCollections() const;
    SnapshotLevel level() const;

    std::unique_ptr<Ui::CreateSnapshotDialog> m_ui;
    Workspace *m_workspace;
    QString m_folder;
    DatabasePicker *m_picker;
    bool m_nameTyped = false;    // the user typed a name: stop proposing
    bool m_settingName = false;  // the name is being set by proposeName()
    QString m_nameProblem;
    QPointer<Job> m_job;
    SnapshotJobs::Created m_result;
};

} // namespace lifeboat::app

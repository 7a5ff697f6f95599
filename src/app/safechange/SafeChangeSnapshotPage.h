#pragma once

#include "app/snapshots/SnapshotJobs.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class SafeChangeSnapshotPage;
}

namespace lifeboat::app {

class DatabasePicker;
class Workspace;
struct SafeChangeSession;

// Page 1 of the "Safe change" assistant: the pre-change snapshot. The connection and database
// (default: the current profile and its default database), the purpose ("pre_upgrade"), the
// versions now and after, a description and how long to keep it; the name follows the
// tutorial's convention (SnapshotStore::proposeName). "Take the snapshot" runs it as a
// "snapshot" job; once it is written and verified its name is shown and Next goes on. The
// page is the assistant's first commit: there is no going back to before the snapshot.
class SafeChangeSnapshotPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SafeChangeSnapshotPage)

public:
    SafeChangeSnapshotPage(SafeChangeSession *session, Workspace *workspace, QWidget *parent = nullptr);
    ~SafeChangeSnapshotPage() override;

    bool isComplete() const override;
    DatabasePicker *picker() const { return m_picker; }
    bool isTaking() const;
    // Why "Take the snapshot" is disabled (empty when it is enabled).
    QString blockedBecause() const;

public Q_SLOTS:
    void takeSnapshot();

Q_SIGNALS:
    // The snapshot job ended (see the session for its result).
    void snapshotEnded();

private:
    void updateName();
    QString proposedName(const QString &purpose, const QString &version) const;
    // A MatrixOne profile: the server's own snapshot of the database, as a "snapshot" job.
    Job *startMatrixOneSnapshot(const SnapshotInfo &info);
    void updateButton();
    void showProgress();
    void showOutcome();

    std::unique_ptr<Ui::SafeChangeSnapshotPage> m_ui;
    SafeChangeSession *m_session;
    Workspace *m_workspace;
    DatabasePicker *m_picker;
    SnapshotJobs::Created m_result;
};

} // namespace lifeboat::app

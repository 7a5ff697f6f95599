#pragma once

#include "app/restore/RestoreSession.h"

#include <QWizard>

#include <functional>

namespace lifeboat::app {

class Workspace;
class RestoreArchivePage;
class RestoreTargetPage;
class RestoreOptionsPage;
class RestorePreviewPage;
class RestoreConfirmPage;
class RestoreProgressPage;
class RestoreReportPage;

// Restores an archive into a database, step by step (objectName "restoreWizard"):
// archive (integrity check) -> target (profile, database) -> options -> preview (the engine's
// plan; nothing is written) -> confirm (the database's name typed for anything destructive;
// the commit page) -> progress (a "restore" job) -> report (verification, CSV, rollback).
// Every server or disk access runs off the GUI thread; the restore itself is a Workspace job,
// so it stays in the jobs panel if the wizard is closed.
class RestoreWizard final : public QWizard {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreWizard)

public:
    enum PageId { ArchivePage, TargetPage, OptionsPage, PreviewPage, ConfirmPage, ProgressPage, ReportPage };
    // Asks where to save a file, given a suggested path; empty: cancelled.
    using SavePathChooser = std::function<QString(const QString &suggestedPath)>;

    explicit RestoreWizard(Workspace *workspace, QWidget *parent = nullptr);
    ~RestoreWizard() override;

    Workspace *workspace() const { return m_workspace; }
    RestoreSession *session() { return &m_session; }

    // Starts (over) at the first page with `archivePath` chosen and checked.
    void setArchive(const QString &archivePath);
    // Starts over with a safety snapshot chosen, the same profile and database, and
    // replace-existing on: the way back to where the database was.
    void rollBackTo(const QString &snapshotPath);

    // "Export CSV…" asks this for the path (default: a save-file dialog). Tests set their own.
    void setCsvPathChooser(SavePathChooser chooser) { m_csvPathChooser = std::move(chooser); }
    QString chooseCsvPath(const QString &suggestedPath);

    // Once the restore has started, closing only hides the wizard where it is (QWizard would
    // go back to its first page): the job's row in the jobs panel shows it again.
    void done(int result) override;

    RestoreArchivePage *archivePage() const { return m_archivePage; }
    RestoreTargetPage *targetPage() const { return m_targetPage; }
    RestoreOptionsPage *optionsPage() const { return m_optionsPage; }
    RestorePreviewPage *previewPage() const { return m_previewPage; }
    RestoreConfirmPage *confirmPage() const { return m_confirmPage; }
    RestoreProgressPage *progressPage() const { return m_progressPage; }
    RestoreReportPage *reportPage() const { return m_reportPage; }

private:
    Workspace *m_workspace;
    RestoreSession m_session;
    SavePathChooser m_csvPathChooser;
    RestoreArchivePage *m_archivePage;
    RestoreTargetPage *m_targetPage;
    RestoreOptionsPage *m_optionsPage;
    RestorePreviewPage *m_previewPage;
    RestoreConfirmPage *m_confirmPage;
    RestoreProgressPage *m_progressPage;
    RestoreReportPage *m_reportPage;
};

} // namespace lifeboat::app

#pragma once

#include "app/restore/surgical/SurgicalRestoreSession.h"

#include <QWizard>

#include <functional>

namespace lifeboat::app {

class Workspace;
class RestoreTargetPage;
class SurgicalSelectionPage;
class SurgicalPlanPage;
class SurgicalConfirmPage;
class SurgicalProgressPage;
class SurgicalReportPage;

// The restore wizard's surgical mode (objectName "surgicalRestoreWizard"): some documents of
// one collection of a backup put back into the live collection (core MergeRestoreEngine), as
// "Restore these documents…" in the backup browser or a comparison's drill-down asks
// (SurgicalRestoreRequest). Documents and merge mode -> target (the normal wizard's
// RestoreTargetPage: profile, database) -> plan (nothing written) -> confirm (the database's
// name typed where documents get replaced) -> progress (a "restore" job) -> report (per
// document, CSV, the safety snapshot). The whole-collection RestoreWizard is left as it is.
class SurgicalRestoreWizard final : public QWizard {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SurgicalRestoreWizard)

public:
    enum PageId { SelectionPage, TargetPage, PlanPage, ConfirmPage, ProgressPage, ReportPage };
    using SavePathChooser = std::function<QString(const QString &suggestedPath)>;

    SurgicalRestoreWizard(Workspace *workspace, const SurgicalRestoreRequest &request, QWidget *parent = nullptr);
    ~SurgicalRestoreWizard() override;

    Workspace *workspace() const { return m_workspace; }
    SurgicalRestoreSession *session() { return &m_session; }

    // "Export CSV…" asks this for the path (default: a save-file dialog). Tests set their own.
    void setCsvPathChooser(SavePathChooser chooser) { m_csvPathChooser = std::move(chooser); }
    QString chooseCsvPath(const QString &suggestedPath);

    // Once the restore has started, closing only hides the wizard (the jobs panel shows it again).
    void done(int result) override;

    SurgicalSelectionPage *selectionPage() const { return m_selectionPage; }
    RestoreTargetPage *targetPage() const { return m_targetPage; }
    SurgicalPlanPage *planPage() const { return m_planPage; }
    SurgicalConfirmPage *confirmPage() const { return m_confirmPage; }
    SurgicalProgressPage *progressPage() const { return m_progressPage; }
    SurgicalReportPage *reportPage() const { return m_reportPage; }

private:
    Workspace *m_workspace;
    SurgicalRestoreSession m_session;
    SavePathChooser m_csvPathChooser;
    SurgicalSelectionPage *m_selectionPage;
    RestoreTargetPage *m_targetPage;
    SurgicalPlanPage *m_planPage;
    SurgicalConfirmPage *m_confirmPage;
    SurgicalProgressPage *m_progressPage;
    SurgicalReportPage *m_reportPage;
};

} // namespace lifeboat::app

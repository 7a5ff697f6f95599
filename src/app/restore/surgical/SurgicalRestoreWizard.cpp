#include "app/restore/surgical/SurgicalRestoreWizard.h"

#include "app/jobs/Job.h"
#include "app/restore/RestoreTargetPage.h"
#include "app/restore/surgical/SurgicalConfirmPage.h"
#include "app/restore/surgical/SurgicalPlanPage.h"
#include "app/restore/surgical/SurgicalProgressPage.h"
#include "app/restore/surgical/SurgicalReportPage.h"
#include "app/restore/surgical/SurgicalSelectionPage.h"
#include "app/widgets/WizardFrame.h"

#include <QFileDialog>

namespace lifeboat::app {

SurgicalRestoreWizard::SurgicalRestoreWizard(Workspace *workspace, const SurgicalRestoreRequest &request, QWidget *parent)
    : QWizard(parent), m_workspace(workspace), m_selectionPage(new SurgicalSelectionPage(&m_session, this)),
      m_targetPage(new RestoreTargetPage(&m_session.target, workspace, this)), m_planPage(new SurgicalPlanPage(&m_session, this)),
      m_confirmPage(new SurgicalConfirmPage(&m_session, this)), m_progressPage(new SurgicalProgressPage(&m_session, workspace, this)),
      m_reportPage(new SurgicalReportPage(&m_session, this))
{
    m_session.selection = request;
    WizardFrame::setUp(this, QStringLiteral("surgicalRestoreWizard"), tr("Restore documents of %1").arg(request.collection),
                       {{SelectionPage, m_selectionPage},
                        {TargetPage, m_targetPage},
                        {PlanPage, m_planPage},
                        {ConfirmPage, m_confirmPage},
                        {ProgressPage, m_progressPage},
                        {ReportPage, m_reportPage}},
                       QSize(900, 680));
    m_targetPage->setSubTitle(tr("The connection and the database whose %1 collection gets the documents back.").arg(request.collection));
}

SurgicalRestoreWizard::~SurgicalRestoreWizard() = default;

void SurgicalRestoreWizard::done(int result)
{
    if (result == QDialog::Rejected && m_session.job) {
        QDialog::done(result);
        return;
    }
    QWizard::done(result);
}

QString SurgicalRestoreWizard::chooseCsvPath(const QString &suggestedPath)
{
    if (m_csvPathChooser)
        return m_csvPathChooser(suggestedPath);
    return QFileDialog::getSaveFileName(this, tr("Export the restore report"), suggestedPath, tr("CSV files (*.csv)"));
}

} // namespace lifeboat::app

#include "app/restore/RestoreWizard.h"

#include "app/jobs/Job.h"

#include "app/restore/RestoreArchivePage.h"
#include "app/restore/RestoreConfirmPage.h"
#include "app/restore/RestoreOptionsPage.h"
#include "app/restore/RestorePreviewPage.h"
#include "app/restore/RestoreProgressPage.h"
#include "app/restore/RestoreReportPage.h"
#include "app/restore/RestoreTargetPage.h"
#include "app/widgets/WizardFrame.h"

#include <QFileDialog>

namespace lifeboat::app {

RestoreWizard::RestoreWizard(Workspace *workspace, QWidget *parent)
    : QWizard(parent), m_workspace(workspace), m_archivePage(new RestoreArchivePage(&m_session, this)),
      m_targetPage(new RestoreTargetPage(&m_session, workspace, this)), m_optionsPage(new RestoreOptionsPage(&m_session, this)),
      m_previewPage(new RestorePreviewPage(&m_session, this)), m_confirmPage(new RestoreConfirmPage(&m_session, this)),
      m_progressPage(new RestoreProgressPage(&m_session, workspace, this)), m_reportPage(new RestoreReportPage(&m_session, this))
{
    WizardFrame::setUp(this, QStringLiteral("restoreWizard"), tr("Restore"),
                       {{ArchivePage, m_archivePage},
                        {TargetPage, m_targetPage},
                        {OptionsPage, m_optionsPage},
                        {PreviewPage, m_previewPage},
                        {ConfirmPage, m_confirmPage},
                        {ProgressPage, m_progressPage},
                        {ReportPage, m_reportPage}},
                       QSize(960, 700));
}

RestoreWizard::~RestoreWizard() = default;

void RestoreWizard::setArchive(const QString &archivePath)
{
    m_session.presetArchive = archivePath;
    if (currentId() != -1)
        restart();
}

void RestoreWizard::rollBackTo(const QString &snapshotPath)
{
    m_session.presetProfileId = m_session.profile ? m_session.profile->id : QString();
    m_session.presetDatabase = m_session.plan ? m_session.plan->targetDatabase : m_session.request.targetDatabase;
    m_session.presetReplaceExisting = true;
    m_session.presetArchive = snapshotPath;
    m_session.clearFromArchive();
    restart();
}

void RestoreWizard::done(int result)
{
    if (result == QDialog::Rejected && m_session.job) {
        QDialog::done(result);
        return;
    }
    QWizard::done(result);
}

QString RestoreWizard::chooseCsvPath(const QString &suggestedPath)
{
    if (m_csvPathChooser)
        return m_csvPathChooser(suggestedPath);
    return QFileDialog::getSaveFileName(this, tr("Export the verification report"), suggestedPath, tr("CSV files (*.csv)"));
}

} // namespace lifeboat::app

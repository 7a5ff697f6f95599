#include "app/safechange/SafeChangeAssistant.h"

#include "app/safechange/SafeChangeCheckPage.h"
#include "app/safechange/SafeChangeDecisionPage.h"
#include "app/safechange/SafeChangeResultPage.h"
#include "app/safechange/SafeChangeSnapshotPage.h"
#include "app/safechange/SafeChangeUpgradePage.h"
#include "app/widgets/WizardFrame.h"

namespace lifeboat::app {

namespace {
SafeChangeSession sessionFor(const QString &folder)
{
    SafeChangeSession s;
    s.folder = folder;
    return s;
}
} // namespace

SafeChangeAssistant::SafeChangeAssistant(Workspace *workspace, const QString &folder, QWidget *parent)
    : QWizard(parent), m_session(sessionFor(folder)), m_snapshotPage(new SafeChangeSnapshotPage(&m_session, workspace, this)),
      m_upgradePage(new SafeChangeUpgradePage(&m_session, this)), m_checkPage(new SafeChangeCheckPage(&m_session, workspace, this)),
      m_decisionPage(new SafeChangeDecisionPage(&m_session, this)), m_resultPage(new SafeChangeResultPage(&m_session, workspace, this))
{
    WizardFrame::setUp(this, QStringLiteral("safeChangeAssistant"), tr("Safe change"),
                       {{SnapshotPage, m_snapshotPage},
                        {UpgradePage, m_upgradePage},
                        {CheckPage, m_checkPage},
                        {DecisionPage, m_decisionPage},
                        {ResultPage, m_resultPage}},
                       QSize(900, 680));
}

SafeChangeAssistant::~SafeChangeAssistant() = default;

} // namespace lifeboat::app

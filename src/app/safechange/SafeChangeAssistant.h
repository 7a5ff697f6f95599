#pragma once

#include "app/safechange/SafeChangeSession.h"

#include <QWizard>

namespace lifeboat::app {

class SafeChangeCheckPage;
class SafeChangeDecisionPage;
class SafeChangeResultPage;
class SafeChangeSnapshotPage;
class SafeChangeUpgradePage;
class Workspace;

// The "Safe change" assistant (objectName "safeChangeAssistant"): the snapshot-and-rollback
// tutorial's flow around a risky change, step by step:
//   1. a verified pre-change snapshot (purpose and versions filled in, a "snapshot" job);
//   2. "run your upgrade now": waits for the user (Next when done), with an optional
//      validation command for afterwards;
//   3. the database compared with the snapshot: collections added or gone, document counts,
//      fields added or removed, and the validation command's answer;
//   4. Keep, or Roll back after seeing what the rollback would change (its plan), with the
//      database's name typed for a destructive plan and the production banner;
//   5. the result: the rollback as a "restore" job, verified, with a safety snapshot.
// On a MatrixOne profile (SafeChangeSession::isMatrixOne()) the same pages work on the server's
// own snapshots through MatrixOneSafeChange: no own check (step 2 says so), tables, rows and
// columns in step 3, the server's RESTORE with a safety snapshot in steps 4 and 5.
// Every server and disk access runs off the GUI thread (jobs in Workspace::jobs(), so they
// also show in the jobs panel); no page opens a modal box.
class SafeChangeAssistant final : public QWizard {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SafeChangeAssistant)

public:
    enum PageId { SnapshotPage, UpgradePage, CheckPage, DecisionPage, ResultPage };

    // Snapshots go to `folder` (the Snapshots view's folder).
    SafeChangeAssistant(Workspace *workspace, const QString &folder, QWidget *parent = nullptr);
    ~SafeChangeAssistant() override;

    SafeChangeSession *session() { return &m_session; }
    SafeChangeSnapshotPage *snapshotPage() const { return m_snapshotPage; }
    SafeChangeUpgradePage *upgradePage() const { return m_upgradePage; }
    SafeChangeCheckPage *checkPage() const { return m_checkPage; }
    SafeChangeDecisionPage *decisionPage() const { return m_decisionPage; }
    SafeChangeResultPage *resultPage() const { return m_resultPage; }

private:
    SafeChangeSession m_session;
    SafeChangeSnapshotPage *m_snapshotPage;
    SafeChangeUpgradePage *m_upgradePage;
    SafeChangeCheckPage *m_checkPage;
    SafeChangeDecisionPage *m_decisionPage;
    SafeChangeResultPage *m_resultPage;
};

} // namespace lifeboat::app

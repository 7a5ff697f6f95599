#pragma once

#include "core/common/CancelToken.h"
#include "core/common/Result.h"
#include "core/restore/merge/MergeRestore.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <memory>

class QLabel;
class QTreeWidget;

namespace lifeboat::app {

struct SurgicalRestoreSession;

// Page 3 of the surgical restore wizard: MergeRestoreEngine::plan() in a worker (it writes
// nothing), shown as the plan's sentence ("surgicalPlanSummaryLabel": "insert 37 missing,
// replace 0, leave 249,963 alone"), what else it found (identical, kept, absent, warnings;
// "surgicalPlanDetailsLabel") and the affected _ids with what happens to each
// ("surgicalAffectedList"). Complete once the plan is in and it writes something; planned
// afresh each time the page is entered.
class SurgicalPlanPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SurgicalPlanPage)

public:
    explicit SurgicalPlanPage(SurgicalRestoreSession *session, QWidget *parent = nullptr);
    ~SurgicalPlanPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isPlanning() const { return m_watcher->isRunning(); }
    // The plan's sentence, in the app's language: the engine's MergePlan::summary() in English.
    static QString summaryText(const MergePlan &plan);

private:
    using Planned = std::shared_ptr<Result<MergePlan>>;

    void plan();
    void showPlan(const MergePlan &plan);
    void clear();

    SurgicalRestoreSession *m_session;
    QFutureWatcher<Planned> *m_watcher;
    CancelToken m_cancel;
    QLabel *m_status;
    QLabel *m_summary;
    QLabel *m_details;
    QTreeWidget *m_affected;
};

} // namespace lifeboat::app

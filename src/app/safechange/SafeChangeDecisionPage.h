#pragma once

#include "core/common/Result.h"
#include "core/matrixone/MatrixOneRestorer.h"
#include "core/snapshot/SnapshotRestorer.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <memory>

class QLabel;

namespace Ui {
class SafeChangeDecisionPage;
}

namespace lifeboat::app {

class ProductionBanner;
struct SafeChangeSession;

// Page 4 of the "Safe change" assistant, its second commit: Keep ("keepRadio") or Roll back
// ("rollbackRadio"). Choosing Roll back plans the rollback without writing anything
// (SnapshotRestorer::plan, in a worker: RestoreEngine's plan for the database with
// replace-existing) and shows what it would change in "rollbackPlanTable": the collections
// dropped, recreated or created, with their documents in the snapshot and in the database now.
// Verify-first and the safety snapshot are on by default. A plan that drops or changes
// existing collections needs the database's name typed ("confirmNameEdit"); a production
// profile shows the red banner. The rollback itself runs on the next page.
class SafeChangeDecisionPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SafeChangeDecisionPage)

public:
    enum Column { CollectionColumn, ActionColumn, SnapshotColumn, NowColumn, ColumnCount };

    explicit SafeChangeDecisionPage(SafeChangeSession *session, QWidget *parent = nullptr);
    ~SafeChangeDecisionPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    bool isPlanning() const { return m_watcher->isRunning() || m_matrixOneWatcher->isRunning(); }
    // The rollback's plan needs the database's name typed.
    bool needsConfirmation() const;

Q_SIGNALS:
    // The rollback's plan (or why there is none) is shown.
    void planned();

private:
    using Planned = std::shared_ptr<Result<SnapshotRestorePlan>>;
    using MatrixOnePlanned = std::shared_ptr<Result<MatrixOneRestorePlan>>;

    SnapshotRestoreRequest request() const;
    void choiceChanged();
    void plan();
    void showPlan();
    // A MatrixOne profile: MatrixOneRestorer's plan (the server's RESTORE of the database,
    // tables restored and dropped, safety snapshot), always confirmed by typing its word.
    void planMatrixOne();
    void showMatrixOnePlan();
    void matrixOnePlanned();
    void showPlanError(const Error &error);
    QString confirmWord() const;

    std::unique_ptr<Ui::SafeChangeDecisionPage> m_ui;
    SafeChangeSession *m_session;
    ProductionBanner *m_banner;
    QLabel *m_confirmHint; // why Roll back is still disabled
    QFutureWatcher<Planned> *m_watcher;
    std::optional<SnapshotRestorePlan> m_plan;
    QFutureWatcher<MatrixOnePlanned> *m_matrixOneWatcher;
    std::optional<MatrixOneRestorePlan> m_matrixOnePlan;
    bool m_planAgain = false;
};

} // namespace lifeboat::app

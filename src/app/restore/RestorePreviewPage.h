#pragma once

#include "core/common/CancelToken.h"
#include "core/restore/RestorePlan.h"
#include "core/common/Result.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <memory>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace Ui {
class RestorePreviewPage;
}

namespace lifeboat::app {

class DocumentSampleView;
struct RestoreSession;

// Page 4 of the restore wizard: RestoreEngine::plan() for the request so far, run in a worker
// (it writes nothing), shown as three tables, each sorted by name and hidden when empty:
// collections dropped ("dropTable"), created ("createTable") and restored ("restoreTable"),
// with counts, time-series decisions, validator handling and indexes, and the plan's warnings
// ("warningsList"), and sample documents of each collection restored (DocumentSampleView).
// Where the target exists and has collections the archive lacks, the choice
// to drop them is here ("dropExtraCheck", off by default in the wizard): toggling it plans
// again. Complete once the plan is in; planned afresh each time the page is entered.
class RestorePreviewPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestorePreviewPage)

public:
    explicit RestorePreviewPage(RestoreSession *session, QWidget *parent = nullptr);
    ~RestorePreviewPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isPlanning() const { return m_watcher->isRunning(); }
    // The first documents of each collection the plan restores, one collection at a time.
    DocumentSampleView *samples() const { return m_samples; }

private:
    using Planned = std::shared_ptr<Result<RestorePlan>>;

    void plan();
    void showPlan(const RestorePlan &plan);
    void showDropExtraChoice(const RestorePlan &plan);
    void clear();
    // Fills a table, right-aligning the `numeric` columns.
    static void fill(QTableWidget *table, const QStringList &headers, const QList<QStringList> &rows, const QList<int> &numeric);

    std::unique_ptr<Ui::RestorePreviewPage> m_ui;
    RestoreSession *m_session;
    QFutureWatcher<Planned> *m_watcher;
    CancelToken m_cancel;
    QCheckBox *m_dropExtra;
    DocumentSampleView *m_samples; // child
};

} // namespace lifeboat::app

#include "app/restore/RestoreProgressPage.h"

#include "app/widgets/JobProgressBar.h"
#include "app/widgets/ProgressText.h"

#include "app/jobs/CancelConfirmation.h"
#include "app/jobs/Job.h"
#include "core/restore/RestoreEngine.h"
#include "app/restore/RestoreSession.h"
#include "app/window/Workspace.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWizard>

namespace lifeboat::app {

namespace {

QString stateText(CollectionProgress::State s)
{
    switch (s) {
    case CollectionProgress::State::Waiting: return RestoreProgressPage::tr("waiting");
    case CollectionProgress::State::Running: return RestoreProgressPage::tr("loading");
    case CollectionProgress::State::Done: return RestoreProgressPage::tr("done");
    case CollectionProgress::State::Failed: return RestoreProgressPage::tr("failed");
    }
    return {};
}

} // namespace

RestoreProgressPage::RestoreProgressPage(RestoreSession *session, Workspace *workspace, QWidget *parent)
    : QWizardPage(parent), m_session(session), m_workspace(workspace), m_phase(new QLabel(this)), m_stats(new QLabel(this)),
      m_overall(new QProgressBar(this)),
      m_collections(new QTreeWidget(this)), m_log(new QPlainTextEdit(this)), m_cancel(new QPushButton(tr("&Cancel restore"), this))
{
    setObjectName(QStringLiteral("restoreProgressPage"));
    setTitle(tr("Restoring"));
    setSubTitle(tr("The restore runs as a job: closing this window leaves it running in the jobs panel."));
    // No way back to a restore once it ran: the report follows.
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Report"));
    // The wizard's Cancel would only close the window here: say so, next to the real Cancel.
    setButtonText(QWizard::CancelButton, tr("Close"));
    m_phase->setObjectName(QStringLiteral("restorePhaseLabel"));
    m_phase->setWordWrap(true);
    m_stats->setObjectName(QStringLiteral("restoreStatsLabel"));
    m_stats->setWordWrap(true);
    m_stats->setTextFormat(Qt::PlainText);
    m_overall->setObjectName(QStringLiteral("overallProgressBar"));
    JobProgressBar::prepare(m_overall);
    m_overall->setValue(0);
    m_collections->setObjectName(QStringLiteral("collectionProgressTree"));
    m_collections->setHeaderLabels({tr("Collection"), tr("State"), tr("Documents"), tr("Progress")});
    m_collections->setRootIsDecorated(false);
    m_collections->header()->setStretchLastSection(true);
    // "52,500 of 150,000" must not be cut off; the bars take what is left.
    m_collections->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_collections->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_log->setObjectName(QStringLiteral("restoreLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_cancel->setObjectName(QStringLiteral("cancelRestoreButton"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_phase, 1);
    top->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_overall);
    layout->addWidget(m_stats);
    layout->addWidget(m_collections, 2);
    layout->addWidget(m_log, 1);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        CancelConfirmation::ask(m_cancelBox, this, m_session->job, [this] {
            m_cancel->setEnabled(false);
            m_phase->setText(tr("Cancelling…"));
        });
    });
}

QString RestoreProgressPage::cancelWarning(const RestoreRequest &request, const RestorePlan &plan)
{
    const QString db = plan.targetDatabase;
    if (!plan.inPlace)
        return tr("The restore is staged: until everything has loaded and checked out, a cancel drops the loaded copy and %1 stays "
                  "exactly as it was. Nothing will need undoing.")
            .arg(db);
    if (!plan.targetExists)
        return tr("The restore loads in place into the new database %1: a cancel leaves it partly restored. The report then says "
                  "what was loaded, and offers to drop the partial database.")
            .arg(db);
    QString text = tr("The restore loads in place: a cancel leaves %1 partly restored, some collections complete, some partial, some "
                      "untouched. The report then says which.")
                       .arg(db);
    if (plan.isDestructive() && request.safetySnapshot)
        text += QLatin1Char(' ') + tr("The safety snapshot taken before the restore is the way back: the report offers Roll back.");
    else if (plan.isDestructive())
        text += QLatin1Char(' ') + tr("No safety snapshot was taken: there is no way back to how it was.");
    return text;
}

void RestoreProgressPage::initializePage()
{
    startJob();
}

bool RestoreProgressPage::isComplete() const
{
    return m_finished;
}

void RestoreProgressPage::startJob()
{
    m_finished = false;
    m_items.clear();
    m_collections->clear();
    m_log->clear();
    m_overall->setValue(0);
    m_stats->clear();
    m_loadStartMs = -1;
    m_cancel->setEnabled(true);
    m_session->outcome.reset();
    if (!m_session->plan) {
        m_phase->setText(tr("There is no plan to carry out."));
        return;
    }
    m_phase->setText(tr("Starting…"));
    const RestoreRequest request = m_session->request;
    const RestorePlan plan = *m_session->plan;
    // Written by the worker, read here once the job's finished() arrives (queued after it).
    auto outcome = std::make_shared<std::optional<Result<RestoreResult>>>();
    const QString title = tr("Restore %1 into %2").arg(QFileInfo(request.archivePath).fileName(), plan.targetDatabase);
    Job *job = m_workspace->jobs()->start(
        QStringLiteral("restore"), title,
        [request, plan, outcome](ProgressSink &sink, const CancelToken &cancel) -> Result<QString> {
            RestoreEngine engine(sink);
            *outcome = engine.execute(request, plan, cancel);
            const Result<RestoreResult> &result = **outcome;
            if (!result)
                return result.error().wrapped(tr("nothing was changed"));
            if (result->failure)
                return *result->failure;
            if (!result->report.allOk())
                return Error(ErrorCode::IntegrityMismatch, tr("restored into %1, but %n collection(s) do not match the archive", nullptr,
                                                              result->report.count(VerificationStatus::Mismatch))
                                                               .arg(plan.targetDatabase));
            return tr("restored %n collection(s) into %1, verified", nullptr, int(result->report.rows.size())).arg(plan.targetDatabase);
        },
        {request.archivePath});
    m_session->job = job;
    job->setCancelWarning(cancelWarning(request, plan));
    job->setWindow(wizard());
    // Closing the wizard now hides it: the job's row in the jobs panel brings it back, with
    // its progress or its report.
    if (wizard())
        wizard()->setAttribute(Qt::WA_DeleteOnClose, false);
    for (const QString &line : job->log())
        m_log->appendPlainText(line);
    connect(job, &Job::logAppended, m_log, &QPlainTextEdit::appendPlainText);
    connect(job, &Job::progressChanged, this, &RestoreProgressPage::showProgress);
    connect(job, &Job::finished, this, [this, job, outcome] {
        if (m_session->job != job)
            return;
        m_session->outcome = *outcome;
        jobFinished();
    });
}

void RestoreProgressPage::showProgress()
{
    const Job *job = m_session->job;
    if (!job)
        return;
    const Progress &p = job->progress();
    if (p.phase != Phase::Starting && !job->cancelRequested())
        m_phase->setText(ProgressText::phase(p.phase));
    m_overall->setValue(int(p.fraction() * JobProgressBar::Steps));
    showStats();
    const QLocale locale;
    for (const CollectionProgress &c : p.collections) {
        QTreeWidgetItem *item = m_items.value(c.ns);
        if (!item) {
            item = new QTreeWidgetItem(m_collections, {c.ns.section(QLatin1Char('.'), 1)});
            auto *bar = new QProgressBar;
            JobProgressBar::prepare(bar);
            m_collections->setItemWidget(item, 3, bar);
            m_items.insert(c.ns, item);
        }
        item->setText(1, stateText(c.state));
        item->setText(2, tr("%1 of %2").arg(locale.toString(c.documentsDone), locale.toString(c.documentsTotal)));
        auto *bar = qobject_cast<QProgressBar *>(m_collections->itemWidget(item, 3));
        const double f = c.documentsTotal > 0 ? std::min(1.0, double(c.documentsDone) / double(c.documentsTotal))
                                              : (c.state == CollectionProgress::State::Done ? 1.0 : 0.0);
        bar->setValue(int(f * JobProgressBar::Steps));
        bar->setFormat(c.state == CollectionProgress::State::Running ? QStringLiteral("%p%") : stateText(c.state));
    }
}

// "52,500 of 150,000 documents · 12,345 documents/s · 3.20 MiB/s · running for 4 s · about 8 s left"
void RestoreProgressPage::showStats()
{
    const Job *job = m_session->job;
    const Progress &p = job->progress();
    if (m_loadStartMs < 0 && p.phase == Phase::Restoring) {
        m_loadStartMs = p.elapsedMs;
        m_loadStartDocuments = p.documentsDone;
        m_loadStartBytes = p.bytesDone;
    }
    QStringList stats;
    if (p.documentsTotal > 0 || p.documentsDone > 0)
        stats << ProgressText::documents(p.documentsDone, p.documentsTotal);
    if (p.collectionsTotal > 0)
        stats << tr("%1 of %2 collections done").arg(p.collectionsDone).arg(p.collectionsTotal);
    const qint64 loadMs = m_loadStartMs < 0 ? 0 : p.elapsedMs - m_loadStartMs;
    const qint64 loaded = p.documentsDone - m_loadStartDocuments;
    const bool loading = job->isRunning() && p.phase == Phase::Restoring;
    if (loading) {
        if (const QString rates = ProgressText::rates(loaded, p.bytesDone - m_loadStartBytes, loadMs); !rates.isEmpty())
            stats << rates;
    }
    stats << ProgressText::runTime(job->isRunning(), job->durationMs());
    if (const QString left = loading ? ProgressText::timeLeft(p.documentsTotal - p.documentsDone, loaded, loadMs) : QString(); !left.isEmpty())
        stats << left;
    m_stats->setText(stats.join(QStringLiteral(" · ")));
}

void RestoreProgressPage::jobFinished()
{
    showProgress();
    m_finished = true;
    m_cancel->setEnabled(false);
    const Job *job = m_session->job;
    m_phase->setText(job->state() == Job::State::Succeeded ? tr("Finished: %1").arg(job->summary())
                                                           : tr("%1: %2").arg(Job::stateName(job->state()), job->summary()));
    Q_EMIT completeChanged();
    // On to the report, unless the user has left this page meanwhile.
    QTimer::singleShot(0, this, [this] {
        if (wizard() && wizard()->currentPage() == this)
            wizard()->next();
    });
}

} // namespace lifeboat::app

#include "app/restore/surgical/SurgicalProgressPage.h"

#include "app/jobs/CancelConfirmation.h"
#include "app/jobs/Job.h"
#include "app/jobs/JobManager.h"
#include "app/restore/surgical/SurgicalPlanPage.h"
#include "app/restore/surgical/SurgicalRestoreSession.h"
#include "app/widgets/JobProgressBar.h"
#include "app/widgets/ProgressText.h"
#include "app/widgets/ThemeColors.h"
#include "app/window/Workspace.h"
#include "core/restore/merge/MergeRestoreEngine.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

namespace lifeboat::app {

SurgicalProgressPage::SurgicalProgressPage(SurgicalRestoreSession *session, Workspace *workspace, QWidget *parent)
    : QWizardPage(parent), m_session(session), m_workspace(workspace), m_phase(new QLabel(this)), m_stats(new QLabel(this)),
      m_busy(new QProgressBar(this)),
      m_log(new QPlainTextEdit(this)), m_cancel(new QPushButton(tr("&Cancel restore"), this))
{
    setObjectName(QStringLiteral("surgicalProgressPage"));
    setTitle(tr("Restoring"));
    setSubTitle(tr("The restore runs as a job: closing this window leaves it running in the jobs panel."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Report"));
    setButtonText(QWizard::CancelButton, tr("Close"));
    m_phase->setObjectName(QStringLiteral("surgicalPhaseLabel"));
    m_phase->setWordWrap(true);
    m_stats->setObjectName(QStringLiteral("surgicalStatsLabel"));
    m_stats->setWordWrap(true);
    m_busy->setObjectName(QStringLiteral("surgicalBusyBar"));
    m_log->setObjectName(QStringLiteral("surgicalLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_cancel->setObjectName(QStringLiteral("cancelSurgicalButton"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_phase, 1);
    top->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_busy);
    layout->addWidget(m_stats);
    layout->addWidget(m_log, 1);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        CancelConfirmation::ask(m_cancelBox, this, m_session->job, [this] {
            m_cancel->setEnabled(false);
            m_phase->setText(tr("Cancelling…"));
        });
    });
}

QString SurgicalProgressPage::cancelWarning(const MergePlan &plan, bool safetySnapshot)
{
    QString text = tr("A cancel stops the writes where they are: the documents already inserted or replaced in %1.%2 stay, the others "
                      "are not written. The report then says how many were.")
                       .arg(plan.targetDatabase, plan.collection);
    if (!plan.toReplace.isEmpty() && safetySnapshot)
        text += QLatin1Char(' ') + tr("The safety snapshot holds the replaced documents as they were.");
    return text;
}

void SurgicalProgressPage::initializePage()
{
    startJob();
}

bool SurgicalProgressPage::isComplete() const
{
    return m_finished;
}

void SurgicalProgressPage::startJob()
{
    m_finished = false;
    m_log->clear();
    m_cancel->setEnabled(true);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_stats->clear();
    m_writeStartMs = -1;
    m_session->outcome.reset();
    m_session->stopped.reset();
    auto request = m_session->request();
    if (!m_session->plan || !request) {
        m_phase->setText(tr("There is no plan to carry out."));
        return;
    }
    m_phase->setText(tr("Writing: %1…").arg(SurgicalPlanPage::summaryText(*m_session->plan)));
    const MergePlan plan = *m_session->plan;
    auto outcome = std::make_shared<std::optional<Result<MergeResult>>>();
    auto stopped = std::make_shared<MergeResult>();
    const QString title = tr("Restore documents of %1 into %2.%3").arg(QFileInfo(plan.archivePath).fileName(), plan.targetDatabase, plan.collection);
    Job *job = m_workspace->jobs()->start(
        QStringLiteral("restore"), title,
        [r = *request, plan, outcome, stopped](ProgressSink &sink, const CancelToken &cancel) -> Result<QString> {
            MergeRestoreEngine engine(sink);
            *outcome = engine.execute(r, plan, cancel, stopped.get());
            const Result<MergeResult> &result = **outcome;
            if (!result)
                return result.error();
            if (!result->verified())
                return Error(ErrorCode::IntegrityMismatch,
                             tr("inserted %1 and replaced %2 in %3, but some do not match the backup").arg(result->inserted).arg(result->replaced).arg(plan.collection));
            return tr("inserted %1 and replaced %2 documents in %3.%4, verified")
                .arg(result->inserted)
                .arg(result->replaced)
                .arg(plan.targetDatabase, plan.collection);
        },
        {plan.archivePath});
    m_session->job = job;
    job->setCancelWarning(cancelWarning(plan, request->safetySnapshot));
    job->setWindow(wizard());
    if (wizard())
        wizard()->setAttribute(Qt::WA_DeleteOnClose, false);
    for (const QString &line : job->log())
        m_log->appendPlainText(line);
    connect(job, &Job::logAppended, m_log, &QPlainTextEdit::appendPlainText);
    connect(job, &Job::progressChanged, this, [this, job] {
        if (m_session->job == job)
            showProgress();
    });
    connect(job, &Job::finished, this, [this, job, outcome, stopped] {
        if (m_session->job != job)
            return;
        m_session->outcome = *outcome;
        if (!stopped->plan.targetDatabase.isEmpty())
            m_session->stopped = *stopped;
        jobFinished();
    });
}

// "12,000 of 20,000 documents written · 2,400 documents/s · 1.20 MiB/s · running for 6 s · about 3 s left"
void SurgicalProgressPage::showProgress()
{
    const Job *job = m_session->job;
    const Progress &p = job->progress();
    if (p.phase != Phase::Restoring && p.phase != Phase::Verifying)
        return;
    if (m_writeStartMs < 0)
        m_writeStartMs = p.elapsedMs;
    if (m_busy->maximum() == 0) {
        JobProgressBar::prepare(m_busy);
        m_busy->setTextVisible(true);
    }
    m_busy->setValue(int(p.fraction() * JobProgressBar::Steps));
    if (job->isRunning() && !job->cancelRequested())
        m_phase->setText(ProgressText::phase(p.phase));
    const QLocale locale;
    QStringList stats{tr("%1 of %2 documents written").arg(locale.toString(p.documentsDone), locale.toString(p.documentsTotal))};
    const qint64 writingMs = p.elapsedMs - m_writeStartMs;
    const bool writing = job->isRunning() && p.phase == Phase::Restoring;
    if (writing) {
        if (const QString rates = ProgressText::rates(p.documentsDone, p.bytesDone, writingMs); !rates.isEmpty())
            stats << rates;
    }
    stats << ProgressText::runTime(job->isRunning(), job->durationMs());
    if (const QString left = writing ? ProgressText::timeLeft(p.documentsTotal - p.documentsDone, p.documentsDone, writingMs) : QString();
        !left.isEmpty())
        stats << left;
    m_stats->setText(stats.join(QStringLiteral(" · ")));
}

void SurgicalProgressPage::jobFinished()
{
    m_finished = true;
    m_cancel->setEnabled(false);
    if (m_busy->maximum() == 0) {
        m_busy->setRange(0, 1);
        m_busy->setValue(1);
    }
    showProgress();
    const Job *job = m_session->job;
    m_phase->setText(job->state() == Job::State::Succeeded ? tr("Finished: %1").arg(job->summary())
                                                           : tr("%1: %2").arg(Job::stateName(job->state()), job->summary()));
    Q_EMIT completeChanged();
    QTimer::singleShot(0, this, [this] {
        if (wizard() && wizard()->currentPage() == this)
            wizard()->next();
    });
}

} // namespace lifeboat::app

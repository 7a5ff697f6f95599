#include "app/safechange/SafeChangeResultPage.h"

#include "app/widgets/ThemeColors.h"
#include "app/widgets/JobProgressBar.h"
#include "app/jobs/CancelConfirmation.h"
#include "app/jobs/Job.h"
#include "app/restore/RestoreProgressPage.h"
#include "core/restore/RestoreEngine.h"
#include "app/widgets/ProgressText.h"
#include "app/jobs/JobManager.h"
#include "app/safechange/MatrixOneSafeChange.h"
#include "app/safechange/SafeChangeSession.h"
#include "app/widgets/VerificationTableModel.h"
#include "app/window/Workspace.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace lifeboat::app {

namespace {
}

SafeChangeResultPage::SafeChangeResultPage(SafeChangeSession *session, Workspace *workspace, QWidget *parent)
    : QWizardPage(parent), m_session(session), m_workspace(workspace), m_result(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel rollback"), this)), m_reportTable(new QTableView(this)), m_report(new VerificationTableModel(this)),
      m_safety(new QLabel(this)), m_outcome(std::make_shared<std::optional<SnapshotRestoreOutcome>>()),
      m_matrixOneOutcome(std::make_shared<std::optional<MatrixOneRestoreOutcome>>())
{
    setObjectName(QStringLiteral("safeChangeResultPage"));
    setTitle(tr("5. Result"));
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(QStringLiteral("rollbackProgress"));
    JobProgressBar::prepare(m_progress);
    m_cancel->setObjectName(QStringLiteral("cancelRollbackButton"));
    m_reportTable->setObjectName(QStringLiteral("rollbackReportTable"));
    m_reportTable->setModel(m_report);
    m_reportTable->verticalHeader()->hide();
    m_reportTable->setAlternatingRowColors(true);
    m_reportTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reportTable->horizontalHeader()->setStretchLastSection(true);
    m_safety->setObjectName(QStringLiteral("safetySnapshotLabel"));
    m_safety->setWordWrap(true);
    m_safety->setTextFormat(Qt::PlainText);
    m_safety->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_result);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    layout->addLayout(progressRow);
    layout->addWidget(m_reportTable, 1);
    layout->addWidget(m_safety);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        CancelConfirmation::ask(m_cancelBox, this, m_session->rollbackJob, [this] { m_cancel->setEnabled(false); });
    });
}

bool SafeChangeResultPage::isComplete() const
{
    return m_done;
}

void SafeChangeResultPage::initializePage()
{
    m_done = false;
    const QString db = m_session->database.toHtmlEscaped();
    const QString name = m_session->snapshotName().toHtmlEscaped();
    if (!m_session->rollBack) {
        m_progress->hide();
        m_cancel->hide();
        m_reportTable->hide();
        m_safety->hide();
        const QDateTime deleteAfter = m_session->snapshot ? m_session->snapshot->entry.info.deleteAfter : QDateTime();
        m_result->setText(tr("<p><b>The change is kept.</b> %1 stays as it is now.</p><p>Snapshot <b>%2</b> stays in %3%4, in case a "
                             "problem shows later: select it in the Snapshots view and use Roll back to this….</p>")
                              .arg(db, name, QDir::toNativeSeparators(m_session->folder).toHtmlEscaped(),
                                   deleteAfter.isValid()
                                       ? tr(" until %1 (then Prune may delete it)").arg(QLocale().toString(deleteAfter.toLocalTime(), QLocale::ShortFormat))
                                       : QString()));
        m_done = true;
        Q_EMIT completeChanged();
        Q_EMIT done();
        return;
    }
    m_result->setText(tr("Rolling %1 back to snapshot %2…").arg(db, name));
    m_progress->show();
    m_progress->setValue(0);
    m_cancel->setVisible(!m_session->isMatrixOne()); // the server's RESTORE is one statement: no cancelling it
    m_reportTable->hide();
    m_safety->hide();
    const QString title = tr("Roll %1 back to snapshot %2 on %3")
                              .arg(m_session->database, m_session->snapshotName(), m_session->profile ? m_session->profile->name : QString());
    Job *job = m_session->isMatrixOne() ? startMatrixOneRollback(title)
                                        : SnapshotJobs::restore(m_workspace->jobs(), m_session->rollbackRequest, m_session->rollbackPlan,
                                                                m_session->snapshot ? m_session->snapshot->entry.path : QString(), title, m_outcome);
    m_session->rollbackJob = job;
    if (!m_session->isMatrixOne()) {
        // As the restore wizard's: the words depend on how the plan loads (staged or in place).
        RestoreRequest asked;
        asked.safetySnapshot = m_session->rollbackRequest.safetySnapshot;
        job->setCancelWarning(m_session->rollbackPlan ? RestoreProgressPage::cancelWarning(asked, m_session->rollbackPlan->plan)
                                                      : tr("A cancel stops the rollback where it is; the result then says what it left."));
    }
    m_cancel->setEnabled(true);
    connect(job, &Job::progressChanged, this, &SafeChangeResultPage::showProgress);
    connect(job, &Job::logAppended, this, [this](const QString &line) {
        if (m_session->rollbackJob && m_session->rollbackJob->isRunning())
            m_result->setText(line.toHtmlEscaped());
    });
    connect(job, &Job::finished, this, &SafeChangeResultPage::showOutcome);
    Q_EMIT completeChanged();
}

Job *SafeChangeResultPage::startMatrixOneRollback(const QString &title)
{
    const QString uri = m_session->mongoUri, folder = m_session->folder;
    const MatrixOneRestorePlan plan = m_session->matrixOnePlan.value_or(MatrixOneRestorePlan());
    auto out = m_matrixOneOutcome;
    *out = std::nullopt;
    return m_workspace->jobs()->start(QStringLiteral("restore"), title, [uri, folder, plan, out](ProgressSink &, const CancelToken &) -> Result<QString> {
        if (plan.statement.isEmpty())
            return Error(ErrorCode::Internal, tr("no rollback was planned"));
        auto done = MatrixOneSafeChange::rollBack(uri, folder, plan);
        if (!done)
            return done.error();
        *out = *done;
        const qint64 mismatches = done->report.count(VerificationStatus::Mismatch);
        if (!done->report.allOk())
            return Error(ErrorCode::IntegrityMismatch, tr("%n table(s) do not match the snapshot after the rollback", nullptr, int(mismatches)));
        return tr("%1 rolled back to snapshot %2 and compared: %n table(s) match", nullptr, int(done->report.count(VerificationStatus::Ok)))
            .arg(plan.confirmWord, plan.snapshot.name);
    });
}

void SafeChangeResultPage::showMatrixOneOutcome(Job *job)
{
    const QString db = m_session->database.toHtmlEscaped();
    const QString name = m_session->snapshotName().toHtmlEscaped();
    const MatrixOneRestoreOutcome *o = m_matrixOneOutcome->has_value() ? &**m_matrixOneOutcome : nullptr;
    m_session->matrixOneOutcome = *m_matrixOneOutcome;
    if (job->state() == Job::State::Succeeded) {
        JobProgressBar::complete(m_progress);
        m_progress->setFormat(tr("compared"));
        m_result->setText(tr("<p><b>%1 was rolled back to snapshot %2 on the MatrixOne server and compared</b>: every table matches the snapshot "
                             "(rows, checksum, columns).</p>").arg(db, name));
        m_result->setStyleSheet(ThemeColors::textStyle(ThemeColors::Role::Success));
    } else {
        m_progress->setFormat(job->state() == Job::State::Cancelled ? tr("cancelled") : tr("failed"));
        const Error error = job->error().value_or(Error(ErrorCode::Internal, job->summary()));
        QString text = tr("<p><b>The rollback failed:</b> %1</p>").arg(error.message.toHtmlEscaped());
        if (!error.hint.isEmpty())
            text += QStringLiteral("<p>%1</p>").arg(error.hint.toHtmlEscaped());
        m_result->setText(text);
        m_result->setStyleSheet(ThemeColors::textStyle(ThemeColors::Role::Error));
    }
    if (o) {
        m_report->setReport(o->report);
        m_reportTable->resizeColumnsToContents();
        m_reportTable->show();
    }
    if (o && !o->safetySnapshot.isEmpty()) {
        m_safety->setText(tr("Safety snapshot of %1 as it was before the rollback: %2, on the MatrixOne server. If you need the changed data "
                             "back, select it in the Snapshots view and use Roll back to this….")
                              .arg(m_session->database, o->safetySnapshot));
        m_safety->show();
    }
}

void SafeChangeResultPage::showProgress()
{
    Job *job = m_session->rollbackJob;
    if (!job || !job->isRunning())
        return;
    const Progress &p = job->progress();
    JobProgressBar::show(m_progress, p);
}

void SafeChangeResultPage::showOutcome()
{
    Job *job = m_session->rollbackJob;
    if (!job || job->isRunning())
        return;
    m_cancel->hide();
    if (m_session->isMatrixOne()) {
        showMatrixOneOutcome(job);
        m_done = true;
        Q_EMIT completeChanged();
        Q_EMIT done();
        return;
    }
    m_session->rollbackOutcome = *m_outcome;
    const QString db = m_session->database.toHtmlEscaped();
    const QString name = m_session->snapshotName().toHtmlEscaped();
    const SnapshotRestoreOutcome *o = m_outcome->has_value() ? &**m_outcome : nullptr;
    if (job->state() == Job::State::Succeeded) {
        JobProgressBar::complete(m_progress);
        m_progress->setFormat(tr("verified"));
        m_result->setText(tr("<p><b>%1 was rolled back to snapshot %2 and verified</b>: every collection matches the snapshot.</p>").arg(db, name));
        m_result->setStyleSheet(ThemeColors::textStyle(ThemeColors::Role::Success));
    } else {
        m_progress->setFormat(job->state() == Job::State::Cancelled ? tr("cancelled") : tr("failed"));
        const Error error = job->error().value_or(Error(ErrorCode::Internal, job->summary()));
        QString text = job->state() == Job::State::Cancelled ? tr("<p><b>The rollback was cancelled.</b></p>")
                                                             : tr("<p><b>The rollback failed:</b> %1</p>").arg(error.message.toHtmlEscaped());
        if (o)
            text += o->targetTouched ? tr("<p>%1 was changed before it stopped.</p>").arg(db)
                                     : tr("<p>%1 was not touched.</p>").arg(db);
        if (!error.hint.isEmpty())
            text += QStringLiteral("<p>%1</p>").arg(error.hint.toHtmlEscaped());
        m_result->setText(text);
        m_result->setStyleSheet(ThemeColors::textStyle(ThemeColors::Role::Error));
    }
    // The database's report; when verify-first stopped before the database, the scratch clone's.
    const VerificationReport *report = o ? (o->report() ? o->report() : (o->preVerification ? &*o->preVerification : nullptr)) : nullptr;
    if (report) {
        m_report->setReport(*report);
        m_reportTable->resizeColumnsToContents();
        m_reportTable->show();
    }
    if (o && !o->safetySnapshot.isEmpty()) {
        m_safety->setText(tr("Safety snapshot of %1 as it was before the rollback: %2 (%3). If you need the changed data back, select it "
                             "in the Snapshots view and use Roll back to this….")
                              .arg(m_session->database, o->safetySnapshot, QDir::toNativeSeparators(o->safetySnapshotPath)));
        m_safety->show();
    }
    m_done = true;
    Q_EMIT completeChanged();
    Q_EMIT done();
}

} // namespace lifeboat::app

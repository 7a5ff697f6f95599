#include "app/restore/RestoreReportPage.h"

#include "app/jobs/Job.h"
#include "app/jobs/JobManager.h"
#include "app/restore/RestoreSession.h"
#include "app/restore/RestoreWizard.h"
#include "app/widgets/DeleteConfirmation.h"
#include "app/widgets/StatusLabel.h"
#include "app/widgets/ThemeColors.h"
#include "app/widgets/VerificationTableModel.h"
#include "app/window/Workspace.h"
#include "core/mongo/MongoClientPool.h"
#include "core/snapshot/HelperDatabases.h"
#include "ui_RestoreReportPage.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>

namespace lifeboat::app {

namespace {

QString red(const QString &html)
{
    return ThemeColors::errorSpan(html);
}

QString green(const QString &html)
{
    return ThemeColors::successSpan(html);
}

} // namespace

RestoreReportPage::RestoreReportPage(RestoreSession *session, RestoreWizard *wizard)
    : QWizardPage(wizard), m_ui(std::make_unique<Ui::RestoreReportPage>()), m_session(session), m_wizard(wizard),
      m_model(new VerificationTableModel(this)), m_wayBack(new QLabel(this)), m_dropPartial(new QPushButton(tr("&Drop the partial database…"), this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("restoreReportPage"));
    m_wayBack->setObjectName(QStringLiteral("wayBackLabel"));
    m_wayBack->setWordWrap(true);
    m_wayBack->setTextFormat(Qt::PlainText);
    m_dropPartial->setObjectName(QStringLiteral("dropPartialButton"));
    auto *wayBackLayout = new QHBoxLayout;
    wayBackLayout->addWidget(m_wayBack, 1);
    wayBackLayout->addWidget(m_dropPartial);
    m_ui->reportPageLayout->addLayout(wayBackLayout);
    connect(m_dropPartial, &QPushButton::clicked, this, [this] {
        const QString db = m_session->plan ? m_session->plan->targetDatabase : QString();
        DeleteConfirmation::ask(m_dropBox, this,
                                {QStringLiteral("dropPartialConfirmation"), tr("Drop the partial database"),
                                 tr("Drop the database %1 for good?").arg(db),
                                 tr("%1 did not exist before this restore: dropping it returns the server to how it was.").arg(db)},
                                [this] { dropPartialDatabase(); });
    });
    m_ui->reportTable->setModel(m_model);
    m_ui->reportTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->reportTable->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, [this] {
        const QString db = m_session->plan ? m_session->plan->targetDatabase : QString();
        const QString folder = QFileInfo(m_session->request.archivePath).absolutePath();
        const QString suggested = QDir(folder).filePath(
            QStringLiteral("restore_report_%1_%2.csv").arg(db, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd_HHmmss"))));
        const QString path = m_wizard->chooseCsvPath(suggested);
        if (!path.isEmpty())
            exportCsv(path);
    });
    connect(m_ui->rollbackButton, &QPushButton::clicked, this, [this] {
        const QString snapshot = m_ui->snapshotPathLabel->property("path").toString();
        if (!snapshot.isEmpty())
            m_wizard->rollBackTo(snapshot);
    });
}

RestoreReportPage::~RestoreReportPage() = default;

void RestoreReportPage::initializePage()
{
    m_model->setReport({});
    m_ui->exportStatusLabel->clear();
    m_ui->reportWarningsList->clear();
    m_ui->statesLabel->clear();
    m_ui->snapshotPathLabel->setProperty("path", QString());
    m_ui->rollbackButton->hide();
    m_wayBack->clear();
    m_wayBack->hide();
    m_dropPartial->hide();
    m_dropPartial->setEnabled(true);

    if (!m_session->outcome) {
        showNothingRestored(tr("The restore did not run."));
        return;
    }
    const Result<RestoreResult> &outcome = *m_session->outcome;
    if (!outcome) {
        const Error &e = outcome.error();
        showNothingRestored(red(e.code == ErrorCode::Cancelled
                                    ? tr("The restore was cancelled before it changed anything.")
                                    : tr("The restore did not start: %1. Nothing was changed.").arg(e.toString().toHtmlEscaped())));
        return;
    }
    const RestoreResult &result = *outcome;
    m_ui->outcomeLabel->setText(outcomeText(result));
    m_ui->statesLabel->setText(statesText(result));
    m_model->setReport(result.report);
    m_ui->exportCsvButton->setEnabled(!result.report.rows.isEmpty());
    m_ui->reportWarningsList->addItems(result.warnings);
    m_ui->reportWarningsList->setVisible(!result.warnings.isEmpty());
    showSafetySnapshot(result);
    showWayBack(result);
}

// After a stop midway: how to get back to where the server was before the restore.
void RestoreReportPage::showWayBack(const RestoreResult &result)
{
    if (!result.failure)
        return;
    const QString db = result.plan.targetDatabase;
    QString text;
    if (result.targetUnchanged)
        text = tr("Nothing to undo: %1 is exactly as it was before the restore.").arg(db);
    else if (!result.plan.targetExists) {
        text = tr("%1 did not exist before this restore. Drop it to return the server to how it was, or restore again.").arg(db);
        m_dropPartial->show();
    } else if (!result.safetySnapshotPath.isEmpty())
        text = tr("To return %1 to how it was before the restore, roll back to the safety snapshot above.").arg(db);
    else
        text = tr("No safety snapshot was taken: %1 cannot be returned to how it was by Lifeboat. Restore again to complete it.").arg(db);
    m_wayBack->setText(text);
    m_wayBack->show();
}

void RestoreReportPage::dropPartialDatabase()
{
    const QString db = m_session->plan ? m_session->plan->targetDatabase : QString();
    const QString uri = m_session->mongoUri;
    if (db.isEmpty())
        return;
    m_dropPartial->setEnabled(false);
    m_wayBack->setText(tr("Dropping %1…").arg(db));
    Job *job = m_wizard->workspace()->jobs()->start(QStringLiteral("drop"), tr("Drop the partial database %1").arg(db),
                                                    [uri, db](ProgressSink &, const CancelToken &) -> Result<QString> {
                                                        auto pool = MongoClientPool::create(uri, 1);
                                                        if (!pool)
                                                            return pool.error();
                                                        if (auto st = HelperDatabases::drop((*pool)->acquire(), db); !st)
                                                            return st.error();
                                                        return tr("dropped %1").arg(db);
                                                    });
    connect(job, &Job::finished, this, [this, job, db] {
        const bool ok = job->state() == Job::State::Succeeded;
        StatusLabel::show(m_wayBack, ok ? tr("%1 was dropped: the server is as it was before the restore.").arg(db)
                                        : tr("%1 could not be dropped: %2").arg(db, job->summary()),
                          !ok);
        m_dropPartial->setVisible(!ok);
        m_dropPartial->setEnabled(!ok);
    });
}

void RestoreReportPage::showNothingRestored(const QString &text)
{
    m_ui->outcomeLabel->setText(text);
    m_ui->exportCsvButton->setEnabled(false);
    m_ui->reportWarningsList->hide();
    m_ui->snapshotGroup->hide();
}

// Succeeded, failed or cancelled part way, or finished with mismatches: in green or red.
QString RestoreReportPage::outcomeText(const RestoreResult &result)
{
    const QString db = result.plan.targetDatabase.toHtmlEscaped();
    const VerificationReport &report = result.report;
    const int mismatches = report.count(VerificationStatus::Mismatch);
    const QString counts = tr("%1 ok, %2 mismatch, %3 skipped").arg(report.count(VerificationStatus::Ok)).arg(mismatches).arg(report.count(VerificationStatus::Skipped));
    if (result.succeeded())
        return green(tr("<b>The restore succeeded.</b> %1 holds what the archive holds: %2.").arg(db, counts));
    if (result.failure && result.targetUnchanged) {
        const Error &e = *result.failure;
        return red(e.code == ErrorCode::Cancelled
                       ? tr("<b>The restore was cancelled</b> before anything existing changed: nothing was changed in %1.").arg(db)
                       : tr("<b>The restore failed</b> before anything existing changed: %1.").arg(e.toString().toHtmlEscaped()));
    }
    if (result.failure) {
        const Error &e = *result.failure;
        QString text = e.code == ErrorCode::Cancelled ? tr("<b>The restore was cancelled</b> part way: %1 is partly restored.").arg(db)
                                                      : tr("<b>The restore failed</b> part way: %1. %2 is partly restored.")
                                                            .arg(e.toString().toHtmlEscaped(), db);
        if (!result.safetySnapshotPath.isEmpty())
            text += QLatin1Char(' ') + tr("Roll back to the safety snapshot below to return it to where it was.");
        return red(text);
    }
    return red(tr("<b>The restore finished, but %n collection(s) do not match the archive</b> (%1). "
                  "See the notes below.", nullptr, mismatches).arg(counts));
}

// Which collections are complete, partial or untouched, and the documents that were already there.
QString RestoreReportPage::statesText(const RestoreResult &result)
{
    QStringList complete, partial, untouched;
    for (auto it = result.states.cbegin(); it != result.states.cend(); ++it) {
        if (it.value() == QLatin1String("complete"))
            complete << it.key();
        else if (it.value() == QLatin1String("partial"))
            partial << it.key();
        else
            untouched << it.key();
    }
    for (QStringList *l : {&complete, &partial, &untouched})
        l->sort();
    auto list = [](const QStringList &names) -> QString { return names.isEmpty() ? tr("none") : names.join(QStringLiteral(", ")); };
    QString states = tr("Complete: %1. Partial: %2. Untouched: %3.").arg(list(complete), list(partial), list(untouched));
    QStringList duplicates;
    for (auto it = result.duplicates.cbegin(); it != result.duplicates.cend(); ++it)
        duplicates << tr("%1 (%2)").arg(it.key()).arg(it.value());
    if (!duplicates.isEmpty()) {
        duplicates.sort();
        states += QLatin1Char(' ') + tr("Documents already there (same _id), left as they were: %1.").arg(duplicates.join(QStringLiteral(", ")));
    }
    return states;
}

void RestoreReportPage::showSafetySnapshot(const RestoreResult &result)
{
    m_ui->snapshotGroup->show();
    if (result.safetySnapshotPath.isEmpty()) {
        m_ui->snapshotPathLabel->setText(result.plan.isDestructive() ? tr("None: it was turned off.")
                                                                     : tr("None was needed: nothing that existed was changed."));
    } else {
        m_ui->snapshotPathLabel->setText(QDir::toNativeSeparators(result.safetySnapshotPath));
        m_ui->snapshotPathLabel->setProperty("path", result.safetySnapshotPath);
        m_ui->rollbackButton->show();
    }
}

bool RestoreReportPage::exportCsv(const QString &path)
{
    const Status written = m_model->report().writeCsv(path);
    if (!written) {
        m_ui->exportStatusLabel->setText(red(written.error().toString().toHtmlEscaped()));
        return false;
    }
    m_ui->exportStatusLabel->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(path).toHtmlEscaped()));
    return true;
}

} // namespace lifeboat::app

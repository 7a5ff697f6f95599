#include "app/safechange/SafeChangeSnapshotPage.h"

#include "app/widgets/ThemeColors.h"
#include "app/widgets/JobProgressBar.h"
#include "app/widgets/DatabasePicker.h"
#include "app/jobs/Job.h"
#include "app/widgets/ProgressText.h"
#include "app/safechange/MatrixOneSafeChange.h"
#include "app/safechange/SafeChangeSession.h"
#include "app/jobs/JobManager.h"
#include "app/window/Workspace.h"
#include "ui_SafeChangeSnapshotPage.h"

#include <QLocale>

namespace lifeboat::app {

namespace {
constexpr qint64 kSecondsPerDay = 24 * 3600;
}

SafeChangeSnapshotPage::SafeChangeSnapshotPage(SafeChangeSession *session, Workspace *workspace, QWidget *parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::SafeChangeSnapshotPage>()), m_session(session), m_workspace(workspace),
      m_picker(new DatabasePicker(workspace, this)), m_result(std::make_shared<std::optional<SnapshotCreateResult>>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("safeChangeSnapshotPage"));
    setTitle(tr("1. Snapshot before the change"));
    setSubTitle(tr("Take a verified snapshot of the database as it is now, before anything changes."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Next >"));
    m_ui->pickerLayout->addWidget(m_picker);
    m_ui->snapshotProgress->hide();

    connect(m_picker, &DatabasePicker::profileChanged, this, &SafeChangeSnapshotPage::updateButton);
    connect(m_picker, &DatabasePicker::databasesListed, this, &SafeChangeSnapshotPage::updateButton);
    connect(m_picker, &DatabasePicker::databaseChanged, this, &SafeChangeSnapshotPage::updateButton);
    for (QLineEdit *edit : {m_ui->purposeEdit, m_ui->versionBeforeEdit, m_ui->versionTargetEdit})
        connect(edit, &QLineEdit::textChanged, this, &SafeChangeSnapshotPage::updateName);
    connect(m_ui->takeSnapshotButton, &QPushButton::clicked, this, &SafeChangeSnapshotPage::takeSnapshot);
    updateName();
}

SafeChangeSnapshotPage::~SafeChangeSnapshotPage() = default;

bool SafeChangeSnapshotPage::isTaking() const
{
    return m_session->snapshotJob && m_session->snapshotJob->isRunning();
}

bool SafeChangeSnapshotPage::isComplete() const
{
    return m_session->snapshot.has_value();
}

void SafeChangeSnapshotPage::updateName()
{
    const QString before = m_ui->versionBeforeEdit->text().trimmed();
    const QString version = before.isEmpty() ? m_ui->versionTargetEdit->text().trimmed() : before;
    // A few file-existence checks in the snapshot folder: quick enough for the GUI thread.
    m_ui->proposedNameLabel->setText(proposedName(m_ui->purposeEdit->text().trimmed(), version));
    updateButton();
}

QString SafeChangeSnapshotPage::proposedName(const QString &purpose, const QString &version) const
{
    const auto profile = m_picker->profile();
    if (profile && profile->isMatrixOne()) // a name MatrixOne takes unquoted: '.' and '-' become '_'
        return MatrixOneSnapshots::proposeName(purpose, version);
    return SnapshotStore(m_session->folder).proposeName(purpose, version);
}

QString SafeChangeSnapshotPage::blockedBecause() const
{
    if (m_session->snapshot)
        return tr("the snapshot is taken");
    if (isTaking())
        return tr("the snapshot is being taken");
    if (!m_picker->profile())
        return tr("no connection is chosen");
    if (!m_picker->databasesLoaded())
        return tr("the server has not answered yet");
    if (m_picker->database().isEmpty())
        return tr("no database is chosen");
    if (!m_picker->databases().contains(m_picker->database()))
        return tr("there is no database %1 on this server").arg(m_picker->database());
    return {};
}

void SafeChangeSnapshotPage::updateButton()
{
    const QString why = blockedBecause();
    m_ui->takeSnapshotButton->setEnabled(why.isEmpty());
    m_ui->takeSnapshotButton->setToolTip(why.isEmpty() ? QString() : tr("Not yet: %1.").arg(why));
}

void SafeChangeSnapshotPage::takeSnapshot()
{
    if (!blockedBecause().isEmpty())
        return;
    m_session->profile = m_picker->profile();
    m_session->mongoUri = m_picker->uri();
    m_session->database = m_picker->database();

    SnapshotCreateRequest request;
    request.mongoUri = m_session->mongoUri;
    request.database = m_session->database;
    request.info.level = SnapshotLevel::Database;
    request.info.purpose = m_ui->purposeEdit->text().trimmed();
    request.info.versionBefore = m_ui->versionBeforeEdit->text().trimmed();
    request.info.versionTarget = m_ui->versionTargetEdit->text().trimmed();
    request.info.description = m_ui->descriptionEdit->text().trimmed();
    if (request.info.description.isEmpty())
        request.info.description = request.info.versionTarget.isEmpty()
                                       ? tr("Before a change of %1 (Safe change assistant)").arg(m_session->database)
                                       : tr("Before the upgrade of %1 to %2 (Safe change assistant)").arg(m_session->database, request.info.versionTarget);
    request.info.tags << QStringLiteral("safe-change");
    request.info.deleteAfter = QDateTime::currentDateTimeUtc().addSecs(m_ui->keepForSpin->value() * kSecondsPerDay);
    request.info.name = proposedName(request.info.purpose, request.info.versionBefore.isEmpty() ? request.info.versionTarget : request.info.versionBefore);
    m_ui->proposedNameLabel->setText(request.info.name);

    Job *job = m_session->isMatrixOne() ? startMatrixOneSnapshot(request.info)
                                        : SnapshotJobs::create(m_workspace->jobs(), m_session->folder, request, m_session->profile->name, m_result);
    m_session->snapshotJob = job;
    connect(job, &Job::progressChanged, this, &SafeChangeSnapshotPage::showProgress);
    connect(job, &Job::finished, this, &SafeChangeSnapshotPage::showOutcome);
    const QList<QWidget *> inputs{m_picker, m_ui->purposeEdit, m_ui->versionBeforeEdit, m_ui->versionTargetEdit, m_ui->descriptionEdit, m_ui->keepForSpin};
    for (QWidget *w : inputs)
        w->setEnabled(false);
    m_ui->snapshotProgress->show();
    m_ui->snapshotStatusLabel->setText(tr("Taking snapshot %1…").arg(request.info.name.toHtmlEscaped()));
    m_ui->snapshotStatusLabel->setStyleSheet(QString());
    updateButton();
    showProgress();
}

Job *SafeChangeSnapshotPage::startMatrixOneSnapshot(const SnapshotInfo &info)
{
    const QString uri = m_session->mongoUri, folder = m_session->folder, database = m_session->database;
    auto out = m_result;
    *out = std::nullopt;
    return m_workspace->jobs()->start(
        QStringLiteral("snapshot"), tr("Snapshot %1 on MatrixOne (%2)").arg(database, info.name),
        [uri, folder, database, info, out](ProgressSink &, const CancelToken &) -> Result<QString> {
            auto made = MatrixOneSafeChange::snapshot(uri, folder, database, info);
            if (!made)
                return made.error();
            SnapshotCreateResult result;
            result.entry = made->snapshot.toEntry();
            result.entry.documents = made->rows;
            result.entry.collections = made->tables;
            result.elapsedMs = made->elapsedMs;
            if (!made->scopeNote.isEmpty())
                result.warnings << made->scopeNote;
            *out = result;
            return made->scopeNote.isEmpty() ? tr("Snapshot %1 taken").arg(made->snapshot.name) : made->scopeNote;
        });
}

void SafeChangeSnapshotPage::showProgress()
{
    Job *job = m_session->snapshotJob;
    if (!job || !job->isRunning())
        return;
    const Progress &p = job->progress();
    JobProgressBar::show(m_ui->snapshotProgress, p);
}

void SafeChangeSnapshotPage::showOutcome()
{
    Job *job = m_session->snapshotJob;
    if (!job || job->isRunning())
        return;
    if (job->state() == Job::State::Succeeded && m_result->has_value()) {
        m_session->snapshot = **m_result;
        const SnapshotEntry &e = m_session->snapshot->entry;
        JobProgressBar::complete(m_ui->snapshotProgress);
        if (m_session->isMatrixOne()) {
            m_ui->snapshotProgress->setFormat(tr("taken"));
            m_ui->snapshotStatusLabel->setText(
                tr("Snapshot <b>%1</b> taken on the MatrixOne server: %2 in %3 tables of %4. Press Next, then run your change.")
                    .arg(e.name.toHtmlEscaped(), tr("%Ln row(s)", nullptr, int(e.documents)), QLocale().toString(e.collections.size()),
                         m_session->database.toHtmlEscaped())
                + (m_session->snapshot->warnings.isEmpty() ? QString() : QStringLiteral("<br>") + m_session->snapshot->warnings.join(QLatin1Char(' ')).toHtmlEscaped()));
        } else {
            m_ui->snapshotProgress->setFormat(tr("verified"));
            m_ui->snapshotStatusLabel->setText(
                tr("Snapshot <b>%1</b> taken and verified: %2 in %3 of %4. Press Next, then run your change.")
                    .arg(e.name.toHtmlEscaped(), ProgressText::documentCount(e.documents), ProgressText::collectionCount(e.collections.size()),
                         m_session->database.toHtmlEscaped()));
        }
        m_ui->takeSnapshotButton->hide();
    } else {
        const Error error = job->error().value_or(Error(ErrorCode::Internal, job->summary()));
        m_ui->snapshotProgress->hide();
        m_ui->snapshotStatusLabel->setText(job->state() == Job::State::Cancelled
                                               ? tr("The snapshot was cancelled. Do not start the change without one.")
                                               : tr("The snapshot failed: %1. Do not start the change without one.").arg(error.toString().toHtmlEscaped()));
        m_ui->snapshotStatusLabel->setStyleSheet(ThemeColors::textStyle(ThemeColors::Role::Error));
        const QList<QWidget *> inputs{m_picker, m_ui->purposeEdit, m_ui->versionBeforeEdit, m_ui->versionTargetEdit, m_ui->descriptionEdit,
                                      m_ui->keepForSpin};
        for (QWidget *w : inputs)
            w->setEnabled(true);
        updateName();
    }
    updateButton();
    Q_EMIT completeChanged();
    Q_EMIT snapshotEnded();
}

} // namespace lifeboat::app

#include "app/snapshots/CloneSnapshotDialog.h"
#include "app/widgets/StatusLabel.h"
#include "app/widgets/ThemeColors.h"

#include "app/widgets/JobProgressBar.h"
#include "app/widgets/DatabasePicker.h"
#include "app/jobs/Job.h"
#include "core/config/MongoUri.h"
#include "app/widgets/ProductionBanner.h"
#include "app/widgets/ProgressText.h"
#include "app/restore/RestoreTargetPage.h"
#include "app/snapshots/SnapshotTableModel.h"
#include "app/window/Workspace.h"
#include "ui_CloneSnapshotDialog.h"

#include <QDateTime>
#include <QLocale>
#include <QPushButton>

namespace lifeboat::app {

namespace {
}

CloneSnapshotDialog::CloneSnapshotDialog(Workspace *workspace, const QString &folder, const SnapshotEntry &snapshot, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CloneSnapshotDialog>()), m_workspace(workspace), m_folder(folder), m_snapshot(snapshot),
      m_picker(new DatabasePicker(workspace, this)), m_banner(new ProductionBanner(this)),
      m_stamp(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd_HHmmss"))),
      m_outcome(std::make_shared<std::optional<SnapshotRestoreOutcome>>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("cloneSnapshotDialog"));
    setWindowTitle(tr("Clone %1 to verify").arg(snapshot.name));
    m_ui->bannerLayout->addWidget(m_banner);
    m_ui->pickerLayout->addWidget(m_picker);
    m_picker->setDatabaseCaption(tr("&New database:"));
    m_ui->snapshotLabel->setText(tr("Snapshot <b>%1</b>: %2 snapshot of %3, taken %4, %5 in %6.")
                                     .arg(snapshot.name.toHtmlEscaped(), SnapshotTableModel::levelText(snapshot),
                                          SnapshotTableModel::databaseText(snapshot).toHtmlEscaped(),
                                          QLocale().toString(snapshot.createdAt.toLocalTime(), QLocale::ShortFormat),
                                          ProgressText::documentCount(snapshot.documents), ProgressText::collectionCount(snapshot.collections.size())));
    const bool deployment = snapshot.database().isEmpty();
    m_ui->sourceDbCombo->addItems(snapshot.databases);
    m_ui->sourceDbCombo->setVisible(deployment);
    m_ui->sourceDbCaption->setVisible(deployment);
    m_ui->cloneProgress->hide();
    m_ui->cloneStatusLabel->hide();
    m_ui->cancelJobButton->hide();
    m_picker->setDatabase(verifyName());

    auto refreshNames = [this] {
        m_ui->verifyNameButton->setText(verifyName());
        m_ui->greenNameButton->setText(greenName());
    };
    refreshNames();
    connect(m_ui->sourceDbCombo, &QComboBox::currentTextChanged, this, [this, refreshNames] {
        refreshNames();
        m_picker->setDatabase(verifyName());
    });
    connect(m_ui->verifyNameButton, &QPushButton::clicked, this, [this] { m_picker->setDatabase(verifyName()); });
    connect(m_ui->greenNameButton, &QPushButton::clicked, this, [this] { m_picker->setDatabase(greenName()); });
    connect(m_picker, &DatabasePicker::databaseChanged, this, &CloneSnapshotDialog::updateTarget);
    connect(m_picker, &DatabasePicker::databasesListed, this, &CloneSnapshotDialog::updateTarget);
    connect(m_picker, &DatabasePicker::profileChanged, this, &CloneSnapshotDialog::updateTarget);
    connect(m_ui->cloneButton, &QPushButton::clicked, this, &CloneSnapshotDialog::startClone);
    connect(m_ui->cancelJobButton, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::close);
    updateTarget();
}

CloneSnapshotDialog::~CloneSnapshotDialog() = default;

QString CloneSnapshotDialog::sourceDatabase() const
{
    const QString db = m_snapshot.database();
    return db.isEmpty() ? m_ui->sourceDbCombo->currentText() : db;
}

QString CloneSnapshotDialog::verifyName() const
{
    return sourceDatabase() + QStringLiteral("_verify_") + m_stamp;
}

QString CloneSnapshotDialog::greenName() const
{
    return sourceDatabase() + QStringLiteral("_green");
}

QString CloneSnapshotDialog::targetDatabase() const
{
    return m_picker->database();
}

QString CloneSnapshotDialog::blockedBecause() const
{
    if (m_job)
        return tr("The clone has been started.");
    if (!m_snapshot.usable())
        return tr("The snapshot cannot be read: %1").arg(m_snapshot.problem);
    if (!m_picker->profile())
        return tr("No connection is chosen.");
    const QString target = targetDatabase();
    if (const QString invalid = RestoreTargetPage::invalidDatabaseName(target); !invalid.isEmpty())
        return invalid;
    if (!m_picker->databasesLoaded())
        return tr("The server has not answered yet.");
    if (m_picker->databases().contains(target))
        return tr("%1 already exists: a clone goes into a new database.").arg(target);
    return {};
}

void CloneSnapshotDialog::updateTarget()
{
    m_banner->setProfile(m_picker->profile(), tr("The clone writes a new database to it."));
    const QString why = blockedBecause();
    const bool ready = why.isEmpty();
    m_ui->cloneButton->setEnabled(ready);
    if (m_job)
        return;
    if (ready)
        m_ui->targetStatusLabel->setText(tr("%1 is a new database on this server.").arg(targetDatabase()));
    else
        m_ui->targetStatusLabel->setText(why);
    m_ui->targetStatusLabel->setStyleSheet(ready || !m_picker->databasesLoaded() ? QString() : ThemeColors::textStyle(ThemeColors::Role::Error));
}

void CloneSnapshotDialog::startClone()
{
    if (!blockedBecause().isEmpty())
        return;
    SnapshotRestoreRequest request;
    request.mode = SnapshotRestoreRequest::Mode::Clone;
    request.snapshotDir = m_folder;
    request.name = m_snapshot.name;
    request.mongoUri = m_picker->uri();
    request.targetDatabase = targetDatabase();
    if (m_snapshot.database().isEmpty())
        request.sourceDatabase = sourceDatabase();
    request.safetySnapshot = false; // a new database: nothing to keep
    const QString title = tr("Clone snapshot %1 into %2 on %3").arg(m_snapshot.name, request.targetDatabase, m_picker->profile()->name);
    m_job = SnapshotJobs::restore(m_workspace->jobs(), request, std::nullopt, m_snapshot.path, title, m_outcome);
    // The job's row in the jobs panel brings this dialog back, with its progress or outcome.
    m_job->setWindow(this);
    setAttribute(Qt::WA_DeleteOnClose, false);
    connect(m_job, &Job::progressChanged, this, &CloneSnapshotDialog::showProgress);
    connect(m_job, &Job::finished, this, &CloneSnapshotDialog::showOutcome);
    m_picker->setEnabled(false);
    m_ui->sourceDbCombo->setEnabled(false);
    m_ui->verifyNameButton->setEnabled(false);
    m_ui->greenNameButton->setEnabled(false);
    m_ui->cloneButton->hide();
    m_ui->cancelJobButton->show();
    m_ui->cloneProgress->show();
    m_ui->cloneStatusLabel->show();
    m_ui->cloneStatusLabel->setText(tr("Starting…"));
    showProgress();
}

void CloneSnapshotDialog::showProgress()
{
    if (!m_job || !m_job->isRunning())
        return;
    const Progress &p = m_job->progress();
    JobProgressBar::show(m_ui->cloneProgress, p);
    if (!m_job->cancelRequested() && !m_job->log().isEmpty())
        m_ui->cloneStatusLabel->setText(m_job->log().constLast());
}

void CloneSnapshotDialog::showOutcome()
{
    if (!m_job || m_job->isRunning())
        return;
    m_ui->cancelJobButton->hide();
    m_ui->closeButton->setDefault(true);
    const VerificationReport *report = m_outcome->has_value() ? (*m_outcome)->report() : nullptr;
    const QString target = targetDatabase();
    if (m_job->state() == Job::State::Succeeded) {
        JobProgressBar::complete(m_ui->cloneProgress);
        m_ui->cloneProgress->setFormat(tr("verified"));
        m_ui->cloneStatusLabel->setText(tr("Cloned into %1 and verified: it matches the snapshot.").arg(target));
    } else {
        m_ui->cloneProgress->setFormat(m_job->state() == Job::State::Cancelled ? tr("cancelled") : tr("failed"));
        const Error error = m_job->error().value_or(Error(ErrorCode::Internal, m_job->summary()));
        StatusLabel::show(m_ui->cloneStatusLabel,
                          m_job->state() == Job::State::Cancelled ? tr("Cancelled.") : tr("The clone failed: %1").arg(error.toString()), true);
    }
    if (report && !report->rows.isEmpty()) {
        const auto profile = m_picker->profile();
        Q_EMIT cloned(*report, tr("Snapshot %1 cloned into %2 on \"%3\" (%4), compared in full with the snapshot's manifest")
                                   .arg(m_snapshot.name, target, profile ? profile->name : QString(),
                                        profile ? MongoUri::redacted(profile->connectionString) : QString()));
    }
    Q_EMIT jobEnded();
}

} // namespace lifeboat::app

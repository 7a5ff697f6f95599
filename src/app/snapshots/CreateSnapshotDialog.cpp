#include "app/snapshots/CreateSnapshotDialog.h"
#include "app/widgets/StatusLabel.h"
#include "app/widgets/ThemeColors.h"

#include "app/widgets/JobProgressBar.h"
#include "app/widgets/DatabasePicker.h"
#include "app/jobs/Job.h"
#include "app/widgets/ProgressText.h"
#include "core/snapshot/SnapshotNames.h"
#include "app/window/Workspace.h"
#include "ui_CreateSnapshotDialog.h"

#include <QDir>
#include <QListWidget>
#include <QPushButton>

namespace lifeboat::app {

namespace {
constexpr int kDefaultKeepDays = 30;
}

CreateSnapshotDialog::CreateSnapshotDialog(Workspace *workspace, const QString &folder, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CreateSnapshotDialog>()), m_workspace(workspace), m_folder(folder),
      m_picker(new DatabasePicker(workspace, this)), m_result(std::make_shared<std::optional<SnapshotCreateResult>>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("createSnapshotDialog"));
    m_ui->pickerLayout->addWidget(m_picker);
    m_picker->setCollectionsWanted(true);
    m_ui->levelCombo->addItem(tr("Database: every collection of the database"), int(SnapshotLevel::Database));
    m_ui->levelCombo->addItem(tr("Collections: some collections of the database"), int(SnapshotLevel::Collection));
    m_ui->levelCombo->addItem(tr("Deployment: every database of the server"), int(SnapshotLevel::Deployment));
    m_ui->folderLabel->setText(QDir::toNativeSeparators(m_folder));
    m_ui->deleteAfterEdit->setDate(QDate::currentDate().addDays(kDefaultKeepDays));
    m_ui->deleteAfterEdit->setMinimumDate(QDate::currentDate());
    m_ui->deleteAfterEdit->setEnabled(false);
    m_ui->snapshotProgress->hide();
    m_ui->createStatusLabel->hide();
    m_ui->cancelJobButton->hide();

    connect(m_ui->levelCombo, &QComboBox::currentIndexChanged, this, &CreateSnapshotDialog::updateLevel);
    connect(m_picker, &DatabasePicker::collectionsListed, this, &CreateSnapshotDialog::fillCollections);
    connect(m_picker, &DatabasePicker::databaseChanged, this, [this] {
        if (!m_picker->collectionsLoaded())
            m_ui->collectionsList->clear();
        updateButtons();
    });
    connect(m_picker, &DatabasePicker::databasesListed, this, &CreateSnapshotDialog::updateButtons);
    connect(m_picker, &DatabasePicker::profileChanged, this, &CreateSnapshotDialog::updateButtons);
    connect(m_ui->collectionsList, &QListWidget::itemChanged, this, &CreateSnapshotDialog::updateButtons);
    connect(m_ui->purposeEdit, &QLineEdit::textChanged, this, &CreateSnapshotDialog::proposeName);
    connect(m_ui->versionBeforeEdit, &QLineEdit::textChanged, this, &CreateSnapshotDialog::proposeName);
    connect(m_ui->versionTargetEdit, &QLineEdit::textChanged, this, &CreateSnapshotDialog::proposeName);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, [this] {
        if (!m_settingName)
            m_nameTyped = !m_ui->nameEdit->text().isEmpty();
        checkName();
    });
    connect(m_ui->deleteAfterCheck, &QCheckBox::toggled, m_ui->deleteAfterEdit, &QWidget::setEnabled);
    connect(m_ui->createButton, &QPushButton::clicked, this, &CreateSnapshotDialog::startSnapshot);
    connect(m_ui->cancelJobButton, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::close);

    updateLevel();
    proposeName();
}

CreateSnapshotDialog::~CreateSnapshotDialog() = default;

SnapshotLevel CreateSnapshotDialog::level() const
{
    return SnapshotLevel(m_ui->levelCombo->currentData().toInt());
}

void CreateSnapshotDialog::updateLevel()
{
    const bool collections = level() == SnapshotLevel::Collection;
    m_ui->collectionsList->setVisible(collections);
    m_ui->collectionsCaption->setVisible(collections);
    m_picker->setDatabaseEnabled(level() != SnapshotLevel::Deployment);
    updateButtons();
}

void CreateSnapshotDialog::fillCollections()
{
    const QStringList checked = checkedCollections();
    m_ui->collectionsList->clear();
    for (const QString &name : m_picker->collections()) {
        auto *item = new QListWidgetItem(name, m_ui->collectionsList);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(name) ? Qt::Checked : Qt::Unchecked);
    }
    updateButtons();
}

QStringList CreateSnapshotDialog::checkedCollections() const
{
    QStringList out;
    for (int i = 0; i < m_ui->collectionsList->count(); ++i) {
        if (m_ui->collectionsList->item(i)->checkState() == Qt::Checked)
            out << m_ui->collectionsList->item(i)->text();
    }
    return out;
}

void CreateSnapshotDialog::proposeName()
{
    if (m_nameTyped)
        return;
    const QString before = m_ui->versionBeforeEdit->text().trimmed();
    const QString version = before.isEmpty() ? m_ui->versionTargetEdit->text().trimmed() : before;
    // A few file-existence checks in the snapshot folder: quick enough for the GUI thread.
    const QString name = SnapshotStore(m_folder).proposeName(m_ui->purposeEdit->text().trimmed(), version);
    m_settingName = true;
    m_ui->nameEdit->setText(name);
    m_settingName = false;
    checkName();
}

void CreateSnapshotDialog::checkName()
{
    const QString name = m_ui->nameEdit->text().trimmed();
    const Status st = SnapshotStore(m_folder).checkNewName(name);
    m_nameProblem = st ? QString() : st.error().message;
    if (name.isEmpty())
        m_nameProblem = tr("a snapshot needs a name");
    m_ui->nameStatusLabel->setText(m_nameProblem.isEmpty() ? tr("✓ The name is free in this folder.") : StatusLabel::sentence(m_nameProblem));
    m_ui->nameStatusLabel->setStyleSheet(m_nameProblem.isEmpty() ? ThemeColors::textStyle(ThemeColors::Role::Success) : ThemeColors::textStyle(ThemeColors::Role::Error));
    updateButtons();
}

QString CreateSnapshotDialog::blockedBecause() const
{
    if (m_job)
        return tr("the snapshot has been started");
    if (!m_nameProblem.isEmpty())
        return m_nameProblem;
    if (!m_picker->profile())
        return tr("no connection is chosen");
    if (!m_picker->databasesLoaded())
        return tr("the server has not answered yet");
    if (level() != SnapshotLevel::Deployment) {
        if (m_picker->database().isEmpty())
            return tr("no database is chosen");
        if (!m_picker->databases().contains(m_picker->database()))
            return tr("there is no database %1 on this server").arg(m_picker->database());
    }
    if (level() == SnapshotLevel::Collection && checkedCollections().isEmpty())
        return tr("no collection is ticked");
    return {};
}

void CreateSnapshotDialog::updateButtons()
{
    const QString why = blockedBecause();
    m_ui->createButton->setEnabled(why.isEmpty());
    m_ui->createButton->setToolTip(why.isEmpty() ? tr("Take the snapshot and verify it") : tr("Not yet: %1.").arg(why));
}

void CreateSnapshotDialog::startSnapshot()
{
    if (!blockedBecause().isEmpty())
        return;
    const auto profile = m_picker->profile();
    SnapshotCreateRequest request;
    request.mongoUri = m_picker->uri();
    request.info.level = level();
    if (request.info.level != SnapshotLevel::Deployment)
        request.database = m_picker->database();
    if (request.info.level == SnapshotLevel::Collection)
        request.collections = checkedCollections();
    request.info.name = m_ui->nameEdit->text().trimmed();
    request.info.purpose = m_ui->purposeEdit->text().trimmed();
    request.info.versionBefore = m_ui->versionBeforeEdit->text().trimmed();
    request.info.versionTarget = m_ui->versionTargetEdit->text().trimmed();
    request.info.description = m_ui->descriptionEdit->toPlainText().trimmed();
    for (const QString &tag : m_ui->tagsEdit->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            request.info.tags << tag.trimmed();
    }
    if (m_ui->deleteAfterCheck->isChecked()) // once that day is over, local time (as the CLI's --delete-after)
        request.info.deleteAfter = m_ui->deleteAfterEdit->date().addDays(1).startOfDay().toUTC();

    m_job = SnapshotJobs::create(m_workspace->jobs(), m_folder, request, profile->name, m_result);
    // The job's row in the jobs panel brings this dialog back, with its progress or outcome.
    m_job->setWindow(this);
    setAttribute(Qt::WA_DeleteOnClose, false);
    connect(m_job, &Job::progressChanged, this, &CreateSnapshotDialog::showProgress);
    connect(m_job, &Job::finished, this, &CreateSnapshotDialog::showOutcome);
    const QList<QWidget *> inputs{m_picker, m_ui->levelCombo, m_ui->collectionsList, m_ui->purposeEdit, m_ui->versionBeforeEdit,
                                  m_ui->versionTargetEdit, m_ui->nameEdit, m_ui->descriptionEdit, m_ui->tagsEdit, m_ui->deleteAfterCheck,
                                  m_ui->deleteAfterEdit};
    for (QWidget *w : inputs)
        w->setEnabled(false);
    m_ui->createButton->hide();
    m_ui->cancelJobButton->show();
    m_ui->snapshotProgress->show();
    m_ui->createStatusLabel->show();
    m_ui->createStatusLabel->setText(tr("Starting…"));
    setWindowTitle(tr("Snapshot %1").arg(request.info.name));
    showProgress();
}

void CreateSnapshotDialog::showProgress()
{
    if (!m_job || !m_job->isRunning())
        return;
    const Progress &p = m_job->progress();
    JobProgressBar::show(m_ui->snapshotProgress, p);
    if (!m_job->cancelRequested())
        m_ui->createStatusLabel->setText(ProgressText::phase(p.phase));
}

void CreateSnapshotDialog::showOutcome()
{
    if (!m_job)
        return;
    m_ui->cancelJobButton->hide();
    m_ui->closeButton->setDefault(true);
    switch (m_job->state()) {
    case Job::State::Running:
        return;
    case Job::State::Succeeded: {
        const SnapshotEntry &e = (*m_result)->entry;
        JobProgressBar::complete(m_ui->snapshotProgress);
        m_ui->snapshotProgress->setFormat(ProgressText::documents(e.documents, 0));
        m_ui->createStatusLabel->setText(tr("Snapshot %1 created and verified: %2 in %3, %4 on disk.")
                                             .arg(e.name, ProgressText::documentCount(e.documents), ProgressText::collectionCount(e.collections.size()),
                                                  ProgressText::bytes(e.fileSize)));
        Q_EMIT snapshotCreated(e.name);
        break;
    }
    case Job::State::Cancelled:
        m_ui->snapshotProgress->setFormat(tr("cancelled"));
        m_ui->createStatusLabel->setText(tr("Cancelled: no snapshot was left in the folder."));
        break;
    case Job::State::Failed: {
        m_ui->snapshotProgress->setFormat(tr("failed"));
        const Error error = m_job->error().value_or(Error(ErrorCode::Internal, m_job->summary()));
        StatusLabel::show(m_ui->createStatusLabel, tr("The snapshot failed: %1").arg(error.toString()), true);
        break;
    }
    }
    Q_EMIT jobEnded();
}

} // namespace lifeboat::app

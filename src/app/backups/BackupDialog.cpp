#include "app/backups/BackupDialog.h"
#include "app/widgets/RefreshKey.h"

#include "app/widgets/JobProgressBar.h"

#include "core/backup/BackupEngine.h"
#include "core/mongo/DatabaseCatalog.h"
#include "app/jobs/Job.h"
#include "app/jobs/JobManager.h"
#include "core/mongo/MongoClientPool.h"
#include "core/config/MongoUri.h"
#include "app/widgets/FolderField.h"
#include "app/widgets/ScreenFit.h"
#include "app/widgets/ProgressText.h"
#include "app/window/Workspace.h"
#include "ui_BackupDialog.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QUrl>
#include <QtConcurrent>

namespace lifeboat::app {

namespace {
constexpr int kNameRole = Qt::UserRole + 1;

// The choices of the JSON style box: the style and whether documents are indented.
struct JsonChoice {
    JsonStyle style;
    bool pretty;
};
const JsonChoice kJsonChoices[] = {
    {JsonStyle::Canonical, false},
    {JsonStyle::Canonical, true},
    {JsonStyle::Relaxed, false},
    {JsonStyle::Relaxed, true},
};
} // namespace

struct BackupDialog::DatabasesLoad {
    QStringList names;
    std::optional<Error> error;
    std::shared_ptr<MongoClientPool> pool;
};

struct BackupDialog::CollectionsLoad {
    QString database;
    QList<QPair<QString, QString>> collections; // name, type
    std::optional<Error> error;
};

BackupDialog::BackupDialog(Workspace *workspace, profiles::ConnectionProfile profile, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::BackupDialog>()), m_workspace(workspace), m_profile(std::move(profile)),
      m_collectionsDelay(new QTimer(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("backupDialog"));
    setWindowTitle(tr("Back up — %1").arg(m_profile.name));

    m_ui->sourceLabel->setText(tr("From: %1 (%2)").arg(m_profile.name, MongoUri::redacted(m_profile.connectionString)));
    // A backup only reads, so no red banner: the environment is named, plainly.
    m_ui->environmentLabel->setText(
        tr("Environment: %1. A backup only reads from the server; it changes nothing there.")
            .arg(profiles::ConnectionProfile::environmentName(m_profile.environment)));
    m_ui->environmentLabel->setProperty("environment", profiles::ConnectionProfile::environmentName(m_profile.environment));

    setupChoices();
    m_ui->destinationEdit->setText(QDir::toNativeSeparators(m_workspace->backupFolder()));
    m_ui->pages->setCurrentWidget(m_ui->setupPage);
    m_ui->cancelButton->hide();
    m_ui->showFolderButton->hide();

    m_collectionsDelay->setSingleShot(true);
    m_collectionsDelay->setInterval(250);
    connect(m_collectionsDelay, &QTimer::timeout, this, &BackupDialog::loadCollections);
    RefreshKey::install(this, [this] { refresh(); });
    connect(m_ui->databaseCombo, &QComboBox::currentTextChanged, this, [this] {
        m_collectionsDelay->start();
        updateStartButton();
    });
    connect(m_ui->someCollectionsRadio, &QRadioButton::toggled, this, [this](bool on) {
        m_ui->collectionList->setEnabled(on);
        updateStartButton();
    });
    connect(m_ui->collectionList, &QListWidget::itemChanged, this, &BackupDialog::updateStartButton);
    connect(m_ui->destinationEdit, &QLineEdit::textChanged, this, &BackupDialog::updateStartButton);
    FolderField::connect(m_ui->browseButton, m_ui->destinationEdit, tr("Save the backup to"));
    connect(m_ui->startButton, &QPushButton::clicked, this, &BackupDialog::start);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &BackupDialog::reject);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        if (!m_job)
            return;
        m_job->cancel();
        m_ui->cancelButton->setEnabled(false);
        m_ui->phaseLabel->setText(tr("Cancelling… the unfinished archive is being removed."));
    });
    connect(m_ui->showFolderButton, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_outDir)); });

    updateStartButton();
    // The form scrolls when the screen is small; the buttons below it stay in sight.
    ScreenFit::makeScrollable(m_ui->setupPage);
    ScreenFit::resize(this, size());
    loadDatabases();
}

void BackupDialog::preselect(const QString &database, const QStringList &collections)
{
    m_preselectedDatabase = database;
    m_preselectedCollections = collections;
    auto *combo = m_ui->databaseCombo;
    const int index = combo->findText(database);
    if (index >= 0)
        combo->setCurrentIndex(index);
    else
        combo->setEditText(database);
}

BackupDialog::~BackupDialog() = default;

void BackupDialog::setupChoices()
{
    auto *compression = m_ui->compressionCombo;
    compression->addItem(tr("gzip (.tar.gz), the default"), compressionName(ArchiveCompression::Gzip));
    compression->addItem(tr("zstd (.tar.zst), smaller"), compressionName(ArchiveCompression::Zstd));
    compression->addItem(tr("none (.tar)"), compressionName(ArchiveCompression::None));
    compression->setToolTip(tr("zstd makes archives about an eighth smaller for about a quarter more compression CPU; gzip is read by any tar "
                               "and by Python's tarfile."));

    auto *json = m_ui->jsonStyleCombo;
    json->addItem(tr("Canonical: every BSON type survives (the default)"));
    json->addItem(tr("Canonical, pretty: one key per line"));
    json->addItem(tr("Relaxed: readable numbers and dates; number types may not survive"));
    json->addItem(tr("Relaxed, pretty"));
    json->setToolTip(tr("Canonical Extended JSON restores exactly what was backed up. Relaxed is easier to read "
                        "but may turn a 64-bit integer or a decimal into a plain number."));
}

void BackupDialog::loadDatabases()
{
    setStatus(tr("Connecting to %1…").arg(MongoUri::hosts(m_profile.connectionString)));
    QPointer<BackupDialog> self(this);
    m_workspace->resolveUri(m_profile, [self](Result<QString> uri) {
        if (!self)
            return;
        if (!uri) {
            DatabasesLoad failed;
            failed.error = uri.error();
            self->onDatabasesLoaded(failed);
            return;
        }
        auto *watcher = new QFutureWatcher<DatabasesLoad>(self.data());
        connect(watcher, &QFutureWatcher<DatabasesLoad>::finished, self.data(), [self, watcher] {
            self->onDatabasesLoaded(watcher->result());
            watcher->deleteLater();
        });
        watcher->setFuture(QtConcurrent::run([uri = *uri] {
            DatabasesLoad load;
            auto pool = MongoClientPool::create(uri, 2);
            if (!pool) {
                load.error = pool.error();
                return load;
            }
            load.pool = std::shared_ptr<MongoClientPool>(std::move(*pool));
            auto names = DatabaseCatalog::databaseNames(load.pool->acquire());
            if (names)
                load.names = *names;
            else
                load.error = names.error();
            return load;
        }));
    });
}

void BackupDialog::refresh()
{
    if (m_job || m_ui->pages->currentWidget() != m_ui->setupPage || !m_ui->setupPage->isEnabled())
        return;
    // The ticks stay as they were, for the collections still there.
    m_preselectedDatabase = m_ui->databaseCombo->currentText().trimmed();
    m_preselectedCollections = m_ui->someCollectionsRadio->isChecked() ? checkedCollections() : QStringList();
    m_loadedCollectionsOf.clear();
    loadDatabases();
}

void BackupDialog::onDatabasesLoaded(const DatabasesLoad &load)
{
    if (load.pool)
        m_pool = load.pool;
    auto *combo = m_ui->databaseCombo;
    const QString typed = combo->currentText();
    {
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItems(load.names);
        combo->setCurrentIndex(-1);
        const QString wanted = typed.isEmpty() ? m_profile.defaultDatabase : typed;
        const int index = combo->findText(wanted);
        if (index >= 0)
            combo->setCurrentIndex(index);
        else
            combo->setEditText(wanted);
    }
    if (load.error) {
        setStatus(tr("Could not list the databases: %1. You can type the database's name.")
                                           .arg(load.error->toString()));
    } else if (load.names.isEmpty()) {
        setStatus(tr("The server lists no databases. You can type the database's name."));
    } else {
        setStatus(QString());
    }
    loadCollections();
    updateStartButton();
    Q_EMIT databasesLoaded();
}

void BackupDialog::loadCollections()
{
    const QString database = m_ui->databaseCombo->currentText().trimmed();
    if (!m_pool)
        return; // not connected yet: onDatabasesLoaded() lists them
    if (database == m_loadedCollectionsOf)
        return;
    m_loadedCollectionsOf = database;
    m_ui->collectionList->clear();
    if (database.isEmpty() || !m_pool)
        return;
    setStatus(tr("Listing the collections of %1…").arg(database));
    auto *watcher = new QFutureWatcher<CollectionsLoad>(this);
    connect(watcher, &QFutureWatcher<CollectionsLoad>::finished, this, [this, watcher] {
        onCollectionsLoaded(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([pool = m_pool, database] {
        CollectionsLoad load;
        load.database = database;
        auto collections = DatabaseCatalog::collections(pool->acquire(), database);
        if (!collections) {
            load.error = collections.error();
            return load;
        }
        for (const CollectionInfo &c : *collections) {
            if (!c.isSystem())
                load.collections.append({c.name, c.type});
        }
        std::sort(load.collections.begin(), load.collections.end(),
                  [](const auto &a, const auto &b) { return a.first.compare(b.first, Qt::CaseInsensitive) < 0; });
        return load;
    }));
}

void BackupDialog::onCollectionsLoaded(const CollectionsLoad &load)
{
    if (load.database != m_loadedCollectionsOf)
        return; // the user has chosen another database meanwhile
    if (load.error) {
        setStatus(tr("Could not list the collections of %1: %2").arg(load.database, load.error->toString()));
    } else if (load.collections.isEmpty()) {
        setStatus(tr("%1 holds no collections (or does not exist).").arg(load.database));
    } else {
        setStatus(QString());
    }
    {
        const QSignalBlocker blocker(m_ui->collectionList);
        m_ui->collectionList->clear();
        for (const auto &[name, type] : load.collections) {
            QString text = name;
            if (type == QLatin1String("view"))
                text = tr("%1 (view: kept as its definition)").arg(name);
            else if (type == QLatin1String("timeseries"))
                text = tr("%1 (time series)").arg(name);
            auto *item = new QListWidgetItem(text, m_ui->collectionList);
            item->setData(kNameRole, name);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(m_preselectedCollections.contains(name) && load.database == m_preselectedDatabase
                                    ? Qt::Checked : Qt::Unchecked);
        }
    }
    if (load.database == m_preselectedDatabase) {
        if (!m_preselectedCollections.isEmpty() && !checkedCollections().isEmpty())
            m_ui->someCollectionsRadio->setChecked(true);
        m_preselectedDatabase.clear();
        m_preselectedCollections.clear();
    }
    updateStartButton();
    Q_EMIT collectionsLoaded(load.database);
}

QStringList BackupDialog::checkedCollections() const
{
    QStringList names;
    for (int i = 0; i < m_ui->collectionList->count(); ++i) {
        const QListWidgetItem *item = m_ui->collectionList->item(i);
        if (item->checkState() == Qt::Checked)
            names.append(item->data(kNameRole).toString());
    }
    return names;
}

void BackupDialog::updateStartButton()
{
    const bool ready = !m_job && !m_ui->databaseCombo->currentText().trimmed().isEmpty()
                       && !m_ui->destinationEdit->text().trimmed().isEmpty()
                       && (m_ui->allCollectionsRadio->isChecked() || !checkedCollections().isEmpty());
    m_ui->startButton->setEnabled(ready);
}

void BackupDialog::start()
{
    if (m_job || !m_ui->startButton->isEnabled())
        return;
    m_outDir = QDir(FolderField::folder(m_ui->destinationEdit)).absolutePath();
    m_ui->setupPage->setEnabled(false);
    m_ui->startButton->setEnabled(false);
    setStatus(tr("Reading the password from the keychain…"));
    QPointer<BackupDialog> self(this);
    m_workspace->resolveUri(m_profile, [self](Result<QString> uri) {
        if (!self)
            return;
        if (!uri)
            self->showSetupError(tr("The backup did not start: %1").arg(uri.error().toString()));
        else
            self->startJob(*uri);
    });
}

void BackupDialog::setStatus(const QString &text)
{
    m_ui->loadStatusLabel->setText(text);
    m_ui->loadStatusLabel->setVisible(!text.isEmpty());
}

void BackupDialog::showSetupError(const QString &text)
{
    setStatus(text);
    m_ui->setupPage->setEnabled(true);
    updateStartButton();
}

void BackupDialog::startJob(const QString &uri)
{
    BackupRequest request;
    request.mongoUri = uri;
    request.database = m_ui->databaseCombo->currentText().trimmed();
    if (m_ui->someCollectionsRadio->isChecked())
        request.collections = checkedCollections();
    request.outDir = m_outDir;
    request.compression = parseCompression(m_ui->compressionCombo->currentData().toString()).value_or(ArchiveCompression::Gzip);
    const JsonChoice json = kJsonChoices[qBound(0, m_ui->jsonStyleCombo->currentIndex(), int(std::size(kJsonChoices)) - 1)];
    request.jsonStyle = json.style;
    request.pretty = json.pretty;
    request.jobs = m_ui->jobsSpin->value();

    const QString title = request.collections.isEmpty()
                              ? tr("Back up %1 from %2").arg(request.database, m_profile.name)
                              : tr("Back up %1 (%2) from %3")
                                    .arg(request.database, ProgressText::collectionCount(request.collections.size()), m_profile.name);
    m_result = std::make_shared<BackupResult>();
    Job::Work work = [request, out = m_result](ProgressSink &sink, const CancelToken &cancel) -> Result<QString> {
        auto result = BackupEngine(sink).run(request, cancel);
        if (!result)
            return result.error();
        *out = *result;
        const Manifest &m = result->manifest;
        QString summary = tr("%1 in %2 → %3")
                              .arg(ProgressText::documentCount(m.totalDocuments()), ProgressText::collectionCount(m.collections.size()),
                                   QDir::toNativeSeparators(result->archivePath));
        if (!result->warnings.isEmpty())
            summary += QLatin1Char(' ') + tr("(warnings: %1, see the log)").arg(result->warnings.size());
        for (const QString &warning : std::as_const(result->warnings))
            sink.message(tr("Warning: %1").arg(warning));
        return summary;
    };
    m_job = m_workspace->jobs()->start(QStringLiteral("backup"), title, std::move(work), {m_outDir});
    connect(m_job, &Job::progressChanged, this, &BackupDialog::showProgress);
    connect(m_job, &Job::finished, this, &BackupDialog::showOutcome);
    // Closing now hides the dialog: the job's row in the jobs panel brings it back.
    m_job->setWindow(this);
    setAttribute(Qt::WA_DeleteOnClose, false);

    m_ui->pages->setCurrentWidget(m_ui->progressPage);
    m_ui->startButton->hide();
    m_ui->cancelButton->show();
    m_ui->cancelButton->setEnabled(true);
    m_ui->cancelButton->setDefault(true);
    m_ui->phaseLabel->setText(tr("Starting…"));
    m_ui->overallProgress->setValue(0);
    setWindowTitle(title);
    showProgress();
}

void BackupDialog::showProgress()
{
    if (!m_job || !m_job->isRunning())
        return;
    const Progress &p = m_job->progress();
    if (!m_job->cancelRequested())
        m_ui->phaseLabel->setText(ProgressText::phase(p.phase));
    JobProgressBar::show(m_ui->overallProgress, p);
    QStringList stats;
    stats << tr("%1 written").arg(ProgressText::bytes(p.bytesDone));
    if (p.collectionsTotal > 0)
        stats << tr("%1 of %2 collections done").arg(p.collectionsDone).arg(p.collectionsTotal);
    stats << tr("running for %1").arg(ProgressText::duration(m_job->durationMs()));
    const QString eta = ProgressText::eta(p);
    if (!eta.isEmpty())
        stats << eta;
    m_ui->statsLabel->setText(stats.join(QStringLiteral(" · ")));
    m_ui->collectionProgress->setProgress(p.collections);
}

void BackupDialog::showOutcome()
{
    if (!m_job)
        return;
    m_ui->cancelButton->hide();
    m_ui->closeButton->setDefault(true);
    m_ui->closeButton->setFocus();
    const Progress &p = m_job->progress();
    m_ui->collectionProgress->setProgress(p.collections);
    switch (m_job->state()) {
    case Job::State::Running:
        return;
    case Job::State::Succeeded:
        m_workspace->noteArchiveVerified(m_result->archivePath);
        m_ui->phaseLabel->setText(tr("Done: written and verified."));
        JobProgressBar::complete(m_ui->overallProgress);
        m_ui->overallProgress->setFormat(ProgressText::documents(p.documentsDone, 0));
        m_ui->resultLabel->setText(tr("The archive: %1\n%2 in %3, %4 of data, archive %5.")
                                       .arg(QDir::toNativeSeparators(m_result->archivePath),
                                            ProgressText::documentCount(m_result->manifest.totalDocuments()),
                                            ProgressText::collectionCount(m_result->manifest.collections.size()),
                                            ProgressText::bytes(m_result->manifest.totalBytes()),
                                            ProgressText::bytes(QFileInfo(m_result->archivePath).size())));
        m_ui->showFolderButton->show();
        break;
    case Job::State::Cancelled:
        m_ui->phaseLabel->setText(tr("Cancelled."));
        m_ui->overallProgress->setFormat(tr("cancelled"));
        m_ui->collectionProgress->stop(tr("cancelled"));
        m_ui->resultLabel->setText(
            tr("The backup was cancelled. Its unfinished archive was removed: nothing was left in %1.").arg(QDir::toNativeSeparators(m_outDir)));
        break;
    case Job::State::Failed: {
        m_ui->phaseLabel->setText(tr("Failed."));
        m_ui->overallProgress->setFormat(tr("failed"));
        m_ui->collectionProgress->stop(tr("stopped"));
        const Error error = m_job->error().value_or(Error(ErrorCode::Internal, m_job->summary()));
        QString text = tr("The backup failed: %1").arg(error.message);
        if (!error.hint.isEmpty())
            text += QLatin1Char('\n') + error.hint;
        text += QLatin1Char('\n') + tr("No archive was left in %1.").arg(QDir::toNativeSeparators(m_outDir));
        m_ui->resultLabel->setText(text);
        break;
    }
    }
    m_ui->statsLabel->setText(tr("Took %1.").arg(ProgressText::duration(m_job->durationMs())));
}

BackupDialog::CloseChoice BackupDialog::askClose()
{
    if (m_askClose)
        return m_askClose();
    QMessageBox box(QMessageBox::Question, tr("The backup is running"),
                    tr("The backup is still running. Cancel it, or keep it running in the jobs panel?"), QMessageBox::NoButton, this);
    QPushButton *cancel = box.addButton(tr("Cancel the backup"), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(tr("Keep it running"), QMessageBox::AcceptRole);
    box.addButton(tr("Stay here"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == cancel)
        return CloseChoice::CancelBackup;
    if (box.clickedButton() == keep)
        return CloseChoice::KeepRunning;
    return CloseChoice::StayOpen;
}

void BackupDialog::reject()
{
    if (m_job && m_job->isRunning()) {
        switch (askClose()) {
        case CloseChoice::StayOpen:
            return;
        case CloseChoice::CancelBackup:
            if (m_job)
                m_job->cancel();
            break;
        case CloseChoice::KeepRunning:
            break;
        }
    }
    QDialog::reject();
}

} // namespace lifeboat::app

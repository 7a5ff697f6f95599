#include "app/restore/RestoreArchivePage.h"

#include "app/widgets/ThemeColors.h"
#include "app/widgets/ProgressText.h"
#include "app/restore/RestoreSession.h"
#include "app/jobs/WorkerThreads.h"
#include "ui_RestoreArchivePage.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QTimer>
#include <QtConcurrent>

namespace lifeboat::app {

RestoreArchivePage::RestoreArchivePage(RestoreSession *session, QWidget *parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::RestoreArchivePage>()), m_session(session), m_debounce(new QTimer(this)),
      m_watcher(new QFutureWatcher<Checked>(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("restoreArchivePage"));
    m_ui->problemsList->hide();
    clearSummary();
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_ui->archiveEdit, &QLineEdit::textChanged, this, [this] {
        // A different path: whatever was checked no longer counts.
        m_session->clearFromArchive();
        clearSummary();
        Q_EMIT completeChanged();
        m_debounce->start();
    });
    connect(m_debounce, &QTimer::timeout, this, &RestoreArchivePage::startCheck);
    connect(m_ui->browseArchiveButton, &QPushButton::clicked, this, &RestoreArchivePage::browse);
    connect(m_watcher, &QFutureWatcher<Checked>::finished, this, [this] {
        if (!m_watcher->future().isCanceled() && m_watcher->future().resultCount() > 0)
            showCheck(m_watcher->result());
    });
}

RestoreArchivePage::~RestoreArchivePage()
{
    m_cancel.cancel();
}

void RestoreArchivePage::initializePage()
{
    if (!m_session->presetArchive.isEmpty()) {
        const QString preset = std::exchange(m_session->presetArchive, QString());
        m_ui->archiveEdit->setText(preset);
        m_debounce->stop();
        startCheck();
    } else if (!m_session->inspection && !isChecking() && !m_ui->archiveEdit->text().isEmpty()) {
        startCheck();
    }
}

bool RestoreArchivePage::isComplete() const
{
    return m_session->inspection && m_session->inspection->ok() && !isChecking()
           && m_session->inspection->archivePath == m_ui->archiveEdit->text().trimmed();
}

bool RestoreArchivePage::validatePage()
{
    if (!isComplete())
        return false;
    m_session->request.archivePath = m_session->inspection->archivePath;
    return true;
}

void RestoreArchivePage::startCheck()
{
    m_cancel.cancel(); // a check still running for another path stops
    m_cancel = CancelToken();
    m_session->clearFromArchive();
    clearSummary();
    const QString path = m_ui->archiveEdit->text().trimmed();
    m_checkingPath = path;
    if (path.isEmpty()) {
        m_watcher->setFuture(QFuture<Checked>());
        m_ui->checkStatusLabel->setText(tr("Choose an archive."));
        Q_EMIT completeChanged();
        return;
    }
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        m_watcher->setFuture(QFuture<Checked>());
        m_ui->checkStatusLabel->setText(ThemeColors::errorSpan(tr("There is no readable file at %1.")).arg(path.toHtmlEscaped()));
        Q_EMIT completeChanged();
        return;
    }
    m_ui->checkStatusLabel->setText(tr("Checking every file of the archive against its manifest…"));
    const CancelToken cancel = m_cancel;
    // Every file's SHA-256 (seconds for a large archive): off the global pool, which painting needs.
    m_watcher->setFuture(QtConcurrent::run(longWorkThreads(), [path, cancel]() -> Checked {
        return std::make_shared<Result<InspectionReport>>(ArchiveInspector::inspect(path, ArchiveInspector::Depth::Files, cancel));
    }));
    Q_EMIT completeChanged();
}

void RestoreArchivePage::showCheck(const Checked &checked)
{
    if (m_checkingPath != m_ui->archiveEdit->text().trimmed())
        return; // the path changed meanwhile; its own check follows
    if (!checked->ok()) {
        m_ui->checkStatusLabel->setText(ThemeColors::errorSpan(tr("This archive cannot be read: %1"))
                                            .arg(checked->error().toString().toHtmlEscaped()));
        Q_EMIT completeChanged();
        return;
    }
    InspectionReport report = **checked;
    report.archivePath = m_checkingPath;
    showSummary(report);
    if (report.ok()) {
        m_ui->checkStatusLabel->setText(
            report.manifest ? ThemeColors::successSpan(tr("Integrity check passed: every file matches the manifest."))
                            : ThemeColors::successSpan(tr("The archive reads. It has no manifest (a runbook archive), so there "
                                 "are no checksums to compare; its documents are counted when the restore is planned.")));
    } else {
        m_ui->checkStatusLabel->setText(ThemeColors::errorSpan(tr("Integrity check failed: %n problem(s). This archive is not "
                                           "restored.", nullptr, int(report.problems.size()))));
        m_ui->problemsList->addItems(report.problems);
        m_ui->problemsList->show();
    }
    m_session->inspection = std::move(report);
    Q_EMIT completeChanged();
}

void RestoreArchivePage::showSummary(const InspectionReport &report)
{
    const QLocale locale;
    const QFileInfo info(report.archivePath);
    m_ui->sizeValue->setText(ProgressText::bytes(info.size()));
    if (report.manifest) {
        const Manifest &m = *report.manifest;
        m_ui->databaseValue->setText(m.databases.join(QStringLiteral(", ")));
        int collections = 0, views = 0;
        for (const auto &c : m.collections)
            (c.type == QLatin1String("view") ? views : collections)++;
        m_ui->collectionsValue->setText(views > 0 ? tr("%1 (and %n view(s))", nullptr, views).arg(collections) : QString::number(collections));
        m_ui->documentsValue->setText(locale.toString(m.totalDocuments()));
        m_ui->createdValue->setText(locale.toString(m.createdAt.toLocalTime(), QLocale::LongFormat));
        m_ui->sourceValue->setText(tr("%1 on %2, by %3 %4").arg(m.scope, m.sourceHosts, m.toolName, m.toolVersion));
    } else {
        RestoreSession probe;
        probe.inspection = report;
        const QStringList dbs = probe.archiveDatabases();
        m_ui->databaseValue->setText(dbs.isEmpty() ? tr("not recorded (a runbook archive): name the target on the next page")
                                                   : dbs.join(QStringLiteral(", ")));
        int collections = 0;
        for (const QString &db : dbs.isEmpty() ? QStringList{QString()} : dbs)
            collections += int(probe.archiveCollections(db).size());
        m_ui->collectionsValue->setText(QString::number(collections));
        m_ui->documentsValue->setText(tr("not recorded; counted when the restore is planned"));
        m_ui->createdValue->setText(tr("not recorded; the file dates from %1").arg(locale.toString(info.lastModified(), QLocale::LongFormat)));
        m_ui->sourceValue->setText(tr("a runbook archive without manifest"));
    }
}

void RestoreArchivePage::clearSummary()
{
    const QString unknown = QStringLiteral("—");
    for (QLabel *l : {m_ui->databaseValue, m_ui->collectionsValue, m_ui->documentsValue, m_ui->createdValue, m_ui->sizeValue, m_ui->sourceValue})
        l->setText(unknown);
    m_ui->problemsList->clear();
    m_ui->problemsList->hide();
    m_ui->checkStatusLabel->clear();
}

void RestoreArchivePage::browse()
{
    const QString current = m_ui->archiveEdit->text().trimmed();
    const QString path = QFileDialog::getOpenFileName(this, tr("Archive to restore"), current.isEmpty() ? QString() : QFileInfo(current).absolutePath(),
                                                      tr("Backup archives (*.tar *.tar.gz *.tgz *.tar.zst);;All files (*)"));
    if (!path.isEmpty())
        m_ui->archiveEdit->setText(path);
}

} // namespace lifeboat::app

#include "app/jobs/JobsPanel.h"

#include "app/widgets/JobProgressBar.h"
#include "app/jobs/CancelConfirmation.h"
#include "app/jobs/Job.h"
#include "app/jobs/JobManager.h"
#include "app/widgets/ProgressText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lifeboat::app {

namespace {
constexpr int kJobRole = Qt::UserRole + 1;
} // namespace

JobsPanel::JobsPanel(JobManager *jobs, QWidget *parent)
    : QWidget(parent), m_jobs(jobs), m_table(new QTreeWidget(this)), m_log(new QPlainTextEdit(this)),
      m_cancel(new QPushButton(tr("&Cancel job"), this)), m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("jobsPanel"));

    m_table->setObjectName(QStringLiteral("jobsTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHeaderLabels({tr("Job"), tr("Kind"), tr("State"), tr("Progress"), tr("Duration"), tr("Summary")});
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAllColumnsShowFocus(true);
    m_table->header()->setStretchLastSection(true);
    m_table->setColumnWidth(TitleColumn, 220);
    m_table->setColumnWidth(KindColumn, 70);
    m_table->setColumnWidth(StateColumn, 90);
    m_table->setColumnWidth(ProgressColumn, 140);
    m_table->setColumnWidth(DurationColumn, 90);
    m_table->setAccessibleName(tr("Jobs"));

    m_log->setObjectName(QStringLiteral("jobLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(10000);
    m_log->setPlaceholderText(tr("Select a job to see its log."));
    m_log->setAccessibleName(tr("Job log"));

    m_cancel->setObjectName(QStringLiteral("cancelJobButton"));
    m_cancel->setToolTip(tr("Stop the selected job. A cancelled backup leaves no archive behind."));
    m_cancel->setEnabled(false);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    leftLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_log);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &JobsPanel::updateDurations);
    connect(m_table, &QTreeWidget::itemSelectionChanged, this, &JobsPanel::showSelection);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (Job *job = selectedJob())
            CancelConfirmation::ask(m_cancelBox, this, job, [this, job] { updateRow(job); });
    });
    connect(m_table, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        openJob(qobject_cast<Job *>(item->data(TitleColumn, kJobRole).value<QObject *>()));
    });
    connect(m_jobs, &JobManager::jobAdded, this, &JobsPanel::addJob);

    const QList<Job *> existing = m_jobs->jobs();
    for (Job *job : existing)
        addJob(job);
}

QString JobsPanel::kindName(const QString &kind)
{
    if (kind == QLatin1String("backup"))
        return tr("Backup");
    if (kind == QLatin1String("restore"))
        return tr("Restore");
    if (kind == QLatin1String("verify"))
        return tr("Verify");
    if (kind == QLatin1String("compare"))
        return tr("Compare");
    if (kind == QLatin1String("diff"))
        return tr("Differences");
    if (kind == QLatin1String("snapshot"))
        return tr("Snapshot");
    if (kind == QLatin1String("drop"))
        return tr("Drop");
    return kind;
}

Job *JobsPanel::selectedJob() const
{
    const QList<QTreeWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return nullptr;
    return qobject_cast<Job *>(selected.first()->data(TitleColumn, kJobRole).value<QObject *>());
}

void JobsPanel::selectJob(Job *job)
{
    if (QTreeWidgetItem *item = m_items.value(job))
        m_table->setCurrentItem(item);
}

bool JobsPanel::openJob(Job *job)
{
    QWidget *window = job ? job->window() : nullptr;
    if (!window)
        return false;
    window->show();
    window->raise();
    window->activateWindow();
    return true;
}

void JobsPanel::addJob(Job *job)
{
    if (m_items.contains(job))
        return;
    auto *item = new QTreeWidgetItem;
    item->setData(TitleColumn, kJobRole, QVariant::fromValue<QObject *>(job));
    item->setText(TitleColumn, job->title());
    item->setToolTip(TitleColumn, job->title());
    item->setText(KindColumn, kindName(job->kind()));
    m_table->insertTopLevelItem(0, item);
    auto *bar = new QProgressBar(m_table);
    JobProgressBar::prepare(bar);
    bar->setTextVisible(true);
    m_table->setItemWidget(item, ProgressColumn, bar);
    m_items.insert(job, item);

    connect(job, &Job::progressChanged, this, [this, job] { updateRow(job); });
    connect(job, &Job::finished, this, [this, job] {
        updateRow(job);
        updateDurations();
    });
    connect(job, &Job::logAppended, this, [this, job](const QString &line) {
        if (selectedJob() == job)
            m_log->appendPlainText(line);
    });
    connect(job, &QObject::destroyed, this, [this, job] {
        delete m_items.take(job);
        updateCancelButton();
    });

    updateRow(job);
    if (job->isRunning() && !m_tick->isActive())
        m_tick->start();
    if (!selectedJob())
        selectJob(job);
}

void JobsPanel::updateRow(Job *job)
{
    QTreeWidgetItem *item = m_items.value(job);
    if (!item)
        return;
    const Progress &p = job->progress();
    QString state = Job::stateName(job->state());
    if (job->isRunning() && job->cancelRequested())
        state = tr("Cancelling…");
    item->setText(StateColumn, state);
    item->setToolTip(StateColumn, job->window() ? tr("%1. Double-click to show its window.").arg(state) : state);
    item->setText(DurationColumn, ProgressText::duration(job->durationMs()));

    QString summary;
    if (job->isRunning()) {
        QStringList parts;
        if (p.phase != Phase::Starting)
            parts << ProgressText::phase(p.phase);
        if (p.documentsDone > 0 || p.documentsTotal > 0)
            parts << ProgressText::documents(p.documentsDone, p.documentsTotal);
        const QString eta = ProgressText::eta(p);
        if (!eta.isEmpty())
            parts << eta;
        summary = parts.join(QStringLiteral(" · "));
    } else {
        summary = job->summary();
    }
    item->setText(SummaryColumn, summary);
    item->setToolTip(SummaryColumn, summary);

    if (auto *bar = qobject_cast<QProgressBar *>(m_table->itemWidget(item, ProgressColumn))) {
        switch (job->state()) {
        case Job::State::Running:
            bar->setValue(int(p.fraction() * JobProgressBar::Steps));
            break;
        case Job::State::Succeeded:
            JobProgressBar::complete(bar);
            break;
        case Job::State::Failed:
        case Job::State::Cancelled:
            bar->setFormat(state);
            break;
        }
    }
    if (job == selectedJob())
        updateCancelButton();
}

void JobsPanel::updateDurations()
{
    bool anyRunning = false;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        it.value()->setText(DurationColumn, ProgressText::duration(it.key()->durationMs()));
        anyRunning = anyRunning || it.key()->isRunning();
    }
    if (!anyRunning)
        m_tick->stop();
}

void JobsPanel::showSelection()
{
    Job *job = selectedJob();
    m_log->setPlainText(job ? job->log().join(QLatin1Char('\n')) : QString());
    m_log->moveCursor(QTextCursor::End);
    updateCancelButton();
}

void JobsPanel::updateCancelButton()
{
    Job *job = selectedJob();
    m_cancel->setEnabled(job && job->isRunning() && !job->cancelRequested());
}

} // namespace lifeboat::app

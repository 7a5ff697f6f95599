#include "app/diff/DiffDrillDown.h"

#include "app/diff/DifferenceCollector.h"
#include "app/diff/DocumentDifferenceModel.h"
#include "app/diff/DocumentPairFiller.h"
#include "app/diff/DocumentPairLoader.h"
#include "app/jobs/Job.h"
#include "app/widgets/CsvFileDialog.h"
#include "app/widgets/RefreshKey.h"
#include "app/widgets/ThemeColors.h"
#include "app/window/Workspace.h"
#include "core/diff/DocumentDiffEngine.h"
#include "core/config/MongoUri.h"
#include "ui_DiffDrillDown.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QTimer>

namespace lifeboat::app {

namespace {
constexpr int kProgressIntervalMs = 200;
using Kind = DocumentDifference::Kind;

QString kindFilter(DiffDrillDown::Show show)
{
    switch (show) {
    case DiffDrillDown::Show::All: return {};
    case DiffDrillDown::Show::OnlyInBackup: return DocumentDifference::kindName(Kind::OnlyInArchive);
    case DiffDrillDown::Show::OnlyInDatabase: return DocumentDifference::kindName(Kind::OnlyInTarget);
    case DiffDrillDown::Show::Changed: return DocumentDifference::kindName(Kind::Different);
    }
    return {};
}
} // namespace

DiffDrillDown::DiffDrillDown(Workspace *workspace, Target target, QString mongoUri, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::DiffDrillDown>()), m_workspace(workspace), m_target(std::move(target)),
      m_uri(std::move(mongoUri)), m_model(new DocumentDifferenceModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_loader(new DocumentPairLoader({m_target.archivePath, m_target.sourceDatabase, m_uri, m_target.targetDatabase, m_target.collection}, this)),
      m_progressTimer(new QTimer(this)), m_collector(std::make_shared<DifferenceCollector>(MaxListed)),
      m_result(std::make_shared<std::optional<DiffResult>>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("diffDrillDown"));
    setWindowTitle(tr("Differences in %1").arg(m_target.collection));
    m_ui->compareAgainButton->hide(); // until the diff has ended
    m_ui->descriptionLabel->setTextFormat(Qt::PlainText);
    m_ui->descriptionLabel->setText(m_target.description);
    m_ui->pairLabel->setTextFormat(Qt::PlainText);
    m_ui->pairLabel->setText(tr("Select a document to see it from the backup and from the database side by side."));
    m_ui->stateCombo->addItems({tr("All differences"), tr("Only in the backup"), tr("Only in the database"), tr("Changed")});
    m_ui->stateCombo->setToolTip(tr("Which differing documents to list"));
    m_ui->restoreButton->setToolTip(tr("Put the selected documents (or, with none selected, every listed one) back from the backup: "
                                       "the restore wizard opens with their _ids"));
    m_ui->exportCsvButton->setToolTip(tr("Save the listed documents as CSV (the columns of lifeboat-cli diff --report)"));
    DocumentPairFiller::prepare(m_ui->pairTree);
    setUpTable();
    connectUi();

    // A size that fits the screen: at most 4/5 of it.
    const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(qMin(1000, available.width() * 4 / 5), qMin(680, available.height() * 4 / 5));
    m_ui->splitter->setSizes({height() * 2 / 5, height() * 3 / 5});
    updateActions();
}

DiffDrillDown::~DiffDrillDown()
{
    if (m_job && m_job->isRunning())
        m_job->cancel(); // the job ends on its own; nothing of this dialog is left for it
}

void DiffDrillDown::setUpTable()
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(DocumentDifferenceModel::KindRole);
    m_proxy->setFilterKeyColumn(DocumentDifferenceModel::Id);
    QTableView *table = m_ui->differencesTable;
    table->setModel(m_proxy);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setMinimumSectionSize(60);
    table->setColumnWidth(DocumentDifferenceModel::Id, 260);
    table->setColumnWidth(DocumentDifferenceModel::State, 170);
}

void DiffDrillDown::connectUi()
{
    connect(m_ui->stateCombo, &QComboBox::currentIndexChanged, this, [this](int index) { setShow(Show(index)); });
    connect(m_ui->differencesTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DiffDrillDown::currentChanged);
    connect(m_ui->differencesTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DiffDrillDown::updateActions);
    connect(m_ui->restoreButton, &QPushButton::clicked, this, &DiffDrillDown::requestRestore);
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, &DiffDrillDown::chooseCsvFile);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        if (m_job && m_job->isRunning())
            m_job->cancel();
    });
    connect(m_ui->compareAgainButton, &QPushButton::clicked, this, &DiffDrillDown::compareAgain);
    RefreshKey::install(this, [this] { compareAgain(); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_loader, &DocumentPairLoader::loaded, this, &DiffDrillDown::showPair);
    connect(m_loader, &DocumentPairLoader::failed, this, &DiffDrillDown::showPairFailure);
    m_progressTimer->setInterval(kProgressIntervalMs);
    connect(m_progressTimer, &QTimer::timeout, this, &DiffDrillDown::updateProgress);
}

void DiffDrillDown::start()
{
    if (m_job)
        return;
    DiffRequest request;
    request.archivePath = m_target.archivePath;
    request.sourceDatabase = m_target.sourceDatabase;
    request.mongoUri = m_uri;
    request.targetDatabase = m_target.targetDatabase;
    request.collections = {m_target.collection};
    const QString uri = m_uri;
    auto collector = m_collector;
    auto result = m_result;
    m_job = m_workspace->jobs()->start(
        QStringLiteral("diff"), tr("Differences in %1 of %2").arg(m_target.collection, QFileInfo(m_target.archivePath).fileName()),
        [request, uri, collector, result](ProgressSink &sink, const CancelToken &cancel) -> Result<QString> {
            Progress progress;
            progress.phase = Phase::Verifying;
            sink.progress(progress);
            auto compared = DocumentDiffEngine().run(request, *collector, cancel);
            if (!compared) {
                Error e = compared.error();
                e.message = MongoUri::scrub(e.message, uri);
                e.hint = MongoUri::scrub(e.hint, uri);
                return e;
            }
            *result = std::move(*compared);
            return tr("%Ln differing document(s)", nullptr, int(qMin<qint64>(collector->found(), INT_MAX)));
        },
        {m_target.archivePath});
    m_job->setWindow(this);
    connect(m_job, &Job::finished, this, &DiffDrillDown::finishDiff);
    m_ui->progressBar->show();
    m_ui->cancelButton->show();
    m_ui->compareAgainButton->hide();
    m_progressTimer->start();
    updateProgress();
    updateActions();
}

void DiffDrillDown::compareAgain()
{
    if (!m_job || isRunning())
        return;
    m_job = nullptr;
    m_loader->cancel();
    m_collector = std::make_shared<DifferenceCollector>(MaxListed);
    m_result = std::make_shared<std::optional<DiffResult>>();
    m_found = 0;
    m_model->clear();
    m_pair.reset();
    m_ui->pairTree->clear();
    m_ui->pairLabel->setText(tr("Select a document to see it from the backup and from the database side by side."));
    m_ui->progressLabel->setTextFormat(Qt::PlainText);
    m_ui->statusLabel->clear();
    start();
    updateCount();
}

bool DiffDrillDown::isRunning() const
{
    return m_job && m_job->isRunning();
}

void DiffDrillDown::updateProgress()
{
    m_found = m_collector->found();
    m_ui->progressLabel->setText(m_job && m_job->cancelRequested()
                                     ? tr("Cancelling…")
                                     : tr("Comparing %1 document by document… %Ln differing so far.", nullptr,
                                          int(qMin<qint64>(m_found, INT_MAX))).arg(m_target.collection));
}

void DiffDrillDown::finishDiff()
{
    m_progressTimer->stop();
    m_ui->progressBar->hide();
    m_ui->cancelButton->hide();
    m_ui->compareAgainButton->show();
    m_found = m_collector->found();
    m_model->append(m_collector->take());
    m_ui->differencesTable->sortByColumn(-1, Qt::AscendingOrder); // in the diff's order
    if (!m_result->has_value()) {
        const bool cancelled = m_job && m_job->state() == Job::State::Cancelled;
        m_ui->progressLabel->setTextFormat(Qt::RichText);
        m_ui->progressLabel->setText(cancelled ? tr("Cancelled: the documents found until then are listed.").toHtmlEscaped()
                                               : ThemeColors::errorSpan(tr("The comparison could not run: %1").arg(m_job ? m_job->summary() : QString()).toHtmlEscaped()));
    } else {
        m_ui->progressLabel->setTextFormat(Qt::PlainText);
        const DiffResult &r = **m_result;
        const CollectionDiff d = r.collections.isEmpty() ? CollectionDiff() : r.collections.first();
        const QLocale locale;
        m_ui->progressLabel->setText(tr("%1 only in the backup, %2 only in the database, %3 changed, %4 the same.")
                                         .arg(locale.toString(d.onlyInArchive), locale.toString(d.onlyInTarget),
                                              locale.toString(d.different), locale.toString(d.same)));
    }
    updateCount();
    updateActions();
    if (m_proxy->rowCount() > 0 && !m_ui->differencesTable->currentIndex().isValid())
        m_ui->differencesTable->selectRow(0);
    Q_EMIT differencesListed();
}

void DiffDrillDown::updateCount()
{
    const QLocale locale;
    QString text = tr("%1 of %Ln differing document(s) listed.", nullptr, int(qMin<qint64>(m_found, INT_MAX))).arg(locale.toString(m_proxy->rowCount()));
    if (m_found > m_model->rowCount())
        text += QLatin1Char(' ') + tr("The first %1 are kept; lifeboat-cli diff --report lists them all.").arg(locale.toString(MaxListed));
    m_ui->countLabel->setText(text);
}

void DiffDrillDown::setShow(Show show)
{
    if (m_ui->stateCombo->currentIndex() != int(show))
        m_ui->stateCombo->setCurrentIndex(int(show)); // comes back here
    const QString kind = kindFilter(show);
    m_proxy->setFilterRegularExpression(kind.isEmpty() ? QString() : QStringLiteral("^%1$").arg(QRegularExpression::escape(kind)));
    updateCount();
    updateActions();
}

QList<DocumentDifference> DiffDrillDown::listed() const
{
    QList<DocumentDifference> rows;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        rows << m_model->difference(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    return rows;
}

bool DiffDrillDown::selectId(const QByteArray &id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, DocumentDifferenceModel::Id);
        if (m_model->difference(m_proxy->mapToSource(index).row()).id == id) {
            m_ui->differencesTable->setCurrentIndex(index);
            m_ui->differencesTable->selectRow(row);
            return true;
        }
    }
    return false;
}

QList<DocumentDifference> DiffDrillDown::chosen() const
{
    const QModelIndexList selected = m_ui->differencesTable->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return listed();
    QList<DocumentDifference> rows;
    for (const QModelIndex &index : selected)
        rows << m_model->difference(m_proxy->mapToSource(index).row());
    return rows;
}

SurgicalRestoreRequest DiffDrillDown::restoreRequest() const
{
    SurgicalRestoreRequest request;
    request.archivePath = m_target.archivePath;
    request.sourceDatabase = m_target.sourceDatabase;
    request.collection = m_target.collection;
    // Only what the backup holds can come back from it.
    for (const DocumentDifference &d : chosen()) {
        if (d.kind != Kind::OnlyInTarget)
            request.ids << d.id;
    }
    return request;
}

void DiffDrillDown::requestRestore()
{
    const SurgicalRestoreRequest request = restoreRequest();
    if (request.ids.isEmpty()) {
        m_ui->statusLabel->setText(tr("None of these documents is in the backup: there is nothing to restore from it."));
        return;
    }
    m_ui->statusLabel->setText(tr("Restoring %Ln document(s) from the backup: continue in the restore wizard.", nullptr, int(request.ids.size())));
    Q_EMIT restoreDocumentsRequested(request);
}

void DiffDrillDown::updateActions()
{
    const bool running = isRunning();
    const qsizetype restorable = running ? 0 : restoreRequest().ids.size();
    m_ui->restoreButton->setEnabled(restorable > 0);
    m_ui->exportCsvButton->setEnabled(!running && m_proxy->rowCount() > 0);
    m_ui->cancelButton->setEnabled(running);
}

void DiffDrillDown::currentChanged()
{
    const QModelIndex current = m_ui->differencesTable->currentIndex();
    if (!current.isValid())
        return;
    const DocumentDifference &d = m_model->difference(m_proxy->mapToSource(current).row());
    if (m_pair && m_pair->id == d.id && !m_loader->isBusy())
        return;
    m_ui->pairLabel->setText(tr("Reading %1 from the backup and from the database…").arg(QString::fromUtf8(d.id)));
    m_loader->load(d.id);
}

void DiffDrillDown::showPair(const DocumentPair &pair)
{
    m_pair = pair;
    const QString id = QString::fromUtf8(pair.id);
    if (pair.backup && pair.database)
        m_ui->pairLabel->setText(tr("_id %1: the backup's document (left) and the database's (right); what differs is marked.").arg(id));
    else if (pair.backup)
        m_ui->pairLabel->setText(tr("_id %1 is only in the backup: the database does not hold it.").arg(id));
    else if (pair.database)
        m_ui->pairLabel->setText(tr("_id %1 is only in the database: the backup does not hold it.").arg(id));
    else
        m_ui->pairLabel->setText(tr("_id %1 is in neither any more: it has changed since the comparison.").arg(id));
    DocumentPairFiller::show(m_ui->pairTree, pair.backup, pair.database);
    Q_EMIT pairShown();
}

void DiffDrillDown::showPairFailure(const QByteArray &id, const QString &message)
{
    m_pair.reset();
    m_ui->pairTree->clear();
    m_ui->pairLabel->setText(tr("_id %1 could not be read: %2").arg(QString::fromUtf8(id), message));
    Q_EMIT pairShown();
}

bool DiffDrillDown::isLoadingPair() const
{
    return m_loader->isBusy();
}

QTreeWidget *DiffDrillDown::pairTree() const
{
    return m_ui->pairTree;
}

QString DiffDrillDown::statusText() const
{
    return m_ui->statusLabel->text();
}

QFileDialog *DiffDrillDown::csvFileDialog() const
{
    return m_fileDialog;
}

void DiffDrillDown::chooseCsvFile()
{
    CsvFileDialog::openOrRaise(m_fileDialog, this, tr("Export the differences as CSV"),
                               QStringLiteral("differences-%1.csv").arg(m_target.collection),
                               [this](const QString &path) { (void)exportCsv(path); });
}

Status DiffDrillDown::exportCsv(const QString &path)
{
    Status written = DocumentDifferenceModel::writeCsv(path, listed());
    m_ui->statusLabel->setText(written ? tr("Saved to %1").arg(QDir::toNativeSeparators(path))
                                       : tr("Could not save the list: %1").arg(written.error().toString()));
    return written;
}

} // namespace lifeboat::app

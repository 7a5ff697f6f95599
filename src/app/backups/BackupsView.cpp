#include "app/backups/BackupsView.h"

#include "core/verify/ArchiveInspector.h"
#include "app/backups/ArchiveScanner.h"
#include "app/backups/ArchiveTableModel.h"
#include "core/config/MongoUri.h"
#include "app/widgets/ProgressText.h"
#include "app/diff/DiffDrillDown.h"
#include "app/widgets/ReportDialog.h"
#include "core/restore/RestoreEngine.h"
#include "app/widgets/DeleteConfirmation.h"
#include "app/widgets/FolderDialog.h"
#include "app/widgets/RowKeys.h"
#include "app/widgets/StatusLabel.h"
#include "app/widgets/ThemeColors.h"
#include "app/window/Workspace.h"
#include "ui_BackupsView.h"
#include "app/browse/BackupBrowser.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>

namespace lifeboat::app {

namespace {
constexpr int RefreshDelayMs = 400;
constexpr int ShortDigest = 16;

enum TreeColumn { TreeName, TreeType, TreeDocuments, TreeSize, TreeDigest, TreeIndexes, TreeCheck };

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

QString shortDigest(const QString &digest)
{
    return digest.size() > ShortDigest ? digest.left(ShortDigest) + QStringLiteral("…") : digest;
}

QString indexNames(const QJsonArray &indexes)
{
    QStringList names;
    for (const auto &index : indexes)
        names << index.toObject().value(QStringLiteral("name")).toString();
    return names.join(QStringLiteral(", "));
}

QString indexKeys(const QJsonArray &indexes)
{
    QStringList lines;
    for (const auto &v : indexes) {
        const QJsonObject index = v.toObject();
        QStringList keys;
        const QJsonObject key = index.value(QStringLiteral("key")).toObject();
        for (auto it = key.begin(); it != key.end(); ++it) {
            const QJsonValue dir = it.value();
            const QString value = dir.isString() ? dir.toString()
                                  : dir.isObject() ? dir.toObject().begin().value().toVariant().toString()
                                                   : dir.toVariant().toString();
            keys << it.key() + QLatin1Char(':') + value;
        }
        QString line = index.value(QStringLiteral("name")).toString() + QStringLiteral(" {") + keys.join(QStringLiteral(", ")) + QLatin1Char('}');
        if (index.value(QStringLiteral("unique")).toBool())
            line += QStringLiteral(" unique");
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

// The problems a check found in one file of the archive (messages start with its path).
QStringList problemsOf(const QStringList &problems, const QString &file)
{
    QStringList out;
    if (file.isEmpty())
        return out;
    for (const QString &p : problems) {
        if (p.startsWith(file + QLatin1Char(':')) || p.contains(QLatin1Char('/') + file + QLatin1Char(':')))
            out << p;
    }
    return out;
}

QTreeWidgetItem *numberItem(QTreeWidgetItem *item, int column, qint64 value, const QString &shown)
{
    item->setText(column, shown);
    item->setData(column, Qt::UserRole, value);
    item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// Sorts numbers by value rather than by their text.
class TreeItem final : public QTreeWidgetItem {
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant a = data(column, Qt::UserRole);
        const QVariant b = other.data(column, Qt::UserRole);
        if (a.isValid() && b.isValid())
            return a.toLongLong() < b.toLongLong();
        return QTreeWidgetItem::operator<(other);
    }
};

void setCheck(QTreeWidgetItem *item, const QStringList &problems, bool checked)
{
    if (!checked) {
        item->setText(TreeCheck, QString());
        return;
    }
    if (problems.isEmpty()) {
        item->setText(TreeCheck, ArchiveTableModel::integrityName(ArchiveTableModel::IntegrityState::Ok));
        item->setForeground(TreeCheck, ThemeColors::color(ThemeColors::Role::Success));
    } else {
        item->setText(TreeCheck, ArchiveTableModel::integrityName(ArchiveTableModel::IntegrityState::Problems));
        item->setForeground(TreeCheck, ThemeColors::color(ThemeColors::Role::Error));
        item->setToolTip(TreeCheck, problems.join(QLatin1Char('\n')));
    }
}
} // namespace

BackupsView::BackupsView(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::BackupsView>()), m_workspace(workspace), m_scanner(new ArchiveScanner(this)),
      m_model(new ArchiveTableModel(this)), m_proxy(new QSortFilterProxyModel(this)), m_watcher(new QFileSystemWatcher(this)),
      m_refreshTimer(new QTimer(this)), m_filter(nullptr)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("backupsView"));
    qRegisterMetaType<ReportDialog *>(); // comparisonFinished() may be queued or spied on
    qRegisterMetaType<DiffDrillDown *>();
    setUpTables();
    connectListing();
    connectSelection();
    connectButtons();
    createActions();
    connect(m_workspace, &Workspace::backupFolderChanged, this, &BackupsView::setFolder);
    connect(m_workspace, &Workspace::currentProfileChanged, this, &BackupsView::updateActions);
    // A backup of this session wrote and read back an archive: it shows as verified, with when.
    connect(m_workspace, &Workspace::archiveVerified, m_model, &ArchiveTableModel::setVerifiedWhenWritten);
    // Backups and restores (safety snapshots) add archives; the watcher may miss a folder
    // that was only just created.
    connect(m_workspace->jobs(), &JobManager::jobFinished, this, [this](Job *job) {
        if (job->kind() != QLatin1String("verify") && job->kind() != QLatin1String("compare") && job->kind() != QLatin1String("diff"))
            scheduleRefresh();
    });

    setFolder(m_workspace->backupFolder());
    // Until an archive is selected: say what the pane is for, and no empty problems box.
    updateDetails();
    updateActions();
}

void BackupsView::setUpTables()
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ArchiveTableModel::SortRole);
    m_ui->archiveTable->setModel(m_proxy);
    m_ui->archiveTable->sortByColumn(ArchiveTableModel::Date, Qt::DescendingOrder);
    // Few rows (one per archive): measuring them is cheap. The source takes what is left.
    m_ui->archiveTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->archiveTable->horizontalHeader()->setSectionResizeMode(ArchiveTableModel::Source, QHeaderView::Stretch);
    m_ui->archiveTable->horizontalHeader()->setMinimumSectionSize(60);
    m_ui->collectionsTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->collectionsTree->sortByColumn(TreeName, Qt::AscendingOrder);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->refreshButton->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_ui->showInFolderButton->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon));
    m_ui->deleteButton->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_ui->verifyButton->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
}

// The folder is listed (after a change on disk, at most every RefreshDelayMs) and its manifests read.
// The selected archive's actions, for the context menu and the keys: Enter restores, Delete deletes.
void BackupsView::createActions()
{
    auto make = [this](const QString &name, const QString &text, QAbstractButton *button) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setIcon(button->icon());
        action->setToolTip(button->toolTip());
        connect(action, &QAction::triggered, button, &QAbstractButton::click);
        return action;
    };
    m_browseAction = make(QStringLiteral("actionBrowseArchive"), tr("&Browse…"), m_ui->browseButton);
    m_restoreAction = make(QStringLiteral("actionRestoreArchive"), tr("&Restore…"), m_ui->restoreButton);
    m_verifyAction = make(QStringLiteral("actionVerifyArchive"), tr("&Verify integrity"), m_ui->verifyButton);
    m_compareAction = make(QStringLiteral("actionCompareArchive"), tr("&Compare with database"), m_ui->compareButton);
    m_showAction = make(QStringLiteral("actionShowArchive"), tr("&Show in folder"), m_ui->showInFolderButton);
    m_deleteAction = make(QStringLiteral("actionDeleteArchive"), tr("&Delete…"), m_ui->deleteButton);
    RowKeys::install(m_ui->archiveTable, m_restoreAction, m_deleteAction);
    m_ui->archiveTable->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ui->archiveTable, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_ui->archiveTable->indexAt(pos);
        if (index.isValid())
            m_ui->archiveTable->selectRow(index.row());
        contextMenu()->popup(m_ui->archiveTable->viewport()->mapToGlobal(pos));
    });

    // Find: the archives whose name, source or databases contain the text. After the buttons
    // in the tab order, as on the screen.
    m_filter = new QLineEdit(this);
    setTabOrder(m_ui->deleteButton, m_filter);
    m_filter->setObjectName(QStringLiteral("archiveFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter archives"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Show only the archives whose row contains this text (Ctrl+F)"));
    m_filter->setMaximumWidth(240);
    m_ui->actionsLayout->addWidget(m_filter);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
}

QMenu *BackupsView::contextMenu()
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("archiveMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    updateActions();
    menu->addActions({m_browseAction, m_restoreAction, m_verifyAction, m_compareAction});
    menu->addSeparator();
    menu->addAction(m_showAction);
    menu->addSeparator();
    menu->addAction(m_deleteAction);
    return menu;
}

void BackupsView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void BackupsView::connectListing()
{
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(RefreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &BackupsView::refresh);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &BackupsView::scheduleRefresh);

    connect(m_scanner, &ArchiveScanner::listed, this, [this](const QString &folder, const QList<ArchiveSummary> &files, const QString &error) {
        if (folder != m_folder)
            return;
        m_model->setArchives(files);
        // What the listing says replaces what the previous listing said, never an action's outcome.
        if (!error.isEmpty() && !folder.isEmpty() && !QFileInfo::exists(folder))
            showStatus(tr("No backups yet: the folder %1 is created with the first one.").arg(QDir::toNativeSeparators(folder)));
        else if (!error.isEmpty())
            showStatus(error, true);
        else if (files.isEmpty())
            showStatus(tr("No archives in this folder yet."));
        else if (m_statusFromListing)
            showStatus(QString());
        m_statusFromListing = !error.isEmpty() || files.isEmpty();
        updateActions();
    });
    connect(m_scanner, &ArchiveScanner::summaryRead, m_model, &ArchiveTableModel::updateSummary);
    connect(m_scanner, &ArchiveScanner::finished, this, [this](const QString &folder) {
        if (folder == m_folder)
            Q_EMIT loaded();
    });
}

void BackupsView::connectSelection()
{
    connect(m_model, &ArchiveTableModel::archiveChanged, this, [this](const QString &path) {
        if (path == selectedPath()) {
            updateDetails();
            updateActions();
        }
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] { updateDetails(); updateActions(); });
    connect(m_ui->archiveTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        // A message about one archive goes when another is selected.
        if (!m_statusAbout.isEmpty() && m_statusAbout != selectedPath())
            showStatus(QString());
        updateDetails();
        updateActions();
    });
    connect(m_ui->archiveTable, &QAbstractItemView::doubleClicked, this, &BackupsView::browseSelected);
}

void BackupsView::connectButtons()
{
    connect(m_ui->changeFolderButton, &QAbstractButton::clicked, this, &BackupsView::chooseFolder);
    connect(m_ui->refreshButton, &QAbstractButton::clicked, this, &BackupsView::refresh);
    connect(m_ui->backupButton, &QAbstractButton::clicked, this, &BackupsView::backupRequested);
    connect(m_ui->restoreButton, &QAbstractButton::clicked, this, [this] {
        const QString path = selectedPath();
        if (!path.isEmpty())
            Q_EMIT restoreRequested(path);
    });
    connect(m_ui->browseButton, &QAbstractButton::clicked, this, &BackupsView::browseSelected);
    connect(m_ui->verifyButton, &QAbstractButton::clicked, this, &BackupsView::verifySelected);
    connect(m_ui->compareButton, &QAbstractButton::clicked, this, &BackupsView::compareSelected);
    connect(m_ui->deleteButton, &QAbstractButton::clicked, this, &BackupsView::deleteSelected);
    connect(m_ui->showInFolderButton, &QAbstractButton::clicked, this, &BackupsView::showInFolder);
}

BackupsView::~BackupsView() = default;

BackupBrowser *BackupsView::lastBrowser() const
{
    return m_lastBrowser;
}

void BackupsView::browseSelected()
{
    const QString path = selectedPath();
    if (path.isEmpty()) {
        showStatus(tr("Select an archive to browse its documents."));
        return;
    }
    auto *browser = new BackupBrowser(path, this);
    browser->setAttribute(Qt::WA_DeleteOnClose);
    browser->setWindowFlag(Qt::Window);
    connect(browser, &BackupBrowser::restoreDocumentsRequested, this, &BackupsView::restoreDocumentsRequested);
    m_lastBrowser = browser;
    browser->show();
}

bool BackupsView::isLoading() const
{
    return m_scanner->isScanning();
}

QString BackupsView::selectedPath() const
{
    const QModelIndexList rows = m_ui->archiveTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return rows.first().data(ArchiveTableModel::PathRole).toString();
}

void BackupsView::selectArchive(const QString &path)
{
    const int row = m_model->rowOf(path);
    if (row < 0) {
        m_ui->archiveTable->clearSelection();
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_ui->archiveTable->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->archiveTable->scrollTo(index);
}

QMessageBox *BackupsView::pendingConfirmation() const
{
    return m_confirmation;
}

QFileDialog *BackupsView::folderDialog() const
{
    return m_folderDialog;
}

ReportDialog *BackupsView::lastReport() const
{
    return m_lastReport;
}

QString BackupsView::statusText() const
{
    return m_ui->statusLabel->text();
}

void BackupsView::showStatus(const QString &text, bool problem, const QString &about)
{
    StatusLabel::show(m_ui->statusLabel, text, problem);
    m_statusAbout = text.isEmpty() ? QString() : about;
}

void BackupsView::setFolder(const QString &folder)
{
    m_folder = folder;
    m_ui->folderEdit->setText(QDir::toNativeSeparators(folder));
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    m_model->setArchives({});
    showStatus(QString());
    refresh();
}

void BackupsView::scheduleRefresh()
{
    m_refreshTimer->start();
}

void BackupsView::refresh()
{
    m_refreshTimer->stop();
    if (m_watcher->directories().isEmpty() && QFileInfo(m_folder).isDir())
        m_watcher->addPath(m_folder);
    m_scanner->scan(m_folder);
}

void BackupsView::chooseFolder()
{
    FolderDialog::openOrRaise(m_folderDialog, this, tr("Backup folder"), m_folder, QStringLiteral("folderDialog"),
                              [this](const QString &folder) { m_workspace->setBackupFolder(folder); });
}

void BackupsView::updateActions()
{
    const QString path = selectedPath();
    const ArchiveTableModel::Entry *e = m_model->entry(path);
    const bool selected = e != nullptr;
    m_ui->restoreButton->setEnabled(selected);
    m_ui->browseButton->setEnabled(selected && e->summary.readable());
    m_ui->verifyButton->setEnabled(selected && e->integrity != ArchiveTableModel::IntegrityState::Checking);
    m_ui->compareButton->setEnabled(selected && e->summary.readable());
    m_ui->compareButton->setToolTip(m_workspace->currentProfile()
                                        ? tr("Compare the archive with its database on \"%1\", without writing anything")
                                              .arg(m_workspace->currentProfile()->name)
                                        : tr("Select a connection first: the archive is compared with its database there"));
    m_ui->deleteButton->setEnabled(selected);
    m_ui->showInFolderButton->setEnabled(!m_folder.isEmpty());
    if (!m_restoreAction)
        return; // not created yet
    for (auto [action, button] : {std::pair{m_restoreAction, m_ui->restoreButton}, std::pair{m_verifyAction, m_ui->verifyButton},
                                  std::pair{m_compareAction, m_ui->compareButton}, std::pair{m_deleteAction, m_ui->deleteButton},
                                  std::pair{m_showAction, m_ui->showInFolderButton}, std::pair{m_browseAction, m_ui->browseButton}})
        action->setEnabled(button->isEnabled());
}

void BackupsView::updateDetails()
{
    auto *tree = m_ui->collectionsTree;
    tree->setSortingEnabled(false);
    tree->clear();
    m_ui->problemsList->clear();
    m_ui->detailsLabel->setToolTip(QString());
    const ArchiveTableModel::Entry *e = m_model->entry(selectedPath());
    if (!e) {
        m_ui->detailsLabel->setText(tr("Select an archive to see its collections."));
        m_ui->problemsList->hide();
        return;
    }
    m_ui->detailsLabel->setText(summaryLines(*e).join(QStringLiteral("<br>")));
    const ArchiveSummary &s = e->summary;
    if (s.read && s.error.isEmpty() && s.manifest && !s.manifest->pointInTime)
        m_ui->detailsLabel->setToolTip(s.manifest->pointInTimeNote);

    const QStringList problems = e->problems();
    const bool checked = e->inspection.has_value() && e->integrityError.isEmpty();
    if (s.manifest)
        listManifestCollections(*s.manifest, problems, checked);
    else if (checked)
        listInspectedCollections(*e->inspection, problems);
    else if (s.readable())
        listCollectionFiles(s);
    tree->setSortingEnabled(true);

    for (const QString &p : problems)
        m_ui->problemsList->addItem(p);
    m_ui->problemsList->setVisible(!problems.isEmpty());
}

// The archive in a few lines of HTML: file and size, what its manifest says, its integrity.
QStringList BackupsView::summaryLines(const ArchiveTableModel::Entry &e)
{
    const ArchiveSummary &s = e.summary;
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> — %2").arg(html(s.fileName), html(ProgressText::bytes(s.size)));
    if (!s.read)
        lines << html(tr("Reading the manifest…"));
    else if (!s.error.isEmpty())
        lines << ThemeColors::errorSpan(html(tr("Cannot read the archive: %1").arg(s.error)));
    else if (s.manifest)
        lines << manifestLines(*s.manifest);
    else
        lines << html(tr("No manifest: written by the runbook's backup script. Verify integrity reads and counts every document."));
    lines << html(tr("Integrity: %1").arg(ArchiveTableModel::integrityName(e.integrity)));
    return lines;
}

QStringList BackupsView::manifestLines(const Manifest &m)
{
    QStringList lines;
    lines << html(tr("Taken %1 (finished %2) by %3 %4")
                      .arg(QLocale().toString(m.createdAt.toLocalTime(), QLocale::LongFormat),
                           QLocale().toString(m.completedAt.toLocalTime(), QLocale::ShortFormat), m.toolName, m.toolVersion));
    const QString server = QStringLiteral("%1 %2 (%3)").arg(m.server.value(QStringLiteral("flavour")).toString(),
                                                            m.server.value(QStringLiteral("version")).toString(),
                                                            m.server.value(QStringLiteral("topology")).toString());
    lines << html(tr("Source: %1 — %2").arg(MongoUri::redacted(m.sourceUri.isEmpty() ? m.sourceHosts : m.sourceUri), server));
    lines << html(tr("Scope: %1; databases: %2; %3, %4")
                      .arg(m.scope, m.databases.join(QStringLiteral(", ")), ProgressText::collectionCount(m.collections.size()),
                           ProgressText::documentCount(m.totalDocuments())));
    lines << html(tr("Compression %1, %2 Extended JSON; %3")
                      .arg(m.compression, m.jsonStyle, m.pointInTime ? tr("point in time") : tr("not point in time")));
    return lines;
}

// The manifest's collections, with the last check's findings when there was one.
void BackupsView::listManifestCollections(const Manifest &manifest, const QStringList &problems, bool checked)
{
    const bool several = manifest.databases.size() > 1;
    for (const CollectionRecord &c : manifest.collections) {
        auto *item = new TreeItem(m_ui->collectionsTree);
        item->setText(TreeName, several ? c.ns() : c.name);
        item->setText(TreeType, c.type);
        if (c.type == QLatin1String("view")) {
            item->setText(TreeDocuments, QStringLiteral("—"));
            item->setToolTip(TreeType, tr("A view on %1").arg(c.viewOn));
        } else {
            numberItem(item, TreeDocuments, c.documents, QLocale().toString(c.documents));
            numberItem(item, TreeSize, c.bytes, ProgressText::bytes(c.bytes));
        }
        item->setText(TreeDigest, shortDigest(c.digest));
        item->setToolTip(TreeDigest, c.digest);
        item->setText(TreeIndexes, indexNames(c.indexes));
        item->setToolTip(TreeIndexes, indexKeys(c.indexes));
        setCheck(item, problemsOf(problems, c.file), checked && c.type != QLatin1String("view"));
    }
}

// Without a manifest, after a check: the collection files the check read.
void BackupsView::listInspectedCollections(const InspectionReport &inspection, const QStringList &problems)
{
    for (const InspectedFile &f : inspection.files) {
        const auto role = inspection.layout.classify(f.path);
        if (role.kind != ArchiveLayout::FileRole::Collection)
            continue;
        auto *item = new TreeItem(m_ui->collectionsTree);
        item->setText(TreeName, role.database.isEmpty() ? role.collection : role.database + QLatin1Char('.') + role.collection);
        item->setText(TreeType, role.isBucketFile ? tr("time-series buckets") : tr("collection"));
        numberItem(item, TreeDocuments, f.documents, QLocale().toString(f.documents));
        numberItem(item, TreeSize, f.size, ProgressText::bytes(f.size));
        item->setText(TreeDigest, shortDigest(f.digest));
        item->setToolTip(TreeDigest, f.digest);
        QStringList own = problemsOf(problems, f.path);
        if (!f.error.isEmpty())
            own << f.error;
        setCheck(item, own, true);
    }
}

// Without a manifest or a check: the collection files the archive lists.
void BackupsView::listCollectionFiles(const ArchiveSummary &summary)
{
    for (const auto &f : summary.collectionFiles) {
        auto *item = new TreeItem(m_ui->collectionsTree);
        item->setText(TreeName, f.database.isEmpty() ? f.collection : f.database + QLatin1Char('.') + f.collection);
        item->setText(TreeType, f.isBucketFile ? tr("time-series buckets") : tr("collection"));
        item->setText(TreeDocuments, QStringLiteral("—"));
        item->setToolTip(TreeDocuments, tr("Verify integrity counts the documents"));
        numberItem(item, TreeSize, f.size, ProgressText::bytes(f.size));
    }
}

void BackupsView::verifySelected()
{
    const QString path = selectedPath();
    const ArchiveTableModel::Entry *e = m_model->entry(path);
    if (!e || e->integrity == ArchiveTableModel::IntegrityState::Checking)
        return;
    m_model->setChecking(path);
    updateActions();
    const QString name = e->summary.fileName;
    auto outcome = std::make_shared<std::optional<Result<InspectionReport>>>();
    Job *job = m_workspace->jobs()->start(
        QStringLiteral("verify"), tr("Verify integrity of %1").arg(name),
        [path, outcome](ProgressSink &sink, const CancelToken &cancel) -> Result<QString> {
            Progress progress;
            progress.phase = Phase::Verifying;
            sink.progress(progress);
            auto inspected = ArchiveInspector::inspect(path, ArchiveInspector::Depth::Documents, cancel);
            *outcome = inspected;
            if (!inspected)
                return inspected.error();
            for (const QString &problem : inspected->problems)
                sink.message(problem);
            qint64 documents = 0;
            for (const auto &f : inspected->files)
                documents += f.parsed ? f.documents : 0;
            if (!inspected->ok())
                return Error(ErrorCode::IntegrityMismatch,
                             tr("%n problem(s) found", nullptr, int(inspected->problems.size())),
                             inspected->problems.first());
            return tr("intact: %Ln file(s), %1", nullptr, int(inspected->files.size())).arg(ProgressText::documentCount(documents));
        },
        {path});
    connect(job, &Job::finished, this, [this, job, path, outcome] {
        if (job->state() == Job::State::Cancelled || !outcome->has_value()) {
            m_model->setCheckCancelled(path);
            showStatus(tr("Verification of %1 cancelled.").arg(QFileInfo(path).fileName()), false, path);
        } else if (const auto &inspected = **outcome; inspected) {
            m_model->setInspection(path, *inspected);
            showStatus(inspected->ok() ? tr("%1 is intact.").arg(QFileInfo(path).fileName())
                                       : tr("%1 has problems: %2").arg(QFileInfo(path).fileName(), inspected->problems.first()),
                       !inspected->ok(), path);
        } else {
            m_model->setInspectionFailed(path, inspected.error().toString());
            showStatus(tr("%1 cannot be read through: %2").arg(QFileInfo(path).fileName(), inspected.error().toString()), true, path);
        }
        updateActions();
        Q_EMIT verificationFinished(path);
    });
}

void BackupsView::compareSelected()
{
    const QString path = selectedPath();
    const ArchiveTableModel::Entry *e = m_model->entry(path);
    if (!e)
        return;
    const auto profile = m_workspace->currentProfile();
    if (!profile) {
        showStatus(tr("Select a connection first: the archive is compared with its database there."), true);
        return;
    }
    if (!e->summary.readable()) {
        showStatus(e->summary.read ? tr("%1 cannot be read: %2").arg(e->summary.fileName, e->summary.error)
                                   : tr("%1 is still being read; try again in a moment.").arg(e->summary.fileName),
                   true, path);
        return;
    }
    Comparison comparison;
    comparison.path = path;
    comparison.databases = e->summary.databases();
    comparison.archiveNamesThem = !comparison.databases.isEmpty();
    comparison.keepExtra = e->summary.manifest && e->summary.manifest->scope == QLatin1String("collections");
    if (comparison.databases.isEmpty() && !profile->defaultDatabase.isEmpty())
        comparison.databases << profile->defaultDatabase;
    if (comparison.databases.isEmpty()) {
        showStatus(tr("%1 does not name its database (a runbook archive): give the connection \"%2\" a default database "
                      "to compare it with.").arg(e->summary.fileName, profile->name), true, path);
        return;
    }
    comparison.profileId = profile->id;
    comparison.description = tr("%1 compared with database %2 on \"%3\" (%4)")
                                 .arg(e->summary.fileName, comparison.databases.join(QStringLiteral(", ")), profile->name,
                                      MongoUri::redacted(profile->connectionString));
    showStatus(tr("Reading the password of \"%1\"…").arg(profile->name));
    QPointer<BackupsView> self(this);
    m_workspace->resolveUri(*profile, [self, comparison](Result<QString> uri) {
        if (!self)
            return;
        if (!uri) {
            self->showStatus(StatusLabel::sentence(uri.error().toString()), true);
            Q_EMIT self->comparisonFinished(comparison.path, nullptr);
            return;
        }
        self->startComparison(comparison, *uri);
    });
}

void BackupsView::startComparison(const Comparison &comparison, const QString &uri)
{
    const QString path = comparison.path;
    const QString name = QFileInfo(path).fileName();
    showStatus(tr("Comparing %1 with the database…").arg(name), false, path);
    auto report = std::make_shared<std::optional<VerificationReport>>();
    Job *job = m_workspace->jobs()->start(
        QStringLiteral("compare"), tr("Compare %1 with %2").arg(name, comparison.databases.join(QStringLiteral(", "))),
        [comparison, uri, report](ProgressSink &sink, const CancelToken &cancel) -> Result<QString> {
            VerificationReport all;
            for (const QString &db : comparison.databases) {
                RestoreRequest request;
                request.archivePath = comparison.path;
                request.mongoUri = uri;
                request.targetDatabase = db;
                if (comparison.archiveNamesThem)
                    request.sourceDatabase = db;
                request.keepExtra = comparison.keepExtra;
                request.verifyFull = true;
                auto compared = RestoreEngine(sink).verify(request, cancel);
                if (!compared) {
                    Error e = compared.error();
                    e.message = MongoUri::scrub(e.message, uri);
                    e.hint = MongoUri::scrub(e.hint, uri);
                    return e;
                }
                all.rows << compared->rows;
            }
            *report = all;
            // Differences are what a comparison finds, not a failure of it: the job succeeded,
            // and its summary (and the report the view opens) says what differs.
            const int mismatches = all.count(VerificationStatus::Mismatch);
            if (mismatches > 0) {
                for (const VerificationRow &row : std::as_const(all.rows)) {
                    if (row.status == VerificationStatus::Mismatch)
                        sink.message(tr("%1.%2 differs: %3").arg(row.database, row.collection, row.notes.join(QStringLiteral("; "))));
                }
                return tr("differences in %1 of %Ln collection(s)", nullptr, int(all.rows.size())).arg(mismatches);
            }
            return tr("%Ln collection(s) match", nullptr, int(all.rows.size()) - all.count(VerificationStatus::Skipped));
        },
        {path});
    const QString description = comparison.description;
    connect(job, &Job::finished, this, [this, job, path, name, report, description, comparison] {
        if (!report->has_value()) {
            showStatus(job->state() == Job::State::Cancelled ? tr("Comparison cancelled.")
                                                             : tr("The comparison could not run: %1").arg(job->summary()),
                       job->state() != Job::State::Cancelled, path);
            Q_EMIT comparisonFinished(path, nullptr);
            return;
        }
        const VerificationReport &r = **report;
        showStatus(r.allOk() ? tr("%1 matches the database.").arg(name)
                             : tr("%1 differs from the database (%2): see the report.").arg(name, job->summary()),
                   !r.allOk(), path);
        auto *dialog = new ReportDialog(r, description, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->enableDrillDown();
        connect(dialog, &ReportDialog::differencesRequested, this,
                [this, comparison](const VerificationRow &row) { openDrillDown(comparison, row); });
        m_lastReport = dialog;
        dialog->show();
        Q_EMIT comparisonFinished(path, dialog);
    });
}

void BackupsView::openDrillDown(const Comparison &comparison, const VerificationRow &row)
{
    const auto profile = m_workspace->profiles()->find(comparison.profileId);
    if (!profile) {
        showStatus(tr("The connection this comparison was made with is gone: compare again."), true, comparison.path);
        return;
    }
    DiffDrillDown::Target target;
    target.archivePath = comparison.path;
    target.sourceDatabase = comparison.archiveNamesThem ? row.database : QString();
    target.targetDatabase = row.database;
    target.collection = row.collection;
    target.description = tr("Collection %1 of %2 compared with database %3 on \"%4\", document by document")
                             .arg(row.collection, QFileInfo(comparison.path).fileName(), row.database, profile->name);
    showStatus(tr("Reading the password of \"%1\"…").arg(profile->name));
    QPointer<BackupsView> self(this);
    m_workspace->resolveUri(*profile, [self, target](Result<QString> uri) {
        if (!self)
            return;
        if (!uri) {
            self->showStatus(StatusLabel::sentence(uri.error().toString()), true);
            return;
        }
        self->showStatus(tr("Listing the documents of %1 that differ…").arg(target.collection), false, target.archivePath);
        auto *drillDown = new DiffDrillDown(self->m_workspace, target, *uri, self);
        drillDown->setAttribute(Qt::WA_DeleteOnClose);
        connect(drillDown, &DiffDrillDown::restoreDocumentsRequested, self, &BackupsView::restoreDocumentsRequested);
        self->m_lastDrillDown = drillDown;
        drillDown->show();
        drillDown->start();
        Q_EMIT self->drillDownOpened(drillDown);
    });
}

DiffDrillDown *BackupsView::lastDrillDown() const
{
    return m_lastDrillDown;
}

void BackupsView::deleteSelected()
{
    const QString path = selectedPath();
    const ArchiveTableModel::Entry *e = m_model->entry(path);
    if (!e)
        return;
    if (m_workspace->jobs()->isInUse(path)) {
        showStatus(tr("%1 cannot be deleted: a running job is using it.").arg(e->summary.fileName), true, path);
        return;
    }
    DeleteConfirmation::Question question;
    question.objectName = QStringLiteral("deleteConfirmation");
    question.title = tr("Delete archive");
    question.text = tr("Delete %1 (%2, taken %3) for good?")
                        .arg(e->summary.fileName, ProgressText::bytes(e->summary.size),
                             QLocale().toString(e->summary.createdAt().toLocalTime(), QLocale::ShortFormat));
    question.informative = tr("The file is removed from the disk, not moved to a trash.");
    DeleteConfirmation::ask(m_confirmation, this, question, [this, path] { removeArchive(path); });
}

void BackupsView::removeArchive(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    // A job may have started while the question was open.
    if (m_workspace->jobs()->isInUse(path)) {
        showStatus(tr("%1 cannot be deleted: a running job is using it.").arg(name), true);
        return;
    }
    QFile file(path);
    if (!file.remove() && file.exists()) {
        showStatus(tr("%1 could not be deleted: %2").arg(name, file.errorString()), true);
        return;
    }
    m_scanner->forget(path);
    m_model->removeArchive(path);
    showStatus(tr("Deleted %1.").arg(name));
}

void BackupsView::showInFolder()
{
    if (m_folder.isEmpty())
        return;
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder)))
        showStatus(tr("Could not open %1 in the file manager.").arg(QDir::toNativeSeparators(m_folder)), true);
}

} // namespace lifeboat::app

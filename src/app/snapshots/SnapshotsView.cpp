#include "app/snapshots/SnapshotsView.h"

#include "app/snapshots/CloneSnapshotDialog.h"
#include "app/snapshots/CreateSnapshotDialog.h"
#include "app/snapshots/MatrixOneSnapshotJobs.h"
#include "app/jobs/JobManager.h"
#include "core/config/MongoUri.h"
#include "app/widgets/ProgressText.h"
#include "app/snapshots/PruneDialog.h"
#include "app/widgets/ReportDialog.h"
#include "app/restore/RestoreSession.h"
#include "app/restore/RestoreWizard.h"
#include "core/snapshot/SnapshotLock.h"
#include "core/snapshot/SnapshotStore.h"
#include "app/snapshots/SnapshotTableModel.h"
#include "app/jobs/WorkerThreads.h"
#include "app/widgets/DatabasePicker.h"
#include "app/widgets/DeleteConfirmation.h"
#include "app/widgets/FolderDialog.h"
#include "app/widgets/RowKeys.h"
#include "app/widgets/StatusLabel.h"
#include "app/widgets/ThemeColors.h"
#include "app/widgets/TypedConfirmation.h"
#include "app/window/Workspace.h"
#include "ui_SnapshotsView.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QtConcurrent>

namespace lifeboat::app {

namespace {
constexpr char kPruneProfile[] = "lifeboatPruneProfile";
}

namespace {

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &caption, const QString &value)
{
    return QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>").arg(html(caption), value);
}

QString localTime(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::LongFormat);
}

// A question of several sentences, wrapped to a readable width instead of one long line.
void wrapLabel(QInputDialog *dialog)
{
    if (auto *label = dialog->findChild<QLabel *>()) {
        label->setWordWrap(true);
        label->setMinimumWidth(480);
    }
}

} // namespace

SnapshotsView::SnapshotsView(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::SnapshotsView>()), m_workspace(workspace), m_model(new SnapshotTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_watcher(new QFutureWatcher<Listing>(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("snapshotsView"));
    qRegisterMetaType<ReportDialog *>();
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SnapshotTableModel::SortRole);
    m_ui->snapshotTable->setModel(m_proxy);
    m_ui->snapshotTable->sortByColumn(SnapshotTableModel::Created, Qt::DescendingOrder);
    m_ui->snapshotTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->snapshotTable->horizontalHeader()->setSectionResizeMode(SnapshotTableModel::Verified, QHeaderView::Stretch);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->refreshSnapshotsButton->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_ui->deleteSnapshotButton->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_ui->rollbackSnapshotButton->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_ui->cloneSnapshotButton->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));

    connect(m_watcher, &QFutureWatcher<Listing>::finished, this, &SnapshotsView::onListed);
    connect(m_ui->snapshotTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        // A message about one snapshot goes when another is selected.
        if (!m_statusAbout.isEmpty() && m_statusAbout != selectedName())
            showStatus(QString());
        updateDetails();
        updateActions();
    });
    connect(m_ui->snapshotTable, &QAbstractItemView::doubleClicked, this, &SnapshotsView::cloneSelected);
    connect(m_ui->changeSnapshotFolderButton, &QAbstractButton::clicked, this, &SnapshotsView::chooseFolder);
    connect(m_ui->refreshSnapshotsButton, &QAbstractButton::clicked, this, &SnapshotsView::refresh);
    connect(m_ui->createSnapshotButton, &QAbstractButton::clicked, this, &SnapshotsView::createSnapshot);
    connect(m_ui->cloneSnapshotButton, &QAbstractButton::clicked, this, &SnapshotsView::cloneSelected);
    connect(m_ui->rollbackSnapshotButton, &QAbstractButton::clicked, this, &SnapshotsView::rollBackSelected);
    connect(m_ui->deleteSnapshotButton, &QAbstractButton::clicked, this, &SnapshotsView::deleteSelected);
    connect(m_ui->pruneButton, &QAbstractButton::clicked, this, &SnapshotsView::prune);
    connect(m_ui->safeChangeButton, &QAbstractButton::clicked, this, &SnapshotsView::safeChangeRequested);

    connect(m_workspace, &Workspace::snapshotFolderChanged, this, &SnapshotsView::setFolder);
    connect(m_workspace, &Workspace::currentProfileChanged, this, &SnapshotsView::updateActions);
    // A MatrixOne profile lists its own server's snapshots.
    connect(m_workspace, &Workspace::currentProfileChanged, this, &SnapshotsView::refresh);
    // Snapshots, clones and restores (safety snapshots, verification states) change the folder
    // or its catalog; jobs that run elsewhere (a restore into the backup folder) cost one
    // cheap catalog check.
    connect(m_workspace->jobs(), &JobManager::jobFinished, this, [this](Job *job) {
        // A snapshot is written through the backup engine, which reads it back whole against
        // its manifest before it is published: it shows as verified, with when.
        if (job->kind() == QLatin1String("snapshot") && job->state() == Job::State::Succeeded && !job->usedPaths().isEmpty())
            m_workspace->noteArchiveVerified(job->usedPaths().constFirst());
        refresh();
    });
    connect(m_workspace->jobs(), &JobManager::jobAdded, this, [this] { updateActions(); });
    createActions();

    setFolder(m_workspace->snapshotFolder());
}

// The selected snapshot's actions, for the context menu and the keys: Enter clones to verify
// (as a double-click does), Delete deletes. And the filter (Find).
void SnapshotsView::createActions()
{
    auto make = [this](const QString &name, const QString &text, QAbstractButton *button) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setIcon(button->icon());
        action->setToolTip(button->toolTip());
        connect(action, &QAction::triggered, button, &QAbstractButton::click);
        return action;
    };
    m_cloneAction = make(QStringLiteral("actionCloneSnapshot"), tr("&Clone to verify…"), m_ui->cloneSnapshotButton);
    m_rollbackAction = make(QStringLiteral("actionRollbackSnapshot"), tr("&Roll back to this…"), m_ui->rollbackSnapshotButton);
    m_deleteAction = make(QStringLiteral("actionDeleteSnapshot"), tr("&Delete…"), m_ui->deleteSnapshotButton);
    RowKeys::install(m_ui->snapshotTable, m_cloneAction, m_deleteAction);
    m_ui->snapshotTable->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ui->snapshotTable, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_ui->snapshotTable->indexAt(pos);
        if (index.isValid())
            m_ui->snapshotTable->selectRow(index.row());
        contextMenu()->popup(m_ui->snapshotTable->viewport()->mapToGlobal(pos));
    });

    m_filter = new QLineEdit(this);
    setTabOrder(m_ui->safeChangeButton, m_filter); // after the buttons, as on the screen
    m_filter->setObjectName(QStringLiteral("snapshotFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter snapshots"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Show only the snapshots whose row contains this text (Ctrl+F)"));
    m_filter->setMaximumWidth(240);
    m_ui->actionsLayout->addWidget(m_filter);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    updateActions();
}

QMenu *SnapshotsView::contextMenu()
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("snapshotMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    updateActions();
    menu->addActions({m_cloneAction, m_rollbackAction});
    menu->addSeparator();
    menu->addAction(m_deleteAction);
    return menu;
}

void SnapshotsView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void SnapshotsView::createSnapshotOf(const QString &database)
{
    createSnapshot();
    if (m_createDialog && !m_createDialog->job()) {
        m_createDialog->picker()->setProfileId(m_workspace->currentProfileId());
        m_createDialog->picker()->setDatabase(database);
    }
}

// Not waiting for a worker still running: it holds copies only, and its result is dropped.
SnapshotsView::~SnapshotsView() = default;

QMessageBox *SnapshotsView::pendingConfirmation() const { return m_confirmation; }
QFileDialog *SnapshotsView::folderDialog() const { return m_folderDialog; }
CreateSnapshotDialog *SnapshotsView::createDialog() const { return m_createDialog; }
CloneSnapshotDialog *SnapshotsView::cloneDialog() const { return m_cloneDialog; }
PruneDialog *SnapshotsView::pruneDialog() const { return m_pruneDialog; }
ReportDialog *SnapshotsView::lastReport() const { return m_lastReport; }
RestoreWizard *SnapshotsView::rollbackWizard() const { return m_wizard; }
QInputDialog *SnapshotsView::matrixOneDialog() const { return m_matrixOneDialog; }

QString SnapshotsView::selectedName() const
{
    const QModelIndexList rows = m_ui->snapshotTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(SnapshotTableModel::NameRole).toString();
}

const SnapshotEntry *SnapshotsView::selectedEntry() const
{
    return m_model->entry(selectedName());
}

void SnapshotsView::selectSnapshot(const QString &name)
{
    const int r = m_model->rowOf(name);
    if (r < 0) {
        m_ui->snapshotTable->clearSelection();
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(r, 0));
    m_ui->snapshotTable->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->snapshotTable->scrollTo(index);
}

const Manifest *SnapshotsView::manifest(const QString &name) const
{
    const auto it = m_manifests.constFind(name);
    return it == m_manifests.constEnd() ? nullptr : &it.value();
}

QString SnapshotsView::statusText() const
{
    return m_ui->snapshotStatusLabel->text();
}

QString SnapshotsView::detailsText() const
{
    return m_ui->snapshotDetails->toPlainText();
}

void SnapshotsView::showStatus(const QString &text, bool problem, const QString &about)
{
    StatusLabel::show(m_ui->snapshotStatusLabel, text, problem);
    m_statusAbout = text.isEmpty() ? QString() : about;
}

void SnapshotsView::setFolder(const QString &folder)
{
    m_folder = folder;
    m_ui->snapshotFolderEdit->setText(QDir::toNativeSeparators(folder));
    m_model->setEntries({});
    m_manifests.clear();
    showStatus(QString());
    updateDetails();
    updateActions();
    refresh();
}

void SnapshotsView::refresh()
{
    if (isMatrixOne()) {
        refreshMatrixOne();
        return;
    }
    m_loading = true;
    if (m_watcher->isRunning()) {
        m_refreshAgain = true;
        return;
    }
    m_refreshAgain = false;
    const QString folder = m_folder;
    // The catalog is SQLite, one connection per thread: the store lives and dies in the worker.
    m_watcher->setFuture(QtConcurrent::run(longWorkThreads(), [folder]() {
        Listing out;
        out.folder = folder;
        if (!QFileInfo(folder).isDir())
            return out; // nothing yet: the first snapshot creates it
        SnapshotStore store(folder);
        auto entries = store.list();
        if (!entries) {
            out.error = entries.error().toString();
            return out;
        }
        out.entries = *entries;
        if (store.catalog().lastRefresh().rebuilt && store.catalog().lastRefresh().rebuildReason != QLatin1String("missing"))
            out.rebuildReason = store.catalog().lastRefresh().rebuildReason;
        for (const auto &e : std::as_const(out.entries)) {
            if (!e.usable())
                continue;
            if (auto m = store.catalog().manifest(e.fileName))
                out.manifests.insert(e.name, *m);
        }
        return out;
    }));
}

void SnapshotsView::onListed()
{
    if (m_watcher->future().resultCount() == 0) {
        m_loading = false;
        return;
    }
    const Listing listing = m_watcher->result();
    if (listing.folder == m_folder && !isMatrixOne()) {
        const QString selected = selectedName();
        m_manifests = listing.manifests;
        QList<SnapshotEntry> entries = listing.entries;
        for (SnapshotEntry &e : entries) {
            const QDateTime written = m_workspace->archiveVerifiedAt(e.path);
            if (e.verification == SnapshotVerification::Never && written.isValid()) {
                e.verification = SnapshotVerification::Ok;
                e.verifiedAt = written;
                e.verificationNote = tr("read back and checked against its manifest when it was written");
            }
        }
        m_model->setEntries(entries);
        if (!selected.isEmpty())
            selectSnapshot(selected);
        if (!listing.error.isEmpty())
            showStatus(tr("The snapshot folder cannot be listed: %1").arg(listing.error), true);
        else if (listing.entries.isEmpty())
            showStatus(QFileInfo(m_folder).isDir() ? tr("No snapshots in this folder yet.")
                                                   : tr("No snapshots yet: the folder is created with the first one."));
        else if (!listing.rebuildReason.isEmpty())
            showStatus(tr("The folder's catalog was rebuilt from the snapshots' manifests (%1).").arg(listing.rebuildReason));
        else if (statusText().startsWith(tr("No snapshots")))
            showStatus(QString());
        updateDetails();
        updateActions();
    }
    if (isMatrixOne()) { // the profile changed while the folder was listed
        refresh();
        return;
    }
    if (m_refreshAgain || listing.folder != m_folder) {
        refresh();
        return;
    }
    m_loading = false;
    Q_EMIT loaded();
}

bool SnapshotsView::inUse(const QString &archivePath) const
{
    // A job of this app that reads the snapshot names its archive. Not JobManager::isInUse():
    // a backup names its whole output folder, and the snapshot folder may lie inside the
    // backup folder, but a backup only adds a new archive there. Jobs of other processes
    // (lifeboat-cli) and the engine's own readers hold the snapshot's lock.
    const QString wanted = QFileInfo(archivePath).absoluteFilePath();
    for (const Job *job : m_workspace->jobs()->running()) {
        for (const QString &used : job->usedPaths()) {
            if (QFileInfo(used).absoluteFilePath() == wanted)
                return true;
        }
    }
    return SnapshotLock::isLocked(archivePath);
}

void SnapshotsView::updateActions()
{
    const SnapshotEntry *e = selectedEntry();
    const bool usable = e && e->usable();
    m_ui->cloneSnapshotButton->setEnabled(usable);
    m_ui->rollbackSnapshotButton->setEnabled(usable);
    m_ui->deleteSnapshotButton->setEnabled(e != nullptr);
    m_ui->pruneButton->setEnabled(m_model->rowCount() > 0);
    m_ui->createSnapshotButton->setEnabled(!m_folder.isEmpty());
    if (m_cloneAction) {
        m_cloneAction->setEnabled(usable);
        m_rollbackAction->setEnabled(usable);
        m_deleteAction->setEnabled(e != nullptr);
    }
    if (isMatrixOne()) {
        if (usable)
            m_ui->rollbackSnapshotButton->setToolTip(tr("Roll %1 back to snapshot %2 on the server, after a safety snapshot")
                                                         .arg(MatrixOneSnapshotJobs::confirmWord(*e), e->name));
        return;
    }
    if (usable) {
        const QString db = SnapshotTableModel::databaseText(*e);
        m_ui->rollbackSnapshotButton->setToolTip(
            tr("Put %1 back as snapshot %2 holds it, through the restore wizard (plan, confirmation, safety snapshot)").arg(db, e->name));
    }
}

void SnapshotsView::updateDetails()
{
    auto *details = m_ui->snapshotDetails;
    const SnapshotEntry *e = selectedEntry();
    if (!e) {
        details->setHtml(html(m_model->rowCount() > 0 ? tr("Select a snapshot to see what it holds.") : QString()));
        return;
    }
    QString text = QStringLiteral("<p><b style=\"font-size:large\">%1</b> — %2, %3</p>")
                       .arg(html(e->name), html(QDir::toNativeSeparators(e->path)), html(ProgressText::bytes(e->fileSize)));
    if (e->server == QLatin1String("matrixone")) {
        text = QStringLiteral("<p><b style=\"font-size:large\">%1</b> — %2</p>").arg(html(e->name), html(tr("MatrixOne at %1").arg(e->sourceHosts)));
        if (!e->usable())
            text += QStringLiteral("<p>%1</p>").arg(ThemeColors::errorSpan(html(e->problem)));
        else if (e->scope != QLatin1String("account"))
            text += QStringLiteral("<p>%1</p>").arg(html(tr("The server holds an account snapshot; Lifeboat restores only the %1 it was taken for.")
                                                            .arg(SnapshotTableModel::levelText(*e))));
    } else if (!e->usable()) {
        text += QStringLiteral("<p>%1</p>").arg(ThemeColors::errorSpan(html(tr("This archive cannot be used: %1").arg(e->problem))));
        details->setHtml(text);
        return;
    }
    if (!e->info.description.isEmpty())
        text += QStringLiteral("<p>%1</p>").arg(html(e->info.description).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    QString rows;
    rows += row(tr("Level"), html(SnapshotTableModel::levelText(*e)) + QStringLiteral(" — ") + html(SnapshotTableModel::databaseText(*e)));
    rows += row(tr("Created"), html(localTime(e->createdAt)));
    rows += row(tr("Created by"), html(e->info.createdBy.isEmpty() ? tr("(not recorded)") : e->info.createdBy));
    rows += row(tr("Purpose"), html(e->info.purpose.isEmpty() ? tr("(none)") : e->info.purpose));
    if (!e->info.versionBefore.isEmpty() || !e->info.versionTarget.isEmpty())
        rows += row(tr("Versions"), html(tr("%1 → %2").arg(e->info.versionBefore.isEmpty() ? QStringLiteral("?") : e->info.versionBefore,
                                                          e->info.versionTarget.isEmpty() ? QStringLiteral("?") : e->info.versionTarget)));
    else
        rows += row(tr("Versions"), html(tr("(none)")));
    rows += row(tr("Tags"), html(e->info.tags.isEmpty() ? tr("(none)") : e->info.tags.join(QStringLiteral(", "))));
    QString deleteAfter = e->info.deleteAfter.isValid() ? localTime(e->info.deleteAfter) : tr("kept until deleted");
    if (e->info.isExpired(QDateTime::currentDateTimeUtc()))
        deleteAfter += QLatin1Char(' ') + tr("(passed: Prune deletes it)");
    rows += row(tr("Delete after"), html(deleteAfter));
    QString verified = SnapshotTableModel::verificationText(e->verification);
    if (e->verifiedAt.isValid())
        verified += QStringLiteral(", ") + localTime(e->verifiedAt);
    if (!e->verificationNote.isEmpty())
        verified += QStringLiteral(": ") + e->verificationNote;
    rows += row(tr("Verified"), html(verified));
    if (e->server == QLatin1String("matrixone")) {
        details->setHtml(text + QStringLiteral("<table>%1</table>").arg(rows));
        return;
    }
    rows += row(tr("Server"), html(QStringLiteral("%1 — %2").arg(e->sourceHosts, e->server)));
    rows += row(tr("Contents"), html(tr("%1 in %2, %3 of data, %4 compression")
                                         .arg(ProgressText::documentCount(e->documents), ProgressText::collectionCount(e->collections.size()),
                                              ProgressText::bytes(e->bytes), e->compression)));
    text += QStringLiteral("<table>%1</table>").arg(rows);

    QString collections;
    if (const Manifest *m = manifest(e->name)) {
        for (const CollectionRecord &c : m->collections) {
            const QString name = m->nestsDatabases() ? c.ns() : c.name;
            collections += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td></tr>")
                               .arg(html(name), html(c.type),
                                    c.type == QLatin1String("view") ? QString() : html(QLocale().toString(c.documents)),
                                    c.type == QLatin1String("view") ? QString() : html(ProgressText::bytes(c.bytes)));
        }
    } else {
        for (const QString &c : e->collections)
            collections += QStringLiteral("<tr><td>%1</td><td></td><td></td><td></td></tr>").arg(html(c));
    }
    text += QStringLiteral("<p><b>%1</b></p><table cellspacing=\"0\" cellpadding=\"2\"><tr><th align=\"left\">%2</th><th align=\"left\">%3</th>"
                           "<th align=\"right\">%4</th><th align=\"right\">%5</th></tr>%6</table>")
                .arg(html(tr("Collections")), html(tr("Collection")), html(tr("Type")), html(tr("Documents")), html(tr("Size")), collections);
    details->setHtml(text);
}

void SnapshotsView::chooseFolder()
{
    FolderDialog::openOrRaise(m_folderDialog, this, tr("Snapshot folder"), m_folder, QStringLiteral("snapshotFolderDialog"),
                              [this](const QString &folder) { m_workspace->setSnapshotFolder(folder); });
}

void SnapshotsView::createSnapshot()
{
    if (isMatrixOne()) {
        createMatrixOne();
        return;
    }
    // One open at a time; a closed one kept for its job's row in the jobs panel makes way.
    if (m_createDialog && m_createDialog->isVisible()) {
        m_createDialog->raise();
        m_createDialog->activateWindow();
        return;
    }
    auto *dialog = new CreateSnapshotDialog(m_workspace, m_folder, this);
    dialog->setWindowFlag(Qt::Window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateSnapshotDialog::snapshotCreated, this, [this](const QString &name) {
        showStatus(tr("Snapshot %1 created and verified.").arg(name));
        // Select it once it is listed.
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(this, &SnapshotsView::loaded, this, [this, name, connection] {
            if (m_model->rowOf(name) >= 0) {
                selectSnapshot(name);
                disconnect(*connection);
            }
        });
        refresh();
    });
    m_createDialog = dialog;
    dialog->show();
}

void SnapshotsView::cloneSelected()
{
    const SnapshotEntry *e = selectedEntry();
    if (!e || !e->usable())
        return;
    if (isMatrixOne()) {
        cloneMatrixOne(*e);
        return;
    }
    if (m_cloneDialog && !m_cloneDialog->job())
        m_cloneDialog->close();
    auto *dialog = new CloneSnapshotDialog(m_workspace, m_folder, *e, this);
    dialog->setWindowFlag(Qt::Window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CloneSnapshotDialog::cloned, this, [this, dialog](const VerificationReport &report, const QString &description) {
        showStatus(report.allOk() ? tr("The clone into %1 matches the snapshot.").arg(dialog->targetDatabase())
                                  : tr("The clone into %1 does not match the snapshot: see the report.").arg(dialog->targetDatabase()),
                   !report.allOk());
        auto *reportDialog = new ReportDialog(report, description, this);
        reportDialog->setObjectName(QStringLiteral("cloneReportDialog"));
        reportDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_lastReport = reportDialog;
        reportDialog->show();
        Q_EMIT cloneReportShown(reportDialog);
    });
    m_cloneDialog = dialog;
    dialog->show();
}

void SnapshotsView::rollBackSelected()
{
    const SnapshotEntry *e = selectedEntry();
    if (!e || !e->usable())
        return;
    if (isMatrixOne()) {
        rollBackMatrixOne(*e);
        return;
    }
    // The restore wizard on the snapshot: its check, target (the profile's database, i.e. the
    // snapshot's), options (replace-existing: the database becomes the snapshot again),
    // preview, typed confirmation with the production banner, and a safety snapshot into this
    // folder. Not modal: the restore is a job.
    auto *wizard = new RestoreWizard(m_workspace, window());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowTitle(tr("Roll back to snapshot %1").arg(e->name));
    RestoreSession *session = wizard->session();
    session->presetProfileId = m_workspace->currentProfileId();
    session->presetDatabase = e->database();
    session->presetReplaceExisting = true;
    wizard->setArchive(e->path);
    m_wizard = wizard;
    wizard->show();
    showStatus(tr("Rolling back to %1: check the plan in the restore wizard.").arg(e->name), false, e->name);
}

void SnapshotsView::deleteSelected()
{
    const SnapshotEntry *e = selectedEntry();
    if (!e)
        return;
    if (isMatrixOne()) {
        DeleteConfirmation::Question question;
        question.objectName = QStringLiteral("deleteSnapshotConfirmation");
        question.title = tr("Delete snapshot");
        question.text = tr("Delete snapshot %1 (taken %2) from the MatrixOne server for good?")
                            .arg(e->name, QLocale().toString(e->createdAt.toLocalTime(), QLocale::ShortFormat));
        question.informative = tr("The server drops it (DROP SNAPSHOT): there is no way back to this state afterwards.");
        DeleteConfirmation::ask(m_confirmation, this, question, [this, name = e->name] { removeMatrixOne(name); });
        return;
    }
    if (inUse(e->path)) {
        showStatus(tr("%1 cannot be deleted: a running job is using it.").arg(e->name), true, e->name);
        Q_EMIT deleteFinished(e->name, statusText());
        return;
    }
    DeleteConfirmation::Question question;
    question.objectName = QStringLiteral("deleteSnapshotConfirmation");
    question.title = tr("Delete snapshot");
    question.text = tr("Delete snapshot %1 (%2, taken %3) for good?")
                        .arg(e->name, ProgressText::bytes(e->fileSize), QLocale().toString(e->createdAt.toLocalTime(), QLocale::ShortFormat));
    question.informative = tr("The archive is removed from the disk, not moved to a trash: there is no way back to this state afterwards.");
    DeleteConfirmation::ask(m_confirmation, this, question, [this, name = e->name, path = e->path] { removeSnapshot(name, path); });
}

void SnapshotsView::removeSnapshot(const QString &name, const QString &path)
{
    // A job may have started while the question was open.
    if (inUse(path)) {
        showStatus(tr("%1 cannot be deleted: a running job is using it.").arg(name), true, name);
        Q_EMIT deleteFinished(name, statusText());
        return;
    }
    showStatus(tr("Deleting %1…").arg(name));
    const QString folder = m_folder;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, name] {
        watcher->deleteLater();
        const QString error = watcher->result();
        if (error.isEmpty())
            showStatus(tr("Deleted snapshot %1.").arg(name));
        else
            showStatus(tr("%1 could not be deleted: %2").arg(name, error), true);
        refresh();
        Q_EMIT deleteFinished(name, error);
    });
    watcher->setFuture(QtConcurrent::run([folder, name]() -> QString {
        SnapshotStore store(folder);
        const Status st = store.remove(name);
        return st ? QString() : st.error().message;
    }));
}

void SnapshotsView::prune()
{
    if (m_pruneDialog && pruneDialogFits(m_pruneDialog)) {
        m_pruneDialog->setEntries(m_model->entries());
        m_pruneDialog->raise();
        return;
    }
    if (m_pruneDialog) { // of another profile's server, or of the folder
        m_pruneDialog->close();
        m_pruneDialog = nullptr;
    }
    if (isMatrixOne()) {
        withMatrixOneUri([this](const QString &uri) {
            if (!m_pruneDialog)
                openPruneDialog(uri);
        });
        return;
    }
    openPruneDialog(QString());
}

void SnapshotsView::openPruneDialog(const QString &matrixOneUri)
{
    auto *dialog = new PruneDialog(m_folder, m_model->entries(), [this](const QString &path) { return inUse(path); }, this);
    dialog->setMatrixOneUri(matrixOneUri);
    dialog->setProperty(kPruneProfile, isMatrixOne() ? m_workspace->currentProfileId() : QString());
    dialog->setWindowFlag(Qt::Window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PruneDialog::pruned, this, [this](const QStringList &deleted, const QStringList &skipped) {
        showStatus(tr("Pruned %n snapshot(s).", nullptr, int(deleted.size()))
                       + (skipped.isEmpty() ? QString() : QLatin1Char(' ') + tr("Not deleted: %1").arg(skipped.join(QStringLiteral("; ")))),
                   !skipped.isEmpty());
        refresh();
    });
    connect(this, &SnapshotsView::loaded, dialog, [this, dialog] {
        if (pruneDialogFits(dialog))
            dialog->setEntries(m_model->entries());
        else
            dialog->close(); // the profile changed: its Delete would act on other snapshots
    });
    m_pruneDialog = dialog;
    dialog->show();
}

bool SnapshotsView::pruneDialogFits(const PruneDialog *dialog) const
{
    // A MatrixOne prune dialog works on one profile's server; the folder's on the folder.
    return dialog->property(kPruneProfile).toString() == (isMatrixOne() ? m_workspace->currentProfileId() : QString());
}

bool SnapshotsView::isMatrixOne() const
{
    const auto profile = m_workspace->currentProfile();
    return profile && profile->isMatrixOne();
}

void SnapshotsView::withMatrixOneUri(const std::function<void(const QString &uri)> &then)
{
    const auto profile = m_workspace->currentProfile();
    if (!profile || !profile->isMatrixOne())
        return;
    m_workspace->resolveUri(*profile, [self = QPointer<SnapshotsView>(this), then](Result<QString> uri) {
        if (!self)
            return;
        if (!uri) {
            self->showStatus(tr("The profile's password cannot be read: %1").arg(uri.error().message), true);
            self->m_loading = false;
            Q_EMIT self->loaded();
            return;
        }
        then(*uri);
    });
}

void SnapshotsView::refreshMatrixOne()
{
    m_loading = true;
    withMatrixOneUri([this](const QString &uri) {
        auto *watcher = new QFutureWatcher<MatrixOneSnapshotJobs::Listing>(this);
        connect(watcher, &QFutureWatcher<MatrixOneSnapshotJobs::Listing>::finished, this, [this, watcher] {
            watcher->deleteLater();
            const MatrixOneSnapshotJobs::Listing listing = watcher->result();
            if (!isMatrixOne())
                return; // the profile changed meanwhile: its own listing follows
            const QString selected = selectedName();
            m_manifests.clear();
            m_model->setEntries(listing.entries);
            if (!selected.isEmpty())
                selectSnapshot(selected);
            if (!listing.error.isEmpty())
                showStatus(tr("The MatrixOne server's snapshots cannot be listed: %1").arg(listing.error), true);
            else if (listing.entries.isEmpty())
                showStatus(tr("No snapshots on MatrixOne at %1 yet.").arg(listing.server));
            else if (statusText().startsWith(tr("No snapshots")) || statusText().startsWith(tr("The MatrixOne server")))
                showStatus(QString());
            updateDetails();
            updateActions();
            m_loading = false;
            Q_EMIT loaded();
        });
        watcher->setFuture(MatrixOneSnapshotJobs::list(uri, m_folder));
    });
}

void SnapshotsView::createMatrixOne()
{
    if (m_matrixOneDialog)
        m_matrixOneDialog->close();
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("matrixOneCreateDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Create snapshot"));
    const auto profile = m_workspace->currentProfile();
    const QString db = profile ? profile->defaultDatabase : QString();
    dialog->setLabelText(db.isEmpty() ? tr("A snapshot of the whole account. Why is it taken (e.g. pre_upgrade, daily)?")
                                      : tr("A snapshot of database %1 (MatrixOne takes it of the account and Lifeboat records the database). "
                                           "Why is it taken (e.g. pre_upgrade, daily)?").arg(db));
    dialog->setTextValue(QStringLiteral("pre_upgrade"));
    wrapLabel(dialog);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &purpose) {
        showStatus(tr("Taking a snapshot on the MatrixOne server…"));
        withMatrixOneUri([this, purpose](const QString &uri) {
            auto *watcher = new QFutureWatcher<MatrixOneSnapshotJobs::Outcome>(this);
            connect(watcher, &QFutureWatcher<MatrixOneSnapshotJobs::Outcome>::finished, this, [this, watcher] {
                watcher->deleteLater();
                const auto o = watcher->result();
                if (!o.error.isEmpty()) {
                    showStatus(tr("The snapshot was not taken: %1").arg(o.error), true);
                    return;
                }
                showStatus(tr("Snapshot %1 created on the MatrixOne server.").arg(o.name));
                auto connection = std::make_shared<QMetaObject::Connection>();
                *connection = connect(this, &SnapshotsView::loaded, this, [this, name = o.name, connection] {
                    selectSnapshot(name);
                    disconnect(*connection);
                });
                refresh();
            });
            watcher->setFuture(MatrixOneSnapshotJobs::create(uri, m_folder, purpose.trimmed(), QString()));
        });
    });
    m_matrixOneDialog = dialog;
    dialog->open();
}

void SnapshotsView::showMatrixOneReport(const VerificationReport &report, const QString &description, const QString &objectName)
{
    auto *reportDialog = new ReportDialog(report, description, this);
    reportDialog->setObjectName(objectName);
    reportDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_lastReport = reportDialog;
    reportDialog->show();
}

void SnapshotsView::cloneMatrixOne(const SnapshotEntry &entry)
{
    showStatus(tr("Cloning %1 into a scratch database and comparing it with the snapshot…").arg(entry.name));
    withMatrixOneUri([this, name = entry.name](const QString &uri) {
        auto *watcher = new QFutureWatcher<MatrixOneSnapshotJobs::Outcome>(this);
        connect(watcher, &QFutureWatcher<MatrixOneSnapshotJobs::Outcome>::finished, this, [this, watcher] {
            watcher->deleteLater();
            const auto o = watcher->result();
            if (!o.error.isEmpty()) {
                showStatus(tr("The clone failed: %1").arg(o.error), true);
                return;
            }
            showStatus(o.report.allOk() ? tr("The clone into %1 matches the snapshot.").arg(o.targetDatabase)
                                        : tr("The clone into %1 does not match the snapshot: see the report.").arg(o.targetDatabase),
                       !o.report.allOk());
            showMatrixOneReport(o.report, tr("Snapshot %1 cloned into %2 and compared table by table").arg(o.name, o.targetDatabase),
                                QStringLiteral("cloneReportDialog"));
            Q_EMIT cloneReportShown(m_lastReport);
            refresh();
        });
        watcher->setFuture(MatrixOneSnapshotJobs::clone(uri, m_folder, name));
    });
}

void SnapshotsView::rollBackMatrixOne(const SnapshotEntry &entry)
{
    if (m_matrixOneDialog)
        m_matrixOneDialog->close();
    const QString word = MatrixOneSnapshotJobs::confirmWord(entry);
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("matrixOneRollbackConfirmation"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Roll back to snapshot %1").arg(entry.name));
    const QString question = tr("The MatrixOne server puts %1 back as snapshot %2 holds it (RESTORE … FROM SNAPSHOT), after a safety snapshot "
                                "of its state now. Type %3 to confirm:")
                                 .arg(entry.scope == QLatin1String("account") ? tr("the whole account") : word, entry.name, word);
    dialog->setLabelText(question);
    dialog->setOkButtonText(tr("Roll back"));
    wrapLabel(dialog);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, word, name = entry.name](const QString &typed) {
        if (typed != word) {
            showStatus(tr("The confirmation did not match %1: nothing was changed.").arg(word), true);
            Q_EMIT matrixOneRolledBack(name, statusText());
            return;
        }
        showStatus(tr("Rolling %1 back to %2…").arg(word, name));
        withMatrixOneUri([this, name](const QString &uri) {
            auto *watcher = new QFutureWatcher<MatrixOneSnapshotJobs::Outcome>(this);
            connect(watcher, &QFutureWatcher<MatrixOneSnapshotJobs::Outcome>::finished, this, [this, watcher, name] {
                watcher->deleteLater();
                const auto o = watcher->result();
                if (!o.error.isEmpty())
                    showStatus(tr("The rollback failed: %1").arg(o.error), true);
                else
                    showStatus(tr("Rolled back to %1 (safety snapshot %2).").arg(o.name, o.safetySnapshot), !o.report.allOk());
                if (o.error.isEmpty())
                    showMatrixOneReport(o.report, tr("Rolled back to snapshot %1: the restored tables compared with it").arg(o.name),
                                        QStringLiteral("rollbackReportDialog"));
                refresh();
                Q_EMIT matrixOneRolledBack(name, o.error);
            });
            watcher->setFuture(MatrixOneSnapshotJobs::restore(uri, m_folder, name));
        });
    });
    m_matrixOneDialog = dialog;
    dialog->open();
    // As the restore's typed confirmation: Roll back stays off until the word is typed exactly,
    // and the question says why it is still off.
    if (auto *buttons = dialog->findChild<QDialogButtonBox *>()) {
        QPointer<QPushButton> ok = buttons->button(QDialogButtonBox::Ok);
        const bool database = entry.scope == QLatin1String("database");
        auto follow = [dialog, ok, question, word, database](const QString &typed) {
            if (ok)
                ok->setEnabled(typed == word);
            QString why;
            if (!typed.isEmpty() && typed != word)
                why = database ? TypedConfirmation::whyNot(typed, word) : tr("Not yet: type %1 exactly.").arg(word);
            dialog->setLabelText(why.isEmpty() ? question : question + QStringLiteral("\n\n") + why);
        };
        connect(dialog, &QInputDialog::textValueChanged, dialog, follow);
        follow(dialog->textValue());
    }
}

void SnapshotsView::removeMatrixOne(const QString &name)
{
    showStatus(tr("Deleting %1…").arg(name));
    withMatrixOneUri([this, name](const QString &uri) {
        auto *watcher = new QFutureWatcher<MatrixOneSnapshotJobs::Outcome>(this);
        connect(watcher, &QFutureWatcher<MatrixOneSnapshotJobs::Outcome>::finished, this, [this, watcher, name] {
            watcher->deleteLater();
            const QString error = watcher->result().error;
            if (error.isEmpty())
                showStatus(tr("Deleted snapshot %1.").arg(name));
            else
                showStatus(tr("%1 could not be deleted: %2").arg(name, error), true);
            refresh();
            Q_EMIT deleteFinished(name, error);
        });
        watcher->setFuture(MatrixOneSnapshotJobs::remove(uri, m_folder, name));
    });
}

} // namespace lifeboat::app

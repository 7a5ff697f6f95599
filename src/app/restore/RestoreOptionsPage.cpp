#include "app/restore/RestoreOptionsPage.h"

#include "app/widgets/ThemeColors.h"
#include "app/restore/RestoreSession.h"
#include "app/widgets/FolderField.h"
#include "ui_RestoreOptionsPage.h"

#include <QDir>
#include <QFileInfo>
#include <QStyle>

namespace lifeboat::app {

RestoreOptionsPage::RestoreOptionsPage(RestoreSession *session, QWidget *parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::RestoreOptionsPage>()), m_session(session)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("restoreOptionsPage"));
    // The notes under the check boxes line up with the boxes' text and wrap, so that the
    // page needs no more width than the wizard has.
    const int indent = style()->pixelMetric(QStyle::PM_IndicatorWidth) + style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing);
    for (QLabel *note : {m_ui->keepExtraNote, m_ui->replaceExistingNote, m_ui->forceNote, m_ui->inferTimeseriesNote, m_ui->dropUnsupportedNote, m_ui->inPlaceNote})
        note->setContentsMargins(indent, 0, 0, 0);
    // Chosen on the Preview page, beside the collections it would drop.
    m_ui->keepExtraCheck->hide();
    m_ui->keepExtraNote->hide();
    connect(m_ui->collectionsList, &QListWidget::itemChanged, this, &RestoreOptionsPage::updateNotes);
    connect(m_ui->selectAllButton, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(m_ui->selectNoneButton, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    connect(m_ui->safetySnapshotCheck, &QCheckBox::toggled, this, &RestoreOptionsPage::updateNotes);
    connect(m_ui->snapshotDirEdit, &QLineEdit::textChanged, this, &RestoreOptionsPage::updateNotes);
    connect(m_ui->verifySampleRadio, &QRadioButton::toggled, m_ui->verifySampleSpin, &QWidget::setEnabled);
    FolderField::connect(m_ui->browseSnapshotDirButton, m_ui->snapshotDirEdit, tr("Folder for the safety snapshot"));
}

RestoreOptionsPage::~RestoreOptionsPage() = default;

void RestoreOptionsPage::initializePage()
{
    const QString archive = m_session->request.archivePath;
    const QString source = m_session->request.sourceDatabase;
    const QString key = archive + QLatin1Char('\n') + source;
    if (key != m_defaultsFor) {
        // Another archive: its collections, all ticked, and its folder for the snapshot.
        m_defaultsFor = key;
        const QSignalBlocker block(m_ui->collectionsList);
        m_ui->collectionsList->clear();
        QStringList names = m_session->archiveCollections(source);
        names.sort(Qt::CaseInsensitive);
        for (const QString &name : std::as_const(names)) {
            auto *item = new QListWidgetItem(name, m_ui->collectionsList);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
        m_ui->snapshotDirEdit->setText(QDir::toNativeSeparators(QFileInfo(archive).absolutePath()));
    }
    // Whether the target's collections that the archive lacks are dropped is chosen on the
    // Preview page, where they are listed: kept unless chosen there (the CLI drops them, as
    // the runbook does). A rollback to a snapshot makes the database the snapshot again.
    const QString keepExtraKey = key + QLatin1Char('\n') + m_session->request.targetDatabase;
    if (keepExtraKey != m_keepExtraFor) {
        m_keepExtraFor = keepExtraKey;
        m_session->request.keepExtra = true;
    }
    if (std::exchange(m_session->presetReplaceExisting, false)) {
        m_ui->replaceExistingCheck->setChecked(true);
        m_session->request.keepExtra = false;
    }
    updateNotes();
}

bool RestoreOptionsPage::isComplete() const
{
    bool any = m_ui->collectionsList->count() == 0; // an archive the list cannot describe: the engine decides
    for (int i = 0; i < m_ui->collectionsList->count() && !any; ++i)
        any = m_ui->collectionsList->item(i)->checkState() == Qt::Checked;
    if (!any)
        return false;
    return !m_ui->safetySnapshotCheck->isChecked() || !m_ui->snapshotDirEdit->text().trimmed().isEmpty();
}

bool RestoreOptionsPage::validatePage()
{
    if (!isComplete())
        return false;
    RestoreRequest &r = m_session->request;
    r.collections = chosenCollections();
    r.replaceExisting = m_ui->replaceExistingCheck->isChecked();
    r.force = m_ui->forceCheck->isChecked();
    r.inPlace = m_ui->inPlaceCheck->isChecked();
    r.inferTimeseries = m_ui->inferTimeseriesCheck->isChecked();
    r.dropUnsupportedOptions = m_ui->dropUnsupportedCheck->isChecked();
    r.batchSize = m_ui->batchSizeSpin->value();
    r.jobs = m_ui->jobsSpin->value();
    r.verifyFull = m_ui->verifyFullRadio->isChecked();
    r.verifySampleSize = m_ui->verifySampleSpin->value();
    r.safetySnapshot = m_ui->safetySnapshotCheck->isChecked();
    r.snapshotDir = FolderField::folder(m_ui->snapshotDirEdit);
    return true;
}

QStringList RestoreOptionsPage::chosenCollections() const
{
    QStringList chosen;
    bool all = true;
    for (int i = 0; i < m_ui->collectionsList->count(); ++i) {
        const QListWidgetItem *item = m_ui->collectionsList->item(i);
        if (item->checkState() == Qt::Checked)
            chosen << item->text();
        else
            all = false;
    }
    return all ? QStringList() : chosen;
}

void RestoreOptionsPage::setAllChecked(bool checked)
{
    for (int i = 0; i < m_ui->collectionsList->count(); ++i)
        m_ui->collectionsList->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void RestoreOptionsPage::updateNotes()
{
    const QStringList chosen = chosenCollections();
    const bool subset = !chosen.isEmpty();
    m_ui->subsetNoteLabel->setText(subset ? tr("%n collection(s) chosen. With a subset nothing is dropped: collections the archive "
                                               "lacks are kept.", nullptr, int(chosen.size()))
                                          : tr("The whole archive."));
    const bool snapshot = m_ui->safetySnapshotCheck->isChecked();
    m_ui->snapshotDirEdit->setEnabled(snapshot);
    m_ui->browseSnapshotDirButton->setEnabled(snapshot);
    if (!snapshot)
        m_ui->snapshotWarningLabel->setText(ThemeColors::errorSpan(tr("Without a safety snapshot there is no way back if the "
                                               "restore goes wrong.")));
    else if (m_ui->snapshotDirEdit->text().trimmed().isEmpty())
        m_ui->snapshotWarningLabel->setText(ThemeColors::errorSpan(tr("Choose a folder for the snapshot.")));
    else
        m_ui->snapshotWarningLabel->setText(tr("Taken only when the restore changes existing collections."));
    Q_EMIT completeChanged();
}

} // namespace lifeboat::app

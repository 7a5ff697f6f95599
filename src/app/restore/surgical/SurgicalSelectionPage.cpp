#include "app/restore/surgical/SurgicalSelectionPage.h"

#include "app/jobs/WorkerThreads.h"
#include "app/restore/surgical/DocumentIdText.h"
#include "app/restore/surgical/SurgicalRestoreSession.h"
#include "app/widgets/ThemeColors.h"
#include "core/archive/CollectionDocumentReader.h"
#include "core/restore/merge/MergePlanner.h"

#include <QButtonGroup>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace lifeboat::app {

struct SurgicalSelectionPage::Opened {
    std::shared_ptr<const ArchiveContents> contents;
    QString database;
    qint64 documents = -1;
    QString error;
};

namespace {

constexpr int kShownIds = 10000;

SurgicalSelectionPage::Opened readContents(const SurgicalRestoreRequest &selection, const CancelToken &cancel)
{
    SurgicalSelectionPage::Opened out;
    auto contents = ArchiveContents::open(selection.archivePath, cancel);
    if (!contents) {
        out.error = contents.error().toString();
        return out;
    }
    out.contents = std::make_shared<const ArchiveContents>(std::move(*contents));
    auto reader = CollectionDocumentReader::open(out.contents, selection.collection, selection.sourceDatabase);
    if (!reader) {
        out.error = reader.error().toString();
        return out;
    }
    const ArchiveContents::CollectionFile &file = (*reader)->file();
    if (auto db = MergePlanner::targetDatabase(MergeRestoreRequest(), *out.contents, file))
        out.database = *db;
    if (const auto &manifest = out.contents->manifest()) {
        for (const auto &record : manifest->collections) {
            if (record.name == file.collection && (file.database.isEmpty() || record.database == file.database))
                out.documents = record.documents;
        }
    }
    return out;
}

} // namespace

SurgicalSelectionPage::SurgicalSelectionPage(SurgicalRestoreSession *session, QWidget *parent)
    : QWizardPage(parent), m_session(session), m_watcher(new QFutureWatcher<OpenedPtr>(this)), m_source(new QLabel(this)),
      m_status(new QLabel(this)), m_filterLabel(new QLabel(tr("Fi&lter:"), this)), m_filter(new QLineEdit(this)),
      m_filterError(new QLabel(this)), m_idsLabel(new QLabel(this)), m_ids(new QListWidget(this)), m_modes(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("surgicalSelectionPage"));
    setTitle(tr("Documents to restore"));
    setSubTitle(tr("Some documents of one collection of the backup, put back into the collection as it is now, without touching "
                   "the others."));
    m_source->setObjectName(QStringLiteral("surgicalSourceLabel"));
    m_source->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("surgicalArchiveStatusLabel"));
    m_status->setWordWrap(true);
    m_filter->setObjectName(QStringLiteral("surgicalFilterEdit"));
    m_filter->setPlaceholderText(tr("{} restores every document of the collection"));
    m_filterLabel->setBuddy(m_filter);
    m_filterError->setObjectName(QStringLiteral("surgicalFilterError"));
    m_filterError->setWordWrap(true);
    m_filterError->setStyleSheet(ThemeColors::textStyle(ThemeColors::Role::Error));
    m_idsLabel->setObjectName(QStringLiteral("surgicalIdsLabel"));
    m_ids->setObjectName(QStringLiteral("surgicalIdsList"));
    m_ids->setMaximumHeight(160);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterLabel);
    filterRow->addWidget(m_filter, 1);
    auto *modes = new QGroupBox(tr("How"), this);
    auto *modesLayout = new QVBoxLayout(modes);
    addMode(modesLayout, "insertMissingRadio", tr("&Insert missing"),
            tr("Put back the chosen documents the collection lacks; every document it holds stays as it is."), int(MergeMode::InsertMissing))
        ->setChecked(true);
    addMode(modesLayout, "replaceRadio", tr("Re&place"),
            tr("Overwrite the chosen documents the collection holds with the backup's version; insert none."), int(MergeMode::Replace));
    addMode(modesLayout, "upsertRadio", tr("&Upsert"), tr("Both: insert the missing ones and overwrite the ones that differ."),
            int(MergeMode::Upsert));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_source);
    layout->addWidget(m_status);
    layout->addLayout(filterRow);
    layout->addWidget(m_filterError);
    layout->addWidget(m_idsLabel);
    layout->addWidget(m_ids);
    layout->addWidget(modes);
    layout->addStretch();

    connect(m_filter, &QLineEdit::textChanged, this, &SurgicalSelectionPage::checkFilter);
    connect(m_watcher, &QFutureWatcher<OpenedPtr>::finished, this, [this] {
        if (m_watcher->future().resultCount() > 0)
            showOpened(*m_watcher->result());
    });
}

SurgicalSelectionPage::~SurgicalSelectionPage()
{
    m_cancel.cancel();
}

QRadioButton *SurgicalSelectionPage::addMode(QLayout *layout, const char *name, const QString &text, const QString &explanation, int id)
{
    auto *radio = new QRadioButton(text, this);
    radio->setObjectName(QLatin1String(name));
    auto *note = new QLabel(explanation, this);
    note->setObjectName(QLatin1String(name) + QStringLiteral("Note"));
    note->setWordWrap(true);
    note->setIndent(24);
    layout->addWidget(radio);
    layout->addWidget(note);
    m_modes->addButton(radio, id);
    return radio;
}

void SurgicalSelectionPage::initializePage()
{
    const SurgicalRestoreRequest &s = m_session->selection;
    const QString collection = s.sourceDatabase.isEmpty() ? s.collection : s.sourceDatabase + QLatin1Char('.') + s.collection;
    m_source->setText(tr("<b>%1</b> of the backup %2").arg(collection.toHtmlEscaped(), QFileInfo(s.archivePath).fileName().toHtmlEscaped()));
    const bool byIds = m_session->byIds();
    m_filterLabel->setVisible(!byIds);
    m_filter->setVisible(!byIds);
    m_idsLabel->setVisible(byIds);
    m_ids->setVisible(byIds);
    if (byIds) {
        m_idsLabel->setText(tr("%n document(s) chosen by _id:", nullptr, int(s.ids.size())));
        m_ids->clear();
        for (const QByteArray &id : s.ids.mid(0, kShownIds))
            m_ids->addItem(DocumentIdText::relaxed(id));
    } else {
        m_filter->setText(s.filterJson);
    }
    if (auto *radio = m_modes->button(int(m_session->mode)))
        radio->setChecked(true);
    checkFilter();
    if (m_readArchive != s.archivePath || !m_session->contents)
        readArchive();
}

void SurgicalSelectionPage::readArchive()
{
    m_readArchive = m_session->selection.archivePath;
    m_session->contents.reset();
    m_status->setText(tr("Reading the backup…"));
    const SurgicalRestoreRequest selection = m_session->selection;
    m_cancel.cancel();
    m_cancel = CancelToken();
    m_watcher->setFuture(QtConcurrent::run(longWorkThreads(), [selection, cancel = m_cancel] {
        lowerCurrentThreadPriority();
        return std::make_shared<Opened>(readContents(selection, cancel));
    }));
    Q_EMIT completeChanged();
}

void SurgicalSelectionPage::showOpened(const Opened &opened)
{
    if (!opened.error.isEmpty()) {
        m_status->setText(ThemeColors::errorSpan(tr("The backup cannot be read: %1").arg(opened.error.toHtmlEscaped())));
        return;
    }
    m_session->contents = opened.contents;
    m_session->archiveDatabase = opened.database;
    m_session->archiveDocuments = opened.documents;
    m_status->setText(opened.documents < 0 ? tr("The backup does not say how many documents the collection holds.")
                                           : tr("%1 documents of this collection are in the backup.").arg(QLocale().toString(opened.documents)));
    Q_EMIT completeChanged();
}

void SurgicalSelectionPage::checkFilter()
{
    if (m_session->byIds()) {
        m_filterOk = true;
        m_filterError->hide();
    } else {
        auto filter = DocumentFilter::parse(m_filter->text().trimmed().toUtf8());
        m_filterOk = filter.ok();
        m_filterError->setText(m_filterOk ? QString() : tr("This filter cannot be used: %1").arg(filter.error().toString()));
        m_filterError->setVisible(!m_filterOk);
    }
    Q_EMIT completeChanged();
}

bool SurgicalSelectionPage::isComplete() const
{
    return m_session->contents && !isReading() && m_filterOk;
}

bool SurgicalSelectionPage::validatePage()
{
    if (!isComplete())
        return false;
    if (!m_session->byIds())
        m_session->selection.filterJson = m_filter->text().trimmed();
    m_session->mode = MergeMode(m_modes->checkedId());
    if (!m_session->targetPreset) {
        m_session->targetPreset = true;
        m_session->target.presetDatabase = m_session->archiveDatabase;
    }
    return true;
}

} // namespace lifeboat::app

#include "app/browse/BackupBrowser.h"
#include "app/widgets/ThemeColors.h"

#include "app/browse/DocumentTableModel.h"
#include "app/browse/DocumentTreeFiller.h"
#include "core/diff/DocumentId.h"
#include "ui_BackupBrowser.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>

namespace lifeboat::app {

namespace {
constexpr int CollectionRole = Qt::UserRole + 1;
constexpr int DatabaseRole = Qt::UserRole + 2;
constexpr qsizetype kTextPerDocument = 256 * 1024; // of a document's JSON in the text view
constexpr qsizetype kTextTotal = 2 * 1024 * 1024;  // of the whole text view
constexpr int kMaxColumnWidth = 300;
} // namespace

BackupBrowser::BackupBrowser(const QString &archivePath, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::BackupBrowser>()), m_path(archivePath),
      m_loader(new DocumentPageLoader(this)), m_model(new DocumentTableModel(this)),
      m_restoreDocuments(new QPushButton(tr("Re&store these documents…"), this))
{
    m_ui->setupUi(this);
    m_restoreDocuments->setObjectName(QStringLiteral("restoreDocumentsButton"));
    m_restoreDocuments->setToolTip(tr("Put the selected documents (or every one the filter selects) back into the live collection, "
                                      "leaving the others alone"));
    auto *statusRow = new QHBoxLayout;
    m_ui->mainLayout->removeWidget(m_ui->statusLabel);
    statusRow->addWidget(m_ui->statusLabel, 1);
    statusRow->addWidget(m_restoreDocuments);
    m_ui->mainLayout->addLayout(statusRow);
    setWindowTitle(tr("Browse %1").arg(QFileInfo(archivePath).fileName()));
    m_ui->documentTable->setModel(m_model);
    m_ui->documentTable->verticalHeader()->setVisible(false);
    m_ui->documentTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->nextButton->setText(tr("&Next %1").arg(PageSize));
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->filterError->setStyleSheet(ThemeColors::textStyle(ThemeColors::Role::Error));
    m_ui->filterError->hide();
    connectUi();
    updatePaging();
    m_ui->statusLabel->setText(tr("Reading the archive…"));
    m_loader->open(archivePath);
}

BackupBrowser::~BackupBrowser() = default;

void BackupBrowser::connectUi()
{
    connect(m_loader, &DocumentPageLoader::opened, this, &BackupBrowser::showCollections);
    connect(m_loader, &DocumentPageLoader::pageLoaded, this, &BackupBrowser::showPage);
    connect(m_loader, &DocumentPageLoader::failed, this, &BackupBrowser::showFailure);
    connect(m_ui->collectionList, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            selectCollection(item->data(0, CollectionRole).toString(), item->data(0, DatabaseRole).toString());
    });
    connect(m_ui->applyFilterButton, &QAbstractButton::clicked, this, &BackupBrowser::applyFilter);
    connect(m_ui->filterEdit, &QLineEdit::returnPressed, this, &BackupBrowser::applyFilter);
    connect(m_ui->nextButton, &QAbstractButton::clicked, this, &BackupBrowser::nextPage);
    connect(m_ui->previousButton, &QAbstractButton::clicked, this, &BackupBrowser::previousPage);
    connect(m_ui->goToButton, &QAbstractButton::clicked, this, [this] { goToDocument(m_ui->goToSpin->value()); });
    connect(m_ui->copyButton, &QAbstractButton::clicked, this, &BackupBrowser::copyAsJson);
    connect(m_ui->exportButton, &QAbstractButton::clicked, this, &BackupBrowser::exportChosen);
    connect(m_ui->relaxedCheck, &QCheckBox::toggled, this, &BackupBrowser::showText);
    connect(m_restoreDocuments, &QAbstractButton::clicked, this, &BackupBrowser::restoreDocuments);
    connect(m_model, &DocumentTableModel::moreRequested, this, &BackupBrowser::fetchMoreDocuments);
    connect(m_ui->documentTree, &QTreeWidget::itemExpanded, this, [](QTreeWidgetItem *item) { DocumentTreeFiller::expand(item); });
}

bool BackupBrowser::isLoading() const
{
    return m_loader->isBusy();
}

QFileDialog *BackupBrowser::exportDialog() const
{
    return m_exportDialog;
}

QString BackupBrowser::statusText() const
{
    return m_ui->statusLabel->text();
}

QString BackupBrowser::filterError() const
{
    return m_ui->filterError->isHidden() ? QString() : m_ui->filterError->text();
}

void BackupBrowser::showCollections()
{
    m_opened = true;
    auto *list = m_ui->collectionList;
    list->clear();
    const QLocale locale;
    QSet<QString> databases;
    for (const auto &c : m_loader->collections())
        databases.insert(c.database);
    for (const auto &c : m_loader->collections()) {
        auto *item = new QTreeWidgetItem(list);
        // A whole-deployment archive names each collection's database.
        item->setText(0, databases.size() > 1 ? c.database + QLatin1Char('.') + c.name : c.name);
        item->setText(1, c.documents < 0 ? tr("unknown") : locale.toString(c.documents));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, CollectionRole, c.name);
        item->setData(0, DatabaseRole, c.database);
    }
    list->resizeColumnToContents(0);
    m_ui->statusLabel->setText(m_loader->collections().isEmpty() ? tr("The archive holds no collection.")
                                                                 : tr("Choose a collection."));
    Q_EMIT collectionsShown();
    if (list->topLevelItemCount() > 0)
        list->setCurrentItem(list->topLevelItem(0));
}

void BackupBrowser::selectCollection(const QString &collection, const QString &database)
{
    auto *list = m_ui->collectionList;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = list->topLevelItem(i);
        if (item->data(0, CollectionRole).toString() == collection &&
            (database.isEmpty() || item->data(0, DatabaseRole).toString() == database) && list->currentItem() != item) {
            list->setCurrentItem(item); // comes back here through currentItemChanged
            return;
        }
    }
    if (m_request.collection == collection && m_request.database == database && !m_page.documents.isEmpty())
        return;
    m_request.collection = collection;
    m_request.database = database;
    load(0);
}

void BackupBrowser::applyFilter()
{
    auto filter = DocumentFilter::parse(m_ui->filterEdit->text().trimmed().toUtf8());
    if (!filter) {
        m_ui->filterError->setText(tr("This filter cannot be used: %1").arg(filter.error().toString()));
        m_ui->filterError->show();
        return;
    }
    m_ui->filterError->clear();
    m_ui->filterError->hide();
    m_request.filter = *filter;
    m_filterText = m_ui->filterEdit->text().trimmed();
    if (!m_request.collection.isEmpty())
        load(0);
}

void BackupBrowser::nextPage()
{
    if (m_page.hasMore)
        load(m_page.skip + m_page.documents.size());
}

void BackupBrowser::previousPage()
{
    if (m_page.skip > 0)
        load(qMax<qint64>(0, m_page.skip - PageSize));
}

void BackupBrowser::goToDocument(qint64 number)
{
    if (!m_request.collection.isEmpty())
        load(qMax<qint64>(0, number - 1));
}

void BackupBrowser::load(qint64 skip)
{
    m_appending = false;
    m_request.skip = skip;
    m_request.limit = PageSize;
    m_ui->statusLabel->setText(m_request.filter.matchesEverything()
                                   ? tr("Reading %1 from document %2…").arg(m_request.collection).arg(skip + 1)
                                   : tr("Reading %1: matching documents from number %2 on…").arg(m_request.collection).arg(skip + 1));
    m_loader->load(m_request);
    updatePaging();
}

void BackupBrowser::showPage(const DocumentPage &page)
{
    if (m_appending) {
        appendPage(page);
        return;
    }
    m_page = page;
    auto *table = m_ui->documentTable;
    m_model->setDocuments(page.documents);
    // A new page shows from its top (a view left at the bottom would fetch more at once).
    table->scrollToTop();
    m_model->setMoreAvailable(page.hasMore);
    table->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        table->setColumnWidth(c, qMin(table->columnWidth(c), kMaxColumnWidth));
    DocumentTreeFiller::show(m_ui->documentTree, page.documents);
    showText();
    showPageStatus();
    updatePaging();
    Q_EMIT pageShown();
}

// The documents after the last row, read for the table's incremental fetch.
void BackupBrowser::fetchMoreDocuments()
{
    if (m_request.collection.isEmpty() || m_loader->isBusy() || !m_page.hasMore) {
        m_model->fetchAbandoned();
        return;
    }
    DocumentPageLoader::Request more = m_request;
    more.skip = m_page.skip + m_page.documents.size();
    more.limit = PageSize;
    m_appending = true;
    m_ui->statusLabel->setText(tr("Reading more of %1…").arg(m_request.collection));
    m_loader->load(more);
    updatePaging();
}

void BackupBrowser::appendPage(const DocumentPage &page)
{
    m_appending = false;
    m_page.documents += page.documents;
    m_page.hasMore = page.hasMore;
    m_model->appendDocuments(page.documents, page.hasMore);
    DocumentTreeFiller::append(m_ui->documentTree, page.documents);
    showText();
    showPageStatus();
    updatePaging();
    Q_EMIT pageShown();
}

void BackupBrowser::showPageStatus()
{
    const QLocale locale;
    const qint64 first = m_page.skip + 1;
    const qint64 last = m_page.skip + m_page.documents.size();
    if (m_page.documents.isEmpty())
        m_ui->statusLabel->setText(m_request.filter.matchesEverything() ? tr("No document here.")
                                                                        : tr("No document matches the filter here."));
    else if (m_request.filter.matchesEverything())
        m_ui->statusLabel->setText(tr("Documents %1–%2 of %3.").arg(locale.toString(first), locale.toString(last), m_request.collection));
    else
        m_ui->statusLabel->setText(tr("Matching documents %1–%2 of %3.").arg(locale.toString(first), locale.toString(last), m_request.collection));
}

JsonStyle BackupBrowser::textStyle() const
{
    return m_ui->relaxedCheck->isChecked() ? JsonStyle::Relaxed : JsonStyle::Canonical;
}

void BackupBrowser::showText()
{
    QByteArray text;
    for (const auto &d : m_page.documents) {
        if (text.size() >= kTextTotal) {
            text += tr("… more documents on this page: see the table, or copy or export them.\n").toUtf8();
            break;
        }
        const QByteArray &json = textStyle() == JsonStyle::Relaxed ? d.relaxedJson : d.canonicalJson;
        QByteArray pretty;
        ExtJsonCodec::reformat(QByteArrayView(json).first(qMin(json.size(), kTextPerDocument)), 2, pretty);
        text += pretty;
        if (json.size() > kTextPerDocument)
            text += '\n' + tr("… document %1 is cut here (%2 bytes of JSON); copy or export it to get all of it.")
                               .arg(d.number + 1)
                               .arg(json.size())
                               .toUtf8();
        text += '\n';
    }
    m_ui->jsonText->setPlainText(QString::fromUtf8(text));
}

void BackupBrowser::showFailure(const QString &message)
{
    if (std::exchange(m_appending, false))
        m_model->fetchAbandoned();
    m_ui->statusLabel->setText(tr("Cannot read the archive: %1").arg(message));
    updatePaging();
}

void BackupBrowser::updatePaging()
{
    const bool busy = m_loader->isBusy();
    const bool haveCollection = !m_request.collection.isEmpty();
    m_ui->previousButton->setEnabled(haveCollection && m_page.skip > 0);
    m_ui->nextButton->setEnabled(haveCollection && m_page.hasMore);
    m_ui->goToButton->setEnabled(haveCollection);
    m_ui->copyButton->setEnabled(!busy && !m_page.documents.isEmpty());
    m_ui->exportButton->setEnabled(!busy && !m_page.documents.isEmpty());
    m_restoreDocuments->setEnabled(haveCollection && m_opened);
    m_ui->pageLabel->setText(busy ? tr("Reading…") : QString());
}

QList<BrowsedDocument> BackupBrowser::chosenDocuments() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_ui->documentTable->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty())
        return m_page.documents;
    std::sort(rows.begin(), rows.end());
    QList<BrowsedDocument> out;
    for (int row : rows)
        out << m_page.documents.at(row);
    return out;
}

SurgicalRestoreRequest BackupBrowser::surgicalRequest() const
{
    SurgicalRestoreRequest request;
    request.archivePath = m_path;
    request.sourceDatabase = m_request.database;
    request.collection = m_request.collection;
    if (!m_ui->documentTable->selectionModel()->selectedRows().isEmpty()) {
        for (const BrowsedDocument &d : chosenDocuments()) {
            bson_t doc;
            if (bson_init_static(&doc, reinterpret_cast<const uint8_t *>(d.bson.constData()), size_t(d.bson.size())))
                if (const QByteArray key = DocumentId::keyOf(&doc); !key.isEmpty())
                    request.ids << DocumentId::toJson(key);
        }
    }
    if (request.ids.isEmpty())
        request.filterJson = m_filterText.isEmpty() ? QStringLiteral("{}") : m_filterText;
    return request;
}

void BackupBrowser::restoreDocuments()
{
    if (!m_request.collection.isEmpty())
        Q_EMIT restoreDocumentsRequested(surgicalRequest());
}

void BackupBrowser::copyAsJson()
{
    QGuiApplication::clipboard()->setText(QString::fromUtf8(DocumentExport::jsonLines(chosenDocuments(), textStyle())));
    m_ui->statusLabel->setText(tr("Copied %n document(s) as JSON.", nullptr, int(chosenDocuments().size())));
}

void BackupBrowser::exportChosen()
{
    if (m_exportDialog) {
        m_exportDialog->raise();
        return;
    }
    auto *dialog = new QFileDialog(this, tr("Export documents"));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("JSON Lines (*.jsonl)"), tr("CSV (*.csv)")});
    dialog->selectFile(m_request.collection + QStringLiteral(".jsonl"));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
        dialog->setDefaultSuffix(filter.contains(QLatin1String("*.csv")) ? QStringLiteral("csv") : QStringLiteral("jsonl"));
    });
    dialog->setDefaultSuffix(QStringLiteral("jsonl"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        const QString problem = exportTo(path);
        if (!problem.isEmpty())
            m_ui->statusLabel->setText(problem);
    });
    m_exportDialog = dialog;
    dialog->open();
}

QString BackupBrowser::exportTo(const QString &path)
{
    const QList<BrowsedDocument> documents = chosenDocuments();
    const QByteArray bytes = DocumentExport::formatFor(path) == DocumentExport::Format::Csv
                                 ? DocumentExport::csv(documents, m_model->fields())
                                 : DocumentExport::jsonLines(documents, textStyle());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    m_ui->statusLabel->setText(tr("Exported %n document(s) to %1.", nullptr, int(documents.size())).arg(QDir::toNativeSeparators(path)));
    return {};
}

} // namespace lifeboat::app

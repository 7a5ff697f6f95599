#include "app/browse/DocumentSampleView.h"

#include "app/browse/DocumentPageLoader.h"
#include "app/browse/DocumentTableModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace lifeboat::app {

namespace {
constexpr int kMaxColumnWidth = 250;
}

DocumentSampleView::DocumentSampleView(QWidget *parent)
    : QWidget(parent), m_model(new DocumentTableModel(this)), m_chooser(new QComboBox(this)), m_table(new QTableView(this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("documentSamples"));
    m_chooser->setObjectName(QStringLiteral("sampleCollection"));
    m_table->setObjectName(QStringLiteral("sampleTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->setVisible(false);
    m_table->setWordWrap(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *top = new QHBoxLayout;
    auto *caption = new QLabel(tr("Sample documents of"), this);
    caption->setBuddy(m_chooser);
    top->addWidget(caption);
    top->addWidget(m_chooser, 1);
    top->addWidget(m_status, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table);
    connect(m_chooser, &QComboBox::currentIndexChanged, this, &DocumentSampleView::loadCurrent);
}

void DocumentSampleView::showSamples(const QString &archivePath, const QString &database, const QStringList &collections)
{
    clear();
    m_database = database;
    m_loader = new DocumentPageLoader(this);
    connect(m_loader, &DocumentPageLoader::opened, this, &DocumentSampleView::loadCurrent);
    connect(m_loader, &DocumentPageLoader::failed, this, [this](const QString &message) {
        m_status->setText(tr("Cannot read the archive: %1").arg(message));
    });
    connect(m_loader, &DocumentPageLoader::pageLoaded, this, [this](const DocumentPage &page) {
        m_model->setDocuments(page.documents);
        m_table->resizeColumnsToContents();
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), kMaxColumnWidth));
        m_status->setText(page.documents.isEmpty() ? tr("No documents.") : QString());
        Q_EMIT sampleShown(m_chooser->currentText());
    });
    const QSignalBlocker blocker(m_chooser);
    m_chooser->addItems(collections);
    m_status->setText(tr("Reading…"));
    m_loader->open(archivePath);
}

void DocumentSampleView::clear()
{
    if (m_loader) {
        m_loader->cancel();
        m_loader->deleteLater();
        m_loader = nullptr;
    }
    const QSignalBlocker blocker(m_chooser);
    m_chooser->clear();
    m_model->setDocuments({});
    m_status->clear();
}

bool DocumentSampleView::isLoading() const
{
    return m_loader && m_loader->isBusy();
}

void DocumentSampleView::loadCurrent()
{
    if (!m_loader || m_loader->collections().isEmpty() || m_chooser->currentText().isEmpty())
        return;
    DocumentPageLoader::Request request;
    request.collection = m_chooser->currentText();
    request.database = m_database;
    request.limit = SampleSize;
    m_status->setText(tr("Reading…"));
    m_loader->load(request);
}

} // namespace lifeboat::app

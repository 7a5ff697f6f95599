#include "app/browse/DocumentPageLoader.h"

#include "app/jobs/WorkerThreads.h"
#include "core/archive/CollectionDocumentReader.h"
#include "core/codec/ExtJsonCodec.h"
#include "core/query/CollectionQuery.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent>

namespace lifeboat::app {

namespace {

struct OpenResult {
    std::shared_ptr<const ArchiveContents> contents;
    QList<DocumentPageLoader::Collection> collections;
    QString error;
};

OpenResult openArchive(const QString &path, const CancelToken &cancel)
{
    OpenResult out;
    auto contents = ArchiveContents::open(path, cancel);
    if (!contents) {
        out.error = contents.error().toString();
        return out;
    }
    out.contents = std::make_shared<const ArchiveContents>(std::move(*contents));
    for (const auto &f : CollectionDocumentReader::collectionsOf(*out.contents)) {
        DocumentPageLoader::Collection c{f.database, f.collection, -1};
        if (const auto &manifest = out.contents->manifest()) {
            for (const auto &record : manifest->collections) {
                if (record.name == f.collection && (f.database.isEmpty() || record.database == f.database))
                    c.documents = record.documents;
            }
        }
        out.collections << c;
    }
    return out;
}

struct PageResult {
    DocumentPage page;
    QString error;
    bool cancelled = false;
};

PageResult readPage(const std::shared_ptr<const ArchiveContents> &contents, const DocumentPageLoader::Request &request,
                    const CancelToken &cancel)
{
    PageResult out;
    out.page.skip = request.skip;
    auto reader = CollectionDocumentReader::open(contents, request.collection, request.database);
    if (!reader) {
        out.error = reader.error().toString();
        return out;
    }
    CollectionQuery query;
    query.filter = request.filter;
    query.skip = request.skip;
    query.limit = request.limit + 1; // one more, to know whether a next page exists
    auto st = query.run(
        **reader,
        [&](const bson_t *doc, qint64 number) -> Result<bool> {
            if (out.page.documents.size() == request.limit) {
                out.page.hasMore = true;
                return false;
            }
            BrowsedDocument d;
            d.number = number;
            d.bson = QByteArray(reinterpret_cast<const char *>(bson_get_data(doc)), qsizetype(doc->len));
            if (auto enc = ExtJsonCodec::encode(doc, JsonStyle::Canonical, 0, d.canonicalJson); !enc)
                return enc.error();
            if (auto enc = ExtJsonCodec::encode(doc, JsonStyle::Relaxed, 0, d.relaxedJson); !enc)
                return enc.error();
            out.page.documents << std::move(d);
            return true;
        },
        cancel);
    if (!st) {
        out.cancelled = cancel.isCancelled();
        out.error = st.error().toString();
    }
    return out;
}

} // namespace

DocumentPageLoader::DocumentPageLoader(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<DocumentPage>();
}

DocumentPageLoader::~DocumentPageLoader()
{
    m_cancel.cancel();
}

void DocumentPageLoader::open(const QString &archivePath)
{
    cancel();
    m_busy = true;
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<OpenResult>(this);
    connect(watcher, &QFutureWatcher<OpenResult>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_busy = false;
        OpenResult r = watcher->result();
        if (!r.error.isEmpty()) {
            Q_EMIT failed(r.error);
            return;
        }
        m_contents = r.contents;
        m_collections = r.collections;
        Q_EMIT opened();
    });
    watcher->setFuture(QtConcurrent::run(longWorkThreads(), [archivePath, token = m_cancel] {
        lowerCurrentThreadPriority();
        return openArchive(archivePath, token);
    }));
}

void DocumentPageLoader::load(const Request &request)
{
    cancel();
    if (!m_contents) {
        Q_EMIT failed(tr("The archive has not been read yet."));
        return;
    }
    m_busy = true;
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<PageResult>(this);
    connect(watcher, &QFutureWatcher<PageResult>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer request replaced this one
        m_busy = false;
        PageResult r = watcher->result();
        if (!r.error.isEmpty()) {
            if (!r.cancelled)
                Q_EMIT failed(r.error);
            return;
        }
        Q_EMIT pageLoaded(r.page);
    });
    watcher->setFuture(QtConcurrent::run(longWorkThreads(), [contents = m_contents, request, token = m_cancel] {
        lowerCurrentThreadPriority();
        return readPage(contents, request, token);
    }));
}

void DocumentPageLoader::cancel()
{
    m_cancel.cancel();
    m_cancel = CancelToken();
    ++m_generation;
    m_busy = false;
}

} // namespace lifeboat::app

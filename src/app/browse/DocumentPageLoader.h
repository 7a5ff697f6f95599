#pragma once

#include "app/browse/BrowsedDocument.h"
#include "core/archive/ArchiveContents.h"
#include "core/common/CancelToken.h"
#include "core/query/DocumentFilter.h"

#include <QObject>
#include <QString>

#include <memory>

namespace lifeboat::app {

// Reads an archive for the backup browser, always off the GUI thread (longWorkThreads()):
// what it holds, then one page of one collection at a time. Asking for a page cancels the
// page still being read (the user moved on); only the newest request is answered.
class DocumentPageLoader final : public QObject {
    Q_OBJECT
public:
    struct Collection {
        QString database;   // "" in a single-database archive
        QString name;
        qint64 documents = -1; // from the manifest; -1 when the archive has none
    };
    struct Request {
        QString database;
        QString collection;
        DocumentFilter filter;
        qint64 skip = 0;
        qint64 limit = 50;
    };

    explicit DocumentPageLoader(QObject *parent = nullptr);
    ~DocumentPageLoader() override;

    // Reads what `archivePath` holds; answers with opened() or failed().
    void open(const QString &archivePath);
    // Reads one page; answers with pageLoaded() or failed(), unless a newer request came first.
    void load(const Request &request);
    // Stops the page being read, if any.
    void cancel();
    bool isBusy() const { return m_busy; }
    const QList<Collection> &collections() const { return m_collections; }

Q_SIGNALS:
    void opened();
    void pageLoaded(const lifeboat::app::DocumentPage &page);
    void failed(const QString &message);

private:
    std::shared_ptr<const ArchiveContents> m_contents;
    QList<Collection> m_collections;
    CancelToken m_cancel;
    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace lifeboat::app

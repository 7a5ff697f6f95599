#pragma once

#include "app/diff/DocumentPair.h"
#include "core/common/CancelToken.h"

#include <QObject>
#include <QString>

#include <memory>

namespace lifeboat::app {

// Reads one document by _id from a collection of an archive and from the same collection of a
// database, always off the GUI thread (longWorkThreads()), for the drill-down's side-by-side
// view. The archive is opened, and the connection made, on the first read and kept. Asking for
// another document cancels the one being read; only the newest request is answered.
class DocumentPairLoader final : public QObject {
    Q_OBJECT
public:
    struct Source {
        QString archivePath;
        QString sourceDatabase;  // the archive's database ("" in a single-database archive)
        QString mongoUri;        // holds the password: never shown
        QString targetDatabase;
        QString collection;
    };

    explicit DocumentPairLoader(Source source, QObject *parent = nullptr);
    ~DocumentPairLoader() override;

    // Reads the document whose _id is `id` (canonical Extended JSON); answers with loaded() or
    // failed(), unless a newer request came first.
    void load(const QByteArray &id);
    void cancel();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void loaded(const lifeboat::app::DocumentPair &pair);
    void failed(const QByteArray &id, const QString &message);

private:
    struct Cache;
    Source m_source;
    std::shared_ptr<Cache> m_cache;
    CancelToken m_cancel;
    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace lifeboat::app

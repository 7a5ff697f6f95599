#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>

namespace lifeboat::app {

// One document of an archive as the backup browser shows it: its number in the collection, its
// BSON, and its Extended JSON in both styles (encoded off the GUI thread, where it was read).
struct BrowsedDocument {
    qint64 number = 0;
    QByteArray bson;
    QByteArray canonicalJson;
    QByteArray relaxedJson;
};

// One page of documents the browser asked for.
struct DocumentPage {
    QList<BrowsedDocument> documents;
    qint64 skip = 0;       // how many selected documents come before it
    bool hasMore = false;  // whether more documents follow it
};

} // namespace lifeboat::app

Q_DECLARE_METATYPE(lifeboat::app::DocumentPage)

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace lifeboat::app {

// What "Restore these documents…" hands the restore wizard, from the backup browser (the
// filter shown) or from a comparison's drill-down (the _ids selected): some documents of one
// collection of an archive, to be merged into the live collection (core MergeRestoreRequest).
struct SurgicalRestoreRequest {
    QString archivePath;
    QString sourceDatabase;      // the archive's database the collection belongs to
    QString collection;
    QString filterJson;          // a MongoDB query document; empty when ids are given
    QList<QByteArray> ids;       // canonical Extended JSON of each _id (DocumentId::keyOf form)
};

} // namespace lifeboat::app

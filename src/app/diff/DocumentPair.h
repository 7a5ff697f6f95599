#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

#include <optional>

namespace lifeboat::app {

// One document (by _id) as the backup holds it and as the database holds it now: BSON, nullopt
// on the side that lacks it.
struct DocumentPair {
    QByteArray id;                    // canonical Extended JSON of the _id
    std::optional<QByteArray> backup;
    std::optional<QByteArray> database;
};

} // namespace lifeboat::app

Q_DECLARE_METATYPE(lifeboat::app::DocumentPair)

#pragma once

#include "app/browse/BrowsedDocument.h"
#include "core/codec/ExtJsonCodec.h"

#include <QByteArray>
#include <QStringList>

namespace lifeboat::app {

// What the backup browser copies and saves: documents as JSON Lines (canonical or relaxed
// Extended JSON, one document a line) or as CSV (a header of `fields`, one row a document;
// strings as they are, other values as relaxed Extended JSON, absent fields empty).
class DocumentExport final {
public:
    enum class Format { JsonLines, Csv };

    static QByteArray jsonLines(const QList<BrowsedDocument> &documents, JsonStyle style);
    static QByteArray csv(const QList<BrowsedDocument> &documents, const QStringList &fields);
    // The format a file name asks for (".csv", else JSON Lines).
    static Format formatFor(const QString &fileName);
};

} // namespace lifeboat::app

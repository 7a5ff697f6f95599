#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace lifeboat {

// One document that is not the same on both sides of a diff.
struct DocumentDifference {
    enum class Kind { OnlyInArchive, OnlyInTarget, Different };
    QString collection;
    Kind kind = Kind::Different;
    QByteArray id;             // its _id, canonical Extended JSON
    QStringList changedFields; // Different: the field paths that differ (empty when not computed)

    // "only-in-archive", "only-in-target", "different": the report's and --json's words, never renamed.
    static QString kindName(Kind kind);
    QJsonObject toJson() const;
    // The diff report's CSV (`diff --report`, the app's export): its header line and this
    // difference's row (collection, difference, id, changed_fields space-separated), CRLF-ended.
    static QByteArray csvHeader();
    QByteArray csvRow() const;
};

// One collection's verdict.
struct CollectionDiff {
    QString collection;
    bool inArchive = false;
    bool inTarget = false;
    qint64 archiveCount = 0;  // documents compared (those the filter selects)
    qint64 targetCount = 0;
    qint64 onlyInArchive = 0;
    qint64 onlyInTarget = 0;
    qint64 different = 0;
    qint64 same = 0;
    QStringList notes;

    bool identical() const { return onlyInArchive == 0 && onlyInTarget == 0 && different == 0 && inArchive == inTarget; }
    QJsonObject toJson() const;
};

struct DiffResult {
    QString archive;          // describes the two sides
    QString target;
    QList<CollectionDiff> collections;
    qint64 elapsedMs = 0;
    int spilledRuns = 0;      // sorted runs written to temporary files (0: all in memory)

    bool identical() const;
};

// Where the differences go as they are found (the CLI prints and writes them at once, so that
// nothing grows with the number of differences).
class DiffSink {
public:
    virtual ~DiffSink() = default;
    virtual void difference(const DocumentDifference &d) = 0;
};

} // namespace lifeboat

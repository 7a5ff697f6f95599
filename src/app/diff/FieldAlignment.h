#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace lifeboat::app {

// One row of two documents laid side by side: a field of either (or both), with the value each
// side holds and how they compare.
struct AlignedField {
    enum class Mark { Same, Changed, OnlyInBackup, OnlyInDatabase };
    QString key;
    Mark mark = Mark::Same;
    bool inBackup = false;
    bool inDatabase = false;
    QString backupText;          // BsonValueText::of, "" when absent
    QString databaseText;
    QByteArray backupContainer;  // an embedded document's or array's BSON, for its own rows
    QByteArray databaseContainer;

    bool expandable() const { return !backupContainer.isEmpty() || !databaseContainer.isEmpty(); }
};

// Aligns two BSON documents (or arrays) field by field for the side-by-side view: the backup's
// fields in their order, each beside the database's field of the same name (an array's items by
// index), then the database's fields the backup lacks. Two values are the same when their type
// and bytes are (as the diff compares: 1 and 1.0 differ).
class FieldAlignment final {
public:
    // At most `maxRows` rows (the rest is counted in `more`); an absent side is nullopt.
    static QList<AlignedField> align(const std::optional<QByteArray> &backup, const std::optional<QByteArray> &database,
                                     int maxRows, qint64 *more = nullptr);
    // "changed", "only in the backup", "only in the database", "" for the same value.
    static QString markName(AlignedField::Mark mark);
};

} // namespace lifeboat::app

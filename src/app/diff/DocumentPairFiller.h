#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class QTreeWidget;
class QTreeWidgetItem;

namespace lifeboat::app {

// Fills the drill-down's side-by-side tree with one document from the backup and the same
// document (by _id) from the database, aligned by field (FieldAlignment): the columns Field,
// Backup, Database and Difference. A row that differs says how in its Difference column and is
// drawn in the colour of its mark (ThemeColors: changed Busy, only in the backup Error, only
// in the database Success), bold; the rows leading to a difference are opened, the others are
// made when first expanded, so a 16 MB document costs its top-level fields. An absent side
// (the document is only on the other one) is said in its column's header.
class DocumentPairFiller final {
public:
    enum Column { Field, Backup, Database, Difference, ColumnCount };
    // On column Field: the field's dotted path ("address.city", "items.2"); its mark (int
    // AlignedField::Mark).
    static constexpr int PathRole = Qt::UserRole + 10;
    static constexpr int MarkRole = Qt::UserRole + 11;

    static void prepare(QTreeWidget *tree);
    static void show(QTreeWidget *tree, const std::optional<QByteArray> &backup, const std::optional<QByteArray> &database);
    // Makes `item`'s rows if it has not got them yet (connect to itemExpanded).
    static void expand(QTreeWidgetItem *item);
    // The row of the dotted `path`, made as needed; null when there is none.
    static QTreeWidgetItem *find(QTreeWidget *tree, const QString &path);
};

} // namespace lifeboat::app

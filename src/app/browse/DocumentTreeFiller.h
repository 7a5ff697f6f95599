#pragma once

#include "app/browse/BrowsedDocument.h"

class QTreeWidget;
class QTreeWidgetItem;

namespace lifeboat::app {

// Fills the browser's tree view: one top-level row per document, its fields below, embedded
// documents and arrays expandable. Children are made when a row is first expanded (from the
// BSON kept on that row), so a 16 MB document costs one row until the user opens it.
class DocumentTreeFiller final {
public:
    static void show(QTreeWidget *tree, const QList<BrowsedDocument> &documents);
    // Adds rows for `documents` after those shown (incremental fetch).
    static void append(QTreeWidget *tree, const QList<BrowsedDocument> &documents);
    // Makes `item`'s children if it has not got them yet (connect to itemExpanded).
    static void expand(QTreeWidgetItem *item);
};

} // namespace lifeboat::app

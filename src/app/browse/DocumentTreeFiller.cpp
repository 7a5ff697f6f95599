#include "app/browse/DocumentTreeFiller.h"

#include "app/browse/BsonValueText.h"

#include <QCoreApplication>
#include <QTreeWidget>

#include <bson/bson.h>

namespace lifeboat::app {

namespace {

constexpr int BytesRole = Qt::UserRole + 1;
constexpr int kMaxChildren = 5000; // a huge array shows its first items and says how many more

void setContainer(QTreeWidgetItem *item, const QByteArray &bytes)
{
    item->setData(0, BytesRole, bytes);
    item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
}

} // namespace

void DocumentTreeFiller::show(QTreeWidget *tree, const QList<BrowsedDocument> &documents)
{
    tree->clear();
    append(tree, documents);
}

void DocumentTreeFiller::append(QTreeWidget *tree, const QList<BrowsedDocument> &documents)
{
    QList<QTreeWidgetItem *> items;
    for (const auto &d : documents) {
        auto *item = new QTreeWidgetItem;
        item->setText(0, QCoreApplication::translate("DocumentTreeFiller", "Document %1").arg(d.number + 1));
        bson_t doc;
        bson_iter_t it;
        if (bson_init_static(&doc, reinterpret_cast<const uint8_t *>(d.bson.constData()), size_t(d.bson.size())) &&
            bson_iter_init_find(&it, &doc, "_id"))
            item->setText(1, QStringLiteral("_id: ") + BsonValueText::of(&it));
        setContainer(item, d.bson);
        items << item;
    }
    tree->addTopLevelItems(items);
}

void DocumentTreeFiller::expand(QTreeWidgetItem *item)
{
    const QByteArray bytes = item->data(0, BytesRole).toByteArray();
    if (bytes.isEmpty() || item->childCount() > 0)
        return;
    bson_t doc;
    bson_iter_t it;
    if (!bson_init_static(&doc, reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size())) ||
        !bson_iter_init(&it, &doc))
        return;
    QList<QTreeWidgetItem *> children;
    qint64 more = 0;
    while (bson_iter_next(&it)) {
        if (children.size() == kMaxChildren) {
            ++more;
            continue;
        }
        auto *child = new QTreeWidgetItem;
        child->setText(0, QString::fromUtf8(bson_iter_key(&it)));
        child->setText(1, BsonValueText::of(&it));
        if (BsonValueText::isContainer(&it))
            setContainer(child, BsonValueText::containerBytes(&it));
        children << child;
    }
    if (more > 0) {
        auto *rest = new QTreeWidgetItem;
        rest->setText(0, QCoreApplication::translate("DocumentTreeFiller", "… and %1 more").arg(more));
        children << rest;
    }
    item->addChildren(children);
}

} // namespace lifeboat::app

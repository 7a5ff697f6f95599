#include "app/diff/DocumentPairFiller.h"

#include "app/diff/FieldAlignment.h"
#include "app/widgets/ThemeColors.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QTreeWidget>

namespace lifeboat::app {

namespace {

constexpr int BackupBytesRole = Qt::UserRole + 1;
constexpr int DatabaseBytesRole = Qt::UserRole + 2;
constexpr int kMaxRows = 5000;     // a huge array shows its first items and says how many more
constexpr int kMaxOpened = 200;    // rows opened at once to show where the differences are
constexpr int kMaxDepth = 12;

QString tr(const char *text)
{
    return QCoreApplication::translate("DocumentPairFiller", text);
}

ThemeColors::Role roleOf(AlignedField::Mark mark)
{
    switch (mark) {
    case AlignedField::Mark::OnlyInBackup: return ThemeColors::Role::Error;
    case AlignedField::Mark::OnlyInDatabase: return ThemeColors::Role::Success;
    case AlignedField::Mark::Changed:
    case AlignedField::Mark::Same: break;
    }
    return ThemeColors::Role::Busy;
}

QTreeWidgetItem *itemOf(const AlignedField &f, const QString &parentPath)
{
    auto *item = new QTreeWidgetItem;
    const QString path = parentPath.isEmpty() ? f.key : parentPath + QLatin1Char('.') + f.key;
    item->setText(DocumentPairFiller::Field, f.key);
    item->setText(DocumentPairFiller::Backup, f.inBackup ? f.backupText : QStringLiteral("—"));
    item->setText(DocumentPairFiller::Database, f.inDatabase ? f.databaseText : QStringLiteral("—"));
    item->setText(DocumentPairFiller::Difference, FieldAlignment::markName(f.mark));
    item->setData(DocumentPairFiller::Field, DocumentPairFiller::PathRole, path);
    item->setData(DocumentPairFiller::Field, DocumentPairFiller::MarkRole, int(f.mark));
    item->setToolTip(DocumentPairFiller::Backup, f.backupText);
    item->setToolTip(DocumentPairFiller::Database, f.databaseText);
    if (f.mark != AlignedField::Mark::Same) {
        const QColor colour = ThemeColors::color(roleOf(f.mark));
        QFont bold = item->font(DocumentPairFiller::Field);
        bold.setBold(true);
        for (int c = 0; c < DocumentPairFiller::ColumnCount; ++c) {
            item->setForeground(c, colour);
            item->setFont(c, bold);
        }
    }
    if (f.expandable()) {
        // Containers on either side: an absent side is an empty one, so that its rows show
        // what the other side holds.
        item->setData(DocumentPairFiller::Field, BackupBytesRole, f.inBackup ? QVariant(f.backupContainer) : QVariant());
        item->setData(DocumentPairFiller::Field, DatabaseBytesRole, f.inDatabase ? QVariant(f.databaseContainer) : QVariant());
        item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
    }
    return item;
}

std::optional<QByteArray> side(const QVariant &v)
{
    if (!v.isValid())
        return std::nullopt;
    QByteArray bytes = v.toByteArray();
    if (bytes.isEmpty()) // a scalar on this side beside a container on the other: nothing below
        return std::nullopt;
    return bytes;
}

QList<QTreeWidgetItem *> rowsOf(const std::optional<QByteArray> &backup, const std::optional<QByteArray> &database,
                                const QString &parentPath)
{
    qint64 more = 0;
    QList<QTreeWidgetItem *> items;
    for (const AlignedField &f : FieldAlignment::align(backup, database, kMaxRows, &more))
        items << itemOf(f, parentPath);
    if (more > 0) {
        auto *rest = new QTreeWidgetItem;
        rest->setText(DocumentPairFiller::Field, tr("… and %1 more").arg(more));
        items << rest;
    }
    return items;
}

// Opens the rows that differ and hold rows of their own, down to where the differences are.
void openDifferences(QTreeWidgetItem *item, int depth, int &opened)
{
    for (int i = 0; i < item->childCount() && opened < kMaxOpened; ++i) {
        QTreeWidgetItem *child = item->child(i);
        const int mark = child->data(DocumentPairFiller::Field, DocumentPairFiller::MarkRole).toInt();
        if (mark != int(AlignedField::Mark::Changed) || child->childIndicatorPolicy() != QTreeWidgetItem::ShowIndicator)
            continue;
        DocumentPairFiller::expand(child);
        child->setExpanded(true);
        ++opened;
        if (depth < kMaxDepth)
            openDifferences(child, depth + 1, opened);
    }
}

} // namespace

void DocumentPairFiller::prepare(QTreeWidget *tree)
{
    tree->setColumnCount(ColumnCount);
    tree->setHeaderLabels({tr("Field"), tr("Backup"), tr("Database"), tr("Difference")});
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    tree->header()->setStretchLastSection(true);
    QObject::connect(tree, &QTreeWidget::itemExpanded, tree, [](QTreeWidgetItem *item) { expand(item); });
}

void DocumentPairFiller::show(QTreeWidget *tree, const std::optional<QByteArray> &backup, const std::optional<QByteArray> &database)
{
    tree->clear();
    tree->headerItem()->setText(Backup, backup ? tr("Backup") : tr("Backup: absent"));
    tree->headerItem()->setText(Database, database ? tr("Database") : tr("Database: absent"));
    if (!backup && !database)
        return;
    tree->addTopLevelItems(rowsOf(backup, database, {}));
    int opened = 0;
    openDifferences(tree->invisibleRootItem(), 0, opened);
    const int width = tree->viewport()->width();
    tree->setColumnWidth(Field, width / 5);
    tree->setColumnWidth(Backup, width * 3 / 10);
    tree->setColumnWidth(Database, width * 3 / 10);
}

void DocumentPairFiller::expand(QTreeWidgetItem *item)
{
    if (item->childCount() > 0 || item->childIndicatorPolicy() != QTreeWidgetItem::ShowIndicator)
        return;
    const auto backup = side(item->data(Field, BackupBytesRole));
    const auto database = side(item->data(Field, DatabaseBytesRole));
    item->addChildren(rowsOf(backup, database, item->data(Field, PathRole).toString()));
    if (item->childCount() == 0)
        item->setChildIndicatorPolicy(QTreeWidgetItem::DontShowIndicator);
}

QTreeWidgetItem *DocumentPairFiller::find(QTreeWidget *tree, const QString &path)
{
    QTreeWidgetItem *at = tree->invisibleRootItem();
    QString sofar;
    for (const QString &key : path.split(QLatin1Char('.'))) {
        expand(at);
        sofar = sofar.isEmpty() ? key : sofar + QLatin1Char('.') + key;
        QTreeWidgetItem *next = nullptr;
        for (int i = 0; i < at->childCount() && !next; ++i) {
            if (at->child(i)->data(Field, PathRole).toString() == sofar)
                next = at->child(i);
        }
        if (!next)
            return nullptr;
        at = next;
    }
    return at;
}

} // namespace lifeboat::app

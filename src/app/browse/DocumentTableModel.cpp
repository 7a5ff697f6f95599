#include "app/browse/DocumentTableModel.h"

#include "app/browse/BsonValueText.h"

#include <QSet>

#include <bson/bson.h>

namespace lifeboat::app {

namespace {
constexpr int kCellChars = 200;
constexpr int kMaxColumns = 200;
} // namespace

DocumentTableModel::DocumentTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void DocumentTableModel::setDocuments(const QList<BrowsedDocument> &documents)
{
    beginResetModel();
    m_documents = documents;
    m_fields.clear();
    m_fields = newFields(m_documents);
    m_more = false;
    m_fetching = false;
    endResetModel();
}

QStringList DocumentTableModel::newFields(const QList<BrowsedDocument> &documents) const
{
    QStringList out;
    QSet<QString> seen(m_fields.cbegin(), m_fields.cend());
    for (const auto &d : documents) {
        bson_t doc;
        bson_iter_t it;
        if (!bson_init_static(&doc, reinterpret_cast<const uint8_t *>(d.bson.constData()), size_t(d.bson.size())) ||
            !bson_iter_init(&it, &doc))
            continue;
        while (bson_iter_next(&it) && m_fields.size() + out.size() < kMaxColumns) {
            const QString key = QString::fromUtf8(bson_iter_key(&it));
            if (!seen.contains(key)) {
                seen.insert(key);
                out << key;
            }
        }
    }
    return out;
}

void DocumentTableModel::appendDocuments(const QList<BrowsedDocument> &documents, bool more)
{
    m_fetching = false;
    const QStringList fields = newFields(documents);
    if (!fields.isEmpty()) {
        const int first = int(m_fields.size()) + 1;
        beginInsertColumns(QModelIndex(), first, first + int(fields.size()) - 1);
        m_fields += fields;
        endInsertColumns();
    }
    if (!documents.isEmpty()) {
        const int first = int(m_documents.size());
        beginInsertRows(QModelIndex(), first, first + int(documents.size()) - 1);
        m_documents += documents;
        endInsertRows();
    }
    m_more = more;
}

void DocumentTableModel::setMoreAvailable(bool more)
{
    m_more = more;
}

bool DocumentTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && !m_fetching && m_documents.size() < MaxRows;
}

void DocumentTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    Q_EMIT moreRequested(int(m_documents.size()));
}

QString DocumentTableModel::cellText(int row, const QString &field, int maxChars) const
{
    const QByteArray &bytes = m_documents.at(row).bson;
    bson_t doc;
    bson_iter_t it;
    if (!bson_init_static(&doc, reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size())) ||
        !bson_iter_init_find(&it, &doc, field.toUtf8().constData()))
        return {};
    return BsonValueText::of(&it, maxChars);
}

QString DocumentTableModel::fieldText(int row, const QString &field) const
{
    return cellText(row, field, std::numeric_limits<int>::max() / 8);
}

int DocumentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

int DocumentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size()) + 1;
}

QVariant DocumentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_documents.size())
        return {};
    if (role == NumberRole)
        return m_documents.at(index.row()).number;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (index.column() == 0)
        return role == Qt::DisplayRole ? QVariant(m_documents.at(index.row()).number + 1) : QVariant();
    return cellText(index.row(), m_fields.at(index.column() - 1), role == Qt::ToolTipRole ? 2000 : kCellChars);
}

QVariant DocumentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("#");
    return m_fields.value(section - 1);
}

} // namespace lifeboat::app

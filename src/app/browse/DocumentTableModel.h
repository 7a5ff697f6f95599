#pragma once

#include "app/browse/BrowsedDocument.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace lifeboat::app {

// The shown page of documents as a table: one row per document, one column per top-level field
// (in the order the page first meets them), a leading "#" column with the document's number.
// Cells hold short texts (BsonValueText), so a 16 MB document costs a view nothing.
class DocumentTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { NumberRole = Qt::UserRole + 1 };

    explicit DocumentTableModel(QObject *parent = nullptr);

    void setDocuments(const QList<BrowsedDocument> &documents);
    const QList<BrowsedDocument> &documents() const { return m_documents; }
    // The top-level fields, the table's columns after "#".
    const QStringList &fields() const { return m_fields; }
    // The text of `field` in document `row` as a cell shows it ("" when absent), uncut.
    QString fieldText(int row, const QString &field) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString cellText(int row, const QString &field, int maxChars) const;

    QList<BrowsedDocument> m_documents;
    QStringList m_fields;
};

} // namespace lifeboat::app

#pragma once

#include "app/browse/BrowsedDocument.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace lifeboat::app {

// The shown page of documents as a table: one row per document, one column per top-level field
// (in the order the page first meets them), a leading "#" column with the document's number.
// Cells hold short texts (BsonValueText), so a 16 MB document costs a view nothing.
//
// Incremental fetch (the backup browser turns it on with setMoreAvailable()): when a view
// scrolls to the last row, canFetchMore()/fetchMore() ask for the documents that follow
// (moreRequested(), answered off the GUI thread by DocumentPageLoader), and
// appendDocuments() adds them as rows, up to MaxRows rows in all; past that, paging goes on.
class DocumentTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { NumberRole = Qt::UserRole + 1 };
    static constexpr int MaxRows = 1000;

    explicit DocumentTableModel(QObject *parent = nullptr);

    // Replaces the rows; no incremental fetch until setMoreAvailable(true).
    void setDocuments(const QList<BrowsedDocument> &documents);
    // Adds the documents that follow as rows (new top-level fields as columns); `more`: more follow.
    void appendDocuments(const QList<BrowsedDocument> &documents, bool more);
    // Whether documents follow the last row (the view may then fetch them).
    void setMoreAvailable(bool more);
    // A fetch asked for was not answered (cancelled, failed): the view may ask again.
    void fetchAbandoned() { m_fetching = false; }
    bool isFetching() const { return m_fetching; }
    const QList<BrowsedDocument> &documents() const { return m_documents; }
    // The top-level fields, the table's columns after "#".
    const QStringList &fields() const { return m_fields; }
    // The text of `field` in document `row` as a cell shows it ("" when absent), uncut.
    QString fieldText(int row, const QString &field) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    // The view wants the documents after the last row (`rows` rows are shown).
    void moreRequested(int rows);

private:
    QString cellText(int row, const QString &field, int maxChars) const;
    // The top-level fields of `documents` not yet columns.
    QStringList newFields(const QList<BrowsedDocument> &documents) const;

    QList<BrowsedDocument> m_documents;
    QStringList m_fields;
    bool m_more = false;
    bool m_fetching = false;
};

} // namespace lifeboat::app

#pragma once

#include "core/restore/merge/MergeRestore.h"

#include <QAbstractTableModel>

namespace lifeboat::app {

// The documents a surgical restore wrote, one row each, numbers in their order: the _id (shown
// as relaxed Extended JSON, DocumentIdText; CanonicalIdRole: canonical, as the CSV has it),
// what was done (inserted, replaced) and what verification found (verified, differs, missing,
// appeared meanwhile and left alone). The rows of MergeResult::writeCsv.
class MergedDocumentTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { IdColumn, ActionColumn, StatusColumn, ColumnCount };
    enum Role { CanonicalIdRole = Qt::UserRole + 1 };

    explicit MergedDocumentTableModel(QObject *parent = nullptr);

    void setDocuments(const QList<MergedDocument> &documents);
    const QList<MergedDocument> &documents() const { return m_documents; }

    static QString actionText(const QString &action);
    static QString statusText(const QString &status);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<MergedDocument> m_documents;
    QStringList m_ids; // as shown
};

} // namespace lifeboat::app

#pragma once

#include "core/common/Result.h"
#include "core/diff/DiffResult.h"

#include <QAbstractTableModel>

namespace lifeboat::app {

// The documents a comparison found different in one collection, one row each: its _id
// (canonical Extended JSON), its state (only in the backup, only in the database, changed)
// drawn in the state's colour (ThemeColors), and the changed field paths. Rows come in
// batches as the diff finds them (append()).
class DocumentDifferenceModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, State, ChangedFields, ColumnCount };
    // On every column: the state's stable name (DocumentDifference::kindName: "only-in-archive",
    // "only-in-target", "different"), which the state filter matches.
    static constexpr int KindRole = Qt::UserRole + 1;

    explicit DocumentDifferenceModel(QObject *parent = nullptr);

    void clear();
    void append(const QList<DocumentDifference> &differences);
    const QList<DocumentDifference> &differences() const { return m_rows; }
    const DocumentDifference &difference(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "only in the backup", "only in the database", "changed", as the user reads them.
    static QString stateName(DocumentDifference::Kind kind);
    // The rows as `lifeboat-cli diff --report` writes them (RFC 4180, CRLF): collection,
    // difference, id, changed_fields (space-separated).
    static QByteArray toCsv(const QList<DocumentDifference> &rows);
    static Status writeCsv(const QString &path, const QList<DocumentDifference> &rows);

private:
    QList<DocumentDifference> m_rows;
};

} // namespace lifeboat::app

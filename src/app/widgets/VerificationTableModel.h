#pragma once

#include "core/verify/VerificationReport.h"

#include <QAbstractTableModel>

namespace lifeboat::app {

// A VerificationReport (archive against database, one row per collection) as a read-only
// table: counts, sample, status and notes, each row coloured by its status (ok green,
// mismatch red, skipped grey). The digests and sample hashes are in the tooltips and in the
// CSV (VerificationReport::toCsv), not in columns.
class VerificationTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Database, Collection, Type, ArchiveCount, DatabaseCount, Sample, Status, Notes, ColumnCount };
    // Qt::UserRole: the row's status ("ok", "mismatch", "skipped"), untranslated.
    static constexpr int StatusRole = Qt::UserRole + 1;

    explicit VerificationTableModel(QObject *parent = nullptr);

    void setReport(const VerificationReport &report);
    const VerificationReport &report() const { return m_report; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "ok", "mismatch", "skipped" as the user reads them.
    static QString statusName(VerificationStatus status);

private:
    VerificationReport m_report;
};

} // namespace lifeboat::app

#pragma once

#include "core/common/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace lifeboat {

// A collection's verdict. toString() gives the names of the CSV's and the JSON's "status"
// column ("ok", "mismatch", "skipped"), which scripts read: never renamed.
enum class VerificationStatus { Ok, Mismatch, Skipped };
QString toString(VerificationStatus status);

// One collection's comparison of archive and database. Columns are documented in docs/cli.md
// and never renamed: scripts read them.
struct VerificationRow {
    QString database;
    QString collection;
    QString type;
    qint64 fileCount = -1;
    qint64 dbCount = -1;
    int sampleSize = 0;
    QString sampleHashArchive;
    QString sampleHashDb;
    QString digestArchive;
    QString digestDb;
    VerificationStatus status = VerificationStatus::Skipped;
    QStringList notes;

    QJsonObject toJson() const;
};

struct VerificationReport {
    QList<VerificationRow> rows;

    bool allOk() const; // no row is a mismatch
    int count(VerificationStatus status) const;
    QJsonArray toJson() const;
    // RFC 4180: CRLF line ends, a header row, fields quoted when they hold a comma, quote or
    // line break, quotes doubled.
    QByteArray toCsv() const;
    Status writeCsv(const QString &path) const;
    static QStringList csvColumns();
};

} // namespace lifeboat

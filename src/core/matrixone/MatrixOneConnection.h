#pragma once

#include "core/common/Result.h"
#include "core/matrixone/MatrixOneUri.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

class QSqlError;

namespace lifeboat {

// One session with a MatrixOne server over its MySQL protocol, through Qt SQL's MySQL driver
// (QMYSQL, libqt6sql6-mysql over the MariaDB client library): a maintained client, plain
// text statements only. One instance per thread. Every server error comes back as an Error
// whose message is the server's own words, its code saying what kind it is: Connection (the
// server cannot be reached, refused the login, or went away), NotFound (an unknown snapshot,
// database or table), Refused (the user lacks a privilege), Server (anything else).
class MatrixOneConnection final {
public:
    struct Rows {
        QStringList columns; // lower case
        QList<QVariantList> values;
        // The value of `column` in row `row` ("" when there is no such column).
        QVariant value(int row, const QString &column) const;
    };

    static Result<std::unique_ptr<MatrixOneConnection>> open(const MatrixOneUri &uri, int connectTimeoutSeconds = 10);
    ~MatrixOneConnection();
    MatrixOneConnection(const MatrixOneConnection &) = delete;
    MatrixOneConnection &operator=(const MatrixOneConnection &) = delete;

    const MatrixOneUri &uri() const { return m_uri; }

    Status exec(const QString &sql);
    Result<Rows> query(const QString &sql);
    // The first column of the first row; NotFound when there is no row.
    Result<QVariant> scalar(const QString &sql);
    // "8.0.30-MatrixOne-v1.2.4" as the server says it (SELECT version()).
    Result<QString> serverVersion();

    // `name` quoted as an identifier: `shop`.
    static QString ident(const QString &name);
    // `text` quoted as a string literal: 'it''s'.
    static QString literal(const QString &text);
    // What a failed statement or login means (see the class comment); `context` says what
    // was being done ("cannot create snapshot s").
    static Error classify(const QSqlError &error, const QString &context, const MatrixOneUri &uri);

private:
    explicit MatrixOneConnection(const MatrixOneUri &uri);

    MatrixOneUri m_uri;
    QString m_connection;
};

} // namespace lifeboat

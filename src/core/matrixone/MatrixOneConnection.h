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
// server cannot be reached or refused the login), Server with "lost the connection" or
// "cancelled" (the server or the session went away during a statement), NotFound (an unknown snapshot,
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
    // Whether this session still answers: SELECT 1 gives 1. A statement whose session is killed
    // while it runs can come back as if it succeeded, having done nothing (an INSERT ... SELECT
    // "OK", a SELECT with no rows); every later statement then fails. Long operations ping
    // after their last statement so that such an end is never taken for success.
    Status ping();
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
    // A statement's failure: a lost connection or a statement cancelled under it (Server: the
    // server went away mid-run) said as such, anything else as classify() says.
    // (A failure after which the session no longer answers is said to be the session's end.)
    Error statementFailed(const QSqlError &error, const QString &sql);
    // SELECT 1 answers 1 (no error classified).
    bool sessionAnswers();

    MatrixOneUri m_uri;
    QString m_connection;
};

} // namespace lifeboat

#pragma once

#include "core/common/Result.h"
#include "core/matrixone/MatrixOneConnection.h"

#include <QString>

#include <memory>

namespace lifeboat::test {

// The real MatrixOne server for the MatrixOne tests: the one CTest's fixture matrixone_server
// started (its URI in $LIFEBOAT_MATRIXONE_STATE/uri), or the one $LIFEBOAT_TEST_MATRIXONE_URI
// names.
class MatrixOneTestServer final {
public:
    // Empty when there is none; then `why` says why (the test QSKIPs with it).
    static QString uri(QString *why);
    // A session with the server at `uri`.
    static Result<std::unique_ptr<MatrixOneConnection>> connect(const QString &uri);
    // uri() and a session with it: null, with `why`, when there is no server (`uri` empty:
    // the test QSKIPs) or it cannot be reached (the test fails).
    static std::unique_ptr<MatrixOneConnection> session(QString *uri, QString *why);
    // The tutorial's v1.0 catalog in a new `database`: products (id, name, price, stock) with its
    // five rows.
    static Status createShop(MatrixOneConnection &db, const QString &database);
};

} // namespace lifeboat::test

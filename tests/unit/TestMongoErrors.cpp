// mongoError: what a libmongoc error means for the user. Issue 11, point 11: a document too
// large (MONGOC_ERROR_BSON, code 18) is not an authentication failure (server code 18).
#include "core/mongo/MongoClientPool.h"

#include <QTest>

#include <cstring>

using namespace lifeboat;

namespace {
bson_error_t errorOf(uint32_t domain, uint32_t code, const char *message)
{
    bson_error_t e{};
    e.domain = domain;
    e.code = code;
    std::strncpy(e.message, message, sizeof e.message - 1);
    return e;
}
} // namespace

class TestMongoErrors : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void documentTooLargeIsNoLoginProblem()
    {
        const Error e = mongoError(errorOf(MONGOC_ERROR_BSON, MONGOC_ERROR_BSON_INVALID, "Document 0 is too large for the cluster."), QStringLiteral("inserting"));
        QCOMPARE(e.code, ErrorCode::Server);
        QVERIFY2(!e.hint.contains(QLatin1String("password")), qPrintable(e.hint));
    }
    void authenticationFailedStillSaysSo()
    {
        const Error e = mongoError(errorOf(MONGOC_ERROR_SERVER, 18, "Authentication failed."), QStringLiteral("hello"));
        QCOMPARE(e.code, ErrorCode::Connection);
        QVERIFY(e.hint.contains(QLatin1String("password")));
    }
};

QTEST_GUILESS_MAIN(TestMongoErrors)
#include "TestMongoErrors.moc"

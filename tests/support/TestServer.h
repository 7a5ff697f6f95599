#pragma once

#include "core/codec/BsonDocument.h"
#include "core/mongo/MongoClientPool.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace lifeboat::test {

// The real test server for integration tests: FerretDB started by CTest's fixture (its URI in
// $LIFEBOAT_TEST_STATE/uri), or the MongoDB named by $LIFEBOAT_TEST_MONGODB_URI.
class TestServer final {
public:
    // Empty when no server was started (the test should QSKIP with the reason).
    static QString uri();
    static QString whyUnavailable();

    explicit TestServer(const QString &uri = TestServer::uri());
    MongoClientPool &pool() { return *m_pool; }
    const QString &uriString() const { return m_uri; }

    // A database name no other test uses.
    static QString uniqueDatabase(const QString &prefix);

    void drop(const QString &database);
    void createCollection(const QString &database, const QString &collection);
    // Inserts Extended JSON documents; fails the test on any error.
    void insertJson(const QString &database, const QString &collection, const QList<QByteArray> &documents);
    // Loads a file of Extended JSON documents (one per line or pretty); returns how many.
    qint64 insertJsonFile(const QString &database, const QString &collection, const QString &path);
    void insertBson(const QString &database, const QString &collection, const std::vector<BsonDocument> &documents);
    // Inserts with ordered: false; returns how many documents the server refused.
    int insertUnordered(const QString &database, const QString &collection, const std::vector<BsonDocument> &documents);
    qint64 count(const QString &database, const QString &collection);
    // Every document of a collection, sorted by the BSON bytes of _id, as raw BSON.
    QList<QByteArray> documents(const QString &database, const QString &collection);
    bool serverRejects(const QString &database, const QString &collection, const BsonDocument &doc, QString *why = nullptr);

private:
    QString m_uri;
    std::unique_ptr<MongoClientPool> m_pool;
};

} // namespace lifeboat::test

namespace lifeboat::test {

// A FerretDB of the test's own (fresh data, own port), for tests that kill the server or
// need the whole deployment to themselves. Stopped when destroyed.
class PrivateServer final {
public:
    PrivateServer();
    ~PrivateServer();
    PrivateServer(const PrivateServer &) = delete;
    PrivateServer &operator=(const PrivateServer &) = delete;

    bool started() const { return !m_uri.isEmpty(); }
    const QString &uri() const { return m_uri; }
    void kill();
    // Starts the killed server again on the same port and data; false if it did not come back.
    bool restart();

private:
    QString m_state;
    QString m_uri;
};

} // namespace lifeboat::test

#include "MatrixOneTestServer.h"

#include "core/matrixone/MatrixOneUri.h"

#include <QFile>
#include <QProcessEnvironment>

namespace lifeboat::test {

QString MatrixOneTestServer::uri(QString *why)
{
    const auto env = QProcessEnvironment::systemEnvironment();
    if (!env.value(QStringLiteral("LIFEBOAT_TEST_MATRIXONE_URI")).isEmpty())
        return env.value(QStringLiteral("LIFEBOAT_TEST_MATRIXONE_URI"));
    const QString state = env.value(QStringLiteral("LIFEBOAT_MATRIXONE_STATE"));
    QFile unavailable(state + QStringLiteral("/unavailable"));
    if (unavailable.open(QIODevice::ReadOnly)) {
        *why = QString::fromUtf8(unavailable.readAll()).trimmed();
        return {};
    }
    QFile f(state + QStringLiteral("/uri"));
    if (!f.open(QIODevice::ReadOnly)) {
        *why = QStringLiteral("no MatrixOne test server: run through ctest (fixture matrixone_server) or set LIFEBOAT_TEST_MATRIXONE_URI");
        return {};
    }
    return QString::fromUtf8(f.readAll()).trimmed();
}

Result<std::unique_ptr<MatrixOneConnection>> MatrixOneTestServer::connect(const QString &uri)
{
    auto parsed = MatrixOneUri::parse(uri);
    if (!parsed)
        return parsed.error();
    return MatrixOneConnection::open(*parsed);
}

std::unique_ptr<MatrixOneConnection> MatrixOneTestServer::session(QString *uri, QString *why)
{
    *uri = MatrixOneTestServer::uri(why);
    if (uri->isEmpty())
        return nullptr;
    auto c = connect(*uri);
    if (!c) {
        *why = c.error().toString();
        return nullptr;
    }
    return std::move(*c);
}

Status MatrixOneTestServer::createShop(MatrixOneConnection &db, const QString &database)
{
    const QString d = MatrixOneConnection::ident(database);
    for (const QString &statement :
         {QStringLiteral("CREATE DATABASE %1").arg(d),
          QStringLiteral("CREATE TABLE %1.products (id BIGINT PRIMARY KEY AUTO_INCREMENT, name VARCHAR(200), price INT, stock INT)").arg(d),
          QStringLiteral("INSERT INTO %1.products (name, price, stock) VALUES ('Gaming Laptop', 1500, 20), ('Wireless Mouse', 30, 150),"
                         " ('Mechanical Keyboard', 120, 80), ('4K Monitor', 400, 45), ('USB-C Hub', 50, 200)")
              .arg(d)}) {
        if (auto st = db.exec(statement); !st)
            return st;
    }
    return {};
}

} // namespace lifeboat::test

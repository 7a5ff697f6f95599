#include "MatrixOneShop.h"

#include "MatrixOneTestServer.h"
#include "core/matrixone/MatrixOneUri.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QTest>

#include <optional>

namespace lifeboat::test {

QString MatrixOneShop::setUp(const QString &uri, const QString &prefix, const QString &dir)
{
    auto parsed = MatrixOneUri::parse(uri);
    if (!parsed)
        return parsed.error().toString();
    auto c = MatrixOneTestServer::connect(uri);
    if (!c)
        return c.error().toString();
    db = std::move(*c);
    database = QStringLiteral("%1_%2").arg(prefix).arg(QDateTime::currentMSecsSinceEpoch() % 100000000);
    if (auto made = MatrixOneTestServer::createShop(*db, database); !made)
        return made.error().toString();

    snapshotFolder = QDir(dir).filePath(QStringLiteral("snapshots"));
    settings = std::make_unique<QSettings>(QDir(dir).filePath(QStringLiteral("lifeboat.ini")), QSettings::IniFormat);
    workspace = std::make_unique<app::Workspace>(settings.get());
    workspace->setSnapshotFolder(snapshotFolder);
    auto added = workspace->profiles()->add(profiles::ConnectionProfile::forMatrixOne(QStringLiteral("MatrixOne test server"), *parsed, database));
    if (!added)
        return added.error().toString();
    profileId = added->id;
    std::optional<Status> saved;
    workspace->profiles()->savePassword(profileId, parsed->password(), [&saved](Status st) { saved = st; });
    QDeadlineTimer deadline(30000);
    while (!saved && !deadline.hasExpired())
        QTest::qWait(20);
    if (!saved)
        return QStringLiteral("the keychain did not answer in 30 s");
    if (!*saved)
        return saved->error().toString();
    workspace->setCurrentProfileId(profileId);
    return {};
}

} // namespace lifeboat::test

// The snapshot folder's SQLite catalog (built from the manifests, refreshed when archives are
// added, removed or changed, rebuilt when missing or corrupt), the folder's names, and the
// locks that keep delete and prune away from snapshots in use (also by another process).
#include "core/snapshot/SnapshotCatalog.h"
#include "core/snapshot/SnapshotLock.h"
#include "core/snapshot/SnapshotNames.h"
#include "core/snapshot/SnapshotStore.h"
#include "TestFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace lifeboat;
using namespace lifeboat::test;

namespace {

const QByteArray Products = R"({"_id":{"$numberInt":"1"},"name":"Gaming Laptop","price":{"$numberInt":"1500"},"stock":{"$numberInt":"20"}})"
                            "\n";

Manifest manifestFor(const QString &name, const QString &scope, const QDateTime &created, std::optional<SnapshotInfo> snapshot)
{
    Manifest m;
    m.toolVersion = QStringLiteral("0.1.0");
    m.name = name;
    m.createdAt = created;
    m.completedAt = created.addSecs(1);
    m.sourceHosts = QStringLiteral("db1.example.net:27017");
    m.sourceUri = QStringLiteral("mongodb://db1.example.net:27017/");
    m.server = QJsonObject{{QStringLiteral("flavour"), QStringLiteral("mongodb")}, {QStringLiteral("version"), QStringLiteral("7.0.5")},
                           {QStringLiteral("topology"), QStringLiteral("replicaSet")}};
    m.scope = scope;
    m.databases = QStringList{QStringLiteral("shop")};
    m.jsonStyle = QStringLiteral("canonical");
    m.compression = QStringLiteral("gzip");
    CollectionRecord c;
    c.database = QStringLiteral("shop");
    c.name = QStringLiteral("products");
    c.file = QStringLiteral("products.jsonl");
    c.type = QStringLiteral("collection");
    c.documents = 1;
    c.bytes = Products.size();
    m.collections << c;
    m.snapshot = std::move(snapshot);
    return m;
}

SnapshotInfo infoFor(const QString &name)
{
    SnapshotInfo s;
    s.name = name;
    s.description = QStringLiteral("Before the v2.0 upgrade");
    s.purpose = QStringLiteral("pre_upgrade");
    s.createdBy = QStringLiteral("deploy_script");
    s.versionBefore = QStringLiteral("1.0");
    s.versionTarget = QStringLiteral("2.0");
    s.tags = QStringList{QStringLiteral("upgrade")};
    s.deleteAfter = QDateTime(QDate(2026, 12, 24), QTime(0, 0), Qt::UTC);
    return s;
}

// A Lifeboat-style archive (top folder, products.jsonl, manifest.json) written with tar into
// `folder`; returns its path.
QString writeArchive(const QString &scratch, const QString &folder, const Manifest &m, const QByteArray &extra = {})
{
    const QString file = m.name + QStringLiteral(".tar.gz");
    const QString built = makeTar(scratch, file, m.name, {{QStringLiteral("products.jsonl"), Products + extra}, {QStringLiteral("manifest.json"), m.toBytes()}}, true);
    const QString dest = QDir(folder).filePath(file);
    QFile::remove(dest);
    if (!QFile::rename(built, dest))
        qFatal("cannot move %s", qPrintable(built));
    return dest;
}

const SnapshotEntry *byName(const QList<SnapshotEntry> &entries, const QString &name)
{
    for (const auto &e : entries) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

} // namespace

class TestSnapshotCatalog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void builtFromTheManifests();
    void secondListingReadsNoArchive();
    void followsArchivesAddedRemovedAndChanged();
    void verificationIsKeptUntilTheArchiveChanges();
    void corruptCatalogIsRebuilt();
    void catalogDeletedWhileOpenIsRebuilt();
    void manifestComesFromTheCatalog();
    void missingFolderListsEmpty();
    void twoCatalogsOnOneFolder();
    void storeNamesAreUnique();
    void lockedSnapshotIsNotDeleted();
    void lockHeldByAnotherProcess();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
    QString m_scratch;
    QDateTime m_t0 = QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
};

void TestSnapshotCatalog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_folder = m_dir->filePath(QStringLiteral("snapshots"));
    m_scratch = m_dir->filePath(QStringLiteral("scratch"));
    QVERIFY(QDir().mkpath(m_folder));
    QVERIFY(QDir().mkpath(m_scratch));
    writeArchive(m_scratch, m_folder, manifestFor(QStringLiteral("pre_upgrade_v1.0_20261124_100000"), QStringLiteral("database"), m_t0, infoFor(QStringLiteral("pre_upgrade_v1.0_20261124_100000"))));
    writeArchive(m_scratch, m_folder, manifestFor(QStringLiteral("backup_20261124_110000"), QStringLiteral("collections"), m_t0.addSecs(3600), std::nullopt));
    // The runbook's kind of archive: no manifest.
    const QString runbook = makeTar(m_scratch, QStringLiteral("backup_20250926_073727.tar"), QStringLiteral("backup_20250926_073727"), {{QStringLiteral("products.jsonl"), Products}}, false);
    QVERIFY(QFile::rename(runbook, QDir(m_folder).filePath(QStringLiteral("backup_20250926_073727.tar"))));
    // Not archives, or not finished: never listed.
    writeFile(QDir(m_folder).filePath(QStringLiteral("notes.txt")), "hello");
    writeFile(QDir(m_folder).filePath(QStringLiteral("half.tar.gz.partial")), "partial");
    writeFile(QDir(m_folder).filePath(QStringLiteral(".hidden.tar.gz")), "hidden");
}

void TestSnapshotCatalog::builtFromTheManifests()
{
    QVERIFY(!QFileInfo::exists(QDir(m_folder).filePath(QLatin1String(SnapshotCatalog::FileName))));
    SnapshotCatalog catalog(m_folder);
    auto entries = catalog.entries();
    QVERIFY2(entries.ok(), qPrintable(entries.ok() ? QString() : entries.error().message));
    QCOMPARE(entries->size(), 3);
    QVERIFY(catalog.lastRefresh().rebuilt);
    QCOMPARE(catalog.lastRefresh().rebuildReason, QStringLiteral("missing"));
    QCOMPARE(catalog.lastRefresh().reread, 3);
    QVERIFY(QFileInfo::exists(catalog.databasePath()));

    // Newest first (the unreadable one by its file time: now).
    QCOMPARE(entries->at(0).name, QStringLiteral("backup_20250926_073727"));
    QCOMPARE(entries->at(1).name, QStringLiteral("backup_20261124_110000"));
    QCOMPARE(entries->at(2).name, QStringLiteral("pre_upgrade_v1.0_20261124_100000"));

    const SnapshotEntry *snap = byName(*entries, QStringLiteral("pre_upgrade_v1.0_20261124_100000"));
    QVERIFY(snap);
    QVERIFY(snap->hasSnapshotInfo);
    QVERIFY(snap->usable());
    QCOMPARE(snap->fileName, QStringLiteral("pre_upgrade_v1.0_20261124_100000.tar.gz"));
    QCOMPARE(snap->path, QDir(m_folder).filePath(snap->fileName));
    QCOMPARE(snap->fileSize, QFileInfo(snap->path).size());
    QCOMPARE(snap->createdAt, m_t0);
    QCOMPARE(snap->levelName(), QStringLiteral("database"));
    QCOMPARE(snap->info.description, QStringLiteral("Before the v2.0 upgrade"));
    QCOMPARE(snap->info.purpose, QStringLiteral("pre_upgrade"));
    QCOMPARE(snap->info.createdBy, QStringLiteral("deploy_script"));
    QCOMPARE(snap->info.versionBefore, QStringLiteral("1.0"));
    QCOMPARE(snap->info.versionTarget, QStringLiteral("2.0"));
    QCOMPARE(snap->info.tags, QStringList{QStringLiteral("upgrade")});
    QCOMPARE(snap->info.deleteAfter, QDateTime(QDate(2026, 12, 24), QTime(0, 0), Qt::UTC));
    QCOMPARE(snap->database(), QStringLiteral("shop"));
    QCOMPARE(snap->collections, QStringList{QStringLiteral("products")});
    QCOMPARE(snap->documents, 1);
    QCOMPARE(snap->bytes, Products.size());
    QCOMPARE(snap->server, QStringLiteral("mongodb 7.0.5 (replicaSet)"));
    QCOMPARE(snap->sourceHosts, QStringLiteral("db1.example.net:27017"));
    QCOMPARE(snap->verification, SnapshotVerification::Never);

    const SnapshotEntry *plain = byName(*entries, QStringLiteral("backup_20261124_110000"));
    QVERIFY(plain);
    QVERIFY(!plain->hasSnapshotInfo);
    QVERIFY(plain->usable());
    QCOMPARE(plain->levelName(), QStringLiteral("collection")); // from the scope "collections"

    const SnapshotEntry *runbook = byName(*entries, QStringLiteral("backup_20250926_073727"));
    QVERIFY(runbook);
    QVERIFY(!runbook->usable());
    QVERIFY2(runbook->problem.contains(QLatin1String("no Lifeboat manifest")), qPrintable(runbook->problem));
}

void TestSnapshotCatalog::secondListingReadsNoArchive()
{
    QVERIFY(SnapshotCatalog(m_folder).entries().ok());
    SnapshotCatalog again(m_folder);
    auto entries = again.entries();
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 3);
    QVERIFY(!again.lastRefresh().rebuilt);
    QCOMPARE(again.lastRefresh().reread, 0);
    QCOMPARE(again.lastRefresh().unchanged, 3);
    // The same instance a second time too.
    QVERIFY(again.entries().ok());
    QCOMPARE(again.lastRefresh().reread, 0);
}

void TestSnapshotCatalog::followsArchivesAddedRemovedAndChanged()
{
    SnapshotCatalog catalog(m_folder);
    QVERIFY(catalog.entries().ok());

    // Copied in by hand.
    writeArchive(m_scratch, m_folder, manifestFor(QStringLiteral("copied_in"), QStringLiteral("database"), m_t0.addSecs(7200), infoFor(QStringLiteral("copied_in"))));
    auto entries = catalog.entries();
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 4);
    QCOMPARE(catalog.lastRefresh().reread, 1);
    QCOMPARE(catalog.lastRefresh().unchanged, 3);
    QCOMPARE(entries->at(1).name, QStringLiteral("copied_in")); // after the unreadable one, dated now

    // Removed by hand.
    QVERIFY(QFile::remove(QDir(m_folder).filePath(QStringLiteral("backup_20261124_110000.tar.gz"))));
    entries = catalog.entries();
    QCOMPARE(entries->size(), 3);
    QCOMPARE(catalog.lastRefresh().removed, 1);
    QVERIFY(!byName(*entries, QStringLiteral("backup_20261124_110000")));

    // Replaced by another archive of the same name: its manifest is read again.
    Manifest changed = manifestFor(QStringLiteral("copied_in"), QStringLiteral("database"), m_t0.addSecs(7200), infoFor(QStringLiteral("copied_in")));
    changed.snapshot->description = QStringLiteral("changed");
    writeArchive(m_scratch, m_folder, changed, R"({"_id":{"$numberInt":"2"}})" "\n");
    entries = catalog.entries();
    QCOMPARE(catalog.lastRefresh().reread, 1);
    QCOMPARE(byName(*entries, QStringLiteral("copied_in"))->info.description, QStringLiteral("changed"));
}

void TestSnapshotCatalog::verificationIsKeptUntilTheArchiveChanges()
{
    const QString name = QStringLiteral("pre_upgrade_v1.0_20261124_100000");
    const QString file = name + QStringLiteral(".tar.gz");
    const QDateTime when(QDate(2026, 11, 24), QTime(12, 0, 5), Qt::UTC);
    {
        SnapshotCatalog catalog(m_folder);
        QVERIFY(catalog.entries().ok());
        QVERIFY(catalog.recordVerification(file, SnapshotVerification::Ok, QStringLiteral("clone into shop_verify: 1 ok"), when).ok());
        QCOMPARE(catalog.recordVerification(QStringLiteral("nosuch.tar.gz"), SnapshotVerification::Ok, {}).error().code, ErrorCode::NotFound);
    }
    SnapshotCatalog catalog(m_folder);
    auto entries = catalog.entries();
    const SnapshotEntry *e = byName(*entries, name);
    QCOMPARE(e->verification, SnapshotVerification::Ok);
    QCOMPARE(e->verifiedAt, when);
    QCOMPARE(e->verificationNote, QStringLiteral("clone into shop_verify: 1 ok"));

    // The archive changes (a different size): the verification no longer holds.
    writeArchive(m_scratch, m_folder, manifestFor(name, QStringLiteral("database"), m_t0, infoFor(name)), R"({"_id":{"$numberInt":"9"}})" "\n");
    entries = catalog.entries();
    QCOMPARE(byName(*entries, name)->verification, SnapshotVerification::Never);
    QVERIFY(!byName(*entries, name)->verifiedAt.isValid());
}

void TestSnapshotCatalog::corruptCatalogIsRebuilt()
{
    QVERIFY(SnapshotCatalog(m_folder).entries().ok());
    writeFile(QDir(m_folder).filePath(QLatin1String(SnapshotCatalog::FileName)), QByteArray("this is not an SQLite database, just bytes\n").repeated(100));
    SnapshotCatalog catalog(m_folder);
    auto entries = catalog.entries();
    QVERIFY2(entries.ok(), qPrintable(entries.ok() ? QString() : entries.error().message));
    QCOMPARE(entries->size(), 3);
    QVERIFY(catalog.lastRefresh().rebuilt);
    QVERIFY2(catalog.lastRefresh().rebuildReason.startsWith(QLatin1String("corrupt")), qPrintable(catalog.lastRefresh().rebuildReason));
    QCOMPARE(catalog.lastRefresh().reread, 3);
}

void TestSnapshotCatalog::catalogDeletedWhileOpenIsRebuilt()
{
    SnapshotCatalog catalog(m_folder);
    QVERIFY(catalog.entries().ok());
    QVERIFY(QFile::remove(catalog.databasePath()));
    auto entries = catalog.entries();
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 3);
    QVERIFY(catalog.lastRefresh().rebuilt);
    QCOMPARE(catalog.lastRefresh().rebuildReason, QStringLiteral("missing"));
    QVERIFY(QFileInfo::exists(catalog.databasePath()));
}

void TestSnapshotCatalog::manifestComesFromTheCatalog()
{
    SnapshotCatalog catalog(m_folder);
    QVERIFY(catalog.entries().ok());
    auto m = catalog.manifest(QStringLiteral("pre_upgrade_v1.0_20261124_100000.tar.gz"));
    QVERIFY(m.ok());
    QCOMPARE(m->name, QStringLiteral("pre_upgrade_v1.0_20261124_100000"));
    QCOMPARE(m->collections.size(), 1);
    QVERIFY(m->snapshot.has_value());
    QCOMPARE(m->snapshot->versionTarget, QStringLiteral("2.0"));
    QCOMPARE(catalog.manifest(QStringLiteral("backup_20250926_073727.tar")).error().code, ErrorCode::ArchiveCorrupt);
    QCOMPARE(catalog.manifest(QStringLiteral("nosuch.tar.gz")).error().code, ErrorCode::NotFound);
}

void TestSnapshotCatalog::missingFolderListsEmpty()
{
    SnapshotCatalog catalog(m_dir->filePath(QStringLiteral("no/such/folder")));
    auto entries = catalog.entries();
    QVERIFY(entries.ok());
    QVERIFY(entries->isEmpty());
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("no"))));
}

void TestSnapshotCatalog::twoCatalogsOnOneFolder()
{
    SnapshotCatalog a(m_folder);
    SnapshotCatalog b(m_folder);
    QVERIFY(a.entries().ok());
    QVERIFY(b.entries().ok());
    QVERIFY(a.recordVerification(QStringLiteral("backup_20261124_110000.tar.gz"), SnapshotVerification::Mismatch, QStringLiteral("clone: 1 mismatch")).ok());
    auto seen = b.entries();
    QCOMPARE(byName(*seen, QStringLiteral("backup_20261124_110000"))->verification, SnapshotVerification::Mismatch);
}

void TestSnapshotCatalog::storeNamesAreUnique()
{
    SnapshotStore store(m_folder);
    QCOMPARE(store.checkNewName(QStringLiteral("pre_upgrade_v1.0_20261124_100000")).error().code, ErrorCode::Refused);
    QCOMPARE(store.checkNewName(QStringLiteral("backup_20250926_073727")).error().code, ErrorCode::Refused); // .tar
    QCOMPARE(store.checkNewName(QStringLiteral("half")).error().code, ErrorCode::Refused);                   // .partial
    QCOMPARE(store.checkNewName(QStringLiteral("bad name")).error().code, ErrorCode::Usage);
    QVERIFY(store.checkNewName(QStringLiteral("fresh")).ok());
    const QDateTime when(QDate(2026, 11, 24), QTime(10, 0));
    writeFile(QDir(m_folder).filePath(QStringLiteral("pre_upgrade_v1.0_20261124_100000.tar.zst")), "x");
    const QString taken = SnapshotNames::propose(QStringLiteral("pre_upgrade"), QStringLiteral("1.0"), when);
    QVERIFY(!store.checkNewName(taken).ok());
    QCOMPARE(store.proposeName(QStringLiteral("pre_upgrade"), QStringLiteral("1.0"), when), taken + QStringLiteral("_2"));

    auto found = store.find(QStringLiteral("backup_20261124_110000"));
    QVERIFY(found.ok());
    QCOMPARE(store.find(QStringLiteral("nosuch")).error().code, ErrorCode::NotFound);
}

void TestSnapshotCatalog::lockedSnapshotIsNotDeleted()
{
    SnapshotStore store(m_folder);
    auto entry = store.find(QStringLiteral("backup_20261124_110000"));
    QVERIFY(entry.ok());
    {
        auto job = SnapshotLock::acquire(entry->path, SnapshotLock::Mode::Shared);
        QVERIFY(job.ok());
        auto second = SnapshotLock::acquire(entry->path, SnapshotLock::Mode::Shared);
        QVERIFY(second.ok()); // two jobs may read one snapshot
        QVERIFY(SnapshotLock::isLocked(entry->path));
        auto removed = store.remove(entry->name);
        QVERIFY(!removed.ok());
        QCOMPARE(removed.error().code, ErrorCode::Refused);
        QVERIFY2(removed.error().message.contains(QLatin1String("in use by a running job")), qPrintable(removed.error().message));
        QVERIFY(QFileInfo::exists(entry->path));
    }
    QVERIFY(!SnapshotLock::isLocked(entry->path));
    {
        auto deleting = SnapshotLock::acquire(entry->path, SnapshotLock::Mode::Exclusive);
        QVERIFY(deleting.ok());
        auto reader = SnapshotLock::acquire(entry->path, SnapshotLock::Mode::Shared);
        QCOMPARE(reader.error().code, ErrorCode::Refused);
        QVERIFY(reader.error().message.contains(QLatin1String("being deleted")));
    }
    QVERIFY(store.remove(entry->name).ok());
    QVERIFY(!QFileInfo::exists(entry->path));
    QVERIFY(!QFileInfo::exists(SnapshotLock::lockFilePath(entry->path)));
    QCOMPARE(store.find(entry->name).error().code, ErrorCode::NotFound);
}

void TestSnapshotCatalog::lockHeldByAnotherProcess()
{
    SnapshotStore store(m_folder);
    auto entry = store.find(QStringLiteral("pre_upgrade_v1.0_20261124_100000"));
    QVERIFY(entry.ok());
    // flock(1) holds a shared lock on the same file, as a running `snapshot clone` would, until
    // its command (cat) sees the end of its input.
    QProcess holder;
    holder.start(QStringLiteral("flock"), {QStringLiteral("--shared"), SnapshotLock::lockFilePath(entry->path), QStringLiteral("cat")});
    QVERIFY(holder.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(SnapshotLock::isLocked(entry->path), 5000);
    auto removed = store.remove(entry->name);
    QCOMPARE(removed.error().code, ErrorCode::Refused);
    QVERIFY(QFileInfo::exists(entry->path));
    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(10000));
    QTRY_VERIFY_WITH_TIMEOUT(!SnapshotLock::isLocked(entry->path), 5000);
    QVERIFY(store.remove(entry->name).ok());
    QVERIFY(!QFileInfo::exists(entry->path));
}

QTEST_GUILESS_MAIN(TestSnapshotCatalog)
#include "TestSnapshotCatalog.moc"

// The backup browser against real archives: one written by the real BackupEngine from a database
// on the test server, and a runbook-style archive (no manifest, no index) with a 300,000-document
// collection and a collection holding one 15 MB document. Opened from the Backups view by a
// double-click; it lists the collections with their counts, shows pages of documents in the table,
// tree and text, narrows them with a filter (and says plainly why a bad one is refused), goes to
// document N, exports exactly the shown or selected documents, and keeps answering events while
// it reads deep into the big collection.
#include "app/backups/BackupsView.h"
#include "app/browse/BackupBrowser.h"
#include "app/browse/DocumentTableModel.h"
#include "app/window/AppTranslator.h"
#include "app/window/Workspace.h"
#include "core/backup/BackupEngine.h"
#include "core/codec/ExtJsonCodec.h"
#include "TestFiles.h"
#include "TestServer.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <memory>

using namespace lifeboat;
using namespace lifeboat::app;
using lifeboat::test::TestServer;

namespace {
constexpr int kCustomers = 10;
constexpr int kOrders = 120;
constexpr int kBigCollection = 300000;
constexpr int kHugeString = 15 * 1024 * 1024;
constexpr int kTimeoutMs = 60000;

QString statusOf(int i)
{
    return i % 4 == 0 ? QStringLiteral("cancelled") : QStringLiteral("shipped");
}
} // namespace

class TestBackupBrowser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void doubleClickOpensTheBrowser();
    void showsPagesInTableTreeAndText();
    void filterNarrows();
    void badFilterIsShownPlainly();
    void goToDocumentN();
    void scrollingTheTableFetchesMore();
    void restoreTheseDocumentsAsksForTheFilterOrTheIds();
    void exportWritesExactlyTheShownDocuments();
    void staysResponsiveReadingDeepIntoABigCollection();
    void showsAHugeDocumentCut();

private:
    std::unique_ptr<BackupBrowser> openBrowser(const QString &path);
    static void waitPage(BackupBrowser *browser);
    static QList<qint64> ids(const BackupBrowser *browser);
    static QList<qint64> numbers(const BackupBrowser *browser);

    std::unique_ptr<TestServer> m_server;
    QString m_database;
    QTemporaryDir m_dir;
    QString m_folder;
    QString m_archive; // customers + orders, by the BackupEngine
    AppTranslator m_translator; // English's plural forms, as the app installs them
    QString m_runbook; // big (300,000 documents) + huge (one 15 MB document)
};

void TestBackupBrowser::initTestCase()
{
    m_translator.install(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(!TestServer::uri().isEmpty(), qPrintable(TestServer::whyUnavailable()));
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<TestServer>();
    m_database = TestServer::uniqueDatabase(QStringLiteral("gui_backup_browser"));
    QList<QByteArray> customers;
    for (int i = 0; i < kCustomers; ++i)
        customers << QStringLiteral(R"({"_id": %1, "name": "customer %1"})").arg(i).toUtf8();
    m_server->insertJson(m_database, QStringLiteral("customers"), customers);
    QList<QByteArray> orders;
    for (int i = 0; i < kOrders; ++i)
        orders << QStringLiteral(R"({"_id": %1, "status": "%2", "total": %3, "address": {"city": "c%4", "zip": "%5"}, "items": [1, 2, %1]})")
                      .arg(i)
                      .arg(statusOf(i))
                      .arg(i * 3)
                      .arg(i % 7)
                      .arg(10000 + i)
                      .toUtf8();
    m_server->insertJson(m_database, QStringLiteral("orders"), orders);

    m_folder = m_dir.filePath(QStringLiteral("backups"));
    QVERIFY(QDir().mkpath(m_folder));
    BackupRequest request;
    request.mongoUri = TestServer::uri();
    request.database = m_database;
    request.outDir = m_folder;
    request.name = QStringLiteral("backup_browse");
    auto result = BackupEngine().run(request);
    QVERIFY2(result, result ? "" : qPrintable(result.error().toString()));
    m_archive = QFileInfo(result->archivePath).absoluteFilePath();

    QByteArray big;
    big.reserve(kBigCollection * 32);
    for (int i = 0; i < kBigCollection; ++i)
        big += "{\"_id\": " + QByteArray::number(i) + ", \"v\": \"value " + QByteArray::number(i) + "\"}\n";
    const QByteArray huge = "{\"_id\": 1, \"blob\": \"" + QByteArray(kHugeString, 'x') + "\", \"n\": 7}\n";
    const QString scratch = m_dir.filePath(QStringLiteral("scratch"));
    QVERIFY(QDir().mkpath(scratch));
    m_runbook = test::makeTar(scratch, QStringLiteral("backup_big.tar.gz"), QStringLiteral("backup_big"),
                              {{QStringLiteral("db/big.jsonl"), big}, {QStringLiteral("db/huge.jsonl"), huge}}, true);
    QVERIFY(!m_runbook.isEmpty());
}

void TestBackupBrowser::cleanupTestCase()
{
    if (m_server && !m_database.isEmpty())
        m_server->drop(m_database);
}

std::unique_ptr<BackupBrowser> TestBackupBrowser::openBrowser(const QString &path)
{
    auto browser = std::make_unique<BackupBrowser>(path);
    browser->show();
    if (!QTest::qWaitFor([&] { return browser->isOpened(); }, kTimeoutMs))
        return nullptr;
    return browser;
}

void TestBackupBrowser::waitPage(BackupBrowser *browser)
{
    QTRY_VERIFY_WITH_TIMEOUT(!browser->isLoading(), kTimeoutMs);
}

QList<qint64> TestBackupBrowser::ids(const BackupBrowser *browser)
{
    QList<qint64> out;
    for (const auto &d : browser->page().documents)
        out << QJsonDocument::fromJson(d.relaxedJson).object().value(QStringLiteral("_id")).toInteger();
    return out;
}

QList<qint64> TestBackupBrowser::numbers(const BackupBrowser *browser)
{
    QList<qint64> out;
    for (const auto &d : browser->page().documents)
        out << d.number;
    return out;
}

void TestBackupBrowser::doubleClickOpensTheBrowser()
{
    QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    Workspace workspace(&settings);
    workspace.setBackupFolder(m_folder);
    BackupsView view(&workspace);
    view.resize(1000, 600);
    view.show();
    QTRY_VERIFY_WITH_TIMEOUT(!view.isLoading() && view.model()->entry(m_archive) && view.model()->entry(m_archive)->summary.read,
                             kTimeoutMs);
    view.selectArchive(m_archive);
    auto *table = view.findChild<QTableView *>(QStringLiteral("archiveTable"));
    QVERIFY(table);
    const QModelIndex index = table->selectionModel()->selectedRows().value(0);
    QVERIFY(index.isValid());
    const QPoint at = table->visualRect(index).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
    QTRY_VERIFY(view.lastBrowser());
    BackupBrowser *browser = view.lastBrowser();
    QCOMPARE(browser->archivePath(), m_archive);
    QTRY_VERIFY_WITH_TIMEOUT(browser->isOpened(), kTimeoutMs);

    auto *list = browser->findChild<QTreeWidget *>(QStringLiteral("collectionList"));
    QVERIFY(list);
    QMap<QString, QString> counts;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        counts.insert(list->topLevelItem(i)->text(0), list->topLevelItem(i)->text(1));
    QCOMPARE(counts.value(QStringLiteral("customers")), QStringLiteral("10"));
    QCOMPARE(counts.value(QStringLiteral("orders")), QStringLiteral("120"));
    // The first collection is shown at once.
    waitPage(browser);
    QVERIFY(!browser->page().documents.isEmpty());

    // The "Browse contents…" button opens one too; browseSelected() is the slot behind both.
    browser->close();
    QTRY_VERIFY(!view.lastBrowser());
    auto *button = view.findChild<QAbstractButton *>(QStringLiteral("browseButton"));
    QVERIFY(button && button->isEnabled());
    button->click();
    QVERIFY(view.lastBrowser());
    view.lastBrowser()->close();
}

void TestBackupBrowser::showsPagesInTableTreeAndText()
{
    auto browser = openBrowser(m_archive);
    QVERIFY(browser);
    browser->selectCollection(QStringLiteral("orders"));
    waitPage(browser.get());
    QCOMPARE(browser->currentCollection(), QStringLiteral("orders"));
    DocumentTableModel *model = browser->model();
    QCOMPARE(model->rowCount(), BackupBrowser::PageSize);
    QCOMPARE(model->fields(), QStringLiteral("_id,status,total,address,items").split(QLatin1Char(',')));
    QCOMPARE(model->index(3, 2).data().toString(), statusOf(3));
    QCOMPARE(model->index(3, 4).data().toString(), QStringLiteral("Object (2)"));
    QCOMPARE(model->index(3, 5).data().toString(), QStringLiteral("Array (3)"));
    QCOMPARE(numbers(browser.get()).first(), 0);
    QCOMPARE(browser->statusText(), tr("Documents 1–50 of orders."));

    // The tree: a row per document, its fields made when expanded, nested ones expandable.
    auto *tree = browser->findChild<QTreeWidget *>(QStringLiteral("documentTree"));
    QCOMPARE(tree->topLevelItemCount(), BackupBrowser::PageSize);
    QTreeWidgetItem *first = tree->topLevelItem(0);
    first->setExpanded(true);
    QCOMPARE(first->childCount(), 5);
    QTreeWidgetItem *address = first->child(3);
    QCOMPARE(address->text(0), QStringLiteral("address"));
    address->setExpanded(true);
    QCOMPARE(address->childCount(), 2);
    QCOMPARE(address->child(0)->text(1), QStringLiteral("c0"));

    // The text: canonical Extended JSON, or relaxed.
    auto *text = browser->findChild<QPlainTextEdit *>(QStringLiteral("jsonText"));
    QVERIFY(text->toPlainText().contains(QLatin1String("\"$numberInt\"")));
    browser->findChild<QCheckBox *>(QStringLiteral("relaxedCheck"))->setChecked(true);
    QVERIFY(!text->toPlainText().contains(QLatin1String("\"$numberInt\"")));
    QVERIFY(text->toPlainText().contains(QLatin1String("\"total\" : 9")) || text->toPlainText().contains(QLatin1String("\"total\": 9")));

    // Next 50, the last 20, then back.
    auto *next = browser->findChild<QAbstractButton *>(QStringLiteral("nextButton"));
    auto *previous = browser->findChild<QAbstractButton *>(QStringLiteral("previousButton"));
    QVERIFY(!previous->isEnabled());
    next->click();
    waitPage(browser.get());
    QCOMPARE(numbers(browser.get()).first(), 50);
    next->click();
    waitPage(browser.get());
    QCOMPARE(browser->page().documents.size(), kOrders - 100);
    QVERIFY(!next->isEnabled());
    previous->click();
    waitPage(browser.get());
    QCOMPARE(numbers(browser.get()).first(), 50);
}

void TestBackupBrowser::filterNarrows()
{
    auto browser = openBrowser(m_archive);
    QVERIFY(browser);
    browser->selectCollection(QStringLiteral("orders"));
    waitPage(browser.get());
    auto *filter = browser->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    filter->setText(QStringLiteral(R"({"status": "cancelled", "total": {"$gt": 100}})"));
    QTest::keyClick(filter, Qt::Key_Return);
    waitPage(browser.get());
    QVERIFY(browser->filterError().isEmpty());
    QList<qint64> expected;
    for (int i = 0; i < kOrders; ++i) {
        if (statusOf(i) == QLatin1String("cancelled") && i * 3 > 100)
            expected << i;
    }
    QCOMPARE(ids(browser.get()), expected);
    QCOMPARE(browser->model()->rowCount(), expected.size());

    // Go to the 3rd match: numbered among the matches.
    browser->goToDocument(3);
    waitPage(browser.get());
    QCOMPARE(ids(browser.get()), expected.mid(2));

    // A dotted path and an array element.
    filter->setText(QStringLiteral(R"({"address.city": "c2", "items": 37})"));
    browser->applyFilter();
    waitPage(browser.get());
    QCOMPARE(ids(browser.get()), QList<qint64>{37});
}

void TestBackupBrowser::badFilterIsShownPlainly()
{
    auto browser = openBrowser(m_archive);
    QVERIFY(browser);
    browser->selectCollection(QStringLiteral("orders"));
    waitPage(browser.get());
    const QList<qint64> before = ids(browser.get());
    auto *filter = browser->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    filter->setText(QStringLiteral(R"({"total": {"$where": "1"}})"));
    browser->applyFilter();
    QVERIFY2(browser->filterError().contains(QLatin1String("$where")), qPrintable(browser->filterError()));
    QCOMPARE(ids(browser.get()), before); // the page stays
    filter->setText(QStringLiteral(R"({"total": )"));
    browser->applyFilter();
    QVERIFY(!browser->filterError().isEmpty());
    filter->clear();
    browser->applyFilter();
    QVERIFY(browser->filterError().isEmpty());
}

void TestBackupBrowser::goToDocumentN()
{
    auto browser = openBrowser(m_archive);
    QVERIFY(browser);
    browser->selectCollection(QStringLiteral("orders"));
    waitPage(browser.get());
    auto *spin = browser->findChild<QSpinBox *>(QStringLiteral("goToSpin"));
    spin->setValue(101);
    browser->findChild<QAbstractButton *>(QStringLiteral("goToButton"))->click();
    waitPage(browser.get());
    QCOMPARE(numbers(browser.get()).first(), 100);
    QCOMPARE(ids(browser.get()).first(), 100);
    QCOMPARE(browser->page().documents.size(), 20);
    QCOMPARE(browser->model()->index(0, 0).data().toLongLong(), 101);
}

void TestBackupBrowser::scrollingTheTableFetchesMore()
{
    // The big collection: 300,000 documents, read 50 at a time as the table is scrolled down.
    auto browser = openBrowser(m_runbook);
    QVERIFY(browser);
    browser->selectCollection(QStringLiteral("big"));
    waitPage(browser.get());
    auto *table = browser->findChild<QTableView *>(QStringLiteral("documentTable"));
    DocumentTableModel *model = browser->model();
    QCOMPARE(model->rowCount(), BackupBrowser::PageSize);
    QVERIFY(model->canFetchMore(QModelIndex()));
    QSignalSpy shown(browser.get(), &BackupBrowser::pageShown);
    table->scrollToBottom();
    // The view asked for more; the rows come off the GUI thread, then are appended.
    QVERIFY(model->isFetching() || model->rowCount() > BackupBrowser::PageSize);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2 * BackupBrowser::PageSize, kTimeoutMs);
    waitPage(browser.get());
    table->scrollToBottom();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3 * BackupBrowser::PageSize, kTimeoutMs);
    waitPage(browser.get());
    QList<qint64> expected;
    for (int i = 0; i < 3 * BackupBrowser::PageSize; ++i)
        expected << i;
    QCOMPARE(numbers(browser.get()), expected);
    QCOMPARE(ids(browser.get()), expected);
    QCOMPARE(model->index(149, 0).data().toLongLong(), 150);
    QCOMPARE(browser->findChild<QTreeWidget *>(QStringLiteral("documentTree"))->topLevelItemCount(), 150);
    QCOMPARE(browser->statusText(), tr("Documents 1–150 of big."));
    QVERIFY(shown.size() >= 2);
    // Next goes on after the last row shown.
    browser->findChild<QAbstractButton *>(QStringLiteral("nextButton"))->click();
    waitPage(browser.get());
    QCOMPARE(numbers(browser.get()).first(), 150);
    QCOMPARE(model->rowCount(), BackupBrowser::PageSize);

    // A collection that ends: fetching stops at its last document.
    auto small = openBrowser(m_archive);
    QVERIFY(small);
    small->selectCollection(QStringLiteral("orders"));
    waitPage(small.get());
    auto *smallTable = small->findChild<QTableView *>(QStringLiteral("documentTable"));
    for (int i = 0; i < 5 && small->model()->rowCount() < kOrders; ++i) {
        smallTable->scrollToBottom();
        QTest::qWait(50);
        waitPage(small.get());
    }
    QCOMPARE(small->model()->rowCount(), kOrders);
    QVERIFY(!small->model()->canFetchMore(QModelIndex()));
    QVERIFY(!small->findChild<QAbstractButton *>(QStringLiteral("nextButton"))->isEnabled());
}

void TestBackupBrowser::restoreTheseDocumentsAsksForTheFilterOrTheIds()
{
    auto browser = openBrowser(m_archive);
    QVERIFY(browser);
    browser->selectCollection(QStringLiteral("orders"));
    waitPage(browser.get());
    auto *filter = browser->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    filter->setText(QStringLiteral(R"({"status": "cancelled"})"));
    browser->applyFilter();
    waitPage(browser.get());
    filter->setText(QStringLiteral(R"({"typed": "but not applied"})"));
    QSignalSpy asked(browser.get(), &BackupBrowser::restoreDocumentsRequested);
    auto *button = browser->findChild<QAbstractButton *>(QStringLiteral("restoreDocumentsButton"));
    QVERIFY(button && button->isEnabled());
    button->click();
    QCOMPARE(asked.size(), 1);
    auto request = asked.takeFirst().at(0).value<SurgicalRestoreRequest>();
    QCOMPARE(request.archivePath, m_archive);
    QCOMPARE(request.collection, QStringLiteral("orders"));
    QCOMPARE(request.filterJson, QStringLiteral(R"({"status": "cancelled"})")); // the filter applied
    QVERIFY(request.ids.isEmpty());

    // Selected rows: their _ids, as canonical Extended JSON.
    auto *table = browser->findChild<QTableView *>(QStringLiteral("documentTable"));
    table->selectRow(1);
    table->selectionModel()->select(browser->model()->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    request = browser->surgicalRequest();
    QVERIFY(request.filterJson.isEmpty());
    QCOMPARE(request.ids, (QList<QByteArray>{R"({"$numberInt":"4"})", R"({"$numberInt":"8"})"}));
}

void TestBackupBrowser::exportWritesExactlyTheShownDocuments()
{
    auto browser = openBrowser(m_archive);
    QVERIFY(browser);
    browser->selectCollection(QStringLiteral("orders"));
    waitPage(browser.get());
    browser->goToDocument(61);
    waitPage(browser.get());
    const QList<qint64> shown = ids(browser.get());
    QCOMPARE(shown.size(), 50);

    const QString jsonl = m_dir.filePath(QStringLiteral("shown.jsonl"));
    QCOMPARE(browser->exportTo(jsonl), QString());
    const QList<QByteArray> lines = test::readFile(jsonl).split('\n');
    QCOMPARE(lines.size(), shown.size() + 1); // and a final newline
    QVERIFY(lines.last().isEmpty());
    for (int i = 0; i < shown.size(); ++i) {
        // Canonical Extended JSON, each line one whole document.
        QCOMPARE(lines.at(i), browser->page().documents.at(i).canonicalJson);
        auto doc = ExtJsonCodec::decode(lines.at(i));
        QVERIFY(doc);
        bson_iter_t it;
        QVERIFY(bson_iter_init_find(&it, doc->get(), "_id"));
        QCOMPARE(qint64(bson_iter_as_int64(&it)), shown.at(i));
    }

    // Selected rows only, as CSV.
    auto *table = browser->findChild<QTableView *>(QStringLiteral("documentTable"));
    table->selectRow(4);
    table->selectionModel()->select(browser->model()->index(7, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QString csv = m_dir.filePath(QStringLiteral("chosen.csv"));
    QCOMPARE(browser->exportTo(csv), QString());
    const QByteArray expected = "_id,status,total,address,items\r\n"
                                "64,cancelled,192,\"{\"\"city\"\":\"\"c1\"\",\"\"zip\"\":\"\"10064\"\"}\",\"[1,2,64]\"\r\n"
                                "67,shipped,201,\"{\"\"city\"\":\"\"c4\"\",\"\"zip\"\":\"\"10067\"\"}\",\"[1,2,67]\"\r\n";
    QCOMPARE(test::readFile(csv), expected);
}

void TestBackupBrowser::staysResponsiveReadingDeepIntoABigCollection()
{
    auto browser = openBrowser(m_runbook);
    QVERIFY(browser);
    auto *list = browser->findChild<QTreeWidget *>(QStringLiteral("collectionList"));
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(1), tr("unknown")); // no manifest, so no count
    browser->selectCollection(QStringLiteral("big"));
    waitPage(browser.get());

    // Deep into the collection: the archive is streamed up to there, off the GUI thread. A
    // timer on the GUI thread keeps firing meanwhile, and the widgets answer.
    QSignalSpy shown(browser.get(), &BackupBrowser::pageShown);
    int ticks = 0;
    qint64 longestGapMs = 0;
    QElapsedTimer sinceTick;
    QTimer timer;
    timer.setInterval(10);
    connect(&timer, &QTimer::timeout, this, [&] {
        if (sinceTick.isValid())
            longestGapMs = qMax(longestGapMs, sinceTick.elapsed());
        sinceTick.start();
        ++ticks;
    });
    QElapsedTimer took;
    took.start();
    timer.start();
    browser->goToDocument(kBigCollection - 9);
    QVERIFY(browser->isLoading());
    auto *filter = browser->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QTest::keyClicks(filter, QStringLiteral("{}")); // typing while it reads
    QCOMPARE(filter->text(), QStringLiteral("{}"));
    waitPage(browser.get());
    timer.stop();
    const qint64 ms = took.elapsed();
    qInfo("page at document %d of %d read in %lld ms; GUI timer ticked %d times, longest gap %lld ms", kBigCollection - 9,
          kBigCollection, ms, ticks, longestGapMs);
    QCOMPARE(shown.size(), 1);
    QCOMPARE(numbers(browser.get()).first(), kBigCollection - 10);
    QCOMPARE(browser->page().documents.size(), 10);
    QVERIFY(ticks >= 3);

    // Moving on cancels the page being read: only the newest request is shown.
    shown.clear();
    browser->goToDocument(kBigCollection - 100);
    browser->goToDocument(1);
    waitPage(browser.get());
    QTest::qWait(200);
    QCOMPARE(shown.size(), 1);
    QCOMPARE(numbers(browser.get()).first(), 0);
}

void TestBackupBrowser::showsAHugeDocumentCut()
{
    auto browser = openBrowser(m_runbook);
    QVERIFY(browser);
    browser->selectCollection(QStringLiteral("huge"));
    waitPage(browser.get());
    QCOMPARE(browser->page().documents.size(), 1);
    QVERIFY(browser->page().documents.first().relaxedJson.size() > kHugeString);
    const QString cell = browser->model()->index(0, 2).data().toString();
    QVERIFY(cell.startsWith(QLatin1String("xxxx")));
    QVERIFY(cell.size() <= 201);
    QCOMPARE(browser->model()->index(0, 3).data().toString(), QStringLiteral("7"));
    auto *text = browser->findChild<QPlainTextEdit *>(QStringLiteral("jsonText"));
    QVERIFY(text->toPlainText().size() < 1024 * 1024);
    QVERIFY(text->toPlainText().contains(tr("copy or export it to get all of it")));
    // Export still writes the whole document.
    const QString jsonl = m_dir.filePath(QStringLiteral("huge.jsonl"));
    QCOMPARE(browser->exportTo(jsonl), QString());
    QCOMPARE(QFileInfo(jsonl).size(), browser->page().documents.first().canonicalJson.size() + 1);
}

QTEST_MAIN(TestBackupBrowser)
#include "TestBackupBrowser.moc"

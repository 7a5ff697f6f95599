// The "Safe change" assistant walked like a user would, against the real test server, through
// the snapshot-and-rollback tutorial: the v1.0 shop (5 products with 4 fields) is snapshotted
// before the upgrade; the test plays the upgrade (7 products with 8 fields) while the assistant
// waits; the check shows +2 documents and the 4 new fields, and the user's own validation
// command failing; Roll back shows its plan (nothing written yet), wants the database's name,
// and leaves exactly the 5 original products. A second run keeps the change (on a production
// profile: the banner shows before a rollback could be chosen).
#include "core/mongo/DatabaseCatalog.h"
#include "app/widgets/DatabasePicker.h"
#include "app/jobs/Job.h"
#include "app/jobs/JobManager.h"
#include "app/safechange/SafeChangeAssistant.h"
#include "app/safechange/SafeChangeCheckPage.h"
#include "app/safechange/SafeChangeDecisionPage.h"
#include "app/safechange/SafeChangeSnapshotPage.h"
#include "core/snapshot/SnapshotStore.h"
#include "TestBson.h"
#include "TestServer.h"
#include "TestWidgets.h"
#include "TutorialCatalog.h"
#include "app/widgets/VerificationTableModel.h"
#include "app/window/Workspace.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace lifeboat;
using namespace lifeboat::app;
using namespace lifeboat::test;

namespace {

constexpr int kSlowMs = 120000;



} // namespace

class TestSafeChangeAssistant : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void tutorialUpgradeCheckedAndRolledBack();
    void keepLeavesTheChangeAndTheSnapshot();
    void ownCheckOnlyReadsAndIsJudgedHonestly();

private:
    QList<QByteArray> products(const QString &db);
    QStringList collections(const QString &db);
    void dropCollection(const QString &db, const QString &collection);
    void click(QAbstractButton *button);
    // Page 1 on `db` of `profileId`, the snapshot taken; returns its name.
    QString takeSnapshot(SafeChangeAssistant &assistant, const QString &profileId, const QString &db);

    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_dir;
    QString m_folder;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
    QString m_devId;
    QString m_productionId;
    QStringList m_dropLater;
};

void TestSafeChangeAssistant::initTestCase()
{
    QVERIFY2(!TestServer::uri().isEmpty(), qPrintable(TestServer::whyUnavailable()));
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<TestServer>();
    m_folder = m_dir.filePath(QStringLiteral("snapshots"));
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("lifeboat.ini")), QSettings::IniFormat);
    m_workspace = std::make_unique<Workspace>(m_settings.get());
    m_workspace->setSnapshotFolder(m_folder);
    profiles::ConnectionProfile profile;
    profile.name = QStringLiteral("Test server");
    profile.connectionString = m_server->uriString();
    auto dev = m_workspace->profiles()->add(profile);
    QVERIFY2(dev.ok(), dev.ok() ? "" : qPrintable(dev.error().toString()));
    m_devId = dev->id;
    profile.name = QStringLiteral("Test server (production)");
    profile.environment = profiles::ConnectionProfile::Environment::Production;
    auto production = m_workspace->profiles()->add(profile);
    QVERIFY(production.ok());
    m_productionId = production->id;
    m_workspace->setCurrentProfileId(m_devId);
}

void TestSafeChangeAssistant::cleanupTestCase()
{
    if (m_workspace)
        m_workspace->jobs()->cancelAllAndWait();
    if (m_server) {
        for (const QString &db : std::as_const(m_dropLater))
            m_server->drop(db);
    }
}

QList<QByteArray> TestSafeChangeAssistant::products(const QString &db)
{
    QList<QByteArray> out;
    for (const QByteArray &bson : m_server->documents(db, QStringLiteral("products")))
        out << canonical(BsonDocument::fromData(bson).get());
    std::sort(out.begin(), out.end());
    return out;
}

QStringList TestSafeChangeAssistant::collections(const QString &db)
{
    auto client = m_server->pool().acquire();
    auto listed = DatabaseCatalog::collections(client, db);
    if (!listed)
        qFatal("%s", qPrintable(listed.error().message));
    QStringList names;
    for (const auto &c : *listed) {
        if (!c.isSystem())
            names << c.name;
    }
    names.sort();
    return names;
}

void TestSafeChangeAssistant::dropCollection(const QString &db, const QString &collection)
{
    auto client = m_server->pool().acquire();
    BsonDocument cmd;
    BSON_APPEND_UTF8(cmd.get(), "drop", collection.toUtf8().constData());
    QVERIFY(client.command(db, cmd.get()).ok());
}

void TestSafeChangeAssistant::click(QAbstractButton *button)
{
    QVERIFY(button);
    QVERIFY2(button->isVisible(), qPrintable(button->text()));
    QVERIFY2(button->isEnabled(), qPrintable(button->text()));
    // Radio buttons take clicks on their indicator and text only, not on the rest of their row.
    const QPoint at = qobject_cast<QRadioButton *>(button) ? QPoint(8, button->height() / 2) : button->rect().center();
    QTest::mouseClick(button, Qt::LeftButton, {}, at);
}

QString TestSafeChangeAssistant::takeSnapshot(SafeChangeAssistant &assistant, const QString &profileId, const QString &db)
{
    SafeChangeSnapshotPage *page = assistant.snapshotPage();
    page->picker()->setProfileId(profileId);
    if (!QTest::qWaitFor([page] { return page->picker()->databasesLoaded(); }, kSlowMs))
        return {};
    child<QComboBox>(&assistant, "databaseCombo")->setCurrentText(db);
    auto *take = child<QPushButton>(&assistant, "takeSnapshotButton");
    if (!take->isEnabled()) {
        qWarning("Take the snapshot is disabled: %s", qPrintable(page->blockedBecause()));
        return {};
    }
    // Next waits for the snapshot.
    if (assistant.button(QWizard::CommitButton)->isEnabled())
        return {};
    QSignalSpy ended(page, &SafeChangeSnapshotPage::snapshotEnded);
    QTest::mouseClick(take, Qt::LeftButton);
    if (!page->isTaking() || !ended.wait(kSlowMs) || !assistant.session()->snapshot)
        return {};
    return assistant.session()->snapshotName();
}

void TestSafeChangeAssistant::tutorialUpgradeCheckedAndRolledBack()
{
    const QString db = TestServer::uniqueDatabase(QStringLiteral("safe_change_shop"));
    m_dropLater << db << db + QStringLiteral("_lifeboat_verify");
    m_server->insertJson(db, QStringLiteral("products"), tutorialV1Products());
    const QList<QByteArray> v1 = products(db);
    QCOMPARE(v1.size(), 5);

    SafeChangeAssistant assistant(m_workspace.get(), m_workspace->snapshotFolder());
    assistant.show();
    QVERIFY(QTest::qWaitForWindowExposed(&assistant));
    QCOMPARE(assistant.objectName(), QStringLiteral("safeChangeAssistant"));
    QCOMPARE(assistant.currentId(), int(SafeChangeAssistant::SnapshotPage));

    // 1. The pre-change snapshot: purpose and versions filled in, the tutorial's name.
    QCOMPARE(child<QLineEdit>(&assistant, "purposeEdit")->text(), QStringLiteral("pre_upgrade"));
    QTest::keyClicks(child<QLineEdit>(&assistant, "versionBeforeEdit"), QStringLiteral("1.0"));
    QTest::keyClicks(child<QLineEdit>(&assistant, "versionTargetEdit"), QStringLiteral("2.0"));
    const QRegularExpression convention(QStringLiteral("^pre_upgrade_v1\\.0_\\d{8}_\\d{6}$"));
    QVERIFY2(convention.match(child<QLabel>(&assistant, "proposedNameLabel")->text()).hasMatch(),
             qPrintable(child<QLabel>(&assistant, "proposedNameLabel")->text()));
    const QString name = takeSnapshot(assistant, m_devId, db);
    QVERIFY2(convention.match(name).hasMatch(), qPrintable(name));
    QCOMPARE(assistant.session()->snapshotJob->kind(), QStringLiteral("snapshot"));
    QVERIFY2(child<QLabel>(&assistant, "snapshotStatusLabel")->text().contains(name), qPrintable(child<QLabel>(&assistant, "snapshotStatusLabel")->text()));
    {
        auto entry = SnapshotStore(m_folder).find(name);
        QVERIFY(entry.ok());
        QCOMPARE(entry->info.purpose, QStringLiteral("pre_upgrade"));
        QCOMPARE(entry->info.versionBefore, QStringLiteral("1.0"));
        QCOMPARE(entry->info.versionTarget, QStringLiteral("2.0"));
        QCOMPARE(entry->documents, 5);
        QVERIFY(entry->info.deleteAfter > QDateTime::currentDateTimeUtc().addDays(29));
    }
    click(assistant.button(QWizard::CommitButton));

    // 2. Waits for the upgrade; the user's own check for afterwards.
    QCOMPARE(assistant.currentId(), int(SafeChangeAssistant::UpgradePage));
    QVERIFY(child<QLabel>(&assistant, "upgradeTextLabel")->text().contains(name));
    QVERIFY(!assistant.button(QWizard::BackButton)->isEnabled()); // no way back to before the snapshot
    auto *command = child<QPlainTextEdit>(&assistant, "validationCommandEdit");
    command->setPlainText(QStringLiteral("{\"count\": \"products\""));
    QVERIFY(!assistant.button(QWizard::NextButton)->isEnabled());
    QVERIFY(!child<QLabel>(&assistant, "validationStatusLabel")->text().isEmpty());
    command->setPlainText(QStringLiteral(R"({"count": "products", "query": {"price": {"$gt": 0}}})"));
    QTest::keyClicks(child<QLineEdit>(&assistant, "expectedResultEdit"), QStringLiteral(R"({"n": 5})"));
    QVERIFY(assistant.button(QWizard::NextButton)->isEnabled());

    // The test plays the upgrade to v2.0 meanwhile: 7 products with 8 fields.
    dropCollection(db, QStringLiteral("products"));
    m_server->insertJson(db, QStringLiteral("products"), tutorialV2Products());
    const QList<QByteArray> v2 = products(db);
    QCOMPARE(v2.size(), 7);
    click(assistant.button(QWizard::NextButton));

    // 3. The check: +2 documents, the 4 new fields, the user's check failing (7, not 5).
    QCOMPARE(assistant.currentId(), int(SafeChangeAssistant::CheckPage));
    QTRY_VERIFY_WITH_TIMEOUT(assistant.button(QWizard::NextButton)->isEnabled(), kSlowMs);
    auto *drift = child<QTableWidget>(&assistant, "driftTable");
    QCOMPARE(drift->rowCount(), 1);
    const int row = rowOf(drift, QStringLiteral("products"));
    QVERIFY(row >= 0);
    QCOMPARE(drift->item(row, SafeChangeCheckPage::SnapshotColumn)->text(), QStringLiteral("5"));
    QCOMPARE(drift->item(row, SafeChangeCheckPage::NowColumn)->text(), QStringLiteral("7"));
    QCOMPARE(drift->item(row, SafeChangeCheckPage::DifferenceColumn)->text(), QStringLiteral("+2"));
    QCOMPARE(drift->item(row, SafeChangeCheckPage::FieldsAddedColumn)->text(), QStringLiteral("category, description, rating, review_count"));
    QCOMPARE(drift->item(row, SafeChangeCheckPage::FieldsRemovedColumn)->text(), QString());
    QCOMPARE(drift->item(row, SafeChangeCheckPage::StatusColumn)->text(), QStringLiteral("changed"));
    const QString summary = child<QLabel>(&assistant, "checkSummaryLabel")->text();
    QVERIFY2(summary.contains(QStringLiteral("+2 documents (5 → 7)")) && summary.contains(QStringLiteral("fields added: category, description, rating, review_count")),
             qPrintable(summary));
    auto *validation = child<QLabel>(&assistant, "validationResultLabel");
    QVERIFY(validation->isVisible());
    QVERIFY2(validation->text().contains(QStringLiteral("failed: n is 7, expected 5")), qPrintable(validation->text()));
    QVERIFY(assistant.session()->check && assistant.session()->check->changed());
    QCOMPARE(products(db), v2); // a check writes nothing
    click(assistant.button(QWizard::NextButton));

    // 4. Roll back: its plan first, and nothing written until the name is typed.
    QCOMPARE(assistant.currentId(), int(SafeChangeAssistant::DecisionPage));
    QAbstractButton *commit = assistant.button(QWizard::CommitButton);
    QVERIFY(!commit->isEnabled()); // neither Keep nor Roll back chosen yet
    QVERIFY(child<QLabel>(&assistant, "decisionSummaryLabel")->text().contains(QStringLiteral("FAILED")));
    QSignalSpy planned(assistant.decisionPage(), &SafeChangeDecisionPage::planned);
    click(child<QRadioButton>(&assistant, "rollbackRadio"));
    QVERIFY(planned.wait(kSlowMs));
    auto *plan = child<QTableWidget>(&assistant, "rollbackPlanTable");
    QCOMPARE(plan->rowCount(), 1);
    QCOMPARE(plan->item(0, SafeChangeDecisionPage::CollectionColumn)->text(), QStringLiteral("products"));
    QCOMPARE(plan->item(0, SafeChangeDecisionPage::ActionColumn)->text(), QStringLiteral("drop and recreate from the snapshot"));
    QCOMPARE(plan->item(0, SafeChangeDecisionPage::SnapshotColumn)->text(), QStringLiteral("5"));
    QCOMPARE(plan->item(0, SafeChangeDecisionPage::NowColumn)->text(), QStringLiteral("7"));
    const QString planText = child<QLabel>(&assistant, "planStatusLabel")->text();
    QVERIFY2(planText.contains(QStringLiteral("safety snapshot")) && planText.contains(db + QStringLiteral("_lifeboat_verify")), qPrintable(planText));
    QVERIFY(!child<QLabel>(assistant.decisionPage(), "productionBanner")->isVisible()); // a development profile
    QCOMPARE(commit->text().remove(QLatin1Char('&')), QStringLiteral("Roll back"));
    auto *confirm = child<QLineEdit>(&assistant, "confirmNameEdit");
    QVERIFY(confirm->isVisible());
    QVERIFY(!commit->isEnabled());
    QTest::keyClicks(confirm, db.left(db.size() - 1));
    QVERIFY(!commit->isEnabled());
    QTest::keyClicks(confirm, db.right(1));
    QVERIFY(commit->isEnabled());
    QCOMPARE(products(db), v2); // still v2.0: planning wrote nothing
    const QStringList snapshotsBefore = QDir(m_folder).entryList({QStringLiteral("*.tar.gz")}, QDir::Files);
    click(commit);

    // 5. The rollback, verified: exactly the 5 originals again, nothing else.
    QCOMPARE(assistant.currentId(), int(SafeChangeAssistant::ResultPage));
    QVERIFY(assistant.session()->rollbackJob);
    QCOMPARE(assistant.session()->rollbackJob->kind(), QStringLiteral("restore"));
    // Cancel rollback (and the jobs panel's Cancel) asks first, saying what a cancel leaves
    // (issue 14.2): the rollback is staged, so the database would stay as it is.
    const QString warning = assistant.session()->rollbackJob->cancelWarning();
    QVERIFY2(warning.contains(QStringLiteral("staged")) && warning.contains(db), qPrintable(warning));
    QTRY_VERIFY_WITH_TIMEOUT(assistant.button(QWizard::FinishButton)->isEnabled(), kSlowMs);
    QCOMPARE(assistant.session()->rollbackJob->state(), Job::State::Succeeded);
    const QString result = child<QLabel>(&assistant, "resultLabel")->text();
    QVERIFY2(result.contains(QStringLiteral("rolled back to snapshot")) && result.contains(name), qPrintable(result));
    const QAbstractItemModel *report = child<QTableView>(&assistant, "rollbackReportTable")->model();
    QCOMPARE(report->rowCount(), 1);
    QCOMPARE(report->index(0, 0).data(VerificationTableModel::StatusRole).toString(), QStringLiteral("ok"));
    QCOMPARE(products(db), v1);
    QCOMPARE(collections(db), QStringList{QStringLiteral("products")});
    QVERIFY(!collections(db + QStringLiteral("_lifeboat_verify")).contains(QStringLiteral("products"))); // the scratch clone is gone

    // The safety snapshot holds v2.0, beside the pre-change snapshot, which verified ok.
    const auto &outcome = *assistant.session()->rollbackOutcome;
    QVERIFY(!outcome.safetySnapshot.isEmpty());
    QVERIFY(child<QLabel>(&assistant, "safetySnapshotLabel")->text().contains(outcome.safetySnapshot));
    const QStringList snapshotsAfter = QDir(m_folder).entryList({QStringLiteral("*.tar.gz")}, QDir::Files);
    QCOMPARE(snapshotsAfter.size(), snapshotsBefore.size() + 1);
    auto safety = SnapshotStore(m_folder).find(outcome.safetySnapshot);
    QVERIFY(safety.ok());
    QCOMPARE(safety->documents, 7);
    auto pre = SnapshotStore(m_folder).find(name);
    QVERIFY(pre.ok());
    QCOMPARE(pre->verification, SnapshotVerification::Ok);
    click(assistant.button(QWizard::FinishButton));
}

void TestSafeChangeAssistant::keepLeavesTheChangeAndTheSnapshot()
{
    const QString db = TestServer::uniqueDatabase(QStringLiteral("safe_change_keep"));
    m_dropLater << db;
    m_server->insertJson(db, QStringLiteral("products"), tutorialV1Products());

    SafeChangeAssistant assistant(m_workspace.get(), m_workspace->snapshotFolder());
    assistant.show();
    QVERIFY(QTest::qWaitForWindowExposed(&assistant));
    child<QLineEdit>(&assistant, "purposeEdit")->setText(QStringLiteral("pre_import"));
    const QString name = takeSnapshot(assistant, m_productionId, db);
    QVERIFY2(name.startsWith(QStringLiteral("pre_import_")), qPrintable(name));
    click(assistant.button(QWizard::CommitButton));

    // The change: one more product; no validation command.
    m_server->insertJson(db, QStringLiteral("products"),
                         {R"({"_id": {"$numberLong": "6"}, "name": "Webcam", "price": {"$numberInt": "80"}, "stock": {"$numberInt": "60"}})"});
    const QList<QByteArray> changed = products(db);
    click(assistant.button(QWizard::NextButton));
    QTRY_VERIFY_WITH_TIMEOUT(assistant.button(QWizard::NextButton)->isEnabled(), kSlowMs);
    auto *drift = child<QTableWidget>(&assistant, "driftTable");
    QCOMPARE(drift->item(rowOf(drift, QStringLiteral("products")), SafeChangeCheckPage::DifferenceColumn)->text(), QStringLiteral("+1"));
    QCOMPARE(drift->item(rowOf(drift, QStringLiteral("products")), SafeChangeCheckPage::FieldsAddedColumn)->text(), QString());
    QVERIFY(!child<QLabel>(&assistant, "validationResultLabel")->isVisible());
    click(assistant.button(QWizard::NextButton));

    // A production profile: the banner, once a rollback (a write) is on the table.
    QSignalSpy planned(assistant.decisionPage(), &SafeChangeDecisionPage::planned);
    click(child<QRadioButton>(&assistant, "rollbackRadio"));
    auto *banner = child<QLabel>(assistant.decisionPage(), "productionBanner");
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("PRODUCTION")), qPrintable(banner->text()));
    QVERIFY(planned.wait(kSlowMs));
    // Keep instead.
    click(child<QRadioButton>(&assistant, "keepRadio"));
    QAbstractButton *commit = assistant.button(QWizard::CommitButton);
    QCOMPARE(commit->text().remove(QLatin1Char('&')), QStringLiteral("Keep the change"));
    click(commit);
    QCOMPARE(assistant.currentId(), int(SafeChangeAssistant::ResultPage));
    QVERIFY(assistant.button(QWizard::FinishButton)->isEnabled());
    QVERIFY(!assistant.session()->rollbackJob);
    const QString result = child<QLabel>(&assistant, "resultLabel")->text();
    QVERIFY2(result.contains(QStringLiteral("The change is kept")) && result.contains(name), qPrintable(result));
    QCOMPARE(products(db), changed);
    QVERIFY(SnapshotStore(m_folder).find(name).ok());
}

// Issue 14.1: the user's own check only reads. An insert is refused on the page (Next stays
// disabled, the reason shown) and again by the check itself when it reaches it, and nothing is
// written; a find with results passes; a server error and a find with no results fail.
void TestSafeChangeAssistant::ownCheckOnlyReadsAndIsJudgedHonestly()
{
    const QString db = TestServer::uniqueDatabase(QStringLiteral("safe_change_own_check"));
    m_dropLater << db;
    m_server->insertJson(db, QStringLiteral("products"), tutorialV1Products());
    const QList<QByteArray> v1 = products(db);

    SafeChangeAssistant assistant(m_workspace.get(), m_workspace->snapshotFolder());
    assistant.show();
    QVERIFY(QTest::qWaitForWindowExposed(&assistant));
    QVERIFY(!takeSnapshot(assistant, m_devId, db).isEmpty());
    click(assistant.button(QWizard::CommitButton));
    QCOMPARE(assistant.currentId(), int(SafeChangeAssistant::UpgradePage));

    auto *command = child<QPlainTextEdit>(&assistant, "validationCommandEdit");
    auto *status = child<QLabel>(&assistant, "validationStatusLabel");
    const QString insert = QStringLiteral(R"({"insert": "products", "documents": [{"_id": 1, "name": "Duplicate"}]})");
    command->setPlainText(insert);
    QVERIFY(!assistant.button(QWizard::NextButton)->isEnabled());
    QVERIFY2(status->text().contains(QStringLiteral("insert writes to the database")), qPrintable(status->text()));
    command->setPlainText(QStringLiteral(R"({"aggregate": "products", "pipeline": [{"$match": {}}, {"$out": "copy"}], "cursor": {}})"));
    QVERIFY(!assistant.button(QWizard::NextButton)->isEnabled());
    QVERIFY2(status->text().contains(QStringLiteral("$out writes to the database")), qPrintable(status->text()));

    // A find with results passes.
    command->setPlainText(QStringLiteral(R"({"find": "products", "filter": {"price": {"$gt": 0}}})"));
    QVERIFY(status->text().isEmpty());
    QVERIFY(assistant.button(QWizard::NextButton)->isEnabled());
    click(assistant.button(QWizard::NextButton));
    auto *validation = child<QLabel>(&assistant, "validationResultLabel");
    auto checkEnded = [&] {
        return QTest::qWaitFor([&] { return assistant.button(QWizard::NextButton)->isEnabled(); }, kSlowMs);
    };
    QVERIFY(checkEnded());
    QVERIFY2(validation->text().startsWith(QStringLiteral("✓ Your check passed")), qPrintable(validation->text()));
    QVERIFY(assistant.session()->check->validation->passed());

    // The check itself refuses a write that did not come through the page, and sends nothing.
    assistant.session()->validationCommand = insert.toUtf8();
    click(child<QPushButton>(&assistant, "checkAgainButton"));
    QVERIFY(checkEnded());
    QVERIFY2(validation->text().startsWith(QStringLiteral("✗ Your check was not run: insert writes to the database")), qPrintable(validation->text()));
    QVERIFY(assistant.session()->check->validation->refused);
    QCOMPARE(products(db), v1);
    QVERIFY(!assistant.session()->check->changed()); // compared after the (refused) command: nothing changed

    // An error answer fails, and so does a find that finds nothing.
    const QList<std::pair<QString, QString>> failing{
        {QStringLiteral(R"({"count": "products", "query": {"$bogus": 1}})"), QStringLiteral("✗ Your check failed to run:")},
        {QStringLiteral(R"({"find": "products", "filter": {"price": {"$lt": 0}}})"), QStringLiteral("✗ Your check failed: find answered no documents")},
    };
    for (const auto &[json, verdict] : failing) {
        click(assistant.button(QWizard::BackButton));
        QCOMPARE(assistant.currentId(), int(SafeChangeAssistant::UpgradePage));
        command->setPlainText(json);
        click(assistant.button(QWizard::NextButton));
        QVERIFY(checkEnded());
        QVERIFY2(validation->text().startsWith(verdict), qPrintable(validation->text()));
        QVERIFY(!assistant.session()->check->validation->passed());
    }
    QCOMPARE(products(db), v1);

    // F5 checks again (Refresh, issue 14.10): a product added since shows.
    QVERIFY(!assistant.session()->check->changed());
    m_server->insertJson(db, QStringLiteral("products"), {R"({"_id": 9001, "name": "Added later", "price": 1})"});
    assistant.raise();
    assistant.activateWindow();
    QApplication::setActiveWindow(&assistant);
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(&assistant));
    QTest::keyClick(&assistant, Qt::Key_F5);
    QVERIFY(!assistant.button(QWizard::NextButton)->isEnabled()); // checking
    QVERIFY(checkEnded());
    QVERIFY(assistant.session()->check->changed());
}

QTEST_MAIN(TestSafeChangeAssistant)
#include "TestSafeChangeAssistant.moc"

// The "Safe change" assistant and Prune… on a MatrixOne profile (password in the real
// keychain), against the real MatrixOne test server, in the tutorial's scenario: five v1.0
// products with four columns snapshotted before the upgrade (the server's own snapshot); the
// test plays the v2.0 upgrade (new columns, seven products) while the assistant waits (its own
// check is off on MatrixOne, and says so); the check shows +2 rows and the four new columns;
// Roll back shows the server's plan, wants the database's name typed, and leaves exactly the
// five rows and four columns, with a safety snapshot. Then Prune… in the Snapshots view
// deletes exactly the snapshots its policy marks, from the server.
#include "app/jobs/Job.h"
#include "app/jobs/JobManager.h"
#include "app/safechange/SafeChangeAssistant.h"
#include "app/safechange/SafeChangeCheckPage.h"
#include "app/safechange/SafeChangeDecisionPage.h"
#include "app/safechange/SafeChangeSnapshotPage.h"
#include "app/snapshots/PruneDialog.h"
#include "app/snapshots/SnapshotTableModel.h"
#include "app/snapshots/SnapshotsView.h"
#include "app/widgets/DatabasePicker.h"
#include "app/widgets/VerificationTableModel.h"
#include "app/window/Workspace.h"
#include "core/matrixone/MatrixOneConnection.h"
#include "core/matrixone/MatrixOneUri.h"
#include "MatrixOneShop.h"
#include "MatrixOneTestServer.h"
#include "TestWidgets.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace lifeboat;
using namespace lifeboat::app;
using lifeboat::test::child;
using lifeboat::test::rowOf;
using lifeboat::test::MatrixOneShop;
using lifeboat::test::MatrixOneTestServer;

namespace {

constexpr int kSlowMs = 180000;

void click(QAbstractButton *button)
{
    QVERIFY(button);
    QVERIFY2(button->isVisible(), qPrintable(button->text()));
    QVERIFY2(button->isEnabled(), qPrintable(button->text()));
    const QPoint at = qobject_cast<QRadioButton *>(button) ? QPoint(8, button->height() / 2) : button->rect().center();
    QTest::mouseClick(button, Qt::LeftButton, {}, at);
}

} // namespace

class TestMatrixOneSafeChange : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void tutorialUpgradeCheckedAndRolledBack();
    void pruneDeletesWhatThePolicyMarksFromTheServer();

private:
    void sql(const QString &statement);
    qint64 count(const QString &query);
    QStringList columns();
    QStringList serverSnapshots();

    QTemporaryDir m_dir;
    MatrixOneShop m_shop; // the server's session, the database, the workspace with its profile
    QStringList m_snapshots; // taken by the assistant: the pre-change and the safety snapshot
};

void TestMatrixOneSafeChange::sql(const QString &statement)
{
    const Status st = m_shop.db->exec(statement);
    QVERIFY2(st, qPrintable(st ? QString() : st.error().message));
}

qint64 TestMatrixOneSafeChange::count(const QString &query)
{
    auto v = m_shop.db->scalar(query);
    return v ? v->toLongLong() : -1;
}

QStringList TestMatrixOneSafeChange::columns()
{
    auto shape = m_shop.db->query(QStringLiteral("SELECT * FROM %1.products LIMIT 0").arg(m_shop.database));
    return shape ? shape->columns : QStringList{shape.error().message};
}

QStringList TestMatrixOneSafeChange::serverSnapshots()
{
    QStringList names;
    auto r = m_shop.db->query(QStringLiteral("SHOW SNAPSHOTS"));
    if (!r)
        return {r.error().message};
    for (int row = 0; row < r->values.size(); ++row)
        names << r->value(row, QStringLiteral("snapshot_name")).toString();
    return names;
}

void TestMatrixOneSafeChange::initTestCase()
{
    QString why;
    const QString uri = MatrixOneTestServer::uri(&why);
    if (uri.isEmpty())
        QSKIP(qPrintable(why));
    const QString failed = m_shop.setUp(uri, QStringLiteral("gui_sc"), m_dir.path());
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestMatrixOneSafeChange::cleanupTestCase()
{
    if (m_shop.workspace)
        m_shop.workspace->jobs()->cancelAllAndWait();
    if (!m_shop.db)
        return;
    const QStringList onServer = serverSnapshots();
    for (const QString &name : std::as_const(m_snapshots)) {
        if (onServer.contains(name))
            (void)m_shop.db->exec(QStringLiteral("DROP SNAPSHOT %1").arg(name));
    }
    (void)m_shop.db->exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(m_shop.database));
    (void)m_shop.db->exec(QStringLiteral("DROP DATABASE IF EXISTS %1_lifeboat_verify").arg(m_shop.database));
}

void TestMatrixOneSafeChange::tutorialUpgradeCheckedAndRolledBack()
{
    SafeChangeAssistant assistant(m_shop.workspace.get(), m_shop.workspace->snapshotFolder());
    assistant.show();
    QVERIFY(QTest::qWaitForWindowExposed(&assistant));

    // 1. The pre-change snapshot: the databases listed over the MySQL protocol, a name MatrixOne takes.
    SafeChangeSnapshotPage *page = assistant.snapshotPage();
    page->picker()->setProfileId(m_shop.profileId);
    QTRY_VERIFY_WITH_TIMEOUT(page->picker()->databasesLoaded(), kSlowMs);
    QVERIFY2(page->picker()->databases().contains(m_shop.database), qPrintable(page->picker()->databases().join(QLatin1Char(','))));
    child<QComboBox>(&assistant, "databaseCombo")->setCurrentText(m_shop.database);
    QTest::keyClicks(child<QLineEdit>(&assistant, "versionBeforeEdit"), QStringLiteral("1.0"));
    QTest::keyClicks(child<QLineEdit>(&assistant, "versionTargetEdit"), QStringLiteral("2.0"));
    const QRegularExpression convention(QStringLiteral("^pre_upgrade_v1_0_\\d{8}_\\d{6}$"));
    QVERIFY2(convention.match(child<QLabel>(&assistant, "proposedNameLabel")->text()).hasMatch(),
             qPrintable(child<QLabel>(&assistant, "proposedNameLabel")->text()));
    auto *take = child<QPushButton>(&assistant, "takeSnapshotButton");
    QVERIFY2(take->isEnabled(), qPrintable(page->blockedBecause()));
    QSignalSpy ended(page, &SafeChangeSnapshotPage::snapshotEnded);
    QTest::mouseClick(take, Qt::LeftButton);
    QVERIFY(ended.wait(kSlowMs));
    QVERIFY2(assistant.session()->snapshot, qPrintable(child<QLabel>(&assistant, "snapshotStatusLabel")->text()));
    const QString name = assistant.session()->snapshotName();
    m_snapshots << name;
    QVERIFY2(convention.match(name).hasMatch(), qPrintable(name));
    QVERIFY(assistant.session()->isMatrixOne());
    QCOMPARE(assistant.session()->snapshotJob->kind(), QStringLiteral("snapshot"));
    QVERIFY(serverSnapshots().contains(name));
    const QString taken = child<QLabel>(&assistant, "snapshotStatusLabel")->text();
    QVERIFY2(taken.contains(name) && taken.contains(QStringLiteral("5 row")), qPrintable(taken));
    click(assistant.button(QWizard::CommitButton));

    // 2. Waits for the upgrade; the own check (MongoDB commands) is off, and says so.
    QCOMPARE(assistant.currentId(), int(SafeChangeAssistant::UpgradePage));
    QVERIFY(!child<QPlainTextEdit>(&assistant, "validationCommandEdit")->isEnabled());
    QVERIFY(child<QLabel>(&assistant, "validationStatusLabel")->text().contains(QStringLiteral("MatrixOne")));
    // The test plays the v2.0 upgrade meanwhile: four new columns, seven products.
    sql(QStringLiteral("DROP TABLE %1.products").arg(m_shop.database));
    sql(QStringLiteral("CREATE TABLE %1.products (id BIGINT PRIMARY KEY AUTO_INCREMENT, name VARCHAR(200), category VARCHAR(100), description TEXT,"
                       " price INT, stock INT, rating FLOAT, review_count INT)").arg(m_shop.database));
    sql(QStringLiteral("INSERT INTO %1.products (name, category, description, price, stock, rating, review_count) VALUES"
                       " ('Gaming Laptop', 'Computers', 'RTX', 1500, 20, 4.5, 120), ('Wireless Mouse', 'Accessories', 'Quiet', 30, 150, 4.2, 310),"
                       " ('Mechanical Keyboard', 'Accessories', 'Blue', 120, 80, 4.7, 95), ('4K Monitor', 'Displays', '27 inch', 400, 45, 4.6, 60),"
                       " ('USB-C Hub', 'Accessories', '7 ports', 50, 200, 4.1, 45), ('Smart Watch', 'Wearables', 'GPS', 250, 60, 4.8, 12),"
                       " ('Noise Cancelling Headphones', 'Audio', 'ANC', 300, 35, 4.9, 8)").arg(m_shop.database));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM %1.products").arg(m_shop.database)), 7);
    click(assistant.button(QWizard::NextButton));

    // 3. The check: +2 rows and the four new columns.
    QCOMPARE(assistant.currentId(), int(SafeChangeAssistant::CheckPage));
    QTRY_VERIFY_WITH_TIMEOUT(assistant.button(QWizard::NextButton)->isEnabled(), kSlowMs);
    auto *drift = child<QTableWidget>(&assistant, "driftTable");
    QVERIFY2(assistant.session()->check, qPrintable(assistant.session()->checkError));
    QCOMPARE(drift->rowCount(), 1);
    const int row = rowOf(drift, QStringLiteral("products"));
    QVERIFY(row >= 0);
    QCOMPARE(drift->horizontalHeaderItem(0)->text(), QStringLiteral("Table"));
    QCOMPARE(drift->item(row, SafeChangeCheckPage::SnapshotColumn)->text(), QStringLiteral("5"));
    QCOMPARE(drift->item(row, SafeChangeCheckPage::NowColumn)->text(), QStringLiteral("7"));
    QCOMPARE(drift->item(row, SafeChangeCheckPage::DifferenceColumn)->text(), QStringLiteral("+2"));
    QCOMPARE(drift->item(row, SafeChangeCheckPage::FieldsAddedColumn)->text(), QStringLiteral("category, description, rating, review_count"));
    QCOMPARE(drift->item(row, SafeChangeCheckPage::FieldsRemovedColumn)->text(), QString());
    QCOMPARE(drift->item(row, SafeChangeCheckPage::StatusColumn)->text(), QStringLiteral("changed"));
    const QString summary = child<QLabel>(&assistant, "checkSummaryLabel")->text();
    QVERIFY2(summary.contains(QStringLiteral("+2 rows (5 → 7)")) && summary.contains(QStringLiteral("columns added: category, description, rating, review_count")),
             qPrintable(summary));
    QVERIFY(!child<QLabel>(&assistant, "validationResultLabel")->isVisible());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM %1.products").arg(m_shop.database)), 7); // a check writes nothing
    click(assistant.button(QWizard::NextButton));

    // 4. Roll back: the server's plan first, nothing written until the database's name is typed.
    QCOMPARE(assistant.currentId(), int(SafeChangeAssistant::DecisionPage));
    QAbstractButton *commit = assistant.button(QWizard::CommitButton);
    QSignalSpy planned(assistant.decisionPage(), &SafeChangeDecisionPage::planned);
    click(child<QRadioButton>(&assistant, "rollbackRadio"));
    QVERIFY(planned.wait(kSlowMs));
    auto *plan = child<QTableWidget>(&assistant, "rollbackPlanTable");
    const QString planText = child<QLabel>(&assistant, "planStatusLabel")->text();
    QCOMPARE(plan->rowCount(), 1);
    QCOMPARE(plan->item(0, SafeChangeDecisionPage::CollectionColumn)->text(), QStringLiteral("products"));
    QCOMPARE(plan->item(0, SafeChangeDecisionPage::ActionColumn)->text(), QStringLiteral("put back as the snapshot holds it"));
    QCOMPARE(plan->item(0, SafeChangeDecisionPage::SnapshotColumn)->text(), QStringLiteral("5"));
    QCOMPARE(plan->item(0, SafeChangeDecisionPage::NowColumn)->text(), QStringLiteral("7"));
    QVERIFY2(planText.contains(QStringLiteral("RESTORE ACCOUNT")) && planText.contains(QStringLiteral("safety snapshot")), qPrintable(planText));
    auto *confirm = child<QLineEdit>(&assistant, "confirmNameEdit");
    QVERIFY(confirm->isVisible());
    QVERIFY(!commit->isEnabled());
    QTest::keyClicks(confirm, m_shop.database.left(m_shop.database.size() - 1));
    QVERIFY(!commit->isEnabled());
    QTest::keyClicks(confirm, m_shop.database.right(1));
    QVERIFY(commit->isEnabled());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM %1.products").arg(m_shop.database)), 7); // planning wrote nothing
    click(commit);

    // 5. The rollback: exactly the five rows and four columns again, a safety snapshot on the server.
    QCOMPARE(assistant.currentId(), int(SafeChangeAssistant::ResultPage));
    QVERIFY(assistant.session()->rollbackJob);
    QCOMPARE(assistant.session()->rollbackJob->kind(), QStringLiteral("restore"));
    QTRY_VERIFY_WITH_TIMEOUT(assistant.button(QWizard::FinishButton)->isEnabled(), kSlowMs);
    const QString result = child<QLabel>(&assistant, "resultLabel")->text();
    QVERIFY2(assistant.session()->rollbackJob->state() == Job::State::Succeeded, qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("rolled back to snapshot")) && result.contains(name), qPrintable(result));
    const QAbstractItemModel *report = child<QTableView>(&assistant, "rollbackReportTable")->model();
    QVERIFY(report->rowCount() >= 1);
    for (int r = 0; r < report->rowCount(); ++r)
        QCOMPARE(report->index(r, 0).data(VerificationTableModel::StatusRole).toString(), QStringLiteral("ok"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM %1.products").arg(m_shop.database)), 5);
    QCOMPARE(columns(), (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("price"), QStringLiteral("stock")}));
    QVERIFY(assistant.session()->matrixOneOutcome);
    const QString safety = assistant.session()->matrixOneOutcome->safetySnapshot;
    QVERIFY(!safety.isEmpty());
    m_snapshots << safety;
    QVERIFY(serverSnapshots().contains(safety));
    QVERIFY(child<QLabel>(&assistant, "safetySnapshotLabel")->text().contains(safety));
    click(assistant.button(QWizard::FinishButton));
}

// Prune… on the MatrixOne profile: the policy (this database, older than 0s, keep the newest)
// marks the pre-change snapshot and keeps the newer safety snapshot; Delete drops exactly that
// one from the server; then keep none deletes the other.
void TestMatrixOneSafeChange::pruneDeletesWhatThePolicyMarksFromTheServer()
{
    QCOMPARE(m_snapshots.size(), 2);
    const QString older = m_snapshots.at(0), newer = m_snapshots.at(1);
    SnapshotsView view(m_shop.workspace.get());
    view.resize(1200, 760);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.isMatrixOne());
    QTRY_VERIFY_WITH_TIMEOUT(!view.isLoading() && view.model()->rowOf(older) >= 0 && view.model()->rowOf(newer) >= 0, kSlowMs);
    auto *pruneButton = child<QAbstractButton>(&view, "pruneButton");
    QVERIFY(pruneButton->isEnabled());
    pruneButton->click();
    QTRY_VERIFY_WITH_TIMEOUT(view.pruneDialog(), 30000);
    QPointer<PruneDialog> dialog = view.pruneDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *database = child<QComboBox>(dialog, "databaseFilterCombo");
    database->setCurrentIndex(database->findData(m_shop.database));
    QVERIFY(database->currentIndex() > 0);
    child<QCheckBox>(dialog, "pastDeleteAfterCheck")->setChecked(false);
    child<QCheckBox>(dialog, "olderThanCheck")->setChecked(true);
    child<QLineEdit>(dialog, "olderThanEdit")->setText(QStringLiteral("0s"));
    child<QSpinBox>(dialog, "keepLastSpin")->setValue(1);
    QCOMPARE(dialog->toDelete(), QStringList{older});
    QVERIFY(serverSnapshots().contains(older)); // nothing deleted by showing

    QSignalSpy pruned(dialog.data(), &PruneDialog::pruned);
    QTest::mouseClick(child<QPushButton>(dialog, "pruneDeleteButton"), Qt::LeftButton);
    QVERIFY(pruned.wait(kSlowMs));
    QCOMPARE(pruned.first().at(0).toStringList(), QStringList{older});
    QVERIFY2(pruned.first().at(1).toStringList().isEmpty(), qPrintable(pruned.first().at(1).toStringList().join(QLatin1Char(';'))));
    QVERIFY(!serverSnapshots().contains(older));
    QVERIFY(serverSnapshots().contains(newer));
    QVERIFY2(dialog->summaryText().startsWith(QStringLiteral("Deleted 1 snapshot")) && !dialog->summaryText().contains(QStringLiteral("freed")),
             qPrintable(dialog->summaryText()));
    QTRY_VERIFY_WITH_TIMEOUT(!view.isLoading() && view.model()->rowOf(older) < 0, kSlowMs);

    child<QSpinBox>(dialog, "keepLastSpin")->setValue(0);
    QCOMPARE(dialog->toDelete(), QStringList{newer});
    QTest::mouseClick(child<QPushButton>(dialog, "pruneDeleteButton"), Qt::LeftButton);
    QVERIFY(pruned.wait(kSlowMs));
    QCOMPARE(pruned.last().at(0).toStringList(), QStringList{newer});
    QVERIFY(!serverSnapshots().contains(newer));
    dialog->close();
}

QTEST_MAIN(TestMatrixOneSafeChange)
#include "TestMatrixOneSafeChange.moc"

// The Snapshots view on a MatrixOne profile (host, port, user; password in the real keychain),
// against the real MatrixOne test server: the server's snapshots listed with the columns of
// `snapshot list`; the tutorial through the view's buttons: a database snapshot through
// Create snapshot…, the v2.0 upgrade, Clone to verify with an all-ok report, Roll back to
// this… after typing the database's name (exactly the five rows and four columns back), and
// Delete after the confirmation.
#include "app/connections/ProfileDialog.h"
#include "app/snapshots/SnapshotTableModel.h"
#include "app/snapshots/SnapshotsView.h"
#include "app/widgets/ReportDialog.h"
#include "app/window/Workspace.h"
#include "core/matrixone/MatrixOneConnection.h"
#include "core/matrixone/MatrixOneUri.h"
#include "MatrixOneShop.h"
#include "MatrixOneTestServer.h"
#include "TestWidgets.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QDateTime>
#include <QFile>
#include <QInputDialog>
#include <QMessageBox>
#include <QPointer>
#include <QProcessEnvironment>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace lifeboat;
using namespace lifeboat::app;
using lifeboat::test::child;
using lifeboat::test::MatrixOneShop;
using lifeboat::test::MatrixOneTestServer;

namespace {

constexpr int kSlowMs = 120000;

} // namespace

class TestMatrixOneSnapshotsView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void tutorialThroughTheView();
    void profileDialogMakesAMatrixOneProfile();

private:
    void sql(const QString &statement);
    void waitListed();
    void select(const QString &name);
    QStringList rows(const QString &query);

    QString m_uri;
    QTemporaryDir m_dir;
    MatrixOneShop m_shop; // the server's session, the database, the workspace with its profile
    std::unique_ptr<SnapshotsView> m_view;
};

void TestMatrixOneSnapshotsView::sql(const QString &statement)
{
    const Status st = m_shop.db->exec(statement);
    QVERIFY2(st, qPrintable(st ? QString() : st.error().message));
}

QStringList TestMatrixOneSnapshotsView::rows(const QString &query)
{
    QStringList out;
    auto r = m_shop.db->query(query);
    if (!r)
        return {r.error().message};
    for (const auto &row : std::as_const(r->values)) {
        QStringList fields;
        for (const auto &v : row)
            fields << v.toString();
        out << fields.join(QLatin1Char('|'));
    }
    return out;
}

void TestMatrixOneSnapshotsView::initTestCase()
{
    QString why;
    m_uri = MatrixOneTestServer::uri(&why);
    if (m_uri.isEmpty())
        QSKIP(qPrintable(why));
    const QString failed = m_shop.setUp(m_uri, QStringLiteral("gui_mo"), m_dir.path());
    QVERIFY2(failed.isEmpty(), qPrintable(failed));

    m_view = std::make_unique<SnapshotsView>(m_shop.workspace.get());
    m_view->resize(1200, 760);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(m_view->isMatrixOne());
    waitListed();
}

void TestMatrixOneSnapshotsView::cleanupTestCase()
{
    m_view.reset();
    m_shop.workspace.reset();
    if (m_shop.db) {
        (void)m_shop.db->exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(m_shop.database));
        (void)m_shop.db->exec(QStringLiteral("DROP DATABASE IF EXISTS %1_verify").arg(m_shop.database));
    }
}

void TestMatrixOneSnapshotsView::waitListed()
{
    QSignalSpy loaded(m_view.get(), &SnapshotsView::loaded);
    m_view->refresh();
    QVERIFY(loaded.wait(30000));
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading(), 30000);
}

void TestMatrixOneSnapshotsView::select(const QString &name)
{
    auto *table = child<QTableView>(m_view.get(), "snapshotTable");
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, SnapshotTableModel::Name);
        if (index.data(SnapshotTableModel::NameRole).toString() == name) {
            table->scrollTo(index);
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
            QCOMPARE(m_view->selectedName(), name);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no row for ") + name));
}

void TestMatrixOneSnapshotsView::tutorialThroughTheView()
{
    // Create snapshot…: the purpose asked, a database snapshot taken and selected.
    child<QAbstractButton>(m_view.get(), "createSnapshotButton")->click();
    QPointer<QInputDialog> ask = m_view->matrixOneDialog();
    QVERIFY(ask);
    QVERIFY(ask->labelText().contains(m_shop.database));
    ask->setTextValue(QStringLiteral("pre_upgrade"));
    QSignalSpy loaded(m_view.get(), &SnapshotsView::loaded);
    ask->accept();
    QTRY_VERIFY_WITH_TIMEOUT(m_view->statusText().contains(QStringLiteral("created on the MatrixOne server")), kSlowMs);
    // The listing that follows selects the new snapshot; it may arrive while the status is polled,
    // and another listing may come first, so wait for the selection itself.
    QTRY_VERIFY2_WITH_TIMEOUT(m_view->selectedName().startsWith(QStringLiteral("pre_upgrade_")) && !m_view->isLoading(),
                              qPrintable(m_view->selectedName() + QLatin1Char(' ') + m_view->statusText()), 30000);
    QVERIFY(!loaded.isEmpty());
    const QString name = m_view->selectedName();
    SnapshotTableModel *model = m_view->model();
    const int row = model->rowOf(name);
    QCOMPARE(model->index(row, SnapshotTableModel::Level).data().toString(), QStringLiteral("database"));
    QCOMPARE(model->index(row, SnapshotTableModel::Database).data().toString(), m_shop.database);
    QCOMPARE(model->index(row, SnapshotTableModel::Purpose).data().toString(), QStringLiteral("pre_upgrade"));
    QVERIFY2(m_view->detailsText().contains(QStringLiteral("The server holds an account snapshot")), qPrintable(m_view->detailsText()));

    // The v2.0 upgrade.
    sql(QStringLiteral("DROP TABLE %1.products").arg(m_shop.database));
    sql(QStringLiteral("CREATE TABLE %1.products (id BIGINT PRIMARY KEY AUTO_INCREMENT, name VARCHAR(200), category VARCHAR(100), description TEXT,"
                       " price INT, stock INT, rating FLOAT, review_count INT)").arg(m_shop.database));
    sql(QStringLiteral("INSERT INTO %1.products (name, category, price, stock, rating, review_count) VALUES ('Smart Watch', 'Wearables', 250, 60, 4.8, 12)")
            .arg(m_shop.database));

    // Clone to verify: an all-ok report.
    select(name);
    QSignalSpy reportShown(m_view.get(), &SnapshotsView::cloneReportShown);
    child<QAbstractButton>(m_view.get(), "cloneSnapshotButton")->click();
    QVERIFY2(reportShown.wait(kSlowMs), qPrintable(m_view->statusText()));
    QVERIFY(m_view->lastReport());
    QVERIFY2(m_view->statusText().contains(QStringLiteral("matches the snapshot")), qPrintable(m_view->statusText()));
    m_view->lastReport()->close();

    // Roll back to this…: a wrong word changes nothing; the database's name rolls it back.
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading(), 30000);
    select(name);
    QSignalSpy rolledBack(m_view.get(), &SnapshotsView::matrixOneRolledBack);
    child<QAbstractButton>(m_view.get(), "rollbackSnapshotButton")->click();
    ask = m_view->matrixOneDialog();
    QVERIFY(ask);
    // Roll back stays off until the name is typed exactly, and the question says why (issue 14.8).
    QPushButton *rollBack = ask->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QCOMPARE(rollBack->text(), QStringLiteral("Roll back"));
    QVERIFY(!rollBack->isEnabled());
    ask->setTextValue(QStringLiteral("not_it"));
    QVERIFY(!rollBack->isEnabled());
    QVERIFY2(ask->labelText().endsWith(QStringLiteral("This is not the name of the database.")), qPrintable(ask->labelText()));
    ask->accept(); // past the button: refused all the same
    QTRY_COMPARE(rolledBack.size(), 1);
    QVERIFY(!rolledBack.first().at(1).toString().isEmpty());
    QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM %1.products").arg(m_shop.database)), QStringList{QStringLiteral("1")});
    select(name);
    child<QAbstractButton>(m_view.get(), "rollbackSnapshotButton")->click();
    ask = m_view->matrixOneDialog();
    QVERIFY(ask);
    rollBack = ask->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    ask->setTextValue(m_shop.database + QLatin1Char(' '));
    QVERIFY(!rollBack->isEnabled());
    QVERIFY2(ask->labelText().endsWith(QStringLiteral("Remove the space before or after the name.")), qPrintable(ask->labelText()));
    ask->setTextValue(m_shop.database.toUpper());
    QVERIFY(!rollBack->isEnabled());
    ask->setTextValue(m_shop.database);
    QVERIFY(rollBack->isEnabled());
    QVERIFY2(ask->labelText().endsWith(QStringLiteral("to confirm:")), qPrintable(ask->labelText()));
    rollBack->click();
    QTRY_VERIFY_WITH_TIMEOUT(rolledBack.size() == 2, kSlowMs);
    QVERIFY2(rolledBack.at(1).at(1).toString().isEmpty(), qPrintable(rolledBack.at(1).at(1).toString()));
    QCOMPARE(rows(QStringLiteral("SELECT id, name, price, stock FROM %1.products ORDER BY id").arg(m_shop.database)).size(), 5);
    auto shape = m_shop.db->query(QStringLiteral("SELECT * FROM %1.products LIMIT 0").arg(m_shop.database));
    QVERIFY(shape);
    QCOMPARE(shape->columns, (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("price"), QStringLiteral("stock")}));
    QVERIFY2(m_view->statusText().contains(QStringLiteral("safety snapshot pre_restore_")), qPrintable(m_view->statusText()));

    // Delete… after the confirmation: gone from the server; so is the safety snapshot.
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading(), 30000);
    waitListed();
    QStringList names;
    for (const auto &e : model->entries()) {
        if (e.hasSnapshotInfo)
            names << e.name;
    }
    QCOMPARE(names.size(), 2);
    for (const QString &doomed : std::as_const(names)) {
        select(doomed);
        child<QAbstractButton>(m_view.get(), "deleteSnapshotButton")->click();
        QPointer<QMessageBox> box = m_view->pendingConfirmation();
        QVERIFY(box);
        QSignalSpy deleted(m_view.get(), &SnapshotsView::deleteFinished);
        box->button(QMessageBox::Yes)->click();
        QVERIFY(deleted.wait(kSlowMs));
        QVERIFY2(deleted.first().at(1).toString().isEmpty(), qPrintable(deleted.first().at(1).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading(), 30000);
        waitListed();
        QCOMPARE(model->rowOf(doomed), -1);
    }
    QVERIFY(rows(QStringLiteral("SHOW SNAPSHOTS WHERE SNAPSHOT_NAME = '%1'").arg(name)).isEmpty());
}

// New connection…: kind MatrixOne shows host, port and account (and hides the connection
// string and TLS), Test connects to the real server, Save keeps the kind and puts the
// password in the keychain.
void TestMatrixOneSnapshotsView::profileDialogMakesAMatrixOneProfile()
{
    auto parsed = MatrixOneUri::parse(m_uri);
    QVERIFY(parsed);
    ProfileDialog dialog(m_shop.workspace->profiles());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *kind = child<QComboBox>(&dialog, "kindCombo");
    auto *host = child<QLineEdit>(&dialog, "matrixOneHostEdit");
    QVERIFY(!host->isVisible());
    kind->setCurrentIndex(kind->findData(QStringLiteral("matrixone")));
    QVERIFY(host->isVisible());
    QVERIFY(!child<QLineEdit>(&dialog, "connectionStringEdit")->isVisible());
    child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("MatrixOne from the dialog"));
    host->setText(parsed->host());
    child<QSpinBox>(&dialog, "matrixOnePortSpin")->setValue(parsed->port());
    child<QLineEdit>(&dialog, "userEdit")->setText(parsed->user());
    child<QLineEdit>(&dialog, "passwordEdit")->setText(parsed->password());
    child<QLineEdit>(&dialog, "defaultDatabaseEdit")->setText(m_shop.database);

    QSignalSpy tested(&dialog, &ProfileDialog::testFinished);
    child<QPushButton>(&dialog, "testButton")->click();
    QVERIFY(tested.wait(30000));
    const auto outcome = tested.first().at(0).value<ConnectionTester::Outcome>();
    QVERIFY2(outcome.ok(), qPrintable(outcome.summary));
    QVERIFY2(outcome.summary.contains(QStringLiteral("Connected to MatrixOne")), qPrintable(outcome.summary));

    child<QLineEdit>(&dialog, "passwordEdit")->setText(QStringLiteral("wrong_password"));
    child<QPushButton>(&dialog, "testButton")->click();
    QVERIFY(tested.wait(30000));
    QVERIFY(!tested.last().at(0).value<ConnectionTester::Outcome>().ok());
    QVERIFY(!tested.last().at(0).value<ConnectionTester::Outcome>().summary.contains(QStringLiteral("wrong_password")));

    child<QLineEdit>(&dialog, "passwordEdit")->setText(parsed->password());
    QSignalSpy saved(&dialog, &ProfileDialog::saved);
    child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Save)->click();
    QVERIFY(saved.size() == 1 || saved.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 30000);
    auto stored = m_shop.workspace->profiles()->find(saved.first().at(0).toString());
    QVERIFY(stored);
    QVERIFY(stored->isMatrixOne());
    QCOMPARE(stored->host, parsed->host());
    QCOMPARE(stored->port, parsed->port());
    QVERIFY(stored->connectionString.isEmpty());
    bool read = false;
    QString password;
    m_shop.workspace->profiles()->readPassword(stored->id, [&](Result<QString> p) {
        read = true;
        password = p ? *p : QString();
    });
    QTRY_VERIFY_WITH_TIMEOUT(read, 30000);
    QCOMPARE(password, parsed->password());
}

QTEST_MAIN(TestMatrixOneSnapshotsView)
#include "TestMatrixOneSnapshotsView.moc"

// The MatrixOne screens of the tour (issue 15): the tutorial's snapshot-and-rollback workflow
// on a real MatrixOne server (scripts/take-screenshots starts one when scripts/build-matrixone
// built it, and passes its URI): the profile dialog of kind MatrixOne, the Snapshots view
// listing the server's own snapshots, a clone to verify and its report, the roll-back
// confirmation, and the Safe change assistant's check and decision on the MatrixOne profile.
#include "tools/screenshots/ScreenshotTour.h"

#include "app/jobs/Job.h"
#include "app/safechange/SafeChangeAssistant.h"
#include "app/safechange/SafeChangeDecisionPage.h"
#include "app/safechange/SafeChangeSnapshotPage.h"
#include "app/snapshots/SnapshotTableModel.h"
#include "app/snapshots/SnapshotsView.h"
#include "app/widgets/DatabasePicker.h"
#include "app/widgets/ReportDialog.h"
#include "app/window/MainWindow.h"
#include "app/window/Workspace.h"
#include "core/matrixone/MatrixOneConnection.h"
#include "core/matrixone/MatrixOneSnapshots.h"
#include "core/matrixone/MatrixOneUri.h"
#include "profiles/ConnectionProfile.h"
#include "profiles/ProfileStore.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QtConcurrent>

#include <cstdio>
#include <optional>

namespace lifeboat::app {

namespace {

constexpr int kMatrixOneSlowMs = 300000;

const QString kDemo = QStringLiteral("demo");

// The tutorial's v2.0 upgrade: four new columns, seven products, two of them without a category.
QStringList upgradeStatements()
{
    return {QStringLiteral("DROP TABLE demo.products"),
            QStringLiteral("CREATE TABLE demo.products (id BIGINT PRIMARY KEY AUTO_INCREMENT, name VARCHAR(200), category VARCHAR(100), "
                           "description TEXT, price INT, stock INT, rating FLOAT, review_count INT)"),
            QStringLiteral("INSERT INTO demo.products (name, category, description, price, stock, rating, review_count) VALUES"
                           " ('Gaming Laptop', 'Electronics', 'Description for Gaming Laptop', 1500, 20, 4.5, 0),"
                           " ('Wireless Mouse', 'Electronics', 'Description for Wireless Mouse', 30, 150, 4.5, 0),"
                           " ('Mechanical Keyboard', 'Electronics', 'Description for Mechanical Keyboard', 120, 80, 4.5, 0),"
                           " ('4K Monitor', 'Electronics', 'Description for 4K Monitor', 400, 45, 4.5, 0),"
                           " ('USB-C Hub', 'Electronics', 'Description for USB-C Hub', 50, 200, 4.5, 0),"
                           " ('Noise Cancelling Headphones', NULL, 'Description for Noise Cancelling Headphones', 250, 35, 4.7, 12),"
                           " ('Smart Watch', NULL, 'Description for Smart Watch', 300, 25, 4.7, 12)")};
}

Result<std::unique_ptr<MatrixOneConnection>> openMatrixOne(const QString &uri)
{
    auto parsed = MatrixOneUri::parse(uri);
    if (!parsed)
        return parsed.error();
    return MatrixOneConnection::open(*parsed);
}

} // namespace

bool ScreenshotTour::skipMatrixOne()
{
    if (!m_options.matrixOneUri.isEmpty())
        return false;
    if (!m_matrixOneSkipSaid)
        std::fprintf(stderr, "          skipped: no MatrixOne server (build it with scripts/build-matrixone; "
                             "scripts/take-screenshots then starts one): the matrixone-* screenshots are not taken\n");
    m_matrixOneSkipSaid = true;
    return true;
}

void ScreenshotTour::matrixOneSql(const QStringList &statements, const QString &what)
{
    QFutureWatcher<Status> watcher;
    watcher.setFuture(QtConcurrent::run([uri = m_options.matrixOneUri, statements]() -> Status {
        auto connection = openMatrixOne(uri);
        if (!connection)
            return connection.error();
        for (const QString &statement : statements) {
            if (auto done = (*connection)->exec(statement); !done)
                return done;
        }
        return {};
    }));
    waitFor([&watcher] { return watcher.isFinished(); }, what, kMatrixOneSlowMs);
    if (const Status done = watcher.result(); !done)
        fail(QStringLiteral("cannot %1: %2").arg(what, done.error().toString()));
}

void ScreenshotTour::addMatrixOneShop()
{
    auto uri = MatrixOneUri::parse(m_options.matrixOneUri);
    if (!uri)
        fail(QStringLiteral("--matrixone-uri: %1").arg(uri.error().toString()));
    // The tutorial's v1.0 catalog: five products, four columns.
    matrixOneSql({QStringLiteral("DROP DATABASE IF EXISTS demo"), QStringLiteral("CREATE DATABASE demo"),
                  QStringLiteral("CREATE TABLE demo.products (id BIGINT PRIMARY KEY AUTO_INCREMENT, name VARCHAR(200), price INT, stock INT)"),
                  QStringLiteral("INSERT INTO demo.products (name, price, stock) VALUES ('Gaming Laptop', 1500, 20), ('Wireless Mouse', 30, 150),"
                                 " ('Mechanical Keyboard', 120, 80), ('4K Monitor', 400, 45), ('USB-C Hub', 50, 200)")},
                 QStringLiteral("create the demo database on MatrixOne"));
    profiles::ConnectionProfile profile = profiles::ConnectionProfile::forMatrixOne(QStringLiteral("MatrixOne (demo)"), *uri, kDemo);
    profile.environment = profiles::ConnectionProfile::Environment::Staging;
    auto added = m_workspace->profiles()->add(profile);
    if (!added)
        fail(added.error().toString());
    m_matrixOneId = added->id;
    std::optional<Status> saved;
    m_workspace->profiles()->savePassword(m_matrixOneId, uri->password(), [&saved](Status s) { saved = s; });
    waitFor([&saved] { return saved.has_value(); }, QStringLiteral("the keychain"));
    if (!saved->ok())
        fail(QStringLiteral("the keychain did not save the MatrixOne password: %1").arg(saved->error().toString()));
}

void ScreenshotTour::shotMatrixOneProfileDialog()
{
    shootProfileDialog(m_matrixOneId, QStringLiteral("matrixone-profile-dialog"));
}

void ScreenshotTour::takeMatrixOneSnapshots()
{
    // A nightly snapshot of the whole account, then the tutorial's pre-upgrade one of the demo
    // database, described as the Create snapshot dialog of a MongoDB profile would; then the
    // v2.0 upgrade goes wrong.
    QFutureWatcher<Result<QString>> watcher;
    watcher.setFuture(QtConcurrent::run([uri = m_options.matrixOneUri, folder = m_workspace->snapshotFolder()]() -> Result<QString> {
        auto connection = openMatrixOne(uri);
        if (!connection)
            return connection.error();
        MatrixOneSnapshots snapshots(**connection, folder);
        MatrixOneCreateRequest nightly;
        nightly.level = MatrixOneLevel::Account;
        nightly.info.purpose = QStringLiteral("nightly");
        nightly.info.createdBy = QStringLiteral("cron");
        nightly.info.description = QStringLiteral("Nightly snapshot of the account, kept for a week");
        nightly.info.deleteAfter = QDateTime::currentDateTimeUtc().addDays(6);
        if (auto made = snapshots.create(nightly); !made)
            return made.error();
        MatrixOneCreateRequest before;
        before.level = MatrixOneLevel::Database;
        before.database = QStringLiteral("demo");
        before.info.purpose = QStringLiteral("pre_upgrade");
        before.info.versionBefore = QStringLiteral("1.0");
        before.info.versionTarget = QStringLiteral("2.0");
        before.info.description = QStringLiteral("Before the v2.0 upgrade: categories, descriptions, ratings and reviews for the products");
        before.info.tags = QStringList{QStringLiteral("upgrade"), QStringLiteral("v2.0")};
        before.info.deleteAfter = QDateTime::currentDateTimeUtc().addDays(30);
        auto made = snapshots.create(before);
        if (!made)
            return made.error();
        return made->snapshot.name;
    }));
    waitFor([&watcher] { return watcher.isFinished(); }, QStringLiteral("the MatrixOne snapshots"), kMatrixOneSlowMs);
    const Result<QString> made = watcher.result();
    if (!made)
        fail(QStringLiteral("cannot take the MatrixOne snapshots: %1").arg(made.error().toString()));
    m_matrixOneSnapshot = *made;
    matrixOneSql(upgradeStatements(), QStringLiteral("upgrade the MatrixOne demo to v2.0"));
}

void ScreenshotTour::shotMatrixOneSnapshotsView()
{
    SnapshotsView *view = showSnapshotsTab(m_matrixOneId);
    waitFor([this, view] { return view->isMatrixOne() && !view->isLoading() && view->model()->rowOf(m_matrixOneSnapshot) >= 0; },
            QStringLiteral("the MatrixOne snapshots in the view"));
    view->selectSnapshot(m_matrixOneSnapshot);
    arrangeMainWindow();
    m_window->resizeDocks({find<QDockWidget>(m_window.get(), QStringLiteral("profilesDock"))}, {280}, Qt::Horizontal);
    // The details of the selected snapshot whole: the jobs panel lower, the list shorter.
    m_window->resizeDocks({find<QDockWidget>(m_window.get(), QStringLiteral("jobsDock"))}, {130}, Qt::Vertical);
    settle();
    for (QSplitter *split : view->findChildren<QSplitter *>()) {
        if (split->orientation() == Qt::Vertical)
            split->setSizes({130, 420});
    }
    settle();
    shoot(m_window.get(), QStringLiteral("matrixone-snapshots-view"));
    arrangeMainWindow();
}

void ScreenshotTour::shotMatrixOneCloneReport()
{
    SnapshotsView *view = showSnapshotsTab(m_matrixOneId);
    view->selectSnapshot(m_matrixOneSnapshot);
    ReportDialog *report = nullptr;
    const auto connection = connect(view, &SnapshotsView::cloneReportShown, this, [&report](ReportDialog *r) { report = r; });
    view->cloneSelected();
    waitFor([&report, view] { return report != nullptr || view->statusText().startsWith(QStringLiteral("The clone failed")); },
            QStringLiteral("the MatrixOne clone and its comparison"), kMatrixOneSlowMs);
    disconnect(connection);
    if (!report)
        fail(view->statusText());
    if (!report->report().allOk())
        fail(QStringLiteral("the MatrixOne clone does not match its snapshot"));
    waitFor([report] { return report->isVisible(); }, QStringLiteral("the report"));
    shoot(report, QStringLiteral("matrixone-clone-report"));
    report->close();
    arrangeMainWindow();
}

void ScreenshotTour::shotMatrixOneRollback()
{
    SnapshotsView *view = showSnapshotsTab(m_matrixOneId);
    waitFor([view] { return !view->isLoading(); }, QStringLiteral("the MatrixOne snapshots"));
    view->selectSnapshot(m_matrixOneSnapshot);
    view->rollBackSelected();
    QInputDialog *dialog = view->matrixOneDialog();
    if (!dialog)
        fail(QStringLiteral("Roll back to this… asked nothing"));
    waitFor([dialog] { return dialog->isVisible(); }, QStringLiteral("the roll-back confirmation"));
    dialog->setTextValue(kDemo);
    shoot(dialog, QStringLiteral("matrixone-rollback-confirm"));
    // Confirmed: the demo is v1.0 again, for the Safe change assistant that follows.
    QString error = QStringLiteral("(no answer)");
    bool done = false;
    const auto connection = connect(view, &SnapshotsView::matrixOneRolledBack, this, [&](const QString &, const QString &e) {
        error = e;
        done = true;
    });
    dialog->accept();
    waitFor([&done] { return done; }, QStringLiteral("the MatrixOne roll back"), kMatrixOneSlowMs);
    disconnect(connection);
    if (!error.isEmpty())
        fail(QStringLiteral("the MatrixOne roll back failed: %1").arg(error));
    if (ReportDialog *report = view->lastReport())
        report->close();
    settle();
}

void ScreenshotTour::shotMatrixOneSafeChangeCheck()
{
    takeSafeChangeSnapshot(m_matrixOneId, kDemo, QStringLiteral("Shop v2.0 on MatrixOne: categories, ratings, reviews"));
    m_assistant->button(QWizard::CommitButton)->click();
    waitFor([this] { return m_assistant->currentId() == SafeChangeAssistant::UpgradePage; }, QStringLiteral("page 2 of the assistant"));
    matrixOneSql(upgradeStatements(), QStringLiteral("upgrade the MatrixOne demo to v2.0 again"));
    shootSafeChangeCheck(QStringLiteral("matrixone-safe-change-check"));
}

void ScreenshotTour::shotMatrixOneSafeChangeDecision()
{
    shootRollbackPlan(kDemo, QStringLiteral("matrixone-safe-change-decision"));
    m_assistant->reject();
    m_assistant = nullptr;
    settle();
}

} // namespace lifeboat::app

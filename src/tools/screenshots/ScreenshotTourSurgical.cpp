// The tour's surgical restore (issue 12): one customer's orders deleted from the restored shop,
// found in the backup browser, and put back by the restore wizard's surgical mode. Part of
// ScreenshotTour, in a file of its own to keep each file small.
#include "tools/screenshots/ScreenshotTour.h"

#include "app/backups/BackupsView.h"
#include "app/browse/BackupBrowser.h"
#include "app/jobs/Job.h"
#include "app/restore/RestoreTargetPage.h"
#include "app/restore/surgical/SurgicalPlanPage.h"
#include "app/restore/surgical/SurgicalRestoreWizard.h"
#include "app/window/MainWindow.h"
#include "core/mongo/MongoClientPool.h"
#include "app/demo/DemoServer.h"
#include "tools/screenshots/ShopData.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFutureWatcher>
#include <QLineEdit>
#include <QtConcurrent>

namespace lifeboat::app {

namespace {
constexpr int kSlowMs = 300000;
constexpr int kCustomer = 42;
} // namespace

void ScreenshotTour::deleteOneCustomersOrders()
{
    QFutureWatcher<Status> watcher;
    watcher.setFuture(QtConcurrent::run([uri = m_demo->uri()]() -> Status {
        auto pool = MongoClientPool::create(uri, 1);
        if (!pool)
            return pool.error();
        bson_t *command = BCON_NEW("delete", BCON_UTF8("orders"), "deletes", "[", "{", "q", "{", "customer_id", BCON_INT32(kCustomer), "}",
                                   "limit", BCON_INT32(0), "}", "]");
        const PooledClient client = (*pool)->acquire();
        auto reply = client.command(ShopData::databaseName(), command);
        bson_destroy(command);
        if (!reply)
            return reply.error();
        return {};
    }));
    waitFor([&watcher] { return watcher.isFinished(); }, QStringLiteral("the bad delete"), kSlowMs);
    if (const Status deleted = watcher.result(); !deleted)
        fail(QStringLiteral("cannot delete the customer's orders: %1").arg(deleted.error().toString()));
}

void ScreenshotTour::shotSurgicalBrowser()
{
    auto *view = find<BackupsView>(m_window.get(), QStringLiteral("backupsView"));
    view->selectArchive(m_shopArchive);
    view->browseSelected();
    BackupBrowser *browser = view->lastBrowser();
    if (!browser)
        fail(QStringLiteral("Browse contents… opened no browser"));
    m_browser = browser;
    browser->resize(m_options.windowSize);
    waitFor([browser] { return browser->isOpened() && !browser->isLoading(); }, QStringLiteral("the backup's collections"), kSlowMs);
    browser->selectCollection(QStringLiteral("orders"));
    waitFor([browser] { return !browser->isLoading(); }, QStringLiteral("the first orders"), kSlowMs);
    find<QLineEdit>(browser, QStringLiteral("filterEdit"))->setText(QStringLiteral(R"({"customer_id": %1})").arg(kCustomer));
    browser->applyFilter();
    waitFor([browser] { return !browser->isLoading() && !browser->page().documents.isEmpty(); }, QStringLiteral("the customer's orders"),
            kSlowMs);
    shoot(browser, QStringLiteral("surgical-1-browser"));
}

void ScreenshotTour::shotSurgicalDocuments()
{
    const auto before = m_window->findChildren<SurgicalRestoreWizard *>();
    find<QAbstractButton>(m_browser, QStringLiteral("restoreDocumentsButton"))->click();
    SurgicalRestoreWizard *wizard = nullptr;
    for (SurgicalRestoreWizard *w : m_window->findChildren<SurgicalRestoreWizard *>())
        wizard = before.contains(w) ? wizard : w;
    if (!wizard)
        fail(QStringLiteral("Restore these documents… opened no wizard"));
    m_surgical = wizard;
    waitFor([wizard] { return wizard->isVisible() && wizard->button(QWizard::NextButton)->isEnabled(); },
            QStringLiteral("the surgical wizard's documents page"), kSlowMs);
    shoot(wizard, QStringLiteral("surgical-2-documents"));
}

void ScreenshotTour::shotSurgicalPlan()
{
    SurgicalRestoreWizard *wizard = m_surgical;
    wizard->button(QWizard::NextButton)->click();
    RestoreTargetPage *page = wizard->targetPage();
    waitFor([page] { return page->databasesLoaded(); }, QStringLiteral("the target's databases"), kSlowMs);
    auto *profile = find<QComboBox>(wizard, QStringLiteral("profileCombo"));
    if (profile->currentData().toString() != m_productionId) {
        profile->setCurrentIndex(profile->findData(m_productionId));
        waitFor([page] { return page->databasesLoaded(); }, QStringLiteral("the production databases"), kSlowMs);
    }
    waitFor([wizard] { return wizard->button(QWizard::NextButton)->isEnabled(); }, QStringLiteral("Next on the target page"), kSlowMs);
    wizard->button(QWizard::NextButton)->click();
    waitFor([wizard] { return wizard->session()->plan && wizard->button(QWizard::NextButton)->isEnabled(); },
            QStringLiteral("the surgical plan"), kSlowMs);
    if (wizard->session()->plan->toInsert.isEmpty() || !wizard->session()->plan->toReplace.isEmpty())
        fail(QStringLiteral("the plan is not to insert the deleted orders: %1").arg(wizard->session()->plan->summary()));
    shoot(wizard, QStringLiteral("surgical-3-plan"));
}

void ScreenshotTour::shotSurgicalReport()
{
    SurgicalRestoreWizard *wizard = m_surgical;
    wizard->button(QWizard::NextButton)->click();
    waitFor([wizard] { return wizard->button(QWizard::CommitButton)->isEnabled(); }, QStringLiteral("Restore on the confirm page"));
    wizard->button(QWizard::CommitButton)->click();
    waitFor([wizard] { return wizard->currentId() == SurgicalRestoreWizard::ReportPage; }, QStringLiteral("the surgical restore"), kSlowMs);
    const Job *job = wizard->session()->job;
    if (!job || job->state() != Job::State::Succeeded)
        fail(QStringLiteral("the surgical restore failed: %1").arg(job ? job->summary() : QString()));
    shoot(wizard, QStringLiteral("surgical-6-report"));
    wizard->close();
    m_surgical = nullptr;
    if (m_browser)
        m_browser->close();
    settle();
}

} // namespace lifeboat::app

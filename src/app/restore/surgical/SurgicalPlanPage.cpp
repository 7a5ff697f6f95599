#include "app/restore/surgical/SurgicalPlanPage.h"

#include "app/jobs/WorkerThreads.h"
#include "app/restore/surgical/DocumentIdText.h"
#include "app/restore/surgical/SurgicalRestoreSession.h"
#include "app/widgets/RefreshKey.h"
#include "app/widgets/ThemeColors.h"
#include "core/diff/DocumentId.h"
#include "core/restore/merge/MergeRestoreEngine.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace lifeboat::app {

namespace {
constexpr int kShownIds = 10000; // rows of the affected list; the plan itself has them all
} // namespace

SurgicalPlanPage::SurgicalPlanPage(SurgicalRestoreSession *session, QWidget *parent)
    : QWizardPage(parent), m_session(session), m_watcher(new QFutureWatcher<Planned>(this)), m_status(new QLabel(this)),
      m_summary(new QLabel(this)), m_details(new QLabel(this)), m_affected(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("surgicalPlanPage"));
    RefreshKey::install(this, [this] { plan(); }); // F5: planned again over the collection as it is now
    setTitle(tr("Plan"));
    setSubTitle(tr("What the restore will do, found by reading the backup and looking each document up in the collection. Nothing "
                   "has been written."));
    m_status->setObjectName(QStringLiteral("surgicalPlanStatusLabel"));
    m_status->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("surgicalPlanSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_details->setObjectName(QStringLiteral("surgicalPlanDetailsLabel"));
    m_details->setWordWrap(true);
    m_affected->setObjectName(QStringLiteral("surgicalAffectedList"));
    m_affected->setHeaderLabels({tr("_id"), tr("Action")});
    m_affected->setRootIsDecorated(false);
    m_affected->setUniformRowHeights(true);
    m_affected->header()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_summary);
    layout->addWidget(m_details);
    layout->addWidget(m_affected, 1);

    connect(m_watcher, &QFutureWatcher<Planned>::finished, this, [this] {
        if (m_watcher->future().isCanceled() || m_watcher->future().resultCount() == 0)
            return;
        const Planned planned = m_watcher->result();
        if (!planned->ok()) {
            m_status->setText(ThemeColors::errorSpan(tr("The restore cannot be planned: %1").arg(planned->error().toString().toHtmlEscaped())));
            Q_EMIT completeChanged();
            return;
        }
        m_session->plan = **planned;
        showPlan(*m_session->plan);
        Q_EMIT completeChanged();
    });
}

SurgicalPlanPage::~SurgicalPlanPage()
{
    m_cancel.cancel();
}

QString SurgicalPlanPage::summaryText(const MergePlan &plan)
{
    const QLocale locale;
    return tr("insert %1 missing, replace %2, leave %3 alone")
        .arg(locale.toString(qint64(plan.toInsert.size())), locale.toString(qint64(plan.toReplace.size())), locale.toString(plan.leftAlone()));
}

void SurgicalPlanPage::initializePage()
{
    plan();
}

void SurgicalPlanPage::cleanupPage()
{
    m_cancel.cancel();
    m_watcher->setFuture(QFuture<Planned>());
    m_session->plan.reset();
    clear();
}

void SurgicalPlanPage::clear()
{
    m_summary->clear();
    m_details->clear();
    m_affected->clear();
    m_affected->hide();
}

bool SurgicalPlanPage::isComplete() const
{
    return m_session->plan && !isPlanning() && (!m_session->plan->toInsert.isEmpty() || !m_session->plan->toReplace.isEmpty());
}

void SurgicalPlanPage::plan()
{
    m_cancel.cancel();
    m_cancel = CancelToken();
    m_session->plan.reset();
    clear();
    auto request = m_session->request();
    if (!request) {
        m_status->setText(ThemeColors::errorSpan(request.error().toString().toHtmlEscaped()));
        Q_EMIT completeChanged();
        return;
    }
    m_status->setText(tr("Reading the backup's %1 and looking its documents up in %2…")
                          .arg(request->collection.toHtmlEscaped(), request->targetDatabase.toHtmlEscaped()));
    const CancelToken cancel = m_cancel;
    m_watcher->setFuture(QtConcurrent::run(longWorkThreads(), [r = *request, cancel]() -> Planned {
        lowerCurrentThreadPriority();
        return std::make_shared<Result<MergePlan>>(MergeRestoreEngine().plan(r, cancel));
    }));
    Q_EMIT completeChanged();
}

void SurgicalPlanPage::showPlan(const MergePlan &plan)
{
    const QLocale locale;
    const bool writes = !plan.toInsert.isEmpty() || !plan.toReplace.isEmpty();
    m_status->setText(writes ? tr("Into <b>%1.%2</b>, which holds %3 documents now:")
                                   .arg(plan.targetDatabase.toHtmlEscaped(), plan.collection.toHtmlEscaped(), locale.toString(plan.targetDocuments))
                             : tr("<b>Nothing to do</b>: %1.%2 needs none of the chosen documents in this mode. Go back to choose "
                                  "other documents or another mode.")
                                   .arg(plan.targetDatabase.toHtmlEscaped(), plan.collection.toHtmlEscaped()));
    m_summary->setText(summaryText(plan));
    QStringList details{tr("%Ln document(s) of the backup chosen.", nullptr, int(plan.selected))};
    if (plan.identical > 0)
        details << tr("%1 are in the collection as in the backup already.").arg(locale.toString(plan.identical));
    if (plan.differingKept > 0)
        details << tr("%1 exist with other contents and stay as they are (Insert missing).").arg(locale.toString(plan.differingKept));
    if (plan.missingSkipped > 0)
        details << tr("%1 are not in the collection and stay absent (Replace).").arg(locale.toString(plan.missingSkipped));
    if (plan.missingIds > 0)
        details << tr("%1 of the chosen _ids are not in the backup.").arg(locale.toString(plan.missingIds));
    for (const QString &w : plan.warnings)
        details << ThemeColors::errorSpan(w.toHtmlEscaped());
    m_details->setText(details.join(QStringLiteral("<br>")));

    QList<std::pair<QString, bool>> affected; // the _id as shown, inserted
    for (auto it = plan.toInsert.cbegin(); it != plan.toInsert.cend(); ++it)
        affected.append({DocumentIdText::relaxed(DocumentId::toJson(it.key())), true});
    for (auto it = plan.toReplace.cbegin(); it != plan.toReplace.cend(); ++it)
        affected.append({DocumentIdText::relaxed(DocumentId::toJson(it.key())), false});
    std::sort(affected.begin(), affected.end(), [](const auto &a, const auto &b) { return DocumentIdText::lessThan(a.first, b.first); });
    QList<QTreeWidgetItem *> items;
    for (const auto &[id, insert] : affected.mid(0, kShownIds))
        items << new QTreeWidgetItem({id, insert ? tr("insert") : tr("replace")});
    m_affected->addTopLevelItems(items);
    m_affected->resizeColumnToContents(0);
    m_affected->setVisible(!items.isEmpty());
    if (affected.size() > kShownIds)
        m_details->setText(m_details->text() + QStringLiteral("<br>") + tr("The list shows the first %1 of them.").arg(locale.toString(kShownIds)));
}

} // namespace lifeboat::app

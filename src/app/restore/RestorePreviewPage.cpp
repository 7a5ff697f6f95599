#include "app/restore/RestorePreviewPage.h"

#include "app/browse/DocumentSampleView.h"
#include "app/widgets/RefreshKey.h"
#include "app/widgets/ThemeColors.h"
#include "app/widgets/ProgressText.h"
#include "core/restore/RestoreEngine.h"
#include "core/restore/UnsupportedOptions.h"
#include "app/restore/RestoreSession.h"
#include "ui_RestorePreviewPage.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QJsonObject>
#include <QLocale>
#include <QtConcurrent>

#include <algorithm>

namespace lifeboat::app {

namespace {

QString count(qint64 n)
{
    return n < 0 ? QStringLiteral("?") : QLocale().toString(n);
}

// "no", or "time field at, meta field sensor, seconds (from the archive's metadata)".
QString timeseriesText(const PlannedCollection &c)
{
    if (!c.timeseries.isValid())
        return RestorePreviewPage::tr("no");
    QStringList parts{RestorePreviewPage::tr("time field %1").arg(c.timeseries.timeField)};
    if (!c.timeseries.metaField.isEmpty())
        parts << RestorePreviewPage::tr("meta field %1").arg(c.timeseries.metaField);
    if (!c.timeseries.granularity.isEmpty())
        parts << c.timeseries.granularity;
    QString text = parts.join(QStringLiteral(", "));
    if (c.timeseriesSource == QLatin1String("metadata"))
        text += QLatin1Char(' ') + RestorePreviewPage::tr("(from the archive's metadata)");
    else if (c.timeseriesSource == QLatin1String("bucket file"))
        text += QLatin1Char(' ') + RestorePreviewPage::tr("(from its buckets in the archive)");
    else if (c.timeseriesSource == QLatin1String("heuristic"))
        text += QLatin1Char(' ') + RestorePreviewPage::tr("(guessed from its documents)");
    return text;
}

// The validator's handling in words: none, kept, or off during the load.
QString validatorText(const PlannedCollection &c)
{
    if (c.validatorHandling == QLatin1String("kept"))
        return RestorePreviewPage::tr("kept");
    if (c.validatorHandling.startsWith(QLatin1String("off")))
        return RestorePreviewPage::tr("off during the load, then back on");
    return RestorePreviewPage::tr("none");
}

bool byName(const QStringList &a, const QStringList &b)
{
    return a.constFirst().compare(b.constFirst(), Qt::CaseInsensitive) < 0;
}

// The secondary indexes built after the load, by name (_id_ comes with every collection).
QString indexText(const PlannedCollection &c)
{
    QStringList names;
    for (const QJsonValue &index : c.indexes) {
        const QString name = index.toObject().value(QStringLiteral("name")).toString();
        if (name != QLatin1String("_id_"))
            names << name;
    }
    return names.isEmpty() ? RestorePreviewPage::tr("none") : names.join(QStringLiteral(", "));
}

QString actionText(PlannedCollection::Action a)
{
    switch (a) {
    case PlannedCollection::Action::Drop: return RestorePreviewPage::tr("drop");
    case PlannedCollection::Action::Create: return RestorePreviewPage::tr("create");
    case PlannedCollection::Action::Replace: return RestorePreviewPage::tr("drop and recreate");
    case PlannedCollection::Action::InsertInto: return RestorePreviewPage::tr("insert into existing");
    }
    return {};
}

} // namespace

RestorePreviewPage::RestorePreviewPage(RestoreSession *session, QWidget *parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::RestorePreviewPage>()), m_session(session), m_watcher(new QFutureWatcher<Planned>(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("restorePreviewPage"));
    RefreshKey::install(this, [this] { plan(); }); // F5: planned again over the database as it is now
    m_dropExtra = new QCheckBox(this);
    m_dropExtra->setObjectName(QStringLiteral("dropExtraCheck"));
    m_ui->previewPageLayout->insertWidget(m_ui->previewPageLayout->indexOf(m_ui->planStatusLabel) + 1, m_dropExtra);
    connect(m_dropExtra, &QCheckBox::toggled, this, [this](bool drop) {
        if (m_session->request.keepExtra == !drop)
            return;
        m_session->request.keepExtra = !drop;
        plan();
    });
    m_samples = new DocumentSampleView(this);
    m_ui->previewPageLayout->insertWidget(m_ui->previewPageLayout->indexOf(m_ui->restoreTable) + 1, m_samples);
    clear();
    connect(m_watcher, &QFutureWatcher<Planned>::finished, this, [this] {
        if (m_watcher->future().isCanceled() || m_watcher->future().resultCount() == 0)
            return;
        const Planned planned = m_watcher->result();
        if (!planned->ok()) {
            m_ui->planStatusLabel->setText(ThemeColors::errorSpan(tr("The restore cannot be planned: %1"))
                                               .arg(planned->error().toString().toHtmlEscaped()));
            return;
        }
        m_session->plan = **planned;
        showPlan(*m_session->plan);
        if (!UnsupportedOptions::check(m_session->request, *m_session->plan)) {
            // The engine would refuse it: say what, and where to allow it.
            m_ui->planStatusLabel->setText(ThemeColors::errorSpan(tr("The server cannot honour these options of the archive: %1. "
                                              "Go back to Options to go on without them."))
                                               .arg(m_session->plan->droppedOptions().join(QStringLiteral(", ")).toHtmlEscaped()));
            m_session->plan.reset();
        }
        Q_EMIT completeChanged();
    });
}

RestorePreviewPage::~RestorePreviewPage()
{
    m_cancel.cancel();
}

void RestorePreviewPage::initializePage()
{
    plan();
}

void RestorePreviewPage::plan()
{
    m_cancel.cancel();
    m_cancel = CancelToken();
    m_session->plan.reset();
    clear();
    m_ui->planStatusLabel->setText(tr("Reading the archive and the database to plan the restore…"));
    const RestoreRequest request = m_session->request;
    const CancelToken cancel = m_cancel;
    m_watcher->setFuture(QtConcurrent::run([request, cancel]() -> Planned {
        return std::make_shared<Result<RestorePlan>>(RestoreEngine().plan(request, cancel));
    }));
    Q_EMIT completeChanged();
}

void RestorePreviewPage::cleanupPage()
{
    m_cancel.cancel();
    m_watcher->setFuture(QFuture<Planned>());
    m_session->plan.reset();
    clear();
}

bool RestorePreviewPage::isComplete() const
{
    return m_session->plan.has_value() && !isPlanning();
}

void RestorePreviewPage::showPlan(const RestorePlan &plan)
{
    using A = PlannedCollection::Action;
    QList<QStringList> drops, creates, restores;
    qint64 documents = 0;
    int replaced = 0, created = 0, insertedInto = 0;
    for (const auto &c : plan.collections) {
        if (c.action == A::Drop) {
            drops << QStringList{c.name, c.type, count(c.dbCount)};
            continue;
        }
        replaced += c.action == A::Replace ? 1 : 0;
        created += c.action == A::Create ? 1 : 0;
        insertedInto += c.action == A::InsertInto ? 1 : 0;
        if (c.action == A::Create || c.action == A::Replace)
            creates << QStringList{c.name, actionText(c.action), c.type, timeseriesText(c), validatorText(c), indexText(c)};
        if (c.type == QLatin1String("view"))
            continue; // no documents: a view is created (above) or, existing, kept as it is
        documents += std::max<qint64>(0, c.fileCount);
        restores << QStringList{c.name, actionText(c.action), count(c.fileCount), c.existsInDb ? count(c.dbCount) : QStringLiteral("—"),
                                timeseriesText(c), validatorText(c), indexText(c)};
    }
    for (QList<QStringList> *rows : {&drops, &creates, &restores})
        std::sort(rows->begin(), rows->end(), byName);
    fill(m_ui->dropTable, {tr("Collection"), tr("Type"), tr("Documents in database")}, drops, {2});
    fill(m_ui->createTable, {tr("Collection"), tr("Action"), tr("Type"), tr("Time-series"), tr("Validator"), tr("Indexes")}, creates, {});
    fill(m_ui->restoreTable, {tr("Collection"), tr("Action"), tr("In archive"), tr("In database now"), tr("Time-series"), tr("Validator"),
                              tr("Indexes")},
         restores, {2, 3});
    // Empty tables take no room.
    m_ui->dropCaption->setVisible(!drops.isEmpty());
    m_ui->dropTable->setVisible(!drops.isEmpty());
    m_ui->createCaption->setVisible(!creates.isEmpty());
    m_ui->createTable->setVisible(!creates.isEmpty());
    m_ui->restoreCaption->setVisible(!restores.isEmpty());
    m_ui->restoreTable->setVisible(!restores.isEmpty());
    showDropExtraChoice(plan);
    QStringList sampled;
    for (const auto &row : restores)
        sampled << row.first();
    m_samples->showSamples(m_session->request.archivePath, m_session->request.sourceDatabase, sampled);
    m_samples->setVisible(!sampled.isEmpty());
    m_ui->warningsList->addItems(plan.warnings);
    m_ui->warningsList->setVisible(!plan.warnings.isEmpty());
    m_ui->warningsCaption->setVisible(!plan.warnings.isEmpty());

    QString where = tr("Into <b>%1</b> on %2").arg(plan.targetDatabase.toHtmlEscaped(), plan.serverDescription.toHtmlEscaped());
    if (plan.clone)
        where += tr(", a clone of %1").arg(plan.sourceDatabase.toHtmlEscaped());
    if (!plan.targetExists)
        where += tr(" (a new database)");
    // The same counts as the tables and the line below: dropped, dropped and recreated, created,
    // inserted into (the existing collections the restore changes are the first, second and
    // fourth).
    QStringList counts;
    counts << tr("%n to drop", nullptr, int(drops.size())) << tr("%n to drop and recreate", nullptr, replaced)
           << tr("%n to create", nullptr, created) << tr("%n existing to insert into", nullptr, insertedInto);
    m_ui->planSummaryLabel->setText(where + QStringLiteral(". ")
                                    + tr("%1: %2 from the archive.").arg(counts.join(QStringLiteral(", ")), ProgressText::documentCount(documents))
                                    + QStringLiteral(" ")
                                    + (plan.inPlace ? tr("In place: collections are dropped and replaced before the archive is read; a bad archive or a failure midway leaves them partly restored (the safety snapshot is the way back).")
                                                    : tr("Staged: each collection loads beside its target and is checked against the archive; nothing existing changes until all of it has checked out.")));
    const QStringList touched = plan.touchedExisting();
    m_ui->planStatusLabel->setText(
        plan.isDestructive()
            ? ThemeColors::errorSpan(tr("This restore drops or changes %n existing collection(s): %1.", nullptr,
                                        int(touched.size())))
                  .arg(touched.join(QStringLiteral(", ")).toHtmlEscaped())
            : tr("This restore changes nothing that exists: it only adds."));
}

// Shown where the target exists and the whole archive is restored: whether the target's
// collections that the archive lacks are dropped (off by default in the wizard) or kept.
void RestorePreviewPage::showDropExtraChoice(const RestorePlan &plan)
{
    const bool keep = m_session->request.keepExtra;
    QStringList extra = keep ? plan.keptExtra : QStringList();
    if (!keep) {
        for (const auto *c : plan.withAction(PlannedCollection::Action::Drop))
            extra << c->name;
        extra.sort();
    }
    const bool show = plan.targetExists && m_session->request.collections.isEmpty() && !extra.isEmpty();
    m_dropExtra->setVisible(show);
    if (!show)
        return;
    const QSignalBlocker block(m_dropExtra);
    m_dropExtra->setChecked(!keep);
    m_dropExtra->setText(tr("&Drop the %n collection(s) of %1 that the archive does not have: %2", nullptr, int(extra.size()))
                             .arg(plan.targetDatabase, extra.join(QStringLiteral(", "))));
    m_dropExtra->setToolTip(keep ? tr("Unticked: they are kept as they are. Ticked: the database becomes exactly the archive.")
                                 : tr("Ticked: the database becomes exactly the archive. Untick to keep them."));
}

void RestorePreviewPage::clear()
{
    m_dropExtra->hide();
    for (QTableWidget *t : {m_ui->dropTable, m_ui->createTable, m_ui->restoreTable}) {
        t->clearContents();
        t->setRowCount(0);
    }
    m_samples->clear();
    m_ui->warningsList->clear();
    m_ui->warningsList->hide();
    m_ui->warningsCaption->hide();
    m_ui->planSummaryLabel->clear();
    m_ui->planStatusLabel->clear();
}

void RestorePreviewPage::fill(QTableWidget *table, const QStringList &headers, const QList<QStringList> &rows, const QList<int> &numeric)
{
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size(); ++c) {
            auto *item = new QTableWidgetItem(rows[r][c]);
            if (numeric.contains(c))
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(r, c, item);
        }
    }
    table->resizeColumnsToContents();
}

} // namespace lifeboat::app

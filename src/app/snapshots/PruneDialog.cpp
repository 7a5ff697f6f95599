#include "app/snapshots/PruneDialog.h"
#include "app/widgets/StatusLabel.h"
#include "app/widgets/ThemeColors.h"

#include "app/widgets/ProgressText.h"
#include "core/matrixone/MatrixOneConnection.h"
#include "core/matrixone/MatrixOneSnapshots.h"
#include "core/snapshot/SnapshotDuration.h"
#include "core/snapshot/SnapshotStore.h"
#include "ui_PruneDialog.h"

#include <QHeaderView>
#include <QLocale>
#include <QSet>
#include <QtConcurrent>

#include <algorithm>

namespace lifeboat::app {

namespace {
enum PruneColumn { NameColumn, CreatedColumn, DatabaseColumn, PurposeColumn, SizeColumn, ActionColumn, ReasonColumn, PruneColumnCount };
}

PruneDialog::PruneDialog(const QString &folder, const QList<SnapshotEntry> &entries, InUse inUse, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PruneDialog>()), m_folder(folder), m_entries(entries), m_inUse(std::move(inUse)),
      m_watcher(new QFutureWatcher<Removal>(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("pruneDialog"));
    m_ui->pruneTable->setColumnCount(PruneColumnCount);
    m_ui->pruneTable->setHorizontalHeaderLabels({tr("Name"), tr("Created"), tr("Database"), tr("Purpose"), tr("Size"), tr("Action"), tr("Why")});
    m_ui->olderThanEdit->setEnabled(false);
    fillFilters();

    connect(m_ui->pastDeleteAfterCheck, &QCheckBox::toggled, this, &PruneDialog::recompute);
    connect(m_ui->olderThanCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->olderThanEdit->setEnabled(on);
        recompute();
    });
    connect(m_ui->olderThanEdit, &QLineEdit::textChanged, this, &PruneDialog::recompute);
    connect(m_ui->keepLastSpin, &QSpinBox::valueChanged, this, &PruneDialog::recompute);
    connect(m_ui->databaseFilterCombo, &QComboBox::currentIndexChanged, this, &PruneDialog::recompute);
    connect(m_ui->purposeFilterCombo, &QComboBox::currentIndexChanged, this, &PruneDialog::recompute);
    connect(m_ui->pruneDeleteButton, &QPushButton::clicked, this, &PruneDialog::deleteMarked);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::close);
    connect(m_watcher, &QFutureWatcher<Removal>::finished, this, [this] {
        const Removal r = m_watcher->result();
        QString text = tr("Deleted %n snapshot(s)", nullptr, int(r.deleted.size()));
        if (m_matrixOneUri.isEmpty()) // a MatrixOne snapshot has no file of its own
            text += QStringLiteral(" (%1 freed)").arg(ProgressText::bytes(r.freed));
        if (!r.deleted.isEmpty())
            text += QStringLiteral(": ") + r.deleted.join(QStringLiteral(", "));
        text += QLatin1Char('.');
        if (!r.skipped.isEmpty())
            text += QLatin1Char('\n') + tr("Not deleted: %1").arg(r.skipped.join(QStringLiteral("; ")));
        // What was deleted leaves the list; the table shows the policy on what is left.
        QList<SnapshotEntry> left;
        for (const auto &e : std::as_const(m_entries)) {
            if (!r.deleted.contains(e.name))
                left << e;
        }
        m_entries = left;
        recompute();
        m_ui->pruneSummaryLabel->setText(text);
        m_ui->pruneSummaryLabel->setStyleSheet(r.skipped.isEmpty() ? QString() : ThemeColors::textStyle(ThemeColors::Role::Error));
        Q_EMIT pruned(r.deleted, r.skipped);
    });
    resize(1040, 560);
    recompute();
}

// Not waiting for a worker still running: it holds copies only, and its result is dropped.
PruneDialog::~PruneDialog() = default;

void PruneDialog::fillFilters()
{
    const QString db = m_ui->databaseFilterCombo->currentData().toString();
    const QString purpose = m_ui->purposeFilterCombo->currentData().toString();
    QSet<QString> dbs, purposes;
    for (const auto &e : std::as_const(m_entries)) {
        for (const QString &d : e.databases)
            dbs.insert(d);
        if (!e.info.purpose.isEmpty())
            purposes.insert(e.info.purpose);
    }
    auto fill = [](QComboBox *combo, QSet<QString> values, const QString &keep) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("(all)"), QString());
        QStringList sorted(values.begin(), values.end());
        sorted.sort();
        for (const QString &v : std::as_const(sorted))
            combo->addItem(v, v);
        combo->setCurrentIndex(std::max(0, combo->findData(keep)));
    };
    fill(m_ui->databaseFilterCombo, dbs, db);
    fill(m_ui->purposeFilterCombo, purposes, purpose);
}

void PruneDialog::setEntries(const QList<SnapshotEntry> &entries)
{
    if (isDeleting())
        return;
    auto keys = [](const QList<SnapshotEntry> &list) {
        QStringList out;
        for (const auto &e : list)
            out << e.path + QLatin1Char('|') + QString::number(e.fileSize) + QLatin1Char('|') + e.fileModified.toString(Qt::ISODateWithMs);
        out.sort();
        return out;
    };
    if (keys(entries) == keys(m_entries))
        return; // the same snapshots: what the table and the summary say still holds
    m_entries = entries;
    fillFilters();
    recompute();
}

RetentionPolicy PruneDialog::policy() const
{
    RetentionPolicy p;
    p.honourDeleteAfter = m_ui->pastDeleteAfterCheck->isChecked();
    p.keepLast = m_ui->keepLastSpin->value();
    p.database = m_ui->databaseFilterCombo->currentData().toString();
    p.purpose = m_ui->purposeFilterCombo->currentData().toString();
    if (m_ui->olderThanCheck->isChecked()) {
        if (auto seconds = SnapshotDuration::parseSeconds(m_ui->olderThanEdit->text()))
            p.olderThanSeconds = *seconds;
    }
    return p;
}

QString PruneDialog::summaryText() const
{
    return m_ui->pruneSummaryLabel->text();
}

void PruneDialog::recompute()
{
    bool durationOk = true;
    if (m_ui->olderThanCheck->isChecked()) {
        auto seconds = SnapshotDuration::parseSeconds(m_ui->olderThanEdit->text());
        durationOk = seconds.ok();
        StatusLabel::show(m_ui->olderThanStatusLabel, seconds ? QString() : StatusLabel::sentence(seconds.error().message), true);
    } else {
        m_ui->olderThanStatusLabel->clear();
    }
    const auto decisions = policy().apply(m_entries, QDateTime::currentDateTimeUtc());
    auto *table = m_ui->pruneTable;
    table->setRowCount(int(decisions.size()));
    m_toDelete.clear();
    qint64 bytes = 0;
    for (int row = 0; row < decisions.size(); ++row) {
        const auto &d = decisions.at(row);
        bool remove = d.remove;
        QString reason = d.reason;
        if (remove && m_inUse && m_inUse(d.entry.path)) {
            remove = false;
            reason = tr("kept: a running job uses it");
        }
        if (remove) {
            m_toDelete << d.entry.name;
            bytes += d.entry.fileSize;
        }
        const QStringList cells{d.entry.name,
                                QLocale().toString(d.entry.createdAt.toLocalTime(), QLocale::ShortFormat),
                                d.entry.database().isEmpty() ? d.entry.databases.join(QStringLiteral(", ")) : d.entry.database(),
                                d.entry.info.purpose,
                                ProgressText::bytes(d.entry.fileSize),
                                remove ? tr("delete") : tr("keep"),
                                reason};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == SizeColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (remove)
                item->setForeground(ThemeColors::color(ThemeColors::Role::Error));
            table->setItem(row, c, item);
        }
    }
    table->resizeColumnsToContents();
    QString summary;
    if (!durationOk)
        summary = tr("Give \"older than\" as a whole number and a unit, e.g. 7d.");
    else if (decisions.isEmpty())
        summary = tr("No snapshot in this folder matches.");
    else if (m_toDelete.isEmpty())
        summary = tr("Nothing to delete: the policy keeps all %n snapshot(s).", nullptr, int(decisions.size()));
    else
        summary = tr("Would delete %n snapshot(s)", nullptr, int(m_toDelete.size()))
                  + QStringLiteral(" (%1): %2.").arg(ProgressText::bytes(bytes), m_toDelete.join(QStringLiteral(", ")));
    m_ui->pruneSummaryLabel->setText(summary);
    m_ui->pruneSummaryLabel->setStyleSheet(QString());
    const bool can = durationOk && !m_toDelete.isEmpty() && !isDeleting();
    m_ui->pruneDeleteButton->setEnabled(can);
    m_ui->pruneDeleteButton->setText(m_toDelete.isEmpty() ? tr("Delete") : tr("Delete %n snapshot(s)", nullptr, int(m_toDelete.size())));
}

void PruneDialog::deleteMarked()
{
    if (isDeleting() || m_toDelete.isEmpty() || !m_ui->pruneDeleteButton->isEnabled())
        return;
    const QStringList names = m_toDelete;
    QHash<QString, qint64> sizes;
    for (const auto &e : std::as_const(m_entries))
        sizes.insert(e.name, e.fileSize);
    m_ui->pruneDeleteButton->setEnabled(false);
    m_ui->pruneSummaryLabel->setText(tr("Deleting %n snapshot(s)…", nullptr, int(names.size())));
    const QString folder = m_folder;
    const QString matrixOneUri = m_matrixOneUri;
    m_watcher->setFuture(QtConcurrent::run([folder, names, sizes, matrixOneUri]() {
        return matrixOneUri.isEmpty() ? removeArchives(folder, names, sizes) : removeOnMatrixOne(matrixOneUri, folder, names);
    }));
}

PruneDialog::Removal PruneDialog::removeArchives(const QString &folder, const QStringList &names, const QHash<QString, qint64> &sizes)
{
    Removal r;
    SnapshotStore store(folder);
    for (const QString &name : names) {
        // Refused (and said so) while a job of any process holds the snapshot.
        if (auto st = store.remove(name); st) {
            r.deleted << name;
            r.freed += sizes.value(name);
        } else {
            r.skipped << QStringLiteral("%1: %2").arg(name, st.error().message);
        }
    }
    return r;
}

PruneDialog::Removal PruneDialog::removeOnMatrixOne(const QString &uri, const QString &folder, const QStringList &names)
{
    Removal r;
    auto parsed = MatrixOneUri::parse(uri);
    auto connection = parsed ? MatrixOneConnection::open(*parsed) : Result<std::unique_ptr<MatrixOneConnection>>(parsed.error());
    if (!connection) {
        for (const QString &name : names)
            r.skipped << QStringLiteral("%1: %2").arg(name, connection.error().toString());
        return r;
    }
    MatrixOneSnapshots snapshots(**connection, folder);
    for (const QString &name : names) {
        if (auto st = snapshots.remove(name); st)
            r.deleted << name;
        else
            r.skipped << QStringLiteral("%1: %2").arg(name, st.error().toString());
    }
    return r;
}

} // namespace lifeboat::app

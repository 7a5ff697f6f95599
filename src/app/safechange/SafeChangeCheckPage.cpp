#include "app/safechange/SafeChangeCheckPage.h"
#include "app/widgets/RefreshKey.h"
#include "app/widgets/StatusLabel.h"
#include "app/widgets/ThemeColors.h"

#include "app/jobs/Job.h"
#include "app/jobs/JobManager.h"
#include "app/widgets/ProgressText.h"
#include "app/safechange/MatrixOneSafeChange.h"
#include "app/safechange/SafeChangeSession.h"
#include "app/window/Workspace.h"
#include "ui_SafeChangeCheckPage.h"

#include <QHeaderView>
#include <QJsonDocument>
#include <QLocale>

namespace lifeboat::app {

namespace {

QString signedCount(qint64 n)
{
    if (n == 0)
        return QStringLiteral("0");
    return (n > 0 ? QStringLiteral("+") : QStringLiteral("−")) + QLocale().toString(n > 0 ? n : -n);
}

QString statusText(DriftStatus status)
{
    switch (status) {
    case DriftStatus::Same: return SafeChangeCheckPage::tr("same");
    case DriftStatus::Changed: return SafeChangeCheckPage::tr("changed");
    case DriftStatus::Added: return SafeChangeCheckPage::tr("added since the snapshot");
    case DriftStatus::Missing: return SafeChangeCheckPage::tr("gone since the snapshot");
    }
    return toString(status);
}

// Documents now less documents in the snapshot (a collection on one side only: all of its).
qint64 documentDifference(const DriftRow &d)
{
    if (d.snapshotDocuments >= 0 && d.databaseDocuments >= 0)
        return d.databaseDocuments - d.snapshotDocuments;
    return d.databaseDocuments >= 0 ? d.databaseDocuments : -d.snapshotDocuments;
}

} // namespace

SafeChangeCheckPage::SafeChangeCheckPage(SafeChangeSession *session, Workspace *workspace, QWidget *parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::SafeChangeCheckPage>()), m_session(session), m_workspace(workspace),
      m_result(std::make_shared<std::optional<SnapshotComparison::Outcome>>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("safeChangeCheckPage"));
    setTitle(tr("3. Check the database"));
    setSubTitle(tr("The database now, compared with the snapshot taken before the change."));
    m_ui->driftTable->setColumnCount(ColumnCount);
    m_ui->driftTable->setHorizontalHeaderLabels({tr("Collection"), tr("Type"), tr("In the snapshot"), tr("Now"), tr("Difference"),
                                                 tr("Fields added"), tr("Fields removed"), tr("Status")});
    m_ui->validationResultLabel->hide();
    connect(m_ui->checkAgainButton, &QPushButton::clicked, this, &SafeChangeCheckPage::check);
    RefreshKey::install(this, [this] { check(); }); // F5: Check again
}

SafeChangeCheckPage::~SafeChangeCheckPage() = default;

void SafeChangeCheckPage::initializePage()
{
    check();
}

bool SafeChangeCheckPage::isChecking() const
{
    return m_job && m_job->isRunning();
}

bool SafeChangeCheckPage::isComplete() const
{
    return m_ended && !isChecking();
}

void SafeChangeCheckPage::check()
{
    if (isChecking() || !m_session->snapshot)
        return;
    m_ended = false;
    m_session->check.reset();
    m_session->checkError.clear();
    *m_result = std::nullopt;
    m_ui->driftTable->setRowCount(0);
    if (m_session->isMatrixOne())
        m_ui->driftTable->setHorizontalHeaderLabels({tr("Table"), tr("Type"), tr("In the snapshot"), tr("Now"), tr("Difference"),
                                                     tr("Columns added"), tr("Columns removed"), tr("Status")});
    m_ui->checkSummaryLabel->clear();
    m_ui->validationResultLabel->hide();
    m_ui->checkAgainButton->setEnabled(false);
    m_ui->checkStatusLabel->setText(tr("Comparing %1 with snapshot %2…").arg(m_session->database, m_session->snapshotName()));
    Q_EMIT completeChanged();

    if (m_session->isMatrixOne()) {
        m_job = startMatrixOneCheck();
        connect(m_job, &Job::finished, this, &SafeChangeCheckPage::showOutcome);
        return;
    }
    SnapshotComparison::Request request;
    request.mongoUri = m_session->mongoUri;
    request.database = m_session->database;
    request.snapshotPath = m_session->snapshot->entry.path;
    request.manifest = m_session->snapshot->manifest;
    request.validationCommand = m_session->validationCommand;
    request.expectedResult = m_session->expectedResult;
    auto out = m_result;
    m_job = m_workspace->jobs()->start(
        QStringLiteral("compare"), tr("Check %1 against snapshot %2").arg(m_session->database, m_session->snapshotName()),
        [request, out](ProgressSink &, const CancelToken &cancel) -> Result<QString> {
            auto outcome = SnapshotComparison::run(request, cancel);
            if (!outcome)
                return outcome.error();
            *out = *outcome;
            const SnapshotDrift &d = outcome->drift;
            return tr("%1 same, %2 changed, %3 added, %4 gone").arg(d.count(DriftStatus::Same)).arg(d.count(DriftStatus::Changed))
                .arg(d.count(DriftStatus::Added)).arg(d.count(DriftStatus::Missing));
        },
        {request.snapshotPath});
    connect(m_job, &Job::finished, this, &SafeChangeCheckPage::showOutcome);
}

QString SafeChangeCheckPage::countsText(const SnapshotDrift &d)
{
    return tr("%1 same, %2 changed, %3 added, %4 gone").arg(d.count(DriftStatus::Same)).arg(d.count(DriftStatus::Changed))
        .arg(d.count(DriftStatus::Added)).arg(d.count(DriftStatus::Missing));
}

Job *SafeChangeCheckPage::startMatrixOneCheck()
{
    const QString uri = m_session->mongoUri, folder = m_session->folder, name = m_session->snapshotName(), database = m_session->database;
    auto out = m_result;
    return m_workspace->jobs()->start(QStringLiteral("compare"), tr("Check %1 against snapshot %2 on MatrixOne").arg(database, name),
                                      [uri, folder, name, database, out](ProgressSink &, const CancelToken &) -> Result<QString> {
                                          auto outcome = MatrixOneSafeChange::check(uri, folder, name, database);
                                          if (!outcome)
                                              return outcome.error();
                                          *out = *outcome;
                                          return countsText(outcome->drift);
                                      });
}

void SafeChangeCheckPage::showOutcome()
{
    if (!m_job || m_job->isRunning())
        return;
    m_ended = true;
    m_ui->checkAgainButton->setEnabled(true);
    if (!m_result->has_value()) {
        showFailure(m_job->error().value_or(Error(ErrorCode::Internal, m_job->summary())));
    } else {
        m_session->check = **m_result;
        showComparison(*m_session->check);
    }
    Q_EMIT completeChanged();
    Q_EMIT checked();
}

void SafeChangeCheckPage::showFailure(const Error &error)
{
    m_session->checkError = error.toString();
    StatusLabel::show(m_ui->checkStatusLabel, tr("The check could not run: %1").arg(m_session->checkError), true);
}

void SafeChangeCheckPage::showComparison(const SnapshotComparison::Outcome &o)
{
    StatusLabel::show(m_ui->checkStatusLabel, o.changed() ? tr("%1 differs from snapshot %2.").arg(m_session->database, m_session->snapshotName())
                                                          : tr("%1 is as snapshot %2 holds it.").arg(m_session->database, m_session->snapshotName()));
    auto *table = m_ui->driftTable;
    table->setRowCount(int(o.drift.rows.size()));
    QStringList summary;
    for (int r = 0; r < o.drift.rows.size(); ++r) {
        const DriftRow &d = o.drift.rows.at(r);
        const FieldChange *f = o.fieldsOf(d.collection);
        showRow(r, d, f);
        if (const QString line = summaryLine(d, f, m_session->isMatrixOne()); !line.isEmpty())
            summary << line;
    }
    table->resizeColumnsToContents();
    const QString same = m_session->isMatrixOne() ? tr("No table, row count or column differs from the snapshot.")
                                                  : tr("No collection, document count or field differs from the snapshot.");
    m_ui->checkSummaryLabel->setText(summary.isEmpty() ? same : summary.join(QLatin1Char('\n')));
    if (o.validation)
        showValidation(*o.validation);
}

void SafeChangeCheckPage::showRow(int row, const DriftRow &d, const FieldChange *f)
{
    const bool fieldsChanged = f && f->changed();
    const QString status = d.status == DriftStatus::Same && fieldsChanged ? (m_session->isMatrixOne() ? tr("columns changed") : tr("fields changed"))
                                                                          : statusText(d.status);
    const QStringList cells{d.collection,
                            d.type,
                            d.snapshotDocuments < 0 ? QStringLiteral("—") : QLocale().toString(d.snapshotDocuments),
                            d.databaseDocuments < 0 ? QStringLiteral("—") : QLocale().toString(d.databaseDocuments),
                            d.type == QLatin1String("view") ? QString() : signedCount(documentDifference(d)),
                            f ? f->added.join(QStringLiteral(", ")) : QString(),
                            f ? f->removed.join(QStringLiteral(", ")) : QString(),
                            status};
    const bool same = d.status == DriftStatus::Same && !fieldsChanged;
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        if (c == SnapshotColumn || c == NowColumn || c == DifferenceColumn)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (!same && c == StatusColumn)
            item->setForeground(ThemeColors::color(ThemeColors::Role::Error));
        if (f && (c == FieldsAddedColumn || c == FieldsRemovedColumn) && !m_session->isMatrixOne())
            item->setToolTip(tr("From the first %1 documents of the snapshot and %2 of the database")
                                 .arg(QLocale().toString(f->snapshotSample), QLocale().toString(f->databaseSample)));
        m_ui->driftTable->setItem(row, c, item);
    }
}

QString SafeChangeCheckPage::summaryLine(const DriftRow &d, const FieldChange *f, bool matrixOne)
{
    if (matrixOne)
        return matrixOneSummaryLine(d, f);
    if (d.status == DriftStatus::Added)
        return tr("%1: added since the snapshot (%2)").arg(d.collection, ProgressText::documentCount(d.databaseDocuments));
    if (d.status == DriftStatus::Missing)
        return tr("%1: gone since the snapshot (had %2)").arg(d.collection, ProgressText::documentCount(d.snapshotDocuments));
    const bool fieldsChanged = f && f->changed();
    if (d.status != DriftStatus::Changed && !fieldsChanged)
        return {};
    QStringList parts;
    if (d.status == DriftStatus::Changed)
        parts << tr("%1 documents (%2 → %3)").arg(signedCount(documentDifference(d)), QLocale().toString(d.snapshotDocuments), QLocale().toString(d.databaseDocuments));
    if (f && !f->added.isEmpty())
        parts << tr("fields added: %1").arg(f->added.join(QStringLiteral(", ")));
    if (f && !f->removed.isEmpty())
        parts << tr("fields removed: %1").arg(f->removed.join(QStringLiteral(", ")));
    return d.collection + QStringLiteral(": ") + parts.join(QStringLiteral("; "));
}

QString SafeChangeCheckPage::matrixOneSummaryLine(const DriftRow &d, const FieldChange *f)
{
    if (d.status == DriftStatus::Added)
        return tr("%1: table added since the snapshot (%Ln row(s))", nullptr, int(d.databaseDocuments)).arg(d.collection);
    if (d.status == DriftStatus::Missing)
        return tr("%1: table gone since the snapshot (had %Ln row(s))", nullptr, int(d.snapshotDocuments)).arg(d.collection);
    QStringList parts;
    if (d.status == DriftStatus::Changed)
        parts << tr("%1 rows (%2 → %3)").arg(signedCount(documentDifference(d)), QLocale().toString(d.snapshotDocuments), QLocale().toString(d.databaseDocuments));
    if (f && !f->added.isEmpty())
        parts << tr("columns added: %1").arg(f->added.join(QStringLiteral(", ")));
    if (f && !f->removed.isEmpty())
        parts << tr("columns removed: %1").arg(f->removed.join(QStringLiteral(", ")));
    return parts.isEmpty() ? QString() : d.collection + QStringLiteral(": ") + parts.join(QStringLiteral("; "));
}

void SafeChangeCheckPage::showValidation(const ValidationCheck &v)
{
    QString text;
    if (v.refused)
        text = tr("✗ Your check was not run: %1").arg(v.error);
    else if (!v.error.isEmpty())
        text = tr("✗ Your check failed to run: %1").arg(v.error);
    else if (!v.differences.isEmpty())
        text = tr("✗ Your check failed: %1.").arg(v.differences.join(QStringLiteral("; ")));
    else
        text = tr("✓ Your check passed.");
    text += QLatin1Char('\n') + tr("Command: %1\nAnswer: %2").arg(v.command, QString::fromUtf8(QJsonDocument(v.reply).toJson(QJsonDocument::Compact)));
    m_ui->validationResultLabel->setText(text);
    m_ui->validationResultLabel->setStyleSheet(v.passed() ? ThemeColors::textStyle(ThemeColors::Role::Success) : ThemeColors::textStyle(ThemeColors::Role::Error));
    m_ui->validationResultLabel->show();
}

} // namespace lifeboat::app

#include "app/restore/surgical/SurgicalReportPage.h"

#include "app/restore/surgical/MergedDocumentTableModel.h"
#include "app/restore/surgical/SurgicalRestoreSession.h"
#include "app/restore/surgical/SurgicalRestoreWizard.h"
#include "app/widgets/ThemeColors.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace lifeboat::app {

SurgicalReportPage::SurgicalReportPage(SurgicalRestoreSession *session, SurgicalRestoreWizard *wizard)
    : QWizardPage(wizard), m_session(session), m_wizard(wizard), m_model(new MergedDocumentTableModel(this)), m_outcome(new QLabel(this)),
      m_warnings(new QLabel(this)), m_table(new QTableView(this)), m_snapshot(new QLabel(this)),
      m_export(new QPushButton(tr("&Export CSV…"), this)), m_exportStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("surgicalReportPage"));
    setTitle(tr("Report"));
    setSubTitle(tr("Every document written, read back and compared with the backup."));
    m_outcome->setObjectName(QStringLiteral("surgicalOutcomeLabel"));
    m_outcome->setWordWrap(true);
    m_warnings->setObjectName(QStringLiteral("surgicalWarningsLabel"));
    m_warnings->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("surgicalReportTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_snapshot->setObjectName(QStringLiteral("surgicalSnapshotLabel"));
    m_snapshot->setWordWrap(true);
    m_snapshot->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_export->setObjectName(QStringLiteral("surgicalExportCsvButton"));
    m_exportStatus->setObjectName(QStringLiteral("surgicalExportStatusLabel"));
    m_exportStatus->setWordWrap(true);

    auto *snapshotGroup = new QGroupBox(tr("Safety snapshot"), this);
    auto *snapshotLayout = new QVBoxLayout(snapshotGroup);
    snapshotLayout->addWidget(m_snapshot);
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(m_export);
    exportRow->addWidget(m_exportStatus, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_outcome);
    layout->addWidget(m_warnings);
    layout->addWidget(m_table, 1);
    layout->addLayout(exportRow);
    layout->addWidget(snapshotGroup);

    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString db = m_session->plan ? m_session->plan->targetDatabase : QString();
        const QString folder = QFileInfo(m_session->selection.archivePath).absolutePath();
        const QString suggested = QDir(folder).filePath(QStringLiteral("restore_report_%1_%2_%3.csv")
                                                            .arg(db, m_session->selection.collection,
                                                                 QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd_HHmmss"))));
        const QString path = m_wizard->chooseCsvPath(suggested);
        if (!path.isEmpty())
            exportCsv(path);
    });
}

void SurgicalReportPage::initializePage()
{
    m_model->setDocuments({});
    m_exportStatus->clear();
    m_warnings->clear();
    m_warnings->hide();
    m_export->setEnabled(false);
    if (!m_session->outcome) {
        m_outcome->setText(tr("The restore did not run."));
        m_snapshot->setText(tr("None."));
        return;
    }
    const Result<MergeResult> &outcome = *m_session->outcome;
    if (!outcome) {
        const Error &e = outcome.error();
        QString text = e.code == ErrorCode::Cancelled ? tr("<b>The restore was cancelled.</b> %1.").arg(e.toString().toHtmlEscaped())
                                                      : tr("<b>The restore failed:</b> %1.").arg(e.toString().toHtmlEscaped());
        if (!m_session->stopped) {
            m_outcome->setText(ThemeColors::errorSpan(text));
            m_snapshot->setText(tr("See the job's log."));
            return;
        }
        // What it did before it stopped: the documents sent, not read back.
        const MergeResult &partial = *m_session->stopped;
        text += QLatin1Char(' ') + tr("The %n document(s) it wrote before it stopped are listed below, not verified; the others were not written.",
                                      nullptr, int(partial.documents.size()));
        m_outcome->setText(ThemeColors::errorSpan(text));
        m_model->setDocuments(partial.documents);
        m_export->setEnabled(!partial.documents.isEmpty());
        showSnapshot(partial);
        return;
    }
    const MergeResult &result = *outcome;
    m_outcome->setText(outcomeText(result));
    m_model->setDocuments(result.documents);
    m_export->setEnabled(!result.documents.isEmpty());
    if (!result.warnings.isEmpty()) {
        m_warnings->setText(result.warnings.join(QLatin1Char('\n')));
        m_warnings->show();
    }
    showSnapshot(result);
}

QString SurgicalReportPage::outcomeText(const MergeResult &result)
{
    const QLocale locale;
    const QString where = QStringLiteral("%1.%2").arg(result.plan.targetDatabase, result.plan.collection).toHtmlEscaped();
    qint64 ok = 0;
    for (const auto &d : result.documents)
        ok += d.status == QLatin1String("ok") ? 1 : 0;
    const QString counts = tr("Inserted %1 and replaced %2 documents in %3.")
                               .arg(locale.toString(result.inserted), locale.toString(result.replaced), where);
    if (result.verified())
        return ThemeColors::successSpan(tr("<b>The restore succeeded.</b> %1 Every one of them matches the backup.").arg(counts));
    return ThemeColors::errorSpan(tr("<b>The restore finished, but %1 of %2 documents do not match the backup.</b> %3")
                                      .arg(locale.toString(qint64(result.documents.size()) - ok), locale.toString(qint64(result.documents.size())), counts));
}

void SurgicalReportPage::showSnapshot(const MergeResult &result)
{
    if (!result.safetySnapshotPath.isEmpty())
        m_snapshot->setText(tr("The %n replaced document(s) as they were: %1", nullptr, int(result.plan.toReplace.size()))
                                .arg(QDir::toNativeSeparators(result.safetySnapshotPath)));
    else if (!result.plan.toReplace.isEmpty())
        m_snapshot->setText(tr("None: it was turned off."));
    else
        m_snapshot->setText(tr("None was needed: no document was replaced."));
    m_snapshot->setProperty("path", result.safetySnapshotPath);
}

bool SurgicalReportPage::exportCsv(const QString &path)
{
    const MergeResult *shown = m_session->outcome && m_session->outcome->ok() ? &m_session->outcome->value()
                               : m_session->stopped                          ? &*m_session->stopped
                                                                             : nullptr;
    if (!shown)
        return false;
    const Status written = shown->writeCsv(path);
    if (!written) {
        m_exportStatus->setText(ThemeColors::errorSpan(written.error().toString().toHtmlEscaped()));
        return false;
    }
    m_exportStatus->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(path).toHtmlEscaped()));
    return true;
}

} // namespace lifeboat::app

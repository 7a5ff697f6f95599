#include "app/widgets/ReportDialog.h"

#include "app/widgets/VerificationTableModel.h"
#include "ui_ReportDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>

namespace lifeboat::app {

ReportDialog::ReportDialog(const VerificationReport &report, const QString &description, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ReportDialog>()), m_report(report), m_model(new VerificationTableModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("reportDialog"));
    m_model->setReport(report);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    QTableView *table = m_ui->reportTable;
    table->setModel(proxy);
    QHeaderView *header = table->horizontalHeader();

    // A default size from the report and the screen: wide enough for the notes on one line if
    // the screen allows it, at most 4/5 of it; longer notes wrap (their row grows), and the
    // tooltip holds them in full.
    header->setSectionResizeMode(QHeaderView::Interactive);
    table->resizeColumnsToContents();
    const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1280, 800);
    const QMargins margins = layout()->contentsMargins();
    const int natural = header->length() + table->verticalScrollBar()->sizeHint().width() + 2 * table->frameWidth()
                        + margins.left() + margins.right();
    const int maxWidth = available.width() * 4 / 5;
    const int maxHeight = available.height() * 7 / 10;
    const int rows = table->verticalHeader()->length() + header->height() + 2 * table->frameWidth();
    resize(qBound(qMin(900, maxWidth), natural, maxWidth), qBound(qMin(400, maxHeight), rows + 160, maxHeight));

    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(VerificationTableModel::Notes, QHeaderView::Stretch);
    header->setMinimumSectionSize(60);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    const int mismatches = report.count(VerificationStatus::Mismatch);
    const QString verdict = mismatches == 0
                                ? tr("All %n collection(s) match.", nullptr, int(report.rows.size()) - report.count(VerificationStatus::Skipped))
                                : tr("%n collection(s) differ.", nullptr, mismatches);
    QString skipped;
    if (const int n = report.count(VerificationStatus::Skipped); n > 0)
        skipped = QLatin1Char(' ') + tr("%n skipped.", nullptr, n);
    m_ui->summaryLabel->setTextFormat(Qt::PlainText);
    m_ui->summaryLabel->setText(description + QLatin1Char('\n') + verdict + skipped);
    setWindowTitle(mismatches == 0 ? tr("Verification report: ok") : tr("Verification report: mismatch"));

    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, &ReportDialog::chooseCsvFile);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ReportDialog::~ReportDialog() = default;

QFileDialog *ReportDialog::csvFileDialog() const
{
    return m_fileDialog;
}

void ReportDialog::chooseCsvFile()
{
    if (m_fileDialog) {
        m_fileDialog->raise();
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(this, tr("Export the report as CSV"), QDir(folder).filePath(QStringLiteral("report.csv")),
                                   tr("CSV files (*.csv);;All files (*)"));
    dialog->setObjectName(QStringLiteral("exportCsvDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { (void)exportCsv(path); });
    m_fileDialog = dialog;
    dialog->open();
}

Status ReportDialog::exportCsv(const QString &path)
{
    Status written = m_report.writeCsv(path);
    if (written)
        m_ui->csvStatusLabel->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
    else
        m_ui->csvStatusLabel->setText(tr("Could not save the report: %1").arg(written.error().toString()));
    return written;
}

} // namespace lifeboat::app

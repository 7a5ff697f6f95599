#include "app/widgets/ReportDialog.h"

#include "app/widgets/CsvFileDialog.h"
#include "app/widgets/VerificationTableModel.h"
#include "ui_ReportDialog.h"

#include <QAction>
#include <QDir>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSortFilterProxyModel>
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

    m_ui->showDifferencesButton->hide(); // until enableDrillDown()
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, &ReportDialog::chooseCsvFile);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ReportDialog::~ReportDialog() = default;

void ReportDialog::enableDrillDown()
{
    if (m_drillDown)
        return;
    m_drillDown = true;
    m_ui->showDifferencesButton->setVisible(true);
    m_showDifferencesAction = new QAction(tr("Show &differences…"), this);
    m_showDifferencesAction->setObjectName(QStringLiteral("actionShowDifferences"));
    QTableView *table = m_ui->reportTable;
    connect(m_showDifferencesAction, &QAction::triggered, this, &ReportDialog::showDifferences);
    connect(m_ui->showDifferencesButton, &QPushButton::clicked, this, &ReportDialog::showDifferences);
    connect(table, &QTableView::doubleClicked, this, &ReportDialog::showDifferences);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReportDialog::updateDrillDown);
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this, [this, table](const QPoint &pos) {
        if (table->indexAt(pos).isValid())
            contextMenu()->popup(table->viewport()->mapToGlobal(pos));
    });
    // The first collection that differs is selected, so that Show differences… is ready.
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data(VerificationTableModel::StatusRole).toString() == toString(VerificationStatus::Mismatch)) {
            table->selectRow(row);
            break;
        }
    }
    updateDrillDown();
}

bool ReportDialog::canDrillInto(const VerificationRow &row)
{
    return row.status == VerificationStatus::Mismatch && row.type != QLatin1String("view");
}

std::optional<VerificationRow> ReportDialog::selectedRow() const
{
    const QModelIndexList rows = m_ui->reportTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const auto *proxy = static_cast<const QSortFilterProxyModel *>(m_ui->reportTable->model());
    const int row = proxy->mapToSource(rows.first()).row();
    if (row < 0 || row >= m_report.rows.size())
        return std::nullopt;
    return m_report.rows.at(row);
}

bool ReportDialog::selectRow(const QString &database, const QString &collection)
{
    const auto *proxy = static_cast<const QSortFilterProxyModel *>(m_ui->reportTable->model());
    for (int row = 0; row < m_report.rows.size(); ++row) {
        if (m_report.rows.at(row).database == database && m_report.rows.at(row).collection == collection) {
            m_ui->reportTable->selectRow(proxy->mapFromSource(m_model->index(row, 0)).row());
            return true;
        }
    }
    return false;
}

QMenu *ReportDialog::contextMenu()
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("reportMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    updateDrillDown();
    if (m_showDifferencesAction)
        menu->addAction(m_showDifferencesAction);
    return menu;
}

void ReportDialog::updateDrillDown()
{
    const auto row = selectedRow();
    const bool can = m_drillDown && row && canDrillInto(*row);
    m_ui->showDifferencesButton->setEnabled(can);
    if (m_showDifferencesAction)
        m_showDifferencesAction->setEnabled(can);
    m_ui->showDifferencesButton->setToolTip(
        can ? tr("List the documents of %1 that differ, and compare them side by side").arg(row->collection)
            : tr("Select a collection that differs (a mismatch) to list its differing documents"));
}

void ReportDialog::showDifferences()
{
    const auto row = selectedRow();
    if (m_drillDown && row && canDrillInto(*row))
        Q_EMIT differencesRequested(*row);
}

QFileDialog *ReportDialog::csvFileDialog() const
{
    return m_fileDialog;
}

void ReportDialog::chooseCsvFile()
{
    CsvFileDialog::openOrRaise(m_fileDialog, this, tr("Export the report as CSV"), QStringLiteral("report.csv"),
                               [this](const QString &path) { (void)exportCsv(path); });
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

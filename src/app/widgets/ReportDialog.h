#pragma once

#include "core/verify/VerificationReport.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QFileDialog;

namespace Ui {
class ReportDialog;
}

namespace lifeboat::app {

class VerificationTableModel;

// A verification report (archive against database) as a table, one row per collection
// coloured by its status, with "Export CSV…" (the CLI's --report columns). Not modal: it
// stays open beside the main window. The file dialog of Export CSV… is opened without a
// nested event loop (objectName "exportCsvDialog"), and exportCsv() writes to a given path.
class ReportDialog final : public QDialog {
    Q_OBJECT
public:
    // `description` says what was compared with what (shown above the table, as plain text).
    ReportDialog(const VerificationReport &report, const QString &description, QWidget *parent = nullptr);
    ~ReportDialog() override;

    const VerificationReport &report() const { return m_report; }
    VerificationTableModel *model() const { return m_model; }

    // Writes the report as CSV to `path`; the outcome is shown under the table.
    Status exportCsv(const QString &path);
    // The file dialog Export CSV… opened, while it is open.
    QFileDialog *csvFileDialog() const;

private:
    void chooseCsvFile();

    std::unique_ptr<Ui::ReportDialog> m_ui;
    VerificationReport m_report;
    VerificationTableModel *m_model; // child
    QPointer<QFileDialog> m_fileDialog;
};

} // namespace lifeboat::app

#pragma once

#include "core/verify/VerificationReport.h"

#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

class QFileDialog;
class QMenu;

namespace Ui {
class ReportDialog;
}

namespace lifeboat::app {

class VerificationTableModel;

// A verification report (archive against database) as a table, one row per collection
// coloured by its status, with "Export CSV…" (the CLI's --report columns). Not modal: it
// stays open beside the main window. The file dialog of Export CSV… is opened without a
// nested event loop (objectName "exportCsvDialog"), and exportCsv() writes to a given path.
//
// With enableDrillDown() (a comparison with a database), a collection that differs can be
// opened document by document: "Show differences…", a double-click on its row or its context
// menu ask for it (differencesRequested); whoever compared opens the drill-down.
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

    // Shows "Show differences…" and lets a differing collection be drilled into.
    void enableDrillDown();
    bool drillDownEnabled() const { return m_drillDown; }
    // The row selected in the table, if any.
    std::optional<VerificationRow> selectedRow() const;
    // Selects the row of `database`.`collection`; false if there is none.
    bool selectRow(const QString &database, const QString &collection);
    // The context menu of the selected row (Show differences…), as a right click opens it.
    QMenu *contextMenu();

public Q_SLOTS:
    // Asks for the selected collection's differences, if it differs (a mismatch).
    void showDifferences();

Q_SIGNALS:
    void differencesRequested(const lifeboat::VerificationRow &row);

private:
    void chooseCsvFile();
    void updateDrillDown();
    static bool canDrillInto(const VerificationRow &row);

    std::unique_ptr<Ui::ReportDialog> m_ui;
    VerificationReport m_report;
    VerificationTableModel *m_model; // child
    QPointer<QFileDialog> m_fileDialog;
    QAction *m_showDifferencesAction = nullptr;
    bool m_drillDown = false;
};

} // namespace lifeboat::app

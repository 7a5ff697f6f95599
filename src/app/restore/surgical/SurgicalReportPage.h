#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableView;

namespace lifeboat {
struct MergeResult;
}

namespace lifeboat::app {

class MergedDocumentTableModel;
class SurgicalRestoreWizard;
struct SurgicalRestoreSession;

// Page 6 of the surgical restore wizard: the outcome in plain words ("surgicalOutcomeLabel"),
// every document written with what was done and what verification found
// ("surgicalReportTable"), "Export CSV…" ("surgicalExportCsvButton": MergeResult::writeCsv, the
// CLI's columns) and the safety snapshot taken, named ("surgicalSnapshotLabel").
class SurgicalReportPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SurgicalReportPage)

public:
    SurgicalReportPage(SurgicalRestoreSession *session, SurgicalRestoreWizard *wizard);

    void initializePage() override;

    MergedDocumentTableModel *model() const { return m_model; }
    // Writes the report as CSV to `path`; false (and says why on the page) on failure.
    bool exportCsv(const QString &path);

private:
    static QString outcomeText(const MergeResult &result);
    void showSnapshot(const MergeResult &result);

    SurgicalRestoreSession *m_session;
    SurgicalRestoreWizard *m_wizard;
    MergedDocumentTableModel *m_model;
    QLabel *m_outcome;
    QLabel *m_warnings;
    QTableView *m_table;
    QLabel *m_snapshot;
    QPushButton *m_export;
    QLabel *m_exportStatus;
};

} // namespace lifeboat::app

#pragma once

#include "core/snapshot/SnapshotComparison.h"

#include <QPointer>
#include <QWizardPage>

#include <memory>

namespace Ui {
class SafeChangeCheckPage;
}

namespace lifeboat::app {

class Job;
class Workspace;
struct SafeChangeSession;

// Page 3 of the "Safe change" assistant: the database compared with the snapshot
// (SnapshotComparison, as a "compare" job): one row per collection in "driftTable" (documents in
// the snapshot and now, the difference, fields added and removed, the status), a summary in
// words ("checkSummaryLabel") and the user's validation command's outcome
// ("validationResultLabel"). Runs on entering the page and on "Check again"; Next once a
// check has ended (a check that could not run still lets the user decide).
class SafeChangeCheckPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SafeChangeCheckPage)

public:
    enum Column { CollectionColumn, TypeColumn, SnapshotColumn, NowColumn, DifferenceColumn, FieldsAddedColumn, FieldsRemovedColumn,
                  StatusColumn, ColumnCount };

    SafeChangeCheckPage(SafeChangeSession *session, Workspace *workspace, QWidget *parent = nullptr);
    ~SafeChangeCheckPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool isChecking() const;

public Q_SLOTS:
    void check();

Q_SIGNALS:
    void checked();

private:
    // A MatrixOne profile: MatrixOneDrift as a "compare" job (tables, rows, columns; exact).
    Job *startMatrixOneCheck();
    static QString countsText(const SnapshotDrift &drift);
    void showOutcome();
    void showFailure(const Error &error);
    void showComparison(const SnapshotComparison::Outcome &outcome);
    void showRow(int row, const DriftRow &drift, const FieldChange *fields);
    static QString summaryLine(const DriftRow &drift, const FieldChange *fields, bool matrixOne);
    static QString matrixOneSummaryLine(const DriftRow &drift, const FieldChange *fields);
    void showValidation(const ValidationCheck &validation);

    std::unique_ptr<Ui::SafeChangeCheckPage> m_ui;
    SafeChangeSession *m_session;
    Workspace *m_workspace;
    QPointer<Job> m_job;
    std::shared_ptr<std::optional<SnapshotComparison::Outcome>> m_result;
    bool m_ended = false;
};

} // namespace lifeboat::app

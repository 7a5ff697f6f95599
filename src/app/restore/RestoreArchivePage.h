#pragma once

#include "core/verify/ArchiveInspector.h"
#include "core/common/CancelToken.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <memory>

class QTimer;

namespace Ui {
class RestoreArchivePage;
}

namespace lifeboat::app {

struct RestoreSession;

// Page 1 of the restore wizard: the archive ("archiveEdit"), what its manifest says it holds,
// and its integrity check (ArchiveInspector, Depth::Files: every file's size and SHA-256
// against the manifest) run in a worker. Complete only for a readable archive whose check
// passed; the check restarts whenever the path changes.
class RestoreArchivePage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreArchivePage)

public:
    explicit RestoreArchivePage(RestoreSession *session, QWidget *parent = nullptr);
    ~RestoreArchivePage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    bool isChecking() const { return m_watcher->isRunning(); }

private:
    using Checked = std::shared_ptr<Result<InspectionReport>>;

    void startCheck();
    void showCheck(const Checked &checked);
    void showSummary(const InspectionReport &report);
    void clearSummary();
    void browse();

    std::unique_ptr<Ui::RestoreArchivePage> m_ui;
    RestoreSession *m_session;
    QTimer *m_debounce;
    QFutureWatcher<Checked> *m_watcher;
    CancelToken m_cancel;
    QString m_checkingPath;
};

} // namespace lifeboat::app

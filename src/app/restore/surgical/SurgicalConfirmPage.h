#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace lifeboat::app {

class ProductionBanner;
struct SurgicalRestoreSession;

// Page 4 of the surgical restore wizard, its commit page ("Restore"): the production banner,
// what is about to happen ("surgicalConfirmSummaryLabel"), and where documents get replaced,
// the safety snapshot of exactly those ("surgicalSafetySnapshotCheck", on by default) and the
// target database's name to type ("surgicalConfirmNameEdit") before Restore is enabled, as the
// normal wizard asks for a destructive restore. Inserting missing documents only changes
// nothing that exists: no name to type.
class SurgicalConfirmPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SurgicalConfirmPage)

public:
    explicit SurgicalConfirmPage(SurgicalRestoreSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // The plan replaces existing documents, so the name must be typed.
    bool needsConfirmation() const;

private:
    void updateSnapshotNote();

    SurgicalRestoreSession *m_session;
    ProductionBanner *m_banner;
    QLabel *m_summary;
    QCheckBox *m_snapshot;
    QLabel *m_snapshotNote;
    QLabel *m_prompt;
    QLineEdit *m_confirmName;
    QLabel *m_confirmHint;
};

} // namespace lifeboat::app

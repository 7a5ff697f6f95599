#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class RestoreOptionsPage;
}

namespace lifeboat::app {

struct RestoreSession;

// Page 3 of the restore wizard: the RestoreRequest's options, with its defaults (replace
// existing off, force off, batch 1000, sample verification of 100 documents, time-series
// inference on, safety snapshot ON into the archive's folder), a checkable list of the
// archive's collections ("collectionsList": all checked means all). Keep-extra is chosen on the
// Preview page, beside what it would drop (kept by default in the wizard).
class RestoreOptionsPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreOptionsPage)

public:
    explicit RestoreOptionsPage(RestoreSession *session, QWidget *parent = nullptr);
    ~RestoreOptionsPage() override;

    void initializePage() override;
    void cleanupPage() override {}
    bool isComplete() const override;
    bool validatePage() override;

    // The collections ticked in the list; empty when all are (the whole archive).
    QStringList chosenCollections() const;

private:
    void setAllChecked(bool checked);
    void updateNotes();

    std::unique_ptr<Ui::RestoreOptionsPage> m_ui;
    RestoreSession *m_session;
    QString m_defaultsFor;
    QString m_keepExtraFor; // the archive and target the keep-extra default was set for
};

} // namespace lifeboat::app

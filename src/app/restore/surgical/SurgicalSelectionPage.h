#pragma once

#include "core/common/CancelToken.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <memory>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;

namespace lifeboat::app {

struct SurgicalRestoreSession;

// Page 1 of the surgical restore wizard: which documents, and how. The archive and collection
// ("surgicalSourceLabel"), the filter the browser had ("surgicalFilterEdit", editable, checked
// as it is typed) or the _ids chosen ("surgicalIdsList"), and the merge mode: Insert missing
// ("insertMissingRadio", the default), Replace ("replaceRadio"), Upsert ("upsertRadio"), each
// explained in a line. Reads what the archive holds in a worker (the target's default database
// and the collection's count); complete once it has and the filter is valid.
class SurgicalSelectionPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SurgicalSelectionPage)

public:
    explicit SurgicalSelectionPage(SurgicalRestoreSession *session, QWidget *parent = nullptr);
    ~SurgicalSelectionPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    bool isReading() const { return m_watcher->isRunning(); }

    struct Opened; // what the worker read

private:
    using OpenedPtr = std::shared_ptr<Opened>;
    QRadioButton *addMode(QLayout *layout, const char *name, const QString &text, const QString &explanation, int id);
    void readArchive();
    void showOpened(const Opened &opened);
    void checkFilter();

    SurgicalRestoreSession *m_session;
    QFutureWatcher<OpenedPtr> *m_watcher;
    CancelToken m_cancel; // the read under way
    QLabel *m_source;
    QLabel *m_status;
    QLabel *m_filterLabel;
    QLineEdit *m_filter;
    QLabel *m_filterError;
    QLabel *m_idsLabel;
    QListWidget *m_ids;
    QButtonGroup *m_modes;
    bool m_filterOk = true;
    QString m_readArchive; // the archive whose contents the session holds
};

} // namespace lifeboat::app

#pragma once

#include "core/common/Result.h"

#include <QFutureWatcher>
#include <QStringList>
#include <QWizardPage>

#include <memory>

class QStringListModel;

namespace Ui {
class RestoreTargetPage;
}

namespace lifeboat::app {

class ProductionBanner;
class Workspace;
struct RestoreSession;

// Page 2 of the restore wizard: the connection profile ("profileCombo", default the current
// one) and the database ("targetDbEdit", default the archive's). The profile's password comes
// from the keychain and its databases are listed in a worker; a name not among them is
// labelled as a new database, i.e. a clone. Complete once the server answered and the name is
// a valid database name.
class RestoreTargetPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreTargetPage)

public:
    RestoreTargetPage(RestoreSession *session, Workspace *workspace, QWidget *parent = nullptr);
    ~RestoreTargetPage() override;

    void initializePage() override;
    void cleanupPage() override {}
    bool isComplete() const override;
    bool validatePage() override;

    // True once the selected profile's databases are listed.
    bool databasesLoaded() const { return m_loaded; }
    // Why `name` cannot be a database name, or empty when it can.
    static QString invalidDatabaseName(const QString &name);

private:
    using Listed = std::shared_ptr<Result<QStringList>>;

    void fillProfiles(const QString &selectId);
    void profileChanged();
    void loadDatabases();
    void updateTargetStatus();
    QString selectedProfileId() const;

    std::unique_ptr<Ui::RestoreTargetPage> m_ui;
    RestoreSession *m_session;
    Workspace *m_workspace;
    ProductionBanner *m_banner;
    QStringListModel *m_databaseModel;
    QFutureWatcher<Listed> *m_watcher;
    QString m_loadedProfileId;
    int m_generation = 0;
    bool m_loaded = false;
    bool m_several = false; // the archive holds several databases: choose one
    QString m_defaultsForArchive;
};

} // namespace lifeboat::app

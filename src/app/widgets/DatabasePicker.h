#pragma once

#include "profiles/ConnectionProfile.h"

#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;

namespace lifeboat {
class MongoClientPool;
}

namespace lifeboat::app {

class Workspace;

// A connection profile ("profileCombo", default the current one) and a database of it
// ("databaseCombo", editable; default the profile's default database), as the snapshot dialogs
// and the "Safe change" assistant ask for them. The password is read from the keychain and the
// databases (and, if wanted, the chosen database's collections) are listed in worker threads;
// "databasesStatusLabel" says what is going on or what went wrong. The resolved URI holds the
// password: it stays in memory, for the jobs the caller starts.
class DatabasePicker final : public QWidget {
    Q_OBJECT
public:
    explicit DatabasePicker(Workspace *workspace, QWidget *parent = nullptr);
    ~DatabasePicker() override;

    // Also list the collections of the chosen database (collectionsLoaded()).
    void setCollectionsWanted(bool wanted);
    // Whether the database field is used (a deployment snapshot needs none).
    void setDatabaseEnabled(bool enabled);

    // The database field's caption (default "Database:"), e.g. "New database:".
    void setDatabaseCaption(const QString &caption);

    void setProfileId(const QString &id);
    void setDatabase(const QString &database);

    std::optional<profiles::ConnectionProfile> profile() const;
    QString database() const;
    // The profile's URI with its password, once the databases are listed (else empty).
    QString uri() const { return m_uri; }
    // True once the selected profile's server answered with its databases.
    bool databasesLoaded() const { return m_databasesLoaded; }
    QStringList databases() const { return m_databases; }
    // The collections of database() once collectionsLoaded() (views included, system.* not).
    QStringList collections() const { return m_collections; }
    bool collectionsLoaded() const { return m_collectionsOf == database() && !m_collectionsOf.isEmpty(); }
    QString statusText() const;

Q_SIGNALS:
    void profileChanged();
    void databaseChanged();
    void databasesListed();
    void collectionsListed();

private:
    void fillProfiles();
    void onProfileChanged();
    void loadCollections();
    void setStatus(const QString &text, bool problem = false);

    Workspace *m_workspace;
    QComboBox *m_profileCombo;
    QComboBox *m_databaseCombo;
    QLabel *m_status;
    std::shared_ptr<MongoClientPool> m_pool;
    QString m_uri;
    QStringList m_databases;
    QStringList m_collections;
    QString m_collectionsOf;
    bool m_collectionsWanted = false;
    bool m_databasesLoaded = false;
    int m_generation = 0;
};

} // namespace lifeboat::app

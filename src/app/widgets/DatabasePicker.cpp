#include "app/widgets/DatabasePicker.h"
#include "app/widgets/RefreshKey.h"

#include "app/connections/DatabaseTreeLoader.h"
#include "app/widgets/StatusLabel.h"
#include "core/config/MongoUri.h"
#include "core/matrixone/MatrixOneConnection.h"
#include "app/window/Workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSignalBlocker>
#include <QtConcurrent>

namespace lifeboat::app {

namespace {

// A MatrixOne profile's databases (SHOW DATABASES), in the shape of a MongoDB listing (no pool:
// collections are not listed for it).
DatabaseTreeLoader::Databases listMatrixOneDatabases(const QString &uri)
{
    DatabaseTreeLoader::Databases listed;
    auto parsed = MatrixOneUri::parse(uri);
    auto connection = parsed ? MatrixOneConnection::open(*parsed) : Result<std::unique_ptr<MatrixOneConnection>>(parsed.error());
    auto rows = connection ? (*connection)->query(QStringLiteral("SHOW DATABASES")) : Result<MatrixOneConnection::Rows>(connection.error());
    if (!rows) {
        listed.outcome.problem = ConnectionProblem::Server;
        listed.outcome.summary = rows.error().toString();
        return listed;
    }
    for (const QVariantList &row : std::as_const(rows->values)) {
        if (!row.isEmpty())
            listed.names << row.first().toString();
    }
    listed.names.sort();
    return listed;
}

} // namespace

DatabasePicker::DatabasePicker(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_profileCombo(new QComboBox(this)), m_databaseCombo(new QComboBox(this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("databasePicker"));
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setAccessibleName(tr("Connection"));
    m_databaseCombo->setObjectName(QStringLiteral("databaseCombo"));
    m_databaseCombo->setEditable(true);
    m_databaseCombo->setInsertPolicy(QComboBox::NoInsert);
    m_databaseCombo->setAccessibleName(tr("Database"));
    m_status->setObjectName(QStringLiteral("databasesStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(tr("&Connection:"), m_profileCombo);
    layout->addRow(tr("&Database:"), m_databaseCombo);
    layout->addRow(QString(), m_status);

    fillProfiles();
    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, &DatabasePicker::onProfileChanged);
    RefreshKey::install(this, [this] { onProfileChanged(); }); // F5: the databases listed again
    connect(m_databaseCombo, &QComboBox::currentTextChanged, this, [this] {
        Q_EMIT databaseChanged();
        loadCollections();
    });
    connect(m_workspace->profiles(), &profiles::ProfileStore::profilesChanged, this, [this] {
        const QString id = m_profileCombo->currentData().toString();
        {
            const QSignalBlocker blocker(m_profileCombo);
            fillProfiles();
            m_profileCombo->setCurrentIndex(std::max(0, m_profileCombo->findData(id)));
        }
        if (m_profileCombo->currentData().toString() != id)
            onProfileChanged();
    });
    onProfileChanged();
}

DatabasePicker::~DatabasePicker() = default;

void DatabasePicker::fillProfiles()
{
    m_profileCombo->clear();
    for (const auto &p : m_workspace->profiles()->list())
        m_profileCombo->addItem(p.name, p.id);
    const int current = m_profileCombo->findData(m_workspace->currentProfileId());
    if (current >= 0)
        m_profileCombo->setCurrentIndex(current);
}

void DatabasePicker::setCollectionsWanted(bool wanted)
{
    m_collectionsWanted = wanted;
    loadCollections();
}

void DatabasePicker::setDatabaseEnabled(bool enabled)
{
    m_databaseCombo->setEnabled(enabled);
}

void DatabasePicker::setDatabaseCaption(const QString &caption)
{
    auto *form = static_cast<QFormLayout *>(layout());
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(m_databaseCombo)))
        label->setText(caption);
}

void DatabasePicker::setProfileId(const QString &id)
{
    const int index = m_profileCombo->findData(id);
    if (index >= 0 && index != m_profileCombo->currentIndex())
        m_profileCombo->setCurrentIndex(index);
}

void DatabasePicker::setDatabase(const QString &database)
{
    m_databaseCombo->setCurrentText(database);
}

std::optional<profiles::ConnectionProfile> DatabasePicker::profile() const
{
    const QString id = m_profileCombo->currentData().toString();
    if (id.isEmpty())
        return std::nullopt;
    return m_workspace->profiles()->find(id);
}

QString DatabasePicker::database() const
{
    return m_databaseCombo->currentText().trimmed();
}

QString DatabasePicker::statusText() const
{
    return m_status->text();
}

void DatabasePicker::setStatus(const QString &text, bool problem)
{
    StatusLabel::show(m_status, text, problem);
    m_status->setVisible(!text.isEmpty());
}

void DatabasePicker::onProfileChanged()
{
    const int generation = ++m_generation;
    m_pool.reset();
    m_uri.clear();
    m_databases.clear();
    m_collections.clear();
    m_collectionsOf.clear();
    m_databasesLoaded = false;
    Q_EMIT profileChanged();
    const auto p = profile();
    if (!p) {
        setStatus(tr("Add a connection first, in the Connections panel."), true);
        return;
    }
    if (database().isEmpty())
        m_databaseCombo->setCurrentText(p->defaultDatabase);
    setStatus(tr("Connecting to %1…").arg(p->isMatrixOne() ? QStringLiteral("%1:%2").arg(p->host).arg(p->port) : MongoUri::hosts(p->connectionString)));
    QPointer<DatabasePicker> self(this);
    m_workspace->resolveUri(*p, [self, generation](Result<QString> uri) {
        if (!self || generation != self->m_generation)
            return;
        if (!uri) {
            self->setStatus(StatusLabel::sentence(uri.error().toString()), true);
            return;
        }
        auto *watcher = new QFutureWatcher<DatabaseTreeLoader::Databases>(self.data());
        connect(watcher, &QFutureWatcher<DatabaseTreeLoader::Databases>::finished, self.data(), [self, watcher, generation, uri = *uri] {
            watcher->deleteLater();
            if (!self || generation != self->m_generation)
                return;
            const DatabaseTreeLoader::Databases listed = watcher->result();
            if (!listed.ok()) {
                self->setStatus(listed.outcome.summary, true);
                return;
            }
            self->m_pool = listed.pool;
            self->m_uri = uri;
            self->m_databases = listed.names;
            self->m_databasesLoaded = true;
            const QString typed = self->database();
            {
                const QSignalBlocker blocker(self->m_databaseCombo);
                self->m_databaseCombo->clear();
                self->m_databaseCombo->addItems(listed.names);
                self->m_databaseCombo->setCurrentIndex(-1);
                self->m_databaseCombo->setCurrentText(typed);
            }
            self->setStatus(QString());
            Q_EMIT self->databasesListed();
            Q_EMIT self->databaseChanged();
            self->loadCollections();
        });
        watcher->setFuture(QtConcurrent::run([uri = *uri] {
            return uri.startsWith(QLatin1String("matrixone:")) ? listMatrixOneDatabases(uri) : DatabaseTreeLoader::listDatabases(uri);
        }));
    });
}

void DatabasePicker::loadCollections()
{
    const QString db = database();
    if (!m_collectionsWanted || !m_pool || db.isEmpty() || db == m_collectionsOf)
        return;
    m_collectionsOf.clear();
    m_collections.clear();
    if (!m_databases.contains(db)) {
        setStatus(tr("There is no database %1 on this server.").arg(db), true);
        return;
    }
    setStatus(tr("Listing the collections of %1…").arg(db));
    const int generation = m_generation;
    auto *watcher = new QFutureWatcher<DatabaseTreeLoader::Collections>(this);
    connect(watcher, &QFutureWatcher<DatabaseTreeLoader::Collections>::finished, this, [this, watcher, generation, db] {
        watcher->deleteLater();
        if (generation != m_generation || db != database())
            return;
        const DatabaseTreeLoader::Collections listed = watcher->result();
        if (!listed.ok()) {
            setStatus(listed.outcome.summary, true);
            return;
        }
        m_collections.clear();
        for (const auto &c : listed.collections)
            m_collections << c.name;
        m_collectionsOf = db;
        setStatus(QString());
        Q_EMIT collectionsListed();
    });
    watcher->setFuture(QtConcurrent::run([pool = m_pool, db] { return DatabaseTreeLoader::listCollections(pool, db); }));
}

} // namespace lifeboat::app

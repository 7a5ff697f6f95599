#include "app/restore/RestoreTargetPage.h"
#include "app/widgets/RefreshKey.h"
#include "app/widgets/StatusLabel.h"

#include "app/widgets/ThemeColors.h"
#include "core/mongo/DatabaseCatalog.h"
#include "core/mongo/MongoClientPool.h"
#include "core/config/MongoUri.h"
#include "app/widgets/ProductionBanner.h"
#include "app/restore/RestoreSession.h"
#include "app/window/Workspace.h"
#include "ui_RestoreTargetPage.h"

#include <QCompleter>
#include <QPointer>
#include <QStringListModel>
#include <QtConcurrent>

namespace lifeboat::app {

RestoreTargetPage::RestoreTargetPage(RestoreSession *session, Workspace *workspace, QWidget *parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::RestoreTargetPage>()), m_session(session), m_workspace(workspace),
      m_banner(new ProductionBanner(this)), m_databaseModel(new QStringListModel(this)), m_watcher(new QFutureWatcher<Listed>(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("restoreTargetPage"));
    m_ui->targetPageLayout->insertWidget(0, m_banner);
    auto *completer = new QCompleter(m_databaseModel, this);
    completer->setCaseSensitivity(Qt::CaseSensitive);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_ui->targetDbEdit->setCompleter(completer);
    m_ui->reloadDatabasesButton->hide();
    RefreshKey::install(this, [this] { profileChanged(); }); // F5: the server's databases listed again

    connect(m_ui->profileCombo, &QComboBox::currentIndexChanged, this, &RestoreTargetPage::profileChanged);
    connect(m_ui->reloadDatabasesButton, &QPushButton::clicked, this, &RestoreTargetPage::profileChanged);
    connect(m_ui->targetDbEdit, &QLineEdit::textChanged, this, &RestoreTargetPage::updateTargetStatus);
    connect(m_ui->sourceDbCombo, &QComboBox::currentTextChanged, this, [this](const QString &source) {
        // Following the source until the user names another target.
        if (m_ui->targetDbEdit->text().isEmpty() || m_session->archiveDatabases().contains(m_ui->targetDbEdit->text()))
            m_ui->targetDbEdit->setText(source);
        updateTargetStatus();
    });
    connect(m_workspace->profiles(), &profiles::ProfileStore::profilesChanged, this, [this] { fillProfiles(selectedProfileId()); });
    connect(m_watcher, &QFutureWatcher<Listed>::finished, this, [this] {
        if (m_watcher->future().isCanceled() || m_watcher->future().resultCount() == 0)
            return;
        const Listed listed = m_watcher->result();
        if (!listed->ok()) {
            m_ui->databasesStatusLabel->setText(ThemeColors::errorSpan(tr("The server cannot be reached: %1"))
                                                    .arg(listed->error().toString().toHtmlEscaped()));
            m_ui->reloadDatabasesButton->show();
            return;
        }
        m_session->existingDatabases = **listed;
        m_databaseModel->setStringList(**listed);
        m_loaded = true;
        m_ui->databasesStatusLabel->setText(tr("%n database(s) on this server.", nullptr, int(listed->value().size())));
        updateTargetStatus();
    });
}

RestoreTargetPage::~RestoreTargetPage() = default;

void RestoreTargetPage::initializePage()
{
    QString select = std::exchange(m_session->presetProfileId, QString());
    if (select.isEmpty())
        select = selectedProfileId();
    if (select.isEmpty())
        select = m_workspace->currentProfileId();
    fillProfiles(select);

    const QString archive = m_session->inspection ? m_session->inspection->archivePath : QString();
    const QStringList dbs = m_session->archiveDatabases();
    m_several = dbs.size() > 1 || (m_session->inspection && m_session->inspection->layout.nestsDatabases());
    m_ui->sourceDbLabel->setVisible(m_several);
    m_ui->sourceDbCombo->setVisible(m_several);
    const QString preset = std::exchange(m_session->presetDatabase, QString());
    if (archive != m_defaultsForArchive || !preset.isEmpty()) {
        m_defaultsForArchive = archive;
        const QSignalBlocker block(m_ui->sourceDbCombo);
        m_ui->sourceDbCombo->clear();
        m_ui->sourceDbCombo->addItems(dbs);
        m_ui->targetDbEdit->setText(!preset.isEmpty() ? preset : dbs.value(0));
    }
    updateTargetStatus();
}

bool RestoreTargetPage::isComplete() const
{
    if (!m_loaded || m_session->mongoUri.isEmpty() || m_loadedProfileId != selectedProfileId())
        return false;
    if (m_several && m_ui->sourceDbCombo->currentText().isEmpty())
        return false;
    return invalidDatabaseName(m_ui->targetDbEdit->text().trimmed()).isEmpty();
}

bool RestoreTargetPage::validatePage()
{
    if (!isComplete())
        return false;
    m_session->profile = m_workspace->profiles()->find(selectedProfileId());
    m_session->request.mongoUri = m_session->mongoUri;
    m_session->request.targetDatabase = m_ui->targetDbEdit->text().trimmed();
    m_session->request.sourceDatabase = m_several ? m_ui->sourceDbCombo->currentText() : QString();
    return true;
}

QString RestoreTargetPage::invalidDatabaseName(const QString &name)
{
    if (name.isEmpty())
        return tr("Name the database.");
    if (name.toUtf8().size() > 63)
        return tr("A database name has at most 63 bytes.");
    for (const QChar c : name) {
        if (QStringView(u"/\\. \"$*<>:|?").contains(c) || c.unicode() == 0)
            return tr("A database name cannot contain \"%1\".").arg(c);
    }
    return {};
}

void RestoreTargetPage::fillProfiles(const QString &selectId)
{
    {
        const QSignalBlocker block(m_ui->profileCombo);
        m_ui->profileCombo->clear();
        for (const auto &p : m_workspace->profiles()->list())
            m_ui->profileCombo->addItem(p.name, p.id);
        const int at = m_ui->profileCombo->findData(selectId);
        m_ui->profileCombo->setCurrentIndex(at >= 0 ? at : 0);
    }
    if (m_ui->profileCombo->count() == 0)
        m_ui->databasesStatusLabel->setText(tr("There is no connection profile yet: add one in the Connections panel."));
    if (selectedProfileId() != m_loadedProfileId || (!m_loaded && !m_watcher->isRunning()))
        profileChanged();
}

QString RestoreTargetPage::selectedProfileId() const
{
    return m_ui->profileCombo->currentData().toString();
}

void RestoreTargetPage::profileChanged()
{
    const int generation = ++m_generation;
    m_loaded = false;
    m_session->mongoUri.clear();
    m_session->existingDatabases.clear();
    m_databaseModel->setStringList({});
    m_watcher->setFuture(QFuture<Listed>());
    m_ui->reloadDatabasesButton->hide();
    m_loadedProfileId = selectedProfileId();
    const auto profile = m_workspace->profiles()->find(m_loadedProfileId);
    m_banner->setProfile(profile, tr("This restore writes to it."));
    Q_EMIT completeChanged();
    if (!profile) {
        m_ui->serverValue->setText(QStringLiteral("—"));
        updateTargetStatus();
        return;
    }
    m_ui->serverValue->setText(MongoUri::redacted(profile->connectionString));
    m_ui->databasesStatusLabel->setText(tr("Reading the password from the keychain…"));
    QPointer<RestoreTargetPage> self(this);
    m_workspace->resolveUri(*profile, [self, generation](Result<QString> uri) {
        if (!self || generation != self->m_generation)
            return;
        if (!uri) {
            self->m_ui->databasesStatusLabel->setText(
                ThemeColors::errorSpan(StatusLabel::sentence(uri.error().toString()).toHtmlEscaped()));
            self->m_ui->reloadDatabasesButton->show();
            return;
        }
        self->m_session->mongoUri = *uri;
        self->loadDatabases();
    });
    updateTargetStatus();
}

void RestoreTargetPage::loadDatabases()
{
    m_ui->databasesStatusLabel->setText(tr("Listing the databases on the server…"));
    const QString uri = m_session->mongoUri;
    m_watcher->setFuture(QtConcurrent::run([uri]() -> Listed {
        auto pool = MongoClientPool::create(uri, 1);
        if (!pool)
            return std::make_shared<Result<QStringList>>(pool.error());
        auto client = (*pool)->acquire();
        return std::make_shared<Result<QStringList>>(DatabaseCatalog::databaseNames(client));
    }));
}

void RestoreTargetPage::updateTargetStatus()
{
    const QString name = m_ui->targetDbEdit->text().trimmed();
    const QString invalid = invalidDatabaseName(name);
    QString text;
    if (!invalid.isEmpty()) {
        text = ThemeColors::errorSpan(invalid.toHtmlEscaped());
    } else if (m_loaded) {
        const QString source = m_several ? m_ui->sourceDbCombo->currentText() : m_session->archiveDatabases().value(0);
        if (!m_session->existingDatabases.contains(name))
            text = tr("new database: this makes a clone");
        else if (!source.isEmpty() && source != name)
            text = tr("existing database: the archive of %1 is restored into it").arg(source.toHtmlEscaped());
        else
            text = tr("existing database: the preview shows what the restore changes in it");
    }
    m_ui->targetDbStatusLabel->setText(text);
    Q_EMIT completeChanged();
}

} // namespace lifeboat::app

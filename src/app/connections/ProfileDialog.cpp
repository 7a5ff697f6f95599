#include "app/connections/ProfileDialog.h"

#include "app/widgets/ThemeColors.h"
#include "core/config/MongoUri.h"
#include "profiles/ProfileStore.h"
#include "ui_ProfileDialog.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QFileInfo>
#include <QPointer>
#include <QPushButton>

namespace lifeboat::app {

using profiles::ConnectionProfile;

namespace {

// Validation messages start in lower case, for composing; a sentence on its own starts upper.
QString sentence(const Error &error)
{
    QString text = error.message;
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    if (!error.hint.isEmpty())
        text += QStringLiteral(". ") + error.hint.at(0).toUpper() + error.hint.mid(1);
    return text + QLatin1Char('.');
}

} // namespace

ProfileDialog::ProfileDialog(profiles::ProfileStore *store, const std::optional<ConnectionProfile> &existing, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ProfileDialog>()), m_store(store), m_tester(new ConnectionTester(this))
{
    m_ui->setupUi(this);
    m_ui->credentialsNote->hide();
    m_ui->validationLabel->hide();
    m_ui->validationLabel->setStyleSheet(ThemeColors::textStyle(ThemeColors::Role::Error));
    for (const auto environment : {ConnectionProfile::Environment::Development, ConnectionProfile::Environment::Staging,
                                   ConnectionProfile::Environment::Production}) {
        const QString name = ConnectionProfile::environmentName(environment);
        m_ui->environmentCombo->addItem(environment == ConnectionProfile::Environment::Production ? tr("Production")
                                        : environment == ConnectionProfile::Environment::Staging  ? tr("Staging")
                                                                                                   : tr("Development"),
                                        name);
    }

    addMatrixOneFields();
    if (existing) {
        m_saved = *existing;
        loadFields(*existing);
        setWindowTitle(tr("Edit connection \"%1\"").arg(existing->name));
        m_ui->passwordEdit->setPlaceholderText(tr("leave empty to keep the saved password"));
    } else {
        loadFields(ConnectionProfile());
        setWindowTitle(tr("New connection"));
        m_ui->passwordEdit->setPlaceholderText(tr("kept in the system keychain"));
    }

    m_fileChooser = [this](const QString &title, const QString &current) {
        return QFileDialog::getOpenFileName(this, title, QFileInfo(current).absolutePath(),
                                            tr("Certificates (*.pem *.crt *.cer *.key);;All files (*)"));
    };

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(m_tester, &ConnectionTester::finished, this, &ProfileDialog::showTestOutcome);
    connect(m_ui->tlsCaFileBrowse, &QPushButton::clicked, this,
            [this] { browse(m_ui->tlsCaFileEdit, tr("CA file")); });
    connect(m_ui->tlsCertificateKeyFileBrowse, &QPushButton::clicked, this,
            [this] { browse(m_ui->tlsCertificateKeyFileEdit, tr("Client certificate and key")); });

    // A pasted connection string with credentials is split at once; typed ones when the
    // field is left (and always before saving or testing).
    connect(m_ui->connectionStringEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        const bool pasted = text.size() - m_connectionStringLength > 1;
        m_connectionStringLength = text.size();
        if (pasted)
            splitCredentials();
    });
    connect(m_ui->connectionStringEdit, &QLineEdit::editingFinished, this, [this] { splitCredentials(); });
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->connectionStringEdit, m_ui->userEdit})
        connect(edit, &QLineEdit::textChanged, m_ui->validationLabel, &QWidget::hide);
}

ProfileDialog::~ProfileDialog() = default;

bool ProfileDialog::isTesting() const
{
    return m_tester->isRunning();
}

void ProfileDialog::loadFields(const ConnectionProfile &profile)
{
    m_ui->nameEdit->setText(profile.name);
    m_ui->environmentCombo->setCurrentIndex(
        m_ui->environmentCombo->findData(ConnectionProfile::environmentName(profile.environment)));
    m_ui->connectionStringEdit->setText(profile.connectionString);
    m_connectionStringLength = profile.connectionString.size();
    m_ui->userEdit->setText(profile.user);
    m_ui->authDatabaseEdit->setText(profile.authDatabase);
    m_ui->defaultDatabaseEdit->setText(profile.defaultDatabase);
    m_ui->tlsCaFileEdit->setText(profile.tlsCaFile);
    m_ui->tlsCertificateKeyFileEdit->setText(profile.tlsCertificateKeyFile);
    m_ui->tlsAllowInvalidHostnamesCheck->setChecked(profile.tlsAllowInvalidHostnames);
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(ConnectionProfile::kindName(profile.kind)));
    m_hostEdit->setText(profile.host);
    m_portSpin->setValue(profile.port);
    m_accountEdit->setText(profile.account);
    showKindFields();
}

ConnectionProfile ProfileDialog::profileFromFields()
{
    splitCredentials();
    ConnectionProfile profile;
    profile.id = m_saved.id;
    profile.name = m_ui->nameEdit->text().trimmed();
    profile.environment = ConnectionProfile::environmentFromName(m_ui->environmentCombo->currentData().toString())
                              .value_or(ConnectionProfile::Environment::Production);
    profile.connectionString = m_ui->connectionStringEdit->text().trimmed();
    profile.user = m_ui->userEdit->text().trimmed();
    profile.authDatabase = m_ui->authDatabaseEdit->text().trimmed();
    profile.defaultDatabase = m_ui->defaultDatabaseEdit->text().trimmed();
    profile.tlsCaFile = m_ui->tlsCaFileEdit->text().trimmed();
    profile.tlsCertificateKeyFile = m_ui->tlsCertificateKeyFileEdit->text().trimmed();
    profile.tlsAllowInvalidHostnames = m_ui->tlsAllowInvalidHostnamesCheck->isChecked();
    profile.kind = ConnectionProfile::kindFromName(m_kindCombo->currentData().toString()).value_or(ConnectionProfile::Kind::MongoDb);
    if (profile.isMatrixOne()) {
        // Only what a MatrixOne profile has: MongoDB's fields stay out of it.
        profile.connectionString.clear();
        profile.authDatabase.clear();
        profile.tlsCaFile.clear();
        profile.tlsCertificateKeyFile.clear();
        profile.tlsAllowInvalidHostnames = false;
        profile.host = m_hostEdit->text().trimmed();
        profile.port = m_portSpin->value();
        profile.account = m_accountEdit->text().trimmed();
    }
    return profile;
}

bool ProfileDialog::splitCredentials()
{
    if (m_kindCombo && m_kindCombo->currentData().toString() == ConnectionProfile::kindName(ConnectionProfile::Kind::MatrixOne))
        return false;
    ConnectionProfile parsed;
    parsed.connectionString = m_ui->connectionStringEdit->text().trimmed();
    const QString password = parsed.takeCredentials();
    if (parsed.connectionString == m_ui->connectionStringEdit->text().trimmed())
        return false;
    m_ui->connectionStringEdit->setText(parsed.connectionString);
    m_connectionStringLength = parsed.connectionString.size();
    if (!parsed.user.isEmpty())
        m_ui->userEdit->setText(parsed.user);
    if (!password.isEmpty())
        m_ui->passwordEdit->setText(password);
    m_ui->credentialsNote->setText(
        password.isEmpty()
            ? tr("The user name was moved out of the connection string into its own field.")
            : tr("The user name and password were moved out of the connection string into their own fields. "
                 "The password will be kept in the system keychain, not in Lifeboat's settings."));
    m_ui->credentialsNote->show();
    return true;
}

void ProfileDialog::showValidation(const QString &message)
{
    m_ui->validationLabel->setText(message);
    m_ui->validationLabel->setVisible(!message.isEmpty());
}

void ProfileDialog::setBusy(bool saving)
{
    m_saving = saving;
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(!saving);
}

void ProfileDialog::accept()
{
    if (m_saving)
        return;
    ConnectionProfile profile = profileFromFields();
    if (const Status valid = profile.validate(); !valid) {
        showValidation(sentence(valid.error()));
        return;
    }
    if (isEditing()) {
        if (const Status updated = m_store->update(profile); !updated) {
            showValidation(sentence(updated.error()));
            return;
        }
    } else {
        Result<ConnectionProfile> added = m_store->add(profile);
        if (!added) {
            showValidation(sentence(added.error()));
            return;
        }
        profile = *added;
    }
    // From here on a retry updates this profile instead of adding another.
    m_saved = profile;
    setWindowTitle(tr("Edit connection \"%1\"").arg(profile.name));
    Q_EMIT saved(profile.id);
    showValidation({});
    savePasswordThenClose(m_ui->passwordEdit->text());
}

void ProfileDialog::savePasswordThenClose(const QString &password)
{
    QPointer<ProfileDialog> self(this);
    auto done = [self](Status status) {
        if (!self)
            return;
        self->setBusy(false);
        if (!status) {
            self->showValidation(tr("The connection was saved, but the system keychain failed: %1")
                                     .arg(sentence(status.error())));
            return;
        }
        self->m_ui->passwordEdit->clear(); // saved: the field need not hold it any longer
        self->QDialog::accept();
    };
    if (m_saved.user.isEmpty()) {
        // No user, no password: nothing of an earlier one may linger in the keychain.
        setBusy(true);
        m_store->deletePassword(m_saved.id, done);
    } else if (!password.isEmpty()) {
        setBusy(true);
        m_store->savePassword(m_saved.id, password, done);
    } else {
        QDialog::accept(); // editing: the saved password stays; new without one: none needed
    }
}

void ProfileDialog::testConnection()
{
    ConnectionProfile profile = profileFromFields();
    if (profile.name.isEmpty())
        profile.name = tr("(new connection)"); // a test needs no name
    if (const Status valid = profile.validate(); !valid) {
        ConnectionTester::Outcome invalid;
        invalid.problem = ConnectionTester::Problem::InvalidUri;
        invalid.summary = sentence(valid.error());
        showTestOutcome(invalid);
        return;
    }
    m_ui->testButton->setEnabled(false);
    m_ui->testResultLabel->setStyleSheet(QString());
    m_ui->testResultLabel->setText(tr("Connecting to %1…").arg(profile.isMatrixOne() ? QStringLiteral("%1:%2").arg(profile.host).arg(profile.port)
                                                                                     : MongoUri::hosts(profile.connectionString)));
    m_ui->testResultLabel->setToolTip(QString());

    const QString typed = m_ui->passwordEdit->text();
    if (!typed.isEmpty() || !isEditing() || profile.user.isEmpty()) {
        startTest(profile, typed);
        return;
    }
    // Editing with the password field left empty: test with the saved password.
    QPointer<ProfileDialog> self(this);
    m_store->readPassword(m_saved.id, [self, profile](Result<QString> password) {
        if (!self)
            return;
        if (!password && password.error().code != ErrorCode::NotFound) {
            ConnectionTester::Outcome failed;
            failed.problem = ConnectionTester::Problem::Authentication;
            failed.summary = tr("Cannot read the saved password from the system keychain.");
            failed.details = password.error().toString();
            self->showTestOutcome(failed);
            return;
        }
        self->startTest(profile, password ? *password : QString());
    });
}

void ProfileDialog::startTest(const ConnectionProfile &profile, const QString &password)
{
    m_tester->start(profile.uriWithPassword(password));
}

void ProfileDialog::showTestOutcome(const ConnectionTester::Outcome &outcome)
{
    m_ui->testButton->setEnabled(true);
    m_ui->testResultLabel->setText(outcome.summary);
    m_ui->testResultLabel->setToolTip(outcome.details);
    m_ui->testResultLabel->setStyleSheet(outcome.ok() ? ThemeColors::textStyle(ThemeColors::Role::Success) : ThemeColors::textStyle(ThemeColors::Role::Error));
    Q_EMIT testFinished(outcome);
}

void ProfileDialog::browse(QLineEdit *field, const QString &title)
{
    const QString chosen = m_fileChooser(title, field->text());
    if (!chosen.isEmpty())
        field->setText(chosen);
}

void ProfileDialog::addMatrixOneFields()
{
    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("kindCombo"));
    m_kindCombo->addItem(tr("MongoDB"), ConnectionProfile::kindName(ConnectionProfile::Kind::MongoDb));
    m_kindCombo->addItem(tr("MatrixOne"), ConnectionProfile::kindName(ConnectionProfile::Kind::MatrixOne));
    m_hostEdit = new QLineEdit(this);
    m_hostEdit->setObjectName(QStringLiteral("matrixOneHostEdit"));
    m_hostEdit->setPlaceholderText(tr("e.g. mo.example.com"));
    m_portSpin = new QSpinBox(this);
    m_portSpin->setObjectName(QStringLiteral("matrixOnePortSpin"));
    m_portSpin->setRange(1, 65535);
    m_portSpin->setValue(6001);
    m_accountEdit = new QLineEdit(this);
    m_accountEdit->setObjectName(QStringLiteral("matrixOneAccountEdit"));
    m_accountEdit->setPlaceholderText(tr("empty: the sys account"));
    m_accountEdit->setToolTip(tr("The MatrixOne account (tenant) the user belongs to."));
    QFormLayout *form = m_ui->formLayout;
    form->insertRow(2, tr("&Kind:"), m_kindCombo);
    form->insertRow(3, tr("&Host:"), m_hostEdit);
    form->insertRow(4, tr("P&ort:"), m_portSpin);
    form->insertRow(5, tr("&Account:"), m_accountEdit);
    // Tab goes down the form: the rows made here sit between Environment and the connection string.
    QWidget::setTabOrder(m_ui->environmentCombo, m_kindCombo);
    QWidget::setTabOrder(m_kindCombo, m_hostEdit);
    QWidget::setTabOrder(m_hostEdit, m_portSpin);
    QWidget::setTabOrder(m_portSpin, m_accountEdit);
    QWidget::setTabOrder(m_accountEdit, m_ui->connectionStringEdit);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &ProfileDialog::showKindFields);
    for (QLineEdit *edit : {m_hostEdit, m_accountEdit})
        connect(edit, &QLineEdit::textChanged, m_ui->validationLabel, &QWidget::hide);
}

void ProfileDialog::showKindFields()
{
    const bool matrixOne = m_kindCombo->currentData().toString() == ConnectionProfile::kindName(ConnectionProfile::Kind::MatrixOne);
    QFormLayout *form = m_ui->formLayout;
    for (QWidget *w : {static_cast<QWidget *>(m_hostEdit), static_cast<QWidget *>(m_portSpin), static_cast<QWidget *>(m_accountEdit)})
        form->setRowVisible(w, matrixOne);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->connectionStringEdit), static_cast<QWidget *>(m_ui->authDatabaseEdit)})
        form->setRowVisible(w, !matrixOne);
    m_ui->tlsGroup->setVisible(!matrixOne);
    m_ui->defaultDatabaseEdit->setPlaceholderText(matrixOne ? tr("the database snapshots are of (empty: the whole account)")
                                                            : tr("optional: preselected for backups"));
}

} // namespace lifeboat::app

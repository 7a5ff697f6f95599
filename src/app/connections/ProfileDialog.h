#pragma once

#include "profiles/ConnectionProfile.h"
#include "app/connections/ConnectionTester.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

class QLineEdit;

class QComboBox;
class QSpinBox;

namespace Ui {
class ProfileDialog;
}

namespace lifeboat::profiles {
class ProfileStore;
}

namespace lifeboat::app {

// Creates or edits a connection profile (forms/ProfileDialog.ui): name, environment,
// connection string, user, password, authentication database, default database, TLS files.
// The password goes to the system keychain only (ProfileStore::savePassword); a connection
// string pasted with "user:password@" is split into the fields first. "Test connection" runs
// in a worker thread (ConnectionTester) and says what answered, or why nothing did.
//
// Save writes the profile, then the password (asynchronously); the dialog closes once both
// are done, or stays open saying what failed.
class ProfileDialog final : public QDialog {
    Q_OBJECT
public:
    // Chooses a file for the TLS fields' Browse buttons; empty: cancelled.
    using FileChooser = std::function<QString(const QString &title, const QString &current)>;

    // A new profile if `existing` is empty, otherwise that profile's editor.
    explicit ProfileDialog(profiles::ProfileStore *store,
                           const std::optional<profiles::ConnectionProfile> &existing = std::nullopt,
                           QWidget *parent = nullptr);
    ~ProfileDialog() override;

    // The profile as saved (valid after saved()).
    const profiles::ConnectionProfile &savedProfile() const { return m_saved; }
    bool isEditing() const { return !m_saved.id.isEmpty(); }
    bool isTesting() const;
    bool isSaving() const { return m_saving; }
    // The fields as a profile (any credentials in the connection string moved out first).
    profiles::ConnectionProfile profileFromFields();

    // Replaces the file dialog of the Browse buttons (tests drive them without a modal loop).
    void setFileChooser(FileChooser chooser) { m_fileChooser = std::move(chooser); }

public Q_SLOTS:
    // Validates, saves the profile and its password, and closes when both are done.
    void accept() override;
    void testConnection();

Q_SIGNALS:
    void saved(const QString &id);
    void testFinished(const lifeboat::app::ConnectionTester::Outcome &outcome);

private:
    void loadFields(const profiles::ConnectionProfile &profile);
    // Moves "user:password@" out of the connection string into the user and password fields.
    bool splitCredentials();
    void showValidation(const QString &message);
    void setBusy(bool saving);
    void savePasswordThenClose(const QString &password);
    void startTest(const profiles::ConnectionProfile &profile, const QString &password);
    void showTestOutcome(const ConnectionTester::Outcome &outcome);
    void browse(QLineEdit *field, const QString &title);
    // The MatrixOne kind: its fields (host, port, account), added above the form's MongoDB
    // rows, which it hides; user, password and default database are shared.
    void addMatrixOneFields();
    void showKindFields();

    std::unique_ptr<Ui::ProfileDialog> m_ui;
    profiles::ProfileStore *m_store;
    profiles::ConnectionProfile m_saved; // id empty until saved (or when editing: the original)
    ConnectionTester *m_tester;
    FileChooser m_fileChooser;
    bool m_saving = false;
    qsizetype m_connectionStringLength = 0;
    QComboBox *m_kindCombo = nullptr;      // "kindCombo": MongoDB or MatrixOne
    QLineEdit *m_hostEdit = nullptr;       // "matrixOneHostEdit"
    QSpinBox *m_portSpin = nullptr;        // "matrixOnePortSpin"
    QLineEdit *m_accountEdit = nullptr;    // "matrixOneAccountEdit"
};

} // namespace lifeboat::app

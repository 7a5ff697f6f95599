#pragma once

#include "app/window/Workspace.h"
#include "core/matrixone/MatrixOneConnection.h"

#include <QSettings>
#include <QString>

#include <memory>

namespace lifeboat::test {

// Where the MatrixOne GUI tests start (built into lifeboat_gui_test_support: it needs the app):
// a session with the MatrixOne test server, a new database <prefix>_<number> holding the
// tutorial's five v1.0 products, and a Workspace on settings of its own (snapshots in
// <dir>/snapshots) whose current profile is a MatrixOne profile for that server and database,
// its password in the real keychain.
struct MatrixOneShop {
    // Builds it all for the server at `uri`; "" when done, else what failed.
    QString setUp(const QString &uri, const QString &prefix, const QString &dir);

    std::unique_ptr<MatrixOneConnection> db;
    QString database;
    QString snapshotFolder;
    QString profileId;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<app::Workspace> workspace;
};

} // namespace lifeboat::test

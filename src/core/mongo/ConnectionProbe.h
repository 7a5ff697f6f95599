#pragma once

#include "core/mongo/ConnectionDiagnosis.h"

#include <QCoreApplication>
#include <QString>

namespace lifeboat {

// Pings a deployment once through a single-threaded client, which tries each server once and
// keeps each one's own error (a pool only says "no suitable servers"), so that a failure can be
// told: refused, timed out, host unknown, TLS, authentication. A CA or certificate file the
// driver cannot read is named (the driver only says "connection error"). Blocking.
class ConnectionProbe final {
    Q_DECLARE_TR_FUNCTIONS(lifeboat::ConnectionProbe)

public:
    static ConnectionDiagnosis ping(const QString &uri, const QString &appName = QStringLiteral("lifeboat-connection-test"));
};

} // namespace lifeboat

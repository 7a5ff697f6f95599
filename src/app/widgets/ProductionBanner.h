#pragma once

#include "profiles/ConnectionProfile.h"

#include <QLabel>

#include <optional>

namespace lifeboat::app {

// The red strip every dialog that writes to a server shows when its target is a production
// profile (objectName "productionBanner"); hidden otherwise.
class ProductionBanner final : public QLabel {
    Q_OBJECT
public:
    explicit ProductionBanner(QWidget *parent = nullptr);
    // `action` says what will be written, e.g. tr("This restore writes to it.").
    void setProfile(const std::optional<profiles::ConnectionProfile> &profile, const QString &action = QString());
    bool isProduction() const { return m_production; }

private:
    bool m_production = false;
};

} // namespace lifeboat::app

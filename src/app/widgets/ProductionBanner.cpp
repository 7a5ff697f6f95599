#include "app/widgets/ProductionBanner.h"

#include "app/widgets/ThemeColors.h"

namespace lifeboat::app {

ProductionBanner::ProductionBanner(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("productionBanner"));
    setWordWrap(true);
    setMargin(8);
    // White on the production red, in either theme.
    setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; font-weight: bold; border-radius: 3px; }")
                      .arg(ThemeColors::color(ThemeColors::Role::Production).name()));
    setAccessibleName(tr("Production warning"));
    hide();
}

void ProductionBanner::setProfile(const std::optional<profiles::ConnectionProfile> &profile, const QString &action)
{
    m_production = profile && profile->environment == profiles::ConnectionProfile::Environment::Production;
    if (!m_production) {
        hide();
        return;
    }
    setText(tr("PRODUCTION — \"%1\" is a production server.").arg(profile->name)
            + (action.isEmpty() ? QString() : QLatin1Char(' ') + action));
    show();
}

} // namespace lifeboat::app

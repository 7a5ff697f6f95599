#include "app/widgets/RefreshKey.h"

#include <QShortcut>
#include <QWidget>

namespace lifeboat::app {

QShortcut *RefreshKey::install(QWidget *on, std::function<void()> refresh)
{
    auto *shortcut = new QShortcut(QKeySequence::Refresh, on);
    shortcut->setObjectName(QStringLiteral("refreshShortcut"));
    shortcut->setContext(Qt::WindowShortcut);
    QObject::connect(shortcut, &QShortcut::activated, on, std::move(refresh));
    return shortcut;
}

} // namespace lifeboat::app

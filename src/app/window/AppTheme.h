#pragma once

#include <QString>

class QSettings;

namespace lifeboat::app {

// The app's colour theme: Light, Dark or System (View > Theme), saved in the app's settings
// under "appearance/theme". Light and Dark use the Fusion style with its light palette or a
// dark one; System leaves the platform's style and palette as the app started with them. The
// colours that mean something follow the palette (ThemeColors).
class AppTheme final {
public:
    enum class Mode { System, Light, Dark };

    static Mode saved(const QSettings &settings);
    static void save(QSettings &settings, Mode mode);
    // Applies `mode` to the running application (every open window follows).
    static void apply(Mode mode);
    // The mode last applied (System until apply() is called).
    static Mode current();

    static QString name(Mode mode);          // "system", "light", "dark": the settings' value
    static Mode fromName(const QString &name); // unknown: System
};

} // namespace lifeboat::app

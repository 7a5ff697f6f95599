#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QWidget;

namespace lifeboat::app {

// The colours that mean something (a check passed, a problem, a job busy, a production
// server), each with a light and a dark variant, chosen by the palette they are drawn on: a
// Window colour darker than mid-grey is a dark theme. Nothing else in the app names a colour;
// text without a meaning takes the palette's own.
class ThemeColors final {
public:
    enum class Role {
        Success,            // text: verified, intact, passed
        Error,              // text: failed, refused, unreadable (readable on the background)
        Busy,               // text: checking, running
        Muted,              // text: skipped, not applicable
        SuccessBackground,  // a row's background behind Success text
        ErrorBackground,    // a row's background behind Error text
        MutedBackground,    // a row's background behind Muted text
        Production,         // the production banner's background (white text on it)
    };

    static bool isDark(const QPalette &palette);
    // The colour of `role` on `palette` (the application's by default).
    static QColor color(Role role, const QPalette &palette);
    static QColor color(Role role);

    // "color: #rrggbb;" for a widget's style sheet.
    static QString textStyle(Role role);
    // `html` inside a <span> of the role's colour.
    static QString span(Role role, const QString &html);
    // After the application's palette changed between light and dark: every open widget's
    // colours of meaning (in label texts, style sheets, tree and list items) take the new
    // theme's variant. What models return is asked again anyway.
    static void followTheme(bool nowDark);

    // Shortcuts for the two most used.
    static QString errorSpan(const QString &html) { return span(Role::Error, html); }
    static QString successSpan(const QString &html) { return span(Role::Success, html); }
};

} // namespace lifeboat::app

#include "app/widgets/ThemeColors.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include <initializer_list>

namespace lifeboat::app {

namespace {
constexpr int kDarkLightness = 128;

// Light variants: dark enough for text on white (contrast above 4.5:1). Dark variants: light
// enough for text on the dark palette's #2b2b2b-ish backgrounds.
QColor lightColor(ThemeColors::Role role)
{
    using Role = ThemeColors::Role;
    switch (role) {
    case Role::Success: return {0x1b, 0x6e, 0x2e};
    case Role::Error: return {0xb0, 0x1c, 0x2e};
    case Role::Busy: return {0x1f, 0x5f, 0xa8};
    case Role::Muted: return {0x55, 0x55, 0x55};
    case Role::SuccessBackground: return {0xdf, 0xf5, 0xe3};
    case Role::ErrorBackground: return {0xf8, 0xd7, 0xda};
    case Role::MutedBackground: return {0xec, 0xec, 0xec};
    case Role::Production: return {0xb7, 0x1c, 0x1c};
    }
    return {};
}

QColor darkColor(ThemeColors::Role role)
{
    using Role = ThemeColors::Role;
    switch (role) {
    case Role::Success: return {0x7b, 0xd8, 0x8f};
    case Role::Error: return {0xff, 0x8a, 0x8a};
    case Role::Busy: return {0x8a, 0xb4, 0xf8};
    case Role::Muted: return {0xa8, 0xa8, 0xa8};
    case Role::SuccessBackground: return {0x1e, 0x3d, 0x26};
    case Role::ErrorBackground: return {0x4a, 0x1f, 0x24};
    case Role::MutedBackground: return {0x3a, 0x3a, 0x3a};
    case Role::Production: return {0xb7, 0x1c, 0x1c};
    }
    return {};
}
constexpr std::initializer_list<ThemeColors::Role> kRoles = {
    ThemeColors::Role::Success,           ThemeColors::Role::Error,           ThemeColors::Role::Busy,
    ThemeColors::Role::Muted,             ThemeColors::Role::SuccessBackground, ThemeColors::Role::ErrorBackground,
    ThemeColors::Role::MutedBackground};

QColor other(const QColor &color, bool nowDark)
{
    for (const ThemeColors::Role role : kRoles) {
        if (color == (nowDark ? lightColor(role) : darkColor(role)))
            return nowDark ? darkColor(role) : lightColor(role);
    }
    return color;
}

QString swapped(QString text, bool nowDark)
{
    for (const ThemeColors::Role role : kRoles) {
        const QString from = (nowDark ? lightColor(role) : darkColor(role)).name();
        const QString to = (nowDark ? darkColor(role) : lightColor(role)).name();
        text.replace(from, to, Qt::CaseInsensitive);
    }
    return text;
}
} // namespace

void ThemeColors::followTheme(bool nowDark)
{
    for (QWidget *widget : QApplication::allWidgets()) {
        if (!widget->styleSheet().isEmpty())
            widget->setStyleSheet(swapped(widget->styleSheet(), nowDark));
        if (auto *label = qobject_cast<QLabel *>(widget); label && label->text().contains(QLatin1Char('#')))
            label->setText(swapped(label->text(), nowDark));
        if (auto *tree = qobject_cast<QTreeWidget *>(widget)) {
            for (QTreeWidgetItemIterator it(tree); *it; ++it) {
                for (int column = 0; column < tree->columnCount(); ++column) {
                    const QBrush brush = (*it)->foreground(column);
                    if (brush.style() != Qt::NoBrush)
                        (*it)->setForeground(column, other(brush.color(), nowDark));
                }
            }
        }
        if (auto *list = qobject_cast<QListWidget *>(widget)) {
            for (int row = 0; row < list->count(); ++row) {
                const QBrush brush = list->item(row)->foreground();
                if (brush.style() != Qt::NoBrush)
                    list->item(row)->setForeground(other(brush.color(), nowDark));
            }
        }
    }
}

bool ThemeColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < kDarkLightness;
}

QColor ThemeColors::color(Role role, const QPalette &palette)
{
    return isDark(palette) ? darkColor(role) : lightColor(role);
}

QColor ThemeColors::color(Role role)
{
    return color(role, QApplication::palette());
}

QString ThemeColors::textStyle(Role role)
{
    return QStringLiteral("color: %1;").arg(color(role).name());
}

QString ThemeColors::span(Role role, const QString &html)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color(role).name(), html);
}

} // namespace lifeboat::app

#pragma once

#include <QSize>

class QScrollArea;
class QWidget;

namespace lifeboat::app {

// Windows that fit the screen they open on (issue 14): a window takes its preferred size, or
// less where the screen's available geometry is smaller, and long content scrolls instead of
// pushing the buttons below the screen's edge.
class ScreenFit final {
public:
    // Resizes the top-level `window` to `preferred`, bounded by the available geometry of the
    // screen it opens on (its parent's, else the primary one), and keeps it on that screen.
    static void resize(QWidget *window, QSize preferred);
    // The largest size a window may take on the screen of `widget` (its available geometry
    // less a margin for the window frame).
    static QSize available(const QWidget *widget);
    // Moves the layout of `container` (and its widgets) into a frameless, resizable scroll
    // area that becomes the container's only content; returns it. Nothing else changes: the
    // widgets keep their names and parents below `container`.
    static QScrollArea *makeScrollable(QWidget *container);
};

} // namespace lifeboat::app

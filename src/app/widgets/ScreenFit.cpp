#include "app/widgets/ScreenFit.h"

#include <QGuiApplication>
#include <QLayout>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QWidget>

namespace lifeboat::app {

namespace {
// Room for a window manager's title bar and borders.
constexpr int kFrameWidth = 16;
constexpr int kFrameHeight = 48;

QScreen *screenOf(const QWidget *widget)
{
    const QWidget *anchor = widget->parentWidget() ? widget->parentWidget()->window() : widget;
    if (QScreen *screen = anchor->screen())
        return screen;
    return QGuiApplication::primaryScreen();
}
} // namespace

QSize ScreenFit::available(const QWidget *widget)
{
    const QScreen *screen = screenOf(widget);
    if (!screen)
        return {QWIDGETSIZE_MAX, QWIDGETSIZE_MAX};
    const QSize size = screen->availableGeometry().size();
    return {qMax(1, size.width() - kFrameWidth), qMax(1, size.height() - kFrameHeight)};
}

void ScreenFit::resize(QWidget *window, QSize preferred)
{
    const QSize bound = available(window);
    const QSize size = preferred.boundedTo(bound).expandedTo(window->minimumSizeHint().boundedTo(bound));
    window->resize(size);
    if (window->parentWidget())
        return; // a dialog is centred on its parent, and kept on its screen, when shown
    if (const QScreen *screen = screenOf(window)) {
        const QRect area = screen->availableGeometry();
        QRect frame(window->pos(), size + QSize(kFrameWidth, kFrameHeight));
        if (!area.contains(frame)) {
            frame.moveCenter(area.center());
            window->move(frame.topLeft().x() < area.left() ? area.left() : frame.topLeft().x(),
                         frame.topLeft().y() < area.top() ? area.top() : frame.topLeft().y());
        }
    }
}

QScrollArea *ScreenFit::makeScrollable(QWidget *container)
{
    QLayout *layout = container->layout();
    auto *inner = new QWidget;
    inner->setObjectName(container->objectName() + QStringLiteral("Contents"));
    if (layout)
        inner->setLayout(layout); // takes the layout, and reparents its widgets, from `container`
    auto *area = new QScrollArea(container);
    area->setObjectName(container->objectName() + QStringLiteral("ScrollArea"));
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    area->setWidget(inner);
    area->viewport()->setAutoFillBackground(false); // the window's background, as before
    inner->setAutoFillBackground(false);
    auto *outer = new QVBoxLayout(container);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(area);
    return area;
}

} // namespace lifeboat::app

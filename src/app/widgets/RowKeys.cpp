#include "app/widgets/RowKeys.h"

#include <QAbstractItemView>
#include <QAction>
#include <QKeyEvent>

namespace lifeboat::app {

RowKeys::RowKeys(QAbstractItemView *view, QAction *open, QAction *remove) : QObject(view), m_open(open), m_remove(remove)
{
    view->installEventFilter(this);
}

void RowKeys::install(QAbstractItemView *view, QAction *open, QAction *remove)
{
    new RowKeys(view, open, remove);
}

bool RowKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & ~Qt::KeypadModifier)
        return false;
    QAction *action = nullptr;
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
        action = m_open;
    else if (key->key() == Qt::Key_Delete)
        action = m_remove;
    if (!action || !action->isEnabled())
        return false;
    action->trigger();
    return true;
}

} // namespace lifeboat::app

#pragma once

#include <QObject>

class QAbstractItemView;
class QAction;

namespace lifeboat::app {

// Enter and Delete on the selected row of a list or table: Enter (Return or the keypad's)
// triggers `open`, Delete triggers `remove`, each when enabled. The keys are taken where they
// are pressed, so no other shortcut of the window competes with them.
class RowKeys final : public QObject {
    Q_OBJECT
public:
    // Owned by `view`.
    static void install(QAbstractItemView *view, QAction *open, QAction *remove);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    RowKeys(QAbstractItemView *view, QAction *open, QAction *remove);

    QAction *m_open;
    QAction *m_remove;
};

} // namespace lifeboat::app

#pragma once

// Finding widgets in GUI tests (header-only: the support library itself has no widgets).

#include <QObject>
#include <QString>
#include <QTableWidget>

namespace lifeboat::test {

// The child of `parent` of type T with this objectName; the test stops if there is none.
template <typename T>
T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return w;
}

// The row whose first column reads `collection`, or -1.
inline int rowOf(QTableWidget *table, const QString &collection)
{
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0) && table->item(r, 0)->text() == collection)
            return r;
    }
    return -1;
}

} // namespace lifeboat::test

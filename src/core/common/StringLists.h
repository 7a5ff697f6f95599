#pragma once

#include <QStringList>

namespace lifeboat {

// The strings of `a` that `b` lacks, in `a`'s order.
inline QStringList minus(const QStringList &a, const QStringList &b)
{
    QStringList out;
    for (const QString &x : a) {
        if (!b.contains(x))
            out << x;
    }
    return out;
}

} // namespace lifeboat

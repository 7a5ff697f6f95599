#pragma once

#include <QByteArray>
#include <QString>

namespace lifeboat {

// One field of a CSV row (RFC 4180), UTF-8: quoted, with its quotes doubled, when it holds a
// comma, a quote or a line break; as it is otherwise. Every CSV Lifeboat writes (verification
// reports, diff reports, exported documents) goes through it.
inline QByteArray csvField(const QString &text)
{
    QByteArray field = text.toUtf8();
    if (field.contains(',') || field.contains('"') || field.contains('\n') || field.contains('\r')) {
        field.replace("\"", "\"\"");
        field = '"' + field + '"';
    }
    return field;
}

} // namespace lifeboat

#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace lifeboat {

// Maps collection and database names to file names that are legal on Linux, macOS and
// Windows and unique even where case is ignored. The mapping is recorded in the manifest;
// readers never reverse it.
//
// Rules (docs/archive-format.md): '%' and every character illegal on Windows (<>:"/\|?* and
// controls) is written as %XX of its UTF-8 bytes; a trailing dot or space and Windows device
// names (CON, PRN, AUX, NUL, COM1-9, LPT1-9) get their last/first character escaped too;
// names longer than 200 UTF-8 bytes are cut and get a hash suffix; a name that collides,
// ignoring case, with one already given out gets "~2", "~3", ... before the extension.
class SafeFileNames final {
public:
    // Escapes one name, without collision handling.
    static QString escape(const QString &name);

    // A unique file name for `name` with `extension` (e.g. ".jsonl"), remembering it.
    QString assign(const QString &name, const QString &extension);

private:
    QSet<QString> m_taken; // case-folded names given out
};

} // namespace lifeboat

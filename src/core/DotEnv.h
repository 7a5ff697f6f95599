#pragma once

#include "Result.h"

#include <QHash>
#include <QString>

namespace lifeboat {

// Parses .env files by python-dotenv's rules, which our users' scripts rely on:
// `KEY=value`, optional `export ` prefix, `#` comments (whole line, or after white space in an
// unquoted value), single quotes (literal), double quotes (escapes \n \t \" \\, may span
// lines), and ${VAR} / ${VAR:-default} expansion in unquoted and double-quoted values from
// earlier keys and then the process environment.
class DotEnv final {
public:
    static Result<QHash<QString, QString>> parse(const QString &text, const QString &sourceName = QStringLiteral(".env"));
    // Missing file: an empty set, not an error.
    static Result<QHash<QString, QString>> load(const QString &path);
};

} // namespace lifeboat

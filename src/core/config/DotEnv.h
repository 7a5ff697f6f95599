#pragma once

#include "core/common/Result.h"

#include <QHash>
#include <QString>

namespace lifeboat {

// Parses .env files by python-dotenv's rules, which our users' scripts rely on:
// `KEY=value`, optional `export ` prefix, `#` comments (whole line, or after white space in an
// unquoted value), single quotes (literal), double quotes (escapes \n \t \" \\, may span
// lines), and ${VAR} / ${VAR:-default} expansion in every value (python-dotenv expands inside
// single quotes too), from the process environment first, then earlier keys; the default
// applies only when VAR is unset. Checked against python-dotenv 1.2.
class DotEnv final {
public:
    static Result<QHash<QString, QString>> parse(const QString &text, const QString &sourceName = QStringLiteral(".env"));
    // Missing file: an empty set, not an error.
    static Result<QHash<QString, QString>> load(const QString &path);
};

} // namespace lifeboat

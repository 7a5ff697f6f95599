#pragma once

#include "core/common/Result.h"

#include <QHash>
#include <QString>

#include <optional>

namespace lifeboat {

// Reads the lines of a .env text (CRLF already made '\n') by python-dotenv's rules, one
// function per element of the syntax: blank lines and comments, the `export ` prefix, the
// key, `=`, and a single-quoted, double-quoted or unquoted value. DotEnv describes the rules.
class DotEnvParser final {
public:
    DotEnvParser(const QString &text, const QString &sourceName);
    Result<QHash<QString, QString>> parse();

private:
    Status readAssignment();
    void skipExport();
    QString readKey();
    Result<QString> readQuotedValue();
    std::optional<QString> readUntilClosing(QChar quote);
    bool readEscape(QChar quote, QString &value);
    Result<QString> readUnquotedValue();

    bool atEnd() const { return m_pos >= m_text.size(); }
    bool at(char c) const { return !atEnd() && m_text[m_pos] == QLatin1Char(c); }
    bool atLineEnd() const { return atEnd() || at('\n') || at('\r'); }
    bool atSpace() const { return at(' ') || at('\t'); }
    bool atInlineComment(qsizetype valueStart) const;
    void skipSpaces();
    void skipToEol();
    bool skipLineBreak();
    Error error(const QString &what, int line) const;

    QString m_text;
    QString m_sourceName;
    qsizetype m_pos = 0;
    int m_line = 1;
    QHash<QString, QString> m_values;
};

} // namespace lifeboat

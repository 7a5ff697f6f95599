#include "core/config/DotEnvParser.h"

#include <QProcessEnvironment>
#include <QRegularExpression>

namespace lifeboat {

namespace {

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

// ${VAR} and ${VAR:-default}: the process environment wins over the file's earlier keys;
// the default applies only when VAR is unset, as python-dotenv does.
QString expand(const QString &value, const QHash<QString, QString> &known)
{
    static const QRegularExpression var(QStringLiteral("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\\}"));
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QString out;
    qsizetype last = 0;
    auto it = var.globalMatch(value);
    while (it.hasNext()) {
        const auto m = it.next();
        out += value.mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        if (env.contains(name))
            out += env.value(name);
        else if (known.contains(name))
            out += known.value(name);
        else if (m.capturedLength(2) >= 0)
            out += m.captured(2);
        last = m.capturedEnd();
    }
    out += value.mid(last);
    return out;
}

// What a backslash and the character after it mean inside double quotes.
QString doubleQuotedEscape(QChar e)
{
    switch (e.unicode()) {
    case 'n': return QStringLiteral("\n");
    case 't': return QStringLiteral("\t");
    case 'r': return QStringLiteral("\r");
    case '"': return QStringLiteral("\"");
    case '\\': return QStringLiteral("\\");
    case '\'': return QStringLiteral("'");
    default: return QLatin1Char('\\') + QString(e);
    }
}

} // namespace

DotEnvParser::DotEnvParser(const QString &text, const QString &sourceName) : m_text(text), m_sourceName(sourceName) {}

Result<QHash<QString, QString>> DotEnvParser::parse()
{
    while (!atEnd()) {
        skipSpaces();
        if (atEnd())
            break;
        if (skipLineBreak())
            continue;
        if (at('#')) {
            skipToEol();
            continue;
        }
        if (auto st = readAssignment(); !st)
            return st.error();
    }
    return m_values;
}

// KEY=value, or a bare KEY.
Status DotEnvParser::readAssignment()
{
    skipExport();
    const QString key = readKey();
    skipSpaces();
    if (key.isEmpty() || !at('=')) {
        // python-dotenv tolerates a bare key (value None); we ignore it, but not garbage.
        if (!key.isEmpty() && atLineEnd())
            return {};
        return error(QStringLiteral("expected KEY=value"), m_line);
    }
    ++m_pos; // '='
    skipSpaces();
    auto value = at('\'') || at('"') ? readQuotedValue() : readUnquotedValue();
    if (!value)
        return value.error();
    m_values.insert(key, *value);
    return {};
}

void DotEnvParser::skipExport()
{
    if (m_text.mid(m_pos, 7) == QLatin1String("export ")) {
        m_pos += 7;
        skipSpaces();
    }
}

QString DotEnvParser::readKey()
{
    const qsizetype start = m_pos;
    while (!atEnd() && !at('=') && !at('\n') && !atSpace())
        ++m_pos;
    return m_text.mid(start, m_pos - start);
}

// 'literal' or "with escapes", either of them over several lines, then an optional comment.
Result<QString> DotEnvParser::readQuotedValue()
{
    const QChar quote = m_text[m_pos++];
    const int startLine = m_line;
    const auto raw = readUntilClosing(quote);
    if (!raw)
        return error(QStringLiteral("unterminated quoted value"), startLine);
    const QString value = expand(*raw, m_values); // python-dotenv expands in both kinds of quotes
    skipSpaces();
    if (at('#'))
        skipToEol();
    return value;
}

// The text up to the closing quote (consumed), escapes resolved; nullopt when there is none.
std::optional<QString> DotEnvParser::readUntilClosing(QChar quote)
{
    QString value;
    while (!atEnd()) {
        const QChar c = m_text[m_pos++];
        if (c == quote)
            return value;
        if (c == QLatin1Char('\n'))
            ++m_line;
        if (c == QLatin1Char('\\') && !atEnd() && readEscape(quote, value))
            continue;
        value += c;
    }
    return std::nullopt;
}

// After a backslash: double quotes know \n \t \r \" \\ \' (any other keeps its backslash);
// single quotes only \' and \\. False when the backslash stands for itself.
bool DotEnvParser::readEscape(QChar quote, QString &value)
{
    const QChar e = m_text[m_pos];
    if (quote == QLatin1Char('"')) {
        ++m_pos;
        value += doubleQuotedEscape(e);
        return true;
    }
    if (e == QLatin1Char('\'') || e == QLatin1Char('\\')) {
        ++m_pos;
        value += e;
        return true;
    }
    return false;
}

// Up to the end of the line or a '#' after white space, trimmed.
Result<QString> DotEnvParser::readUnquotedValue()
{
    const qsizetype start = m_pos;
    while (!atEnd() && !at('\n') && !atInlineComment(start))
        ++m_pos;
    const QString value = expand(m_text.mid(start, m_pos - start).trimmed(), m_values);
    skipToEol();
    return value;
}

bool DotEnvParser::atInlineComment(qsizetype valueStart) const
{
    return at('#') && m_pos > valueStart && isSpace(m_text[m_pos - 1]);
}

void DotEnvParser::skipSpaces()
{
    while (atSpace())
        ++m_pos;
}

void DotEnvParser::skipToEol()
{
    while (!atEnd() && !at('\n'))
        ++m_pos;
}

bool DotEnvParser::skipLineBreak()
{
    if (!at('\n') && !at('\r'))
        return false;
    if (at('\n'))
        ++m_line;
    ++m_pos;
    return true;
}

Error DotEnvParser::error(const QString &what, int line) const
{
    return Error(ErrorCode::Config, QStringLiteral("%1 line %2: ").arg(m_sourceName).arg(line) + what);
}

} // namespace lifeboat

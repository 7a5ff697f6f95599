#include "core/config/DotEnv.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QRegularExpression>

namespace lifeboat {

namespace {

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
        QString replacement;
        if (env.contains(name))
            replacement = env.value(name); // python-dotenv: the environment wins over the file
        else if (known.contains(name))
            replacement = known.value(name);
        else if (m.capturedLength(2) >= 0)
            replacement = m.captured(2); // the default only for an unset variable, as python-dotenv
        
        out += replacement;
        last = m.capturedEnd();
    }
    out += value.mid(last);
    return out;
}

} // namespace

Result<QHash<QString, QString>> DotEnv::parse(const QString &input, const QString &sourceName)
{
    // python-dotenv reads files with universal newlines: CRLF is one '\n', also inside quotes.
    QString text = input;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    QHash<QString, QString> values;
    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = 1;
    auto skipSpaces = [&] {
        while (i < n && (text[i] == QLatin1Char(' ') || text[i] == QLatin1Char('\t')))
            ++i;
    };
    auto skipToEol = [&] {
        while (i < n && text[i] != QLatin1Char('\n'))
            ++i;
    };
    while (i < n) {
        skipSpaces();
        if (i >= n)
            break;
        if (text[i] == QLatin1Char('\n') || text[i] == QLatin1Char('\r')) {
            if (text[i] == QLatin1Char('\n'))
                ++line;
            ++i;
            continue;
        }
        if (text[i] == QLatin1Char('#')) {
            skipToEol();
            continue;
        }
        if (text.mid(i, 7) == QLatin1String("export ")) {
            i += 7;
            skipSpaces();
        }
        const qsizetype keyStart = i;
        while (i < n && text[i] != QLatin1Char('=') && text[i] != QLatin1Char('\n')
               && text[i] != QLatin1Char(' ') && text[i] != QLatin1Char('\t'))
            ++i;
        const QString key = text.mid(keyStart, i - keyStart);
        skipSpaces();
        if (key.isEmpty() || i >= n || text[i] != QLatin1Char('=')) {
            // python-dotenv tolerates a bare key (value None); we ignore it, but not garbage.
            if (!key.isEmpty() && (i >= n || text[i] == QLatin1Char('\n') || text[i] == QLatin1Char('\r'))) {
                continue;
            }
            return Error(ErrorCode::Config, QStringLiteral("%1 line %2: expected KEY=value").arg(sourceName).arg(line));
        }
        ++i; // '='
        skipSpaces();
        QString value;
        if (i < n && (text[i] == QLatin1Char('\'') || text[i] == QLatin1Char('"'))) {
            const QChar quote = text[i++];
            const int startLine = line;
            bool closed = false;
            while (i < n) {
                const QChar c = text[i++];
                if (c == quote) {
                    closed = true;
                    break;
                }
                if (c == QLatin1Char('\n'))
                    ++line;
                if (c == QLatin1Char('\\') && i < n) {
                    const QChar e = text[i];
                    if (quote == QLatin1Char('"')) {
                        ++i;
                        switch (e.unicode()) {
                        case 'n': value += QLatin1Char('\n'); break;
                        case 't': value += QLatin1Char('\t'); break;
                        case 'r': value += QLatin1Char('\r'); break;
                        case '"': value += QLatin1Char('"'); break;
                        case '\\': value += QLatin1Char('\\'); break;
                        case '\'': value += QLatin1Char('\''); break;
                        default: value += QLatin1Char('\\'); value += e; break;
                        }
                        continue;
                    }
                    if (e == QLatin1Char('\'') || e == QLatin1Char('\\')) {
                        ++i;
                        value += e;
                        continue;
                    }
                }
                value += c;
            }
            if (!closed)
                return Error(ErrorCode::Config, QStringLiteral("%1 line %2: unterminated quoted value").arg(sourceName).arg(startLine));
            value = expand(value, values); // python-dotenv expands in both kinds of quotes
            skipSpaces();
            if (i < n && text[i] == QLatin1Char('#'))
                skipToEol();
        } else {
            const qsizetype start = i;
            while (i < n && text[i] != QLatin1Char('\n')) {
                if (text[i] == QLatin1Char('#') && i > start
                    && (text[i - 1] == QLatin1Char(' ') || text[i - 1] == QLatin1Char('\t')))
                    break;
                ++i;
            }
            value = expand(text.mid(start, i - start).trimmed(), values);
            skipToEol();
        }
        values.insert(key, value);
    }
    return values;
}

Result<QHash<QString, QString>> DotEnv::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return QHash<QString, QString>();
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Config, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return parse(QString::fromUtf8(file.readAll()), path);
}

} // namespace lifeboat

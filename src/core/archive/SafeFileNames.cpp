#include "core/archive/SafeFileNames.h"

#include "core/common/Sha256.h"

#include <QRegularExpression>

namespace lifeboat {

namespace {

constexpr int MaxNameBytes = 200;

bool isIllegal(char32_t c)
{
    return c < 0x20 || c == 0x7f || c == '%' || c == '<' || c == '>' || c == ':' || c == '"'
        || c == '/' || c == '\\' || c == '|' || c == '?' || c == '*';
}

QString percentEncode(const QString &chars)
{
    QString out;
    for (const char byte : chars.toUtf8())
        out += QStringLiteral("%%1").arg(uint(uchar(byte)), 2, 16, QLatin1Char('0')).toUpper();
    return out;
}

bool isDeviceName(const QString &name)
{
    static const QRegularExpression device(QStringLiteral("^(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])(\\..*)?$"),
                                           QRegularExpression::CaseInsensitiveOption);
    return device.match(name).hasMatch();
}

} // namespace

QString SafeFileNames::escape(const QString &name)
{
    QString out;
    const auto codepoints = name.toUcs4();
    for (const char32_t c : codepoints) {
        const QString s = QString::fromUcs4(&c, 1);
        out += isIllegal(c) ? percentEncode(s) : s;
    }
    if (out.isEmpty())
        return QStringLiteral("%00");
    if (out.endsWith(QLatin1Char('.')) || out.endsWith(QLatin1Char(' ')))
        out = out.left(out.size() - 1) + percentEncode(out.right(1));
    if (isDeviceName(out))
        out = percentEncode(out.left(1)) + out.mid(1);
    if (out.toUtf8().size() > MaxNameBytes) {
        const QString hash = QString::fromLatin1(
            Sha256::hash(name.toUtf8()).toHex().left(16));
        QByteArray bytes = out.toUtf8().left(MaxNameBytes - 17);
        // Do not cut inside a UTF-8 sequence or a %XX escape.
        while (!bytes.isEmpty() && (uchar(bytes.back()) & 0xC0) == 0x80)
            bytes.chop(1);
        if (!bytes.isEmpty() && uchar(bytes.back()) >= 0xC0)
            bytes.chop(1);
        const qsizetype pct = bytes.lastIndexOf('%');
        if (pct >= 0 && pct > bytes.size() - 3)
            bytes.truncate(pct);
        out = QString::fromUtf8(bytes) + QLatin1Char('~') + hash;
    }
    return out;
}

QString SafeFileNames::assign(const QString &name, const QString &extension)
{
    const QString base = escape(name);
    QString candidate = base + extension;
    for (int n = 2; m_taken.contains(candidate.toCaseFolded()); ++n)
        candidate = base + QLatin1Char('~') + QString::number(n) + extension;
    m_taken.insert(candidate.toCaseFolded());
    return candidate;
}

} // namespace lifeboat

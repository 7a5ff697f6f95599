#pragma once

#include <QByteArray>

#include <algorithm>
#include <cstring>

namespace lifeboat {

// Where ExtJsonWriter puts its text: the end of a caller's QByteArray, written through a
// raw pointer (room reserved before each value, the array grown geometrically and trimmed
// once at the end), and the layout of ExtJsonCodec::reformat applied token by token: with
// indent 0 no white space at all, above 0 each member and element on its own line.
class JsonTextOutput final {
public:
    JsonTextOutput(QByteArray &out, int indent) : m_out(out), m_start(out.size()), m_indent(indent)
    {
        m_base = m_p = m_end = nullptr;
        reserve(256);
    }
    JsonTextOutput(const JsonTextOutput &) = delete;
    JsonTextOutput &operator=(const JsonTextOutput &) = delete;

    // Room for n more bytes (the raw writes below do not check).
    void reserve(qsizetype n)
    {
        if (m_end - m_p < n) [[unlikely]]
            grow(n);
    }
    void put(char c) { *m_p++ = c; }
    void put(const char *s, size_t n)
    {
        std::memcpy(m_p, s, n);
        m_p += n;
    }
    template <size_t N>
    void literal(const char (&s)[N])
    {
        put(s, N - 1);
    }
    char *cursor() { return m_p; }
    void advanceTo(char *p) { m_p = p; }

    bool pretty() const { return m_indent > 0; }

    // Tokens, as reformat() lays them out (each reserves its own room).
    void open(char c)
    {
        if (m_indent > 0 && m_justOpened)
            newline();
        reserve(1);
        put(c);
        ++m_depth;
        m_justOpened = true;
    }
    void close(char c)
    {
        --m_depth;
        if (m_indent > 0 && !m_justOpened)
            newline();
        reserve(1);
        put(c);
        m_justOpened = false;
    }
    void comma()
    {
        reserve(1);
        put(',');
        if (m_indent > 0)
            newline();
    }
    void colon()
    {
        reserve(2);
        if (m_indent > 0)
            put(": ", 2);
        else
            put(':');
    }
    // Before a string, number or literal.
    void scalar()
    {
        if (m_indent > 0 && m_justOpened)
            newline();
        m_justOpened = false;
    }
    // '{' and a first key, `quoted` with its quotes ("\"$oid\""), and its colon.
    void openWithKey(const char *quoted, size_t n)
    {
        if (m_indent > 0) {
            open('{');
            scalar();
            reserve(qsizetype(n));
            put(quoted, n);
            colon();
            return;
        }
        reserve(qsizetype(n) + 2);
        put('{');
        put(quoted, n);
        put(':');
        ++m_depth;
        m_justOpened = false;
    }

    // Everything written since construction is dropped.
    void discard()
    {
        m_p = m_base + m_start;
        m_depth = 0;
        m_justOpened = false;
    }
    // Trims the array to what was written. Called once, at the end.
    void finish() { m_out.resize(m_p - m_base); }

private:
    [[gnu::noinline]] void grow(qsizetype n)
    {
        const qsizetype used = m_base ? m_p - m_base : m_out.size();
        const qsizetype want = std::max(used + n, used + used / 2 + 256);
        if (m_out.capacity() < want)
            m_out.reserve(want);
        m_out.resize(m_out.capacity());
        m_base = m_out.data();
        m_p = m_base + used;
        m_end = m_base + m_out.size();
    }
    void newline()
    {
        const qsizetype n = qsizetype(m_indent) * m_depth;
        reserve(n + 1);
        put('\n');
        std::memset(m_p, ' ', size_t(n));
        m_p += n;
    }

    QByteArray &m_out;
    qsizetype m_start;
    int m_indent;
    int m_depth = 0;
    bool m_justOpened = false;
    char *m_base;
    char *m_p;
    char *m_end;
};

} // namespace lifeboat

#pragma once

namespace lifeboat {

// Follows JSON text byte by byte and tells which bytes belong to a string literal (its
// quotes and escapes included), for scanners that look for structure outside strings.
class JsonStringTracker final {
public:
    // Feeds the next byte; true when it is part of a string literal.
    bool inString(char c)
    {
        if (!m_inString) {
            m_inString = c == '"';
            return m_inString;
        }
        if (m_escape)
            m_escape = false;
        else if (c == '\\')
            m_escape = true;
        else if (c == '"')
            m_inString = false;
        return true;
    }

private:
    bool m_inString = false;
    bool m_escape = false;
};

} // namespace lifeboat

#pragma once

#include <bson/bson.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <memory>
#include <string_view>

namespace lifeboat {

// Writes one BSON document straight into a growing byte buffer, element by element, with the
// same bytes as libbson's bson_append_* functions: the fast Extended JSON parser's output.
// libbson's appends cost a call, a key check and a memcpy through the PLT per piece (type,
// key, value): a tenth of a restore's client CPU. Here an element is a few stores into a
// buffer that keeps its capacity from one document to the next.
//
// Keys and strings must not contain NUL bytes (the parser's input cannot give them); a
// document larger than BSON's int32 length refuses (full() turns true).
class BsonBuilder final {
public:
    // Element types (bsonspec.org), as libbson numbers them.
    enum Type : uint8_t {
        Double = 0x01,
        Utf8 = 0x02,
        Document = 0x03,
        Array = 0x04,
        Binary = 0x05,
        Oid = 0x07,
        Bool = 0x08,
        DateTime = 0x09,
        Null = 0x0A,
        Int32 = 0x10,
        Timestamp = 0x11,
        Int64 = 0x12,
        Decimal128 = 0x13,
    };

    // Starts a new top-level document (the buffer's capacity stays).
    void reset()
    {
        if (m_capacity > KeptCapacity) { // after a huge document, not held for the reader's life
            m_data.reset();
            m_capacity = 0;
        }
        m_size = 0;
        m_full = false;
        (void)begin();
    }
    // Ends the top-level document started by reset().
    void finish() { end(0); }

    const uint8_t *data() const { return m_data.get(); }
    size_t size() const { return m_size; }
    bool full() const { return m_full; }

    // Opens a sub-document or array under `key`; returns where its length goes, for end().
    size_t open(Type type, std::string_view key)
    {
        element(type, key);
        return begin();
    }
    void end(size_t at)
    {
        put8(0);
        const size_t length = m_size - at;
        if (length > size_t(std::numeric_limits<int32_t>::max()))
            m_full = true;
        storeLe32(m_data.get() + at, uint32_t(length));
    }

    void utf8(std::string_view key, std::string_view value)
    {
        element(Utf8, key);
        put32(uint32_t(value.size() + 1));
        putBytes(value.data(), value.size());
        put8(0);
    }
    void int32(std::string_view key, int32_t v) { element(Int32, key), put32(uint32_t(v)); }
    void int64(std::string_view key, int64_t v) { element(Int64, key), put64(uint64_t(v)); }
    void dateTime(std::string_view key, int64_t ms) { element(DateTime, key), put64(uint64_t(ms)); }
    void boolean(std::string_view key, bool v) { element(Bool, key), put8(v ? 1 : 0); }
    void null(std::string_view key) { element(Null, key); }
    void dbl(std::string_view key, double v)
    {
        uint64_t bits;
        std::memcpy(&bits, &v, sizeof bits);
        element(Double, key);
        put64(bits);
    }
    void oid(std::string_view key, const uint8_t (&bytes)[12])
    {
        element(Oid, key);
        putBytes(bytes, 12);
    }
    // As bson_append_timestamp: the increment first, then the time.
    void timestamp(std::string_view key, uint32_t t, uint32_t increment)
    {
        element(Timestamp, key);
        put32(increment);
        put32(t);
    }
    void decimal128(std::string_view key, const bson_decimal128_t &value)
    {
        element(Decimal128, key);
        put64(value.low);
        put64(value.high);
    }
    // As bson_append_binary: the old binary subtype 0x02 carries its length twice.
    void binary(std::string_view key, uint8_t subtype, const void *bytes, size_t length)
    {
        element(Binary, key);
        const bool old = subtype == BSON_SUBTYPE_BINARY_DEPRECATED;
        put32(uint32_t(length + (old ? 4 : 0)));
        put8(subtype);
        if (old)
            put32(uint32_t(length));
        putBytes(bytes, length);
    }

private:
    void element(Type type, std::string_view key)
    {
        uint8_t *p = room(key.size() + 2);
        p[0] = type;
        std::memcpy(p + 1, key.data(), key.size());
        p[key.size() + 1] = 0;
        m_size += key.size() + 2;
    }
    size_t begin()
    {
        const size_t at = m_size;
        put32(0); // patched by end()
        return at;
    }

    uint8_t *room(size_t n)
    {
        if (m_capacity - m_size < n)
            grow(n);
        return m_data.get() + m_size;
    }
    void grow(size_t n)
    {
        size_t capacity = m_capacity ? m_capacity * 2 : 4096;
        while (capacity - m_size < n)
            capacity *= 2;
        std::unique_ptr<uint8_t[]> bigger(new uint8_t[capacity]);
        if (m_size)
            std::memcpy(bigger.get(), m_data.get(), m_size);
        m_data = std::move(bigger);
        m_capacity = capacity;
    }
    void put8(uint8_t v) { *room(1) = v, ++m_size; }
    void put32(uint32_t v) { storeLe32(room(4), v), m_size += 4; }
    void put64(uint64_t v)
    {
        v = BSON_UINT64_TO_LE(v);
        std::memcpy(room(8), &v, 8);
        m_size += 8;
    }
    void putBytes(const void *bytes, size_t n)
    {
        if (n)
            std::memcpy(room(n), bytes, n);
        m_size += n;
    }
    static void storeLe32(uint8_t *p, uint32_t v)
    {
        v = BSON_UINT32_TO_LE(v);
        std::memcpy(p, &v, 4);
    }

    static constexpr size_t KeptCapacity = 16u << 20;

    std::unique_ptr<uint8_t[]> m_data;
    size_t m_size = 0;
    size_t m_capacity = 0;
    bool m_full = false;
};

} // namespace lifeboat

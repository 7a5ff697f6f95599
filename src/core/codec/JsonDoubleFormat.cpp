#include "core/codec/JsonDoubleFormat.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace lifeboat {

namespace {

__extension__ typedef unsigned __int128 u128; // GCC and Clang on 64-bit targets

constexpr uint64_t Pow10_19 = 10000000000000000000ULL;
constexpr int Digits = 20;

constexpr uint64_t pow5(int k)
{
    uint64_t p = 1;
    for (int i = 0; i < k; ++i)
        p *= 5;
    return p;
}

struct Pow5Table {
    uint64_t v[28];
    constexpr Pow5Table() : v{}
    {
        for (int k = 0; k < 28; ++k)
            v[k] = pow5(k);
    }
};
constexpr Pow5Table Pow5;

struct Pow10Table {
    double v[21];
    constexpr Pow10Table() : v{}
    {
        double p = 1;
        for (int k = 0; k < 21; ++k, p *= 10)
            v[k] = p;
    }
};
constexpr Pow10Table ExactPow10;

// floor(m * 2^e * 10^k) rounded half-even to an integer, for 0 <= k <= 27.
u128 scaled(uint64_t m, int e, int k, bool *exceeds)
{
    const u128 p = u128(m) * Pow5.v[k];
    const int shift = e + k;
    const u128 limit = u128(Pow10_19) * 10;
    if (shift >= 0) {
        const u128 q = p << shift;
        *exceeds = q >= limit;
        return q;
    }
    const int s = -shift;
    u128 q = p >> s;
    *exceeds = q >= limit;
    const u128 r = p & ((u128(1) << s) - 1);
    const u128 half = u128(1) << (s - 1);
    if (r > half || (r == half && (q & 1)))
        ++q;
    return q;
}

constexpr char DigitPairs[] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                               "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
                               "8081828384858687888990919293949596979899";

// Eight decimal digits of v < 10^8.
void digits8(uint32_t v, char *d)
{
    const uint32_t hi = v / 10000, lo = v % 10000;
    std::memcpy(d, DigitPairs + 2 * (hi / 100), 2);
    std::memcpy(d + 2, DigitPairs + 2 * (hi % 100), 2);
    std::memcpy(d + 4, DigitPairs + 2 * (lo / 100), 2);
    std::memcpy(d + 6, DigitPairs + 2 * (lo % 100), 2);
}

// The 20 decimal digits of 10^19 <= q < 10^20.
void digits20(u128 q, char *d)
{
    int lead = 0;
    while (q >= Pow10_19) {
        q -= Pow10_19;
        ++lead;
    }
    d[0] = char('0' + lead);
    const uint64_t rest = uint64_t(q); // 19 digits: 3 + 8 + 8
    const uint32_t top = uint32_t(rest / 10000000000000000ULL);
    const uint64_t below = rest % 10000000000000000ULL;
    d[1] = char('0' + top / 100);
    std::memcpy(d + 2, DigitPairs + 2 * (top % 100), 2);
    digits8(uint32_t(below / 100000000), d + 4);
    digits8(uint32_t(below % 100000000), d + 12);
}

char *writeExponent(char *out, int x)
{
    *out++ = 'e';
    *out++ = x < 0 ? '-' : '+';
    unsigned a = unsigned(x < 0 ? -x : x);
    if (a >= 100) {
        *out++ = char('0' + a / 100);
        a %= 100;
    }
    *out++ = char('0' + a / 10);
    *out++ = char('0' + a % 10);
    return out;
}

// %g's layout of 20 significant digits `d` with decimal exponent x.
char *layout(const char *d, int x, char *out)
{
    int last = Digits - 1;
    while (last > 0 && d[last] == '0')
        --last;
    if (x < -4 || x >= Digits) {
        *out++ = d[0];
        if (last > 0) {
            *out++ = '.';
            std::memcpy(out, d + 1, size_t(last));
            out += last;
        }
        return writeExponent(out, x);
    }
    if (x < 0) {
        *out++ = '0';
        *out++ = '.';
        for (int i = 0; i < -x - 1; ++i)
            *out++ = '0';
        std::memcpy(out, d, size_t(last + 1));
        return out + last + 1;
    }
    std::memcpy(out, d, size_t(x + 1));
    out += x + 1;
    if (last > x) {
        *out++ = '.';
        std::memcpy(out, d + x + 1, size_t(last - x));
        out += last - x;
    } else {
        *out++ = '.';
        *out++ = '0';
    }
    return out;
}

// The fast path; nullptr when |v| is outside [1e-8, 1e20) or subnormal.
char *writeFast(double v, char *out)
{
    uint64_t bits = 0;
    std::memcpy(&bits, &v, sizeof bits);
    const int biased = int((bits >> 52) & 0x7FF);
    if (biased == 0 || biased == 0x7FF)
        return nullptr;
    const uint64_t m = (bits & ((uint64_t(1) << 52) - 1)) | (uint64_t(1) << 52);
    const int e = biased - 1075;
    // floor(log10(2^(e+52))): the decimal exponent x is this or one more. From 1 on, an
    // exact comparison with the next power of ten (exact as a double up to 1e22) tells.
    int x0 = ((e + 52) * 78913) >> 18;
    if (x0 >= 0 && x0 < 19 && std::fabs(v) >= ExactPow10.v[x0 + 1])
        ++x0;
    int k = Digits - 1 - x0;
    if (k < 1 || k > 27)
        return nullptr;
    bool exceeds = false;
    u128 q = scaled(m, e, k, &exceeds);
    int x = x0;
    if (exceeds) {
        --k;
        ++x;
        q = scaled(m, e, k, &exceeds);
    }
    char d[Digits];
    if (q >= u128(Pow10_19) * 10) {
        std::memset(d, '0', sizeof d);
        d[0] = '1';
        ++x;
    } else {
        digits20(q, d);
    }
    if (bits >> 63)
        *out++ = '-';
    return layout(d, x, out);
}

} // namespace

char *JsonDoubleFormat::write(double v, char *out)
{
    if (v == 0) {
        const bool negative = std::signbit(v);
        std::memcpy(out, negative ? "-0.0" : "0.0", negative ? 4 : 3);
        return out + (negative ? 4 : 3);
    }
    if (char *end = writeFast(v, out))
        return end;
    char *const start = out;
    out = std::to_chars(out, out + MaxDoubleText - 2, v, std::chars_format::general, Digits).ptr;
    bool onlyDigits = true;
    for (const char *c = start; c < out; ++c)
        onlyDigits = onlyDigits && ((*c >= '0' && *c <= '9') || *c == '-');
    if (onlyDigits) {
        *out++ = '.';
        *out++ = '0';
    }
    return out;
}

} // namespace lifeboat

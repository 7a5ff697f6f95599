#pragma once

namespace lifeboat {

// A finite double as libbson's Extended JSON writer prints it: printf("%.20g") (the exact
// binary value rounded to 20 significant digits, round-half-even, trailing zeros dropped,
// exponent form below 1e-4 and from 1e20), then ".0" when the text is only digits and a
// sign ("3" becomes "3.0", "-0" becomes "-0.0"). Without printf: 128-bit integer arithmetic
// for 1e-8 <= |v| < 1e20, std::to_chars with precision 20 elsewhere. Writes at most
// MaxDoubleText characters, returns the end.
class JsonDoubleFormat final {
public:
    static constexpr int MaxDoubleText = 32;
    static char *write(double v, char *out);
};

} // namespace lifeboat

#pragma once

#include <bson/bson.h>

namespace lifeboat {

// MongoDB's order of BSON values (the one sort, $gt and $lt use): first by type bracket
// (MinKey < null < numbers < strings < objects < arrays < binary < ObjectId < booleans < dates
// < timestamps < regular expressions < ... < MaxKey), then by value within the bracket. Numbers
// of every type compare by value (1 == 1.0 == NumberLong(1)); strings by their UTF-8 bytes (no
// collation); documents field by field, names and order included. Decimal128 values are
// compared through their nearest long double.
class BsonCompare final {
public:
    // MongoDB's canonical type of a BSON type: equal brackets compare by value.
    static int bracket(bson_type_t type);
    // <0, 0, >0 as a is before, equal to or after b.
    static int compare(const bson_value_t &a, const bson_value_t &b);
    static bool equal(const bson_value_t &a, const bson_value_t &b) { return compare(a, b) == 0; }
    // Whether the value is a number (int32, int64, double, Decimal128).
    static bool isNumber(bson_type_t type);
};

} // namespace lifeboat

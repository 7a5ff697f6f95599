#pragma once

#include <bson/bson.h>

#include <QStringList>

namespace lifeboat {

// The field paths at which two versions of a document differ ("status", "items.2.qty"):
// fields added, removed or whose value changed (type included: 1 and 1.0 differ, as their BSON
// bytes do). Embedded documents and arrays are followed down; an array whose length changed is
// named as a whole, and a document whose fields are the same but in another order is named
// with " (field order)", since MongoDB's equality sees field order.
class ChangedFields final {
public:
    static QStringList between(const bson_t *before, const bson_t *after);
};

} // namespace lifeboat

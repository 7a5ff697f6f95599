#pragma once

#include <bson/bson.h>

#include <QByteArray>
#include <QList>

#include <vector>

namespace lifeboat {

// A dotted path ("customer.address.city", "items.0.sku") and the values it reaches in a
// document, the way MongoDB's queries walk it: through embedded documents, and through arrays
// into each of their documents (a numeric part also picks the element at that index).
class FieldPath final {
public:
    explicit FieldPath(const QByteArray &dotted);

    // A value reached (pointing into the document: valid while it lives). Wrapped: a template
    // argument loses bson_value_t's alignment attribute.
    struct Value {
        bson_value_t v;
    };
    struct Values {
        std::vector<Value> values;
        // Whether some branch of the walk ended before the path did (a missing field, or a
        // scalar where a document was needed): what {field: null} matches.
        bool missing = false;
    };
    Values valuesIn(const bson_t *doc) const;

    const QByteArray &dotted() const { return m_dotted; }

private:
    void walkDocument(const uint8_t *data, uint32_t len, int part, Values &out) const;
    void walkArray(const uint8_t *data, uint32_t len, int part, Values &out) const;
    void walkValue(const bson_value_t &v, int next, Values &out) const;

    QByteArray m_dotted;
    QList<QByteArray> m_parts;
};

} // namespace lifeboat

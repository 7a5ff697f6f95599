#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <bson/bson.h>

namespace lifeboat {

// Owning, move-only wrapper of a libbson document.
class BsonDocument final {
public:
    BsonDocument();                          // an empty document
    explicit BsonDocument(bson_t *adopted);  // takes ownership of a bson_new()/bson_copy() result
    static BsonDocument copyOf(const bson_t *doc);
    // nullopt-like empty handle when the bytes are not a valid BSON document.
    static BsonDocument fromData(QByteArrayView bytes);
    // A copy of the embedded document at `key` (dotted paths allowed), or an empty document.
    static BsonDocument subDocument(const bson_t *doc, const char *key);

    BsonDocument(BsonDocument &&other) noexcept;
    BsonDocument &operator=(BsonDocument &&other) noexcept;
    BsonDocument(const BsonDocument &) = delete;
    BsonDocument &operator=(const BsonDocument &) = delete;
    ~BsonDocument();

    bool isNull() const { return m_doc == nullptr; }
    const bson_t *get() const { return m_doc; }
    bson_t *get() { return m_doc; }
    QByteArrayView bytes() const;
    QByteArray toByteArray() const { return bytes().toByteArray(); }

private:
    bson_t *m_doc = nullptr;
};

} // namespace lifeboat

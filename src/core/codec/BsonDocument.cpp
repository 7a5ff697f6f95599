#include "core/codec/BsonDocument.h"

#include <utility>

namespace lifeboat {

BsonDocument::BsonDocument() : m_doc(bson_new()) {}

BsonDocument::BsonDocument(bson_t *adopted) : m_doc(adopted) {}

BsonDocument BsonDocument::copyOf(const bson_t *doc)
{
    return BsonDocument(bson_copy(doc));
}

BsonDocument BsonDocument::fromData(QByteArrayView bytes)
{
    bson_t *doc = bson_new_from_data(reinterpret_cast<const uint8_t *>(bytes.data()),
                                     static_cast<size_t>(bytes.size()));
    return BsonDocument(doc);
}

BsonDocument BsonDocument::subDocument(const bson_t *doc, const char *key)
{
    bson_iter_t it;
    if (doc && bson_iter_init(&it, doc) && bson_iter_find_descendant(&it, key, &it) && BSON_ITER_HOLDS_DOCUMENT(&it)) {
        uint32_t len = 0;
        const uint8_t *data = nullptr;
        bson_iter_document(&it, &len, &data);
        return fromData(QByteArrayView(reinterpret_cast<const char *>(data), len));
    }
    return BsonDocument();
}

BsonDocument::BsonDocument(BsonDocument &&other) noexcept : m_doc(std::exchange(other.m_doc, nullptr)) {}

BsonDocument &BsonDocument::operator=(BsonDocument &&other) noexcept
{
    if (this != &other) {
        if (m_doc)
            bson_destroy(m_doc);
        m_doc = std::exchange(other.m_doc, nullptr);
    }
    return *this;
}

BsonDocument::~BsonDocument()
{
    if (m_doc)
        bson_destroy(m_doc);
}

QByteArrayView BsonDocument::bytes() const
{
    if (!m_doc)
        return {};
    return QByteArrayView(reinterpret_cast<const char *>(bson_get_data(m_doc)), m_doc->len);
}

} // namespace lifeboat

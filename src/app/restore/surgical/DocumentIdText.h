#pragma once

#include <QByteArray>
#include <QString>

namespace lifeboat::app {

// How the surgical restore wizard shows an _id: as relaxed Extended JSON (132097, "A-17",
// {"$oid": "…"}), where the engine and the CSV keep canonical Extended JSON
// ({"$numberLong": "132097"}); and an order for lists of them, numbers by their value.
class DocumentIdText final {
public:
    // `canonicalId`: the _id value as canonical Extended JSON (DocumentId::toJson).
    static QString relaxed(const QByteArray &canonicalId);
    // Orders the texts relaxed() gives: numbers by value, then the rest by text.
    static bool lessThan(const QString &a, const QString &b);
};

} // namespace lifeboat::app

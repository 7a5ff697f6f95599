#include "app/diff/FieldAlignment.h"

#include "app/browse/BsonValueText.h"

#include <QCoreApplication>
#include <QHash>

#include <bson/bson.h>

namespace lifeboat::app {

namespace {

// One field of one side: where it is and its value's bytes (type included).
struct SideField {
    QString key;
    QString text;
    QByteArray container;
    QByteArray value;
};

QByteArray valueBytes(const bson_iter_t *iter)
{
    bson_t one = BSON_INITIALIZER;
    bson_append_iter(&one, "", 0, iter);
    QByteArray bytes(reinterpret_cast<const char *>(bson_get_data(&one)), qsizetype(one.len));
    bson_destroy(&one);
    return bytes;
}

QList<SideField> fieldsOf(const std::optional<QByteArray> &bytes)
{
    QList<SideField> fields;
    bson_t doc;
    bson_iter_t it;
    if (!bytes || !bson_init_static(&doc, reinterpret_cast<const uint8_t *>(bytes->constData()), size_t(bytes->size())) ||
        !bson_iter_init(&it, &doc))
        return fields;
    while (bson_iter_next(&it)) {
        SideField f;
        f.key = QString::fromUtf8(bson_iter_key(&it));
        f.text = BsonValueText::of(&it);
        if (BsonValueText::isContainer(&it))
            f.container = BsonValueText::containerBytes(&it);
        f.value = valueBytes(&it);
        fields << std::move(f);
    }
    return fields;
}

AlignedField rowOf(const SideField *backup, const SideField *database)
{
    AlignedField row;
    row.key = backup ? backup->key : database->key;
    row.inBackup = backup != nullptr;
    row.inDatabase = database != nullptr;
    if (backup) {
        row.backupText = backup->text;
        row.backupContainer = backup->container;
    }
    if (database) {
        row.databaseText = database->text;
        row.databaseContainer = database->container;
    }
    if (!backup)
        row.mark = AlignedField::Mark::OnlyInDatabase;
    else if (!database)
        row.mark = AlignedField::Mark::OnlyInBackup;
    else
        row.mark = backup->value == database->value ? AlignedField::Mark::Same : AlignedField::Mark::Changed;
    return row;
}

} // namespace

QList<AlignedField> FieldAlignment::align(const std::optional<QByteArray> &backup, const std::optional<QByteArray> &database,
                                          int maxRows, qint64 *more)
{
    const QList<SideField> a = fieldsOf(backup);
    const QList<SideField> b = fieldsOf(database);
    QHash<QString, qsizetype> inDatabase;
    for (qsizetype i = 0; i < b.size(); ++i)
        inDatabase.insert(b.at(i).key, i); // a duplicate key: the last one, as a server reads it
    QList<AlignedField> rows;
    qint64 left = 0;
    auto add = [&](const SideField *x, const SideField *y) {
        if (rows.size() < maxRows)
            rows << rowOf(x, y);
        else
            ++left;
    };
    QList<bool> matched(b.size(), false);
    for (const SideField &f : a) {
        const qsizetype at = inDatabase.value(f.key, -1);
        if (at >= 0)
            matched[at] = true;
        add(&f, at >= 0 ? &b.at(at) : nullptr);
    }
    for (qsizetype i = 0; i < b.size(); ++i) {
        if (!matched.at(i) && inDatabase.value(b.at(i).key) == i)
            add(nullptr, &b.at(i));
    }
    if (more)
        *more = left;
    return rows;
}

QString FieldAlignment::markName(AlignedField::Mark mark)
{
    switch (mark) {
    case AlignedField::Mark::Same: return {};
    case AlignedField::Mark::Changed: return QCoreApplication::translate("FieldAlignment", "changed");
    case AlignedField::Mark::OnlyInBackup: return QCoreApplication::translate("FieldAlignment", "only in the backup");
    case AlignedField::Mark::OnlyInDatabase: return QCoreApplication::translate("FieldAlignment", "only in the database");
    }
    return {};
}

} // namespace lifeboat::app

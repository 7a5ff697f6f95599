#include "app/browse/DocumentExport.h"

#include "app/browse/BsonValueText.h"
#include "core/common/CsvField.h"

#include <bson/bson.h>

namespace lifeboat::app {

namespace {


QString valueText(const bson_t *doc, const QString &field)
{
    bson_iter_t it;
    if (!bson_iter_init_find(&it, doc, field.toUtf8().constData()))
        return {};
    if (BSON_ITER_HOLDS_UTF8(&it)) {
        uint32_t len = 0;
        const char *s = bson_iter_utf8(&it, &len);
        return QString::fromUtf8(s, qsizetype(len));
    }
    return BsonValueText::json(&it);
}

} // namespace

QByteArray DocumentExport::jsonLines(const QList<BrowsedDocument> &documents, JsonStyle style)
{
    QByteArray out;
    for (const auto &d : documents) {
        out += style == JsonStyle::Relaxed ? d.relaxedJson : d.canonicalJson;
        out += '\n';
    }
    return out;
}

QByteArray DocumentExport::csv(const QList<BrowsedDocument> &documents, const QStringList &fields)
{
    QByteArray out;
    QByteArrayList header;
    for (const QString &f : fields)
        header << csvField(f);
    out += header.join(',') + "\r\n";
    for (const auto &d : documents) {
        bson_t doc;
        if (!bson_init_static(&doc, reinterpret_cast<const uint8_t *>(d.bson.constData()), size_t(d.bson.size())))
            continue;
        QByteArrayList row;
        for (const QString &f : fields)
            row << csvField(valueText(&doc, f));
        out += row.join(',') + "\r\n";
    }
    return out;
}

DocumentExport::Format DocumentExport::formatFor(const QString &fileName)
{
    return fileName.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? Format::Csv : Format::JsonLines;
}

} // namespace lifeboat::app

#include "core/archive/StreamedCollectionReader.h"

namespace lifeboat {

Status StreamedCollectionReader::read(qint64 skip, const Take &take, const CancelToken &cancel)
{
    return m_contents->forEachCollection(
        [&](const ArchiveContents::CollectionFile &, JsonDocumentReader &documents) -> Status {
            qint64 number = 0;
            for (; number < skip; ++number) {
                auto text = documents.nextText();
                if (!text)
                    return text.error();
                if (!text->has_value())
                    return {};
            }
            for (;; ++number) {
                if (cancel.isCancelled())
                    return Error(ErrorCode::Cancelled, QStringLiteral("reading %1 cancelled").arg(m_file.path));
                auto doc = documents.next();
                if (!doc)
                    return doc.error();
                if (!doc->has_value())
                    return {};
                auto more = take((*doc)->bson.get(), number);
                if (!more)
                    return more.error();
                if (!*more)
                    return {};
            }
        },
        [this](const ArchiveContents::CollectionFile &f) { return f.path == m_file.path; }, cancel);
}

} // namespace lifeboat

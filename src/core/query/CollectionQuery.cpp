#include "core/query/CollectionQuery.h"

namespace lifeboat {

Status CollectionQuery::run(CollectionDocumentReader &reader, const Take &take, const CancelToken &cancel) const
{
    if (limit == 0)
        return {};
    const bool all = filter.matchesEverything();
    qint64 toSkip = all ? 0 : skip;
    qint64 given = 0;
    return reader.read(all ? skip : 0,
                       [&](const bson_t *doc, qint64 number) -> Result<bool> {
                           if (!all && !filter.matches(doc))
                               return true;
                           if (toSkip > 0) {
                               --toSkip;
                               return true;
                           }
                           auto more = take(doc, number);
                           if (!more || !*more)
                               return more;
                           ++given;
                           return limit < 0 || given < limit;
                       },
                       cancel);
}

} // namespace lifeboat

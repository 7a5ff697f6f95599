#include "core/snapshot/ReadOnlyCommand.h"

#include "core/codec/ExtJsonCodec.h"

#include <QSet>

namespace lifeboat {

namespace {

// Lower case; "explain" is checked on what it explains.
const QSet<QString> &readCommandSet()
{
    static const QSet<QString> set{
        QStringLiteral("find"),         QStringLiteral("count"),          QStringLiteral("distinct"),
        QStringLiteral("aggregate"),    QStringLiteral("listcollections"), QStringLiteral("listindexes"),
        QStringLiteral("listdatabases"), QStringLiteral("dbstats"),       QStringLiteral("collstats"),
        QStringLiteral("datasize"),     QStringLiteral("explain"),        QStringLiteral("ping"),
        QStringLiteral("buildinfo"),    QStringLiteral("hello"),          QStringLiteral("ismaster"),
        QStringLiteral("serverstatus"), QStringLiteral("hostinfo"),       QStringLiteral("connectionstatus"),
    };
    return set;
}

// Commands that write or change the server's state: named as writes in a refusal.
const QSet<QString> &writeCommandSet()
{
    static const QSet<QString> set{
        QStringLiteral("insert"),        QStringLiteral("update"),          QStringLiteral("delete"),
        QStringLiteral("findandmodify"), QStringLiteral("drop"),            QStringLiteral("dropdatabase"),
        QStringLiteral("create"),        QStringLiteral("createindexes"),   QStringLiteral("dropindexes"),
        QStringLiteral("collmod"),       QStringLiteral("renamecollection"), QStringLiteral("mapreduce"),
        QStringLiteral("clonecollectionascapped"), QStringLiteral("converttocapped"), QStringLiteral("compact"),
        QStringLiteral("reindex"),       QStringLiteral("bulkwrite"),       QStringLiteral("createuser"),
        QStringLiteral("dropuser"),      QStringLiteral("updateuser"),      QStringLiteral("createrole"),
        QStringLiteral("shutdown"),      QStringLiteral("killop"),          QStringLiteral("setparameter"),
    };
    return set;
}

// Stages that only reshape what they read (lower case).
const QSet<QString> &readStageSet()
{
    static const QSet<QString> set{
        QStringLiteral("$match"),     QStringLiteral("$project"),   QStringLiteral("$addfields"),  QStringLiteral("$set"),
        QStringLiteral("$unset"),     QStringLiteral("$group"),     QStringLiteral("$sort"),       QStringLiteral("$limit"),
        QStringLiteral("$skip"),      QStringLiteral("$count"),     QStringLiteral("$unwind"),     QStringLiteral("$lookup"),
        QStringLiteral("$graphlookup"), QStringLiteral("$facet"),   QStringLiteral("$bucket"),     QStringLiteral("$bucketauto"),
        QStringLiteral("$sortbycount"), QStringLiteral("$replaceroot"), QStringLiteral("$replacewith"), QStringLiteral("$sample"),
        QStringLiteral("$redact"),    QStringLiteral("$unionwith"), QStringLiteral("$densify"),    QStringLiteral("$fill"),
        QStringLiteral("$setwindowfields"), QStringLiteral("$collstats"), QStringLiteral("$indexstats"), QStringLiteral("$geonear"),
        QStringLiteral("$documents"),
    };
    return set;
}

QString keyOf(const bson_iter_t &it)
{
    return QString::fromUtf8(bson_iter_key(&it));
}

// The first field anywhere in `doc` (documents and arrays, at any depth) named $out or $merge.
QString writingStage(const uint8_t *data, uint32_t length)
{
    bson_t doc;
    bson_iter_t it;
    if (!bson_init_static(&doc, data, length) || !bson_iter_init(&it, &doc))
        return {};
    while (bson_iter_next(&it)) {
        const QString key = keyOf(it).toLower();
        if (key == QLatin1String("$out") || key == QLatin1String("$merge"))
            return keyOf(it);
        if (BSON_ITER_HOLDS_DOCUMENT(&it) || BSON_ITER_HOLDS_ARRAY(&it)) {
            uint32_t len = 0;
            const uint8_t *sub = nullptr;
            if (BSON_ITER_HOLDS_DOCUMENT(&it))
                bson_iter_document(&it, &len, &sub);
            else
                bson_iter_array(&it, &len, &sub);
            if (const QString found = writingStage(sub, len); !found.isEmpty())
                return found;
        }
    }
    return {};
}

QString pipelineRefusal(const bson_iter_t &pipeline);

// A stage's sub-pipelines: $lookup's and $unionWith's "pipeline", each of $facet's fields.
QString subPipelineRefusal(const QString &stage, const bson_iter_t &value)
{
    if (!BSON_ITER_HOLDS_DOCUMENT(&value))
        return {};
    bson_iter_t field;
    if (!bson_iter_recurse(&value, &field))
        return {};
    const bool facet = stage == QLatin1String("$facet");
    while (bson_iter_next(&field)) {
        if (!BSON_ITER_HOLDS_ARRAY(&field) || (!facet && keyOf(field) != QLatin1String("pipeline")))
            continue;
        if (const QString why = pipelineRefusal(field); !why.isEmpty())
            return why;
    }
    return {};
}

QString pipelineRefusal(const bson_iter_t &pipeline)
{
    bson_iter_t stageIt;
    if (!BSON_ITER_HOLDS_ARRAY(&pipeline) || !bson_iter_recurse(&pipeline, &stageIt))
        return ReadOnlyCommand::tr("The aggregate command needs its pipeline as an array of stages.");
    while (bson_iter_next(&stageIt)) {
        bson_iter_t inStage;
        if (!BSON_ITER_HOLDS_DOCUMENT(&stageIt) || !bson_iter_recurse(&stageIt, &inStage) || !bson_iter_next(&inStage))
            return ReadOnlyCommand::tr("Each stage of the pipeline must be a document such as {\"$match\": {…}}.");
        const QString stage = keyOf(inStage);
        if (!readStageSet().contains(stage.toLower()))
            return ReadOnlyCommand::tr("The aggregation stage %1 is not one of the read-only stages a check may use.").arg(stage);
        if (const QString why = subPipelineRefusal(stage.toLower(), inStage); !why.isEmpty())
            return why;
    }
    return {};
}

QString aggregateRefusal(const bson_t *command)
{
    bson_iter_t it;
    if (!bson_iter_init_find(&it, command, "pipeline"))
        return ReadOnlyCommand::tr("The aggregate command needs a pipeline.");
    return pipelineRefusal(it);
}

QString explainRefusal(const bson_t *command)
{
    bson_iter_t it;
    if (!bson_iter_init(&it, command) || !bson_iter_next(&it) || !BSON_ITER_HOLDS_DOCUMENT(&it))
        return ReadOnlyCommand::tr("explain needs the command it explains as a document.");
    uint32_t len = 0;
    const uint8_t *data = nullptr;
    bson_iter_document(&it, &len, &data);
    bson_t inner;
    if (!bson_init_static(&inner, data, len))
        return ReadOnlyCommand::tr("explain needs the command it explains as a document.");
    return ReadOnlyCommand::refusal(&inner);
}

} // namespace

QString ReadOnlyCommand::name(const bson_t *command)
{
    bson_iter_t it;
    if (!command || !bson_iter_init(&it, command) || !bson_iter_next(&it))
        return {};
    return keyOf(it);
}

QStringList ReadOnlyCommand::readCommands()
{
    return {QStringLiteral("find"),          QStringLiteral("count"),       QStringLiteral("distinct"),
            QStringLiteral("aggregate"),     QStringLiteral("listCollections"), QStringLiteral("listIndexes"),
            QStringLiteral("listDatabases"), QStringLiteral("dbStats"),     QStringLiteral("collStats"),
            QStringLiteral("dataSize"),      QStringLiteral("explain"),     QStringLiteral("ping"),
            QStringLiteral("buildInfo"),     QStringLiteral("hello"),       QStringLiteral("serverStatus")};
}

bool ReadOnlyCommand::answersRows(const QString &command)
{
    static const QSet<QString> rows{QStringLiteral("find"), QStringLiteral("aggregate"), QStringLiteral("distinct"),
                                    QStringLiteral("listcollections"), QStringLiteral("listindexes"), QStringLiteral("listdatabases")};
    return rows.contains(command.toLower());
}

QString ReadOnlyCommand::refusal(const bson_t *command)
{
    const QString command0 = name(command);
    if (command0.isEmpty())
        return tr("The command is empty: give a read command such as {\"count\": \"products\"}.");
    const QString lower = command0.toLower();
    if (writeCommandSet().contains(lower))
        return tr("%1 writes to the database, and your own check may only read: it was not sent. "
                  "Use a read command such as find, count, distinct or aggregate.")
            .arg(command0);
    if (!readCommandSet().contains(lower))
        return tr("%1 is not one of the read commands a check may run (%2): it was not sent.")
            .arg(command0, readCommands().join(QStringLiteral(", ")));
    if (const QString stage = writingStage(bson_get_data(command), command->len); !stage.isEmpty())
        return tr("The aggregation stage %1 writes to the database, and your own check may only read: it was not sent.").arg(stage);
    if (lower == QLatin1String("aggregate"))
        return aggregateRefusal(command);
    if (lower == QLatin1String("explain"))
        return explainRefusal(command);
    return {};
}

QString ReadOnlyCommand::refusal(QByteArrayView json)
{
    auto decoded = ExtJsonCodec::decode(json);
    if (!decoded)
        return tr("The command is not a JSON document: %1").arg(decoded.error().message);
    return refusal(decoded->get());
}

} // namespace lifeboat

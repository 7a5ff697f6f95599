#include "core/restore/merge/MergeRestore.h"

#include "core/codec/ExtJsonCodec.h"
#include "core/diff/DocumentId.h"

#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QSaveFile>

#include <algorithm>

namespace lifeboat {

QString mergeModeName(MergeMode mode)
{
    switch (mode) {
    case MergeMode::InsertMissing:
        return QStringLiteral("insert-missing");
    case MergeMode::Replace:
        return QStringLiteral("replace");
    case MergeMode::Upsert:
        return QStringLiteral("upsert");
    }
    return {};
}

std::optional<MergeMode> mergeModeFromName(const QString &name)
{
    for (MergeMode m : {MergeMode::InsertMissing, MergeMode::Replace, MergeMode::Upsert}) {
        if (mergeModeName(m) == name)
            return m;
    }
    return std::nullopt;
}

Result<QList<QByteArray>> MergeRestoreRequest::readIds(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    QList<QByteArray> keys;
    qint64 lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        auto doc = ExtJsonCodec::decode(QByteArray("{\"_id\":" + line + "}"));
        if (!doc)
            return Error(ErrorCode::Usage, QStringLiteral("%1 line %2: not an _id in Extended JSON: %3").arg(path).arg(lineNumber).arg(doc.error().message));
        keys << DocumentId::keyOf(doc->get());
    }
    return keys;
}

QString MergePlan::summary() const
{
    const QLocale en(QLocale::English);
    return QStringLiteral("insert %1 missing, replace %2, leave %3 alone")
        .arg(en.toString(qint64(toInsert.size())), en.toString(qint64(toReplace.size())), en.toString(leftAlone()));
}

QJsonObject MergePlan::toJson() const
{
    return QJsonObject{{QStringLiteral("archive"), archivePath},
                       {QStringLiteral("targetDatabase"), targetDatabase},
                       {QStringLiteral("collection"), collection},
                       {QStringLiteral("merge"), mergeModeName(mode)},
                       {QStringLiteral("selected"), selected},
                       {QStringLiteral("insert"), qint64(toInsert.size())},
                       {QStringLiteral("replace"), qint64(toReplace.size())},
                       {QStringLiteral("leaveAlone"), leftAlone()},
                       {QStringLiteral("identical"), identical},
                       {QStringLiteral("differingKept"), differingKept},
                       {QStringLiteral("missingSkipped"), missingSkipped},
                       {QStringLiteral("idsNotInArchive"), missingIds},
                       {QStringLiteral("targetDocuments"), targetDocuments},
                       {QStringLiteral("summary"), summary()},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
}

bool MergeResult::verified() const
{
    return std::all_of(documents.cbegin(), documents.cend(), [](const MergedDocument &d) { return d.status == QLatin1String("ok"); });
}

QJsonObject MergeResult::toJson() const
{
    QJsonArray docs;
    for (const auto &d : documents)
        docs.append(QJsonObject{{QStringLiteral("id"), QString::fromUtf8(d.id)}, {QStringLiteral("action"), d.action}, {QStringLiteral("status"), d.status}});
    return QJsonObject{{QStringLiteral("ok"), verified()},
                       {QStringLiteral("plan"), plan.toJson()},
                       {QStringLiteral("inserted"), inserted},
                       {QStringLiteral("replaced"), replaced},
                       {QStringLiteral("safetySnapshot"), safetySnapshotPath},
                       {QStringLiteral("documents"), docs},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
                       {QStringLiteral("elapsedMs"), elapsedMs}};
}

Status MergeResult::writeCsv(const QString &path) const
{
    auto field = [](QByteArray f) {
        if (f.contains(',') || f.contains('"') || f.contains('\n') || f.contains('\r'))
            f = '"' + f.replace("\"", "\"\"") + '"';
        return f;
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    file.write("collection,id,action,status\r\n");
    for (const auto &d : documents)
        file.write(field(plan.collection.toUtf8()) + ',' + field(d.id) + ',' + field(d.action.toUtf8()) + ',' + field(d.status.toUtf8()) + "\r\n");
    if (!file.commit())
        return Error(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace lifeboat

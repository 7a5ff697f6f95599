#include "core/restore/merge/MergeSafetySnapshot.h"

#include "core/archive/SafeFileNames.h"
#include "core/archive/TarArchiveWriter.h"
#include "core/codec/ExtJsonCodec.h"
#include "core/common/SpoolBuffer.h"
#include "core/diff/DatabaseDiffSide.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace lifeboat {

Result<QString> MergeSafetySnapshot::write(const PooledClient &client, const QString &database, const QString &collection,
                                           const QList<QByteArray> &keys, const QString &dir, const CancelToken &cancel)
{
    const QString base = QStringLiteral("pre_merge_%1_%2").arg(SafeFileNames::escape(database), QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd_HHmmss")));
    QString name = base;
    for (int n = 2; QFileInfo::exists(QDir(dir).filePath(name + QStringLiteral(".tar.gz"))); ++n)
        name = base + QLatin1Char('_') + QString::number(n);
    SpoolBuffer spool(dir, 8 * 1024 * 1024);
    QByteArray line;
    qint64 found = 0;
    auto st = DatabaseDiffSide::findByIds(client, database, collection, keys,
                                          [&](const bson_t *doc) -> Status {
                                              line.clear();
                                              if (auto e = ExtJsonCodec::encode(doc, JsonStyle::Canonical, 0, line); !e)
                                                  return e;
                                              line.append('\n');
                                              ++found;
                                              return spool.append(line);
                                          },
                                          cancel);
    if (!st)
        return st.error();
    auto writer = TarArchiveWriter::create(QDir(dir).filePath(name + QStringLiteral(".tar.gz")), ArchiveCompression::Gzip);
    if (!writer)
        return writer.error();
    auto fail = [&](const Error &e) -> Error {
        (*writer)->abort();
        return e;
    };
    if (auto s = (*writer)->addDirectory(name); !s)
        return fail(s.error());
    if (auto s = spool.rewind(); !s)
        return fail(s.error());
    if (auto s = (*writer)->addFile(name + QLatin1Char('/') + SafeFileNames::escape(collection) + QStringLiteral(".jsonl"), spool.size(), spool.reader()); !s)
        return fail(s.error());
    spool.release();
    if (auto s = (*writer)->close(); !s)
        return fail(s.error());
    return (*writer)->publish();
}

} // namespace lifeboat

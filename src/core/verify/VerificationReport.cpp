#include "core/verify/VerificationReport.h"

#include "core/common/CsvField.h"

#include <QSaveFile>

namespace lifeboat {

QString toString(VerificationStatus status)
{
    switch (status) {
    case VerificationStatus::Ok: return QStringLiteral("ok");
    case VerificationStatus::Mismatch: return QStringLiteral("mismatch");
    case VerificationStatus::Skipped: return QStringLiteral("skipped");
    }
    return {};
}

QJsonObject VerificationRow::toJson() const
{
    return QJsonObject{{QStringLiteral("database"), database},
                       {QStringLiteral("collection"), collection},
                       {QStringLiteral("type"), type},
                       {QStringLiteral("file_count"), fileCount},
                       {QStringLiteral("db_count"), dbCount},
                       {QStringLiteral("sample_size"), sampleSize},
                       {QStringLiteral("sample_hash_archive"), sampleHashArchive},
                       {QStringLiteral("sample_hash_db"), sampleHashDb},
                       {QStringLiteral("digest_archive"), digestArchive},
                       {QStringLiteral("digest_db"), digestDb},
                       {QStringLiteral("status"), toString(status)},
                       {QStringLiteral("notes"), notes.join(QStringLiteral("; "))}};
}

bool VerificationReport::allOk() const
{
    return count(VerificationStatus::Mismatch) == 0;
}

int VerificationReport::count(VerificationStatus status) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [&](const auto &r) { return r.status == status; }));
}

QJsonArray VerificationReport::toJson() const
{
    QJsonArray a;
    for (const auto &r : rows)
        a.append(r.toJson());
    return a;
}

QStringList VerificationReport::csvColumns()
{
    return {QStringLiteral("database"), QStringLiteral("collection"), QStringLiteral("type"), QStringLiteral("file_count"),
            QStringLiteral("db_count"), QStringLiteral("sample_size"), QStringLiteral("sample_hash_archive"),
            QStringLiteral("sample_hash_db"), QStringLiteral("digest_archive"), QStringLiteral("digest_db"),
            QStringLiteral("status"), QStringLiteral("notes")};
}

namespace {
QString countField(qint64 n)
{
    return n < 0 ? QString() : QString::number(n);
}
} // namespace

QByteArray VerificationReport::toCsv() const
{
    QByteArray out;
    QList<QByteArray> header;
    for (const QString &c : csvColumns())
        header << csvField(c);
    out += header.join(',') + "\r\n";
    for (const auto &r : rows) {
        const QStringList fields{r.database, r.collection, r.type, countField(r.fileCount), countField(r.dbCount),
                                 QString::number(r.sampleSize), r.sampleHashArchive, r.sampleHashDb, r.digestArchive,
                                 r.digestDb, toString(r.status), r.notes.join(QStringLiteral("; "))};
        QList<QByteArray> encoded;
        for (const QString &f : fields)
            encoded << csvField(f);
        out += encoded.join(',') + "\r\n";
    }
    return out;
}

Status VerificationReport::writeCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    file.write(toCsv());
    if (!file.commit())
        return Error(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace lifeboat

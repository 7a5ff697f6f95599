#pragma once

#include "core/archive/ArchiveReader.h"

#include <memory>

struct archive;

namespace lifeboat {

// Reads .tar, .tar.gz and .tar.zst (and other compressions libarchive detects) sequentially.
class TarArchiveReader final : public ArchiveReader {
public:
    static Result<std::unique_ptr<TarArchiveReader>> open(const QString &path);
    ~TarArchiveReader() override;
    TarArchiveReader(const TarArchiveReader &) = delete;
    TarArchiveReader &operator=(const TarArchiveReader &) = delete;

    Result<std::optional<ArchiveEntry>> nextEntry() override;
    Result<qint64> read(char *buffer, qint64 max) override;
    QString archivePath() const override { return m_path; }

private:
    TarArchiveReader(QString path, struct archive *a);
    Error corrupt(const QString &what) const;

    QString m_path;
    QString m_currentEntry;
    struct archive *m_archive;
};

} // namespace lifeboat

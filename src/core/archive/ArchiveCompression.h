#pragma once

#include <QString>

#include <optional>

namespace lifeboat {

enum class ArchiveCompression { None, Gzip, Zstd };

// ".tar", ".tar.gz", ".tar.zst"
QString archiveExtension(ArchiveCompression compression);
// "none", "gzip", "zstd" (also accepts "gz", "zst", "tar", "tar.gz", "tar.zst")
std::optional<ArchiveCompression> parseCompression(const QString &name);
QString compressionName(ArchiveCompression compression);
// Lifeboat's default level: gzip 1, zstd 3 (fast; compression dominates a backup's CPU).
int defaultCompressionLevel(ArchiveCompression compression);
// Valid levels: gzip 1-9, zstd 1-19, none 0.
bool isValidCompressionLevel(ArchiveCompression compression, int level);
// The compression a file name's extension implies, if it is one of ours.
std::optional<ArchiveCompression> compressionFromFileName(const QString &fileName);
// The file name without its archive extension ("backup_x.tar.gz" -> "backup_x").
QString stripArchiveExtension(const QString &fileName);

} // namespace lifeboat

#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace lifeboat {

// Where things are inside an archive, for our own archives and for the runbook script's.
//
// Lifeboat writes  <top>/<collection>.jsonl            (one database)
//                  <top>/<db>/<collection>.jsonl       (whole deployment)
// and <top>/manifest.json, <top>[/<db>]/collections_metadata.json.
// The runbook's scripts wrote <top>/<collection>.jsonl or, in older versions, the files
// without the top folder. Without a manifest the layout is decided from the depth of the
// .jsonl files: all at depth 1, no top folder; all at depth 2 under one folder, a top folder;
// at depth 2 under several folders, one folder per database; depth 3, top folder and databases.
class ArchiveLayout final {
public:
    static constexpr const char *ManifestFile = "manifest.json";
    static constexpr const char *MetadataFile = "collections_metadata.json";

    // Decides the top folder from every regular file's path.
    static ArchiveLayout fromPaths(const QStringList &filePaths, const std::optional<QString> &manifestName = std::nullopt);

    const QString &topFolder() const { return m_top; } // "" or "name/"
    bool nestsDatabases() const { return m_nested; }

    // Path relative to the top folder, or nullopt if the path is outside it.
    std::optional<QString> relative(const QString &path) const;

    struct FileRole {
        enum Kind { Manifest, Metadata, Collection, Other } kind = Other;
        QString database;   // "" when the archive holds one database
        QString collection; // for Collection: the name from the file name
        bool isBucketFile = false; // system.buckets.<name>
    };
    FileRole classify(const QString &path) const;

    static bool isDocumentFile(const QString &path);
    // manifest.json or collections_metadata.json: a small file readers keep whole.
    static bool isSmallFile(const QString &path);

private:
    QString m_top;
    bool m_nested = false;
};

} // namespace lifeboat

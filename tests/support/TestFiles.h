#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <utility>

namespace lifeboat::test {

// Path of a file under ../shared (the corpora), from the source tree.
QString sharedPath(const QString &relative);
// Every JSON file of MongoDB's BSON corpus and of the corpus extras (../shared/corpora).
QStringList bsonCorpusFiles();
QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &data);
// Runs a program; returns its exit code (-1 if it could not start), with stdout/stderr.
int runProgram(const QString &program, const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr,
               const QString &workDir = {}, int timeoutMs = 600000);
// Runs lifeboat-cli.
int runCli(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr, const QString &workDir = {});
// Writes `files` under a scratch folder (inside a top folder unless `top` is empty) and packs
// them with tar the way the runbook's scripts did; returns the archive's path.
QString makeTar(const QString &scratchDir, const QString &archiveName, const QString &top,
                const QList<std::pair<QString, QByteArray>> &files, bool gzip);
// Where an archive's index begins (the end of its compressed tar stream), as its locator, the
// last 45 bytes of a .tar.gz or 28 of a .tar.zst, says (docs/archive-format.md, "Index").
qint64 archiveIndexOffset(const QByteArray &archive, bool zstd = false);
// Writes a tar (.tar or .tar.gz by its name) with Python's tarfile, as an attacker would:
// `script` adds members with add(name, data) and special(name, tarfile.SYMTYPE..., linkname).
QString pythonTar(const QString &dir, const QString &name, const QByteArray &script);
// Member names of a tar archive as `tar -tf` lists them.
QStringList tarListing(const QString &archive);

} // namespace lifeboat::test

#include "TestFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace lifeboat::test {

QString sharedPath(const QString &relative)
{
    return QDir(QStringLiteral(LIFEBOAT_SHARED_DIR)).filePath(relative);
}

QStringList bsonCorpusFiles()
{
    QStringList files;
    for (const QString &dir : {QStringLiteral("corpora/bson-corpus"), QStringLiteral("corpora/bson-corpus-extras"),
                               QStringLiteral("corpora/bson-corpus-extras/bson_binary_vector")}) {
        const QDir d(sharedPath(dir));
        for (const QString &f : d.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            files << d.filePath(f);
    }
    return files;
}

qint64 archiveIndexOffset(const QByteArray &archive, bool zstd)
{
    const qsizetype at = zstd ? archive.size() - 28 + 8 : archive.size() - 45 + 16;
    qint64 offset = 0;
    for (int i = 7; i >= 0; --i)
        offset = (offset << 8) | quint8(archive.at(at + i));
    return offset;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
}

int runProgram(const QString &program, const QStringList &args, QByteArray *out, QByteArray *err, const QString &workDir, int timeoutMs)
{
    QProcess p;
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(program, args);
    if (!p.waitForStarted())
        return -1;
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

int runCli(const QStringList &args, QByteArray *out, QByteArray *err, const QString &workDir)
{
    return runProgram(QStringLiteral(LIFEBOAT_CLI_PATH), args, out, err, workDir);
}

QString makeTar(const QString &scratchDir, const QString &archiveName, const QString &top,
                const QList<std::pair<QString, QByteArray>> &files, bool gzip)
{
    const QString src = QDir(scratchDir).filePath(QStringLiteral("src-") + archiveName);
    const QString root = top.isEmpty() ? src : src + QLatin1Char('/') + top;
    QStringList members;
    for (const auto &[name, data] : files) {
        writeFile(root + QLatin1Char('/') + name, data);
        members << name;
    }
    const QString archive = QDir(scratchDir).filePath(archiveName);
    QStringList args{gzip ? QStringLiteral("-czf") : QStringLiteral("-cf"), archive, QStringLiteral("-C"), src};
    if (top.isEmpty())
        args += members;
    else
        args << top;
    if (runProgram(QStringLiteral("tar"), args) != 0)
        qFatal("tar failed for %s", qPrintable(archive));
    return archive;
}

QString pythonTar(const QString &dir, const QString &name, const QByteArray &script)
{
    const QString path = QDir(dir).filePath(name);
    const QByteArray program = "import io, sys, tarfile\n"
                               "t = tarfile.open(sys.argv[1], 'w:gz' if sys.argv[1].endswith('.gz') else 'w')\n"
                               "def add(n, d):\n"
                               "    i = tarfile.TarInfo(n); i.size = len(d); t.addfile(i, io.BytesIO(d))\n"
                               "def special(n, ty, link=''):\n"
                               "    i = tarfile.TarInfo(n); i.type = ty; i.linkname = link; t.addfile(i)\n"
                               + script + "\nt.close()\n";
    QByteArray err;
    if (runProgram(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromUtf8(program), path}, nullptr, &err) != 0)
        qFatal("python3 tarfile failed: %s", err.constData());
    return path;
}

QStringList tarListing(const QString &archive)
{
    QByteArray out;
    if (runProgram(QStringLiteral("tar"), {QStringLiteral("-tf"), archive}, &out) != 0)
        return {};
    return QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace lifeboat::test

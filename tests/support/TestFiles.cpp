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

QStringList tarListing(const QString &archive)
{
    QByteArray out;
    if (runProgram(QStringLiteral("tar"), {QStringLiteral("-tf"), archive}, &out) != 0)
        return {};
    return QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace lifeboat::test

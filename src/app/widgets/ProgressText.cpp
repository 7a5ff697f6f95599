#include "app/widgets/ProgressText.h"

#include <QLocale>
#include <QStringList>

#include <climits>

namespace lifeboat::app {

QString ProgressText::duration(qint64 ms)
{
    ms = qMax<qint64>(0, ms);
    if (ms < 10000)
        return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    const qint64 seconds = ms / 1000;
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString ProgressText::bytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 2, QLocale::DataSizeIecFormat);
}

QString ProgressText::documentCount(qint64 n)
{
    // %Ln takes an int; beyond that the plural is certain.
    if (n > INT_MAX)
        return tr("%1 documents").arg(QLocale().toString(n));
    return tr("%Ln document(s)", nullptr, int(n));
}

QString ProgressText::collectionCount(qint64 n)
{
    if (n > INT_MAX)
        return tr("%1 collections").arg(QLocale().toString(n));
    return tr("%Ln collection(s)", nullptr, int(n));
}

QString ProgressText::documents(qint64 done, qint64 total)
{
    const QLocale locale;
    if (total <= 0)
        return documentCount(done);
    return tr("%1 of about %2 documents").arg(locale.toString(done), locale.toString(total));
}

QString ProgressText::rates(qint64 documents, qint64 byteCount, qint64 ms)
{
    if (ms < 500 || documents <= 0)
        return {};
    const double seconds = double(ms) / 1000.0;
    QStringList parts{tr("%1 documents/s").arg(QLocale().toString(qint64(double(documents) / seconds)))};
    if (byteCount > 0)
        parts << tr("%1/s").arg(bytes(qint64(double(byteCount) / seconds)));
    return parts.join(QStringLiteral(" · "));
}

QString ProgressText::eta(const Progress &progress)
{
    const qint64 ms = progress.etaMs();
    return ms < 0 ? QString() : left(ms);
}

QString ProgressText::timeLeft(qint64 remaining, qint64 done, qint64 ms)
{
    if (remaining <= 0 || done <= 0 || ms < 500)
        return {};
    return left(qint64(double(ms) * double(remaining) / double(done)));
}

QString ProgressText::left(qint64 ms)
{
    if (ms < 1000)
        return tr("almost done");
    return tr("about %1 left").arg(duration(ms));
}

QString ProgressText::runTime(bool running, qint64 ms)
{
    return (running ? tr("running for %1") : tr("took %1")).arg(duration(ms));
}

QString ProgressText::phase(Phase phase)
{
    switch (phase) {
    case Phase::Starting: return tr("Starting…");
    case Phase::Connecting: return tr("Connecting");
    case Phase::Listing: return tr("Listing collections");
    case Phase::Copying: return tr("Copying documents");
    case Phase::Finishing: return tr("Writing the manifest");
    case Phase::Restoring: return tr("Loading documents");
    case Phase::Indexing: return tr("Building indexes, views and validators");
    case Phase::Verifying: return tr("Verifying");
    case Phase::Done: return tr("Done");
    }
    return toString(phase);
}

} // namespace lifeboat::app

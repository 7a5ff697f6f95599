#include "cli/output/ProgressPrinter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

namespace lifeboat::cli {

QString humanBytes(qint64 bytes)
{
    const char *units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    double v = double(bytes);
    int u = 0;
    while (v >= 1024.0 && u < 4) {
        v /= 1024.0;
        ++u;
    }
    return u == 0 ? QStringLiteral("%1 B").arg(bytes) : QStringLiteral("%1 %2").arg(v, 0, 'f', 1).arg(QLatin1String(units[u]));
}

QString humanDuration(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("--:--");
    const qint64 s = ms / 1000;
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3").arg(s / 3600).arg((s / 60) % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

ProgressPrinter::ProgressPrinter(QTextStream &err, Mode mode) : m_err(err), m_mode(mode) {}

ProgressPrinter::Mode ProgressPrinter::detect(bool json, bool quiet)
{
    if (quiet)
        return Mode::Quiet;
    if (json)
        return Mode::Json;
    return ::isatty(STDERR_FILENO) ? Mode::Bar : Mode::Lines;
}

void ProgressPrinter::progress(const Progress &p)
{
    switch (m_mode) {
    case Mode::Quiet:
        return;
    case Mode::Json: {
        QJsonObject o{{QStringLiteral("event"), QStringLiteral("progress")},
                      {QStringLiteral("phase"), toString(p.phase)},
                      {QStringLiteral("documentsDone"), p.documentsDone},
                      {QStringLiteral("documentsTotal"), p.documentsTotal},
                      {QStringLiteral("bytesDone"), p.bytesDone},
                      {QStringLiteral("collectionsDone"), p.collectionsDone},
                      {QStringLiteral("collectionsTotal"), p.collectionsTotal},
                      {QStringLiteral("elapsedMs"), p.elapsedMs},
                      {QStringLiteral("etaMs"), p.etaMs()}};
        m_err << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
        m_err.flush();
        return;
    }
    case Mode::Bar: {
        constexpr int Width = 30;
        const int filled = int(p.fraction() * Width);
        QString bar = QString(filled, QLatin1Char('#')) + QString(Width - filled, QLatin1Char('-'));
        QString current;
        for (const auto &c : p.collections) {
            if (c.state == CollectionProgress::State::Running) {
                current = c.ns;
                break;
            }
        }
        m_err << "\r\033[K" << toString(p.phase) << " [" << bar << "] " << int(p.fraction() * 100) << "% "
              << p.documentsDone << "/" << p.documentsTotal << " docs, " << humanBytes(p.bytesDone)
              << ", " << p.collectionsDone << "/" << p.collectionsTotal << " collections, ETA " << humanDuration(p.etaMs())
              << (current.isEmpty() ? QString() : QStringLiteral(" ") + current);
        m_err.flush();
        m_barDrawn = true;
        return;
    }
    case Mode::Lines: {
        bool changed = false;
        for (const auto &c : p.collections) {
            if (c.state == CollectionProgress::State::Done && !m_reportedDone.contains(c.ns)) {
                m_reportedDone.insert(c.ns);
                m_err << "done " << c.ns << ": " << c.documentsDone << " documents, " << humanBytes(c.bytesDone) << "\n";
                changed = true;
            }
        }
        if (changed)
            m_lines.reset();
        if (m_lines.due()) {
            m_err << toString(p.phase) << ": " << p.documentsDone << "/" << p.documentsTotal << " documents, "
                  << p.collectionsDone << "/" << p.collectionsTotal << " collections, elapsed "
                  << humanDuration(p.elapsedMs) << "\n";
        }
        m_err.flush();
        return;
    }
    }
}

void ProgressPrinter::message(const QString &text)
{
    if (m_mode == Mode::Quiet)
        return;
    if (m_mode == Mode::Json) {
        m_err << QJsonDocument(QJsonObject{{QStringLiteral("event"), QStringLiteral("message")}, {QStringLiteral("text"), text}})
                     .toJson(QJsonDocument::Compact)
              << "\n";
    } else {
        if (m_barDrawn)
            m_err << "\r\033[K";
        m_err << text << "\n";
    }
    m_err.flush();
}

void ProgressPrinter::finish()
{
    if (m_mode == Mode::Bar && m_barDrawn) {
        m_err << "\n";
        m_err.flush();
        m_barDrawn = false;
    }
}

} // namespace lifeboat::cli

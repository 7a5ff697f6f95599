#pragma once

#include "core/common/Progress.h"
#include "core/common/RateLimit.h"

#include <QSet>
#include <QTextStream>

namespace lifeboat::cli {

// Prints engine progress on stderr: a one-line bar redrawn in place on a terminal, plain
// lines (at most every 2 s, and when a collection finishes) otherwise, or JSON lines.
class ProgressPrinter final : public ProgressSink {
public:
    enum class Mode { Bar, Lines, Json, Quiet };
    ProgressPrinter(QTextStream &err, Mode mode);
    static Mode detect(bool json, bool quiet);

    void progress(const Progress &p) override;
    void message(const QString &text) override;
    // Ends a bar line so following output starts on a fresh line.
    void finish();

private:
    QTextStream &m_err;
    Mode m_mode;
    RateLimit m_lines{std::chrono::seconds(2)}; // plain lines: at most every 2 s, and at each finished collection
    QSet<QString> m_reportedDone;
    bool m_barDrawn = false;
};

QString humanBytes(qint64 bytes);
QString humanDuration(qint64 ms);

} // namespace lifeboat::cli
